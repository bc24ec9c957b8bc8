import { expect } from '@open-wc/testing';
import { validateConfig } from '../../src/core/config/validate.js';
import { sequentialIds } from '../../src/core/ids.js';
import { asJsonWould } from '../../src/core/validation.js';
import { Workspace } from '../../src/core/workspace/workspace.js';
import { cifErrorOf, testConfig } from './fixtures.js';


describe('asJsonWould: what JSON (and Dynamics\' transport) would carry', () => {
  it('drops undefined members and turns undefined array items into null, at any depth', () => {
    const input = { a: 1, gone: undefined, nested: { keep: 'x', gone: undefined }, list: [1, undefined, { gone: undefined }] };
    expect(asJsonWould(input, 'INVALID_INPUT', 'input')).to.deep.equal({ a: 1, nested: { keep: 'x' }, list: [1, null, {}] });
    expect(input.nested, 'the caller\'s object is left alone').to.have.property('gone');
  });

  it('leaves what is not a plain object or array for the schema to judge', () => {
    const map = new Map([['a', 1]]);
    expect(asJsonWould(map, 'INVALID_INPUT', 'input')).to.equal(map);
    expect(asJsonWould(undefined, 'INVALID_INPUT', 'input')).to.equal(undefined);
  });

  it('refuses a value that contains itself, naming where', () => {
    const input: Record<string, unknown> = { a: { b: [] as unknown[] } };
    ((input.a as { b: unknown[] }).b).push(input);
    const error = cifErrorOf(() => asJsonWould(input, 'INVALID_INPUT', 'input.templateParameters'));
    expect(error.code).to.equal('INVALID_INPUT');
    expect(error.message).to.equal('input.templateParameters.a.b[0]: contains itself (a cycle), which JSON cannot carry');
  });

  it('accepts the same object twice when it is no cycle', () => {
    const shared = { x: 1 };
    expect(asJsonWould({ a: shared, b: shared }, 'INVALID_INPUT', 'input')).to.deep.equal({ a: { x: 1 }, b: { x: 1 } });
  });
});

describe('undefined at the boundaries is dropped, not refused', () => {
  it('in createSession\'s templateParameters and sessionContext, and updateContext', () => {
    const ws = new Workspace({ config: validateConfig(testConfig), generateId: sequentialIds() });
    const id = ws.createSession({
      templateName: 'contoso_chat',
      templateParameters: { customerName: 'Ann', phone: undefined } as never,
      sessionContext: { queue: 'vip', skipped: undefined } as never,
      isFocused: undefined as never,
    });
    expect(ws.getSession(id).title).to.equal('Chat with Ann');
    expect(ws.getContext(id)).to.deep.equal({ queue: 'vip' });
    ws.updateContext(id, { tier: 'gold', nothing: undefined } as never);
    expect(ws.getContext(id)).to.deep.equal({ queue: 'vip', tier: 'gold' });
  });

  it('in a configuration set from code', () => {
    const config = validateConfig({
      ...testConfig,
      routes: undefined,
      sessionTemplates: testConfig.sessionTemplates.map((t) => ({ ...t, icon: undefined })),
    });
    expect(config.sessionTemplates.get('contoso_chat')!.icon).to.equal(undefined);
  });

  it('a cyclic configuration is INVALID_CONFIG with its path', () => {
    const templates: unknown[] = [];
    templates.push({ loop: templates });
    const error = cifErrorOf(() => validateConfig({ sessionTemplates: templates, appTabTemplates: [] }));
    expect(error.code).to.equal('INVALID_CONFIG');
    expect(error.message).to.equal('sessionTemplates[0].loop: contains itself (a cycle), which JSON cannot carry');
  });
});
