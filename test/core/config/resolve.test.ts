import { expect } from '@open-wc/testing';
import { BUILTIN_TEMPLATES, EMPTY_CONFIG, validateConfig } from '../../../src/core/config/index.js';
import { configWith, expectInvalid, validConfig } from './helpers.js';

const BUILTIN_SESSIONS = [
  'msdyn_chat_session',
  'msdyn_sms_session',
  'msdyn_voicecall_session',
  'msdyn_entityrecord_session',
  'msdyn_search_session',
  'case_entity_session_default_template',
];

function expectDeeplyFrozen(value: unknown, path = 'value'): void {
  if (typeof value !== 'object' || value === null) return;
  expect(Object.isFrozen(value), `${path} should be frozen`).to.equal(true);
  for (const [key, child] of Object.entries(value)) expectDeeplyFrozen(child, `${path}.${key}`);
}

describe('validateConfig: built-ins and the result', () => {
  describe('built-in templates', () => {
    it('are all present in EMPTY_CONFIG, and nothing else is', () => {
      expect([...EMPTY_CONFIG.sessionTemplates.keys()]).to.deep.equal(BUILTIN_SESSIONS);
      expect([...EMPTY_CONFIG.appTabTemplates.keys()]).to.deep.equal(
        BUILTIN_TEMPLATES.appTabTemplates.map((t) => t.uniqueName),
      );
      expect([...EMPTY_CONFIG.notificationTemplates.keys()]).to.deep.equal(['msdyn_chat_incoming_unauthenticated', 'msdyn_sms_incoming_unauthenticated', 'msdyn_voicecall_incoming_unauthenticated']);
      expect(EMPTY_CONFIG.appProfile).to.equal(undefined);
      expect(EMPTY_CONFIG.routes).to.deep.equal({});
    });

    it('are present next to configured ones', () => {
      const resolved = validateConfig(validConfig());
      for (const name of BUILTIN_SESSIONS) expect(resolved.sessionTemplates.has(name), name).to.equal(true);
      expect(resolved.sessionTemplates.has('contoso_chat')).to.equal(true);
      expect(resolved.appTabTemplates.has('msdyn_entityrecord')).to.equal(true);
      expect(resolved.appTabTemplates.has('contoso_crm')).to.equal(true);
    });

    it('pass every rule themselves, and reference only each other', () => {
      expect(() => validateConfig(structuredClone(BUILTIN_TEMPLATES))).not.to.throw();
      const tabNames = new Set(BUILTIN_TEMPLATES.appTabTemplates.map((t) => t.uniqueName));
      for (const session of BUILTIN_TEMPLATES.sessionTemplates) {
        for (const tab of [session.anchorTab, ...(session.additionalTabs ?? [])]) {
          expect(tabNames.has(tab), `${session.uniqueName} -> ${tab}`).to.equal(true);
        }
      }
    });

    it('model the case entity template that Microsoft.Apm examples open with parametersStr', () => {
      const caseTemplate = EMPTY_CONFIG.sessionTemplates.get('case_entity_session_default_template')!;
      expect(caseTemplate).to.include({ type: 'entity', entity: 'incident', panelMode: 'hidden' });
      const anchor = EMPTY_CONFIG.appTabTemplates.get(caseTemplate.anchorTab)!;
      expect(anchor.pageType).to.equal('entityrecord');
      expect(anchor.parameters).to.deep.equal({ entityName: '{entityName}', entityId: '{entityId}' });
    });

    it('include the generic entity record session on the entity record tab', () => {
      const session = EMPTY_CONFIG.sessionTemplates.get('msdyn_entityrecord_session')!;
      expect(session.type).to.equal('generic');
      expect(session.anchorTab).to.equal('msdyn_entityrecord');
    });

    it('include the chat session anchored on an active conversation record, docked', () => {
      const chat = EMPTY_CONFIG.sessionTemplates.get('msdyn_chat_session')!;
      expect(chat).to.include({ name: 'Chat session - default', type: 'generic', title: '{customerName}', panelMode: 'docked' });
      expect(EMPTY_CONFIG.appTabTemplates.get(chat.anchorTab)?.pageType).to.equal('entityrecord');
    });

    it('include the knowledge search web resource', () => {
      const kb = EMPTY_CONFIG.appTabTemplates.get('msdyn_omnichannel_kbsearch')!;
      expect(kb.pageType).to.equal('webresource');
      expect(kb.parameters).to.deep.equal({ webresourceName: 'msdyn_kbsearchpagehost.html', data: '{searchText}' });
    });

    it('are deeply frozen', () => {
      expectDeeplyFrozen(BUILTIN_TEMPLATES, 'BUILTIN_TEMPLATES');
    });

    it('are replaced in place by a configured template with the same unique name', () => {
      const resolved = validateConfig(
        configWith((c) => {
          c.sessionTemplates.push({
            uniqueName: 'msdyn_chat_session',
            name: 'Our chat',
            type: 'generic',
            title: 'Chat',
            anchorTab: 'contoso_crm',
            panelMode: 'minimized',
          });
          c.appTabTemplates.push({
            uniqueName: 'msdyn_entityrecord',
            name: 'Our record',
            title: 'Record',
            pageType: 'entityrecord',
            parameters: { entityName: 'account' },
          });
        }),
      );
      expect(resolved.sessionTemplates.get('msdyn_chat_session')?.name).to.equal('Our chat');
      expect([...resolved.sessionTemplates.keys()].indexOf('msdyn_chat_session')).to.equal(0);
      expect(resolved.appTabTemplates.get('msdyn_entityrecord')?.parameters).to.deep.equal({ entityName: 'account' });
      // the built-ins themselves are untouched
      expect(EMPTY_CONFIG.sessionTemplates.get('msdyn_chat_session')?.name).to.equal('Chat session - default');
    });
  });

  describe('the input', () => {
    it('is not mutated, frozen or shared with the result', () => {
      const input = validConfig();
      const before = structuredClone(input);
      const resolved = validateConfig(input);
      expect(input).to.deep.equal(before);
      expect(Object.isFrozen(input.sessionTemplates[0])).to.equal(false);
      expect(Object.isFrozen(input.appTabTemplates[1]!.parameters)).to.equal(false);
      expect(resolved.sessionTemplates.get('contoso_chat')).not.to.equal(input.sessionTemplates[0]);
      expect(resolved.appProfile).not.to.equal(input.appProfile);
    });

    it('may itself be frozen', () => {
      const input = validConfig();
      expectDeeplyFrozen(deepFreezeForTest(input));
      expect(validateConfig(input).sessionTemplates.get('contoso_chat')).to.deep.equal(input.sessionTemplates[0]);
    });

    it('is left untouched when it is rejected', () => {
      const input = configWith((c) => (c.sessionTemplates[0].anchorTab = 'contoso_x'));
      const before = structuredClone(input);
      expect(expectInvalid(input, 'sessionTemplates[0].anchorTab')).to.equal('sessionTemplates[0].anchorTab: unknown application tab template "contoso_x"');
      expect(input).to.deep.equal(before);
    });
  });

  describe('the result', () => {
    it('holds copies of the configured values', () => {
      const input = validConfig();
      const resolved = validateConfig(input);
      expect(resolved.sessionTemplates.get('contoso_chat')).to.deep.equal(input.sessionTemplates[0]);
      expect(resolved.appTabTemplates.get('contoso_orders')).to.deep.equal(input.appTabTemplates[1]);
      expect(resolved.notificationTemplates.get('contoso_incoming')).to.deep.equal(input.notificationTemplates[0]);
      expect(resolved.appProfile).to.deep.equal(input.appProfile);
      expect(resolved.routes).to.deep.equal(input.routes);
    });

    it('is frozen all the way into template parameters', () => {
      const resolved = validateConfig(validConfig());
      expect(Object.isFrozen(resolved)).to.equal(true);
      for (const map of [resolved.sessionTemplates, resolved.appTabTemplates, resolved.notificationTemplates]) {
        for (const [name, template] of map) expectDeeplyFrozen(template, name);
      }
      expectDeeplyFrozen(resolved.appProfile, 'appProfile');
      expectDeeplyFrozen(resolved.routes, 'routes');
      const orders = resolved.appTabTemplates.get('contoso_orders')!;
      expect(() => {
        (orders.parameters['data'] as { limit: number }).limit = 99;
      }).to.throw(TypeError);
    });

    it('has maps that refuse changes at run time', () => {
      const map = validateConfig(validConfig()).sessionTemplates as Map<string, unknown>;
      expect(() => map.set('contoso_new', {})).to.throw(TypeError, /read-only/);
      expect(() => map.delete('contoso_chat')).to.throw(TypeError);
      expect(() => map.clear()).to.throw(TypeError);
      expect(map.has('contoso_chat')).to.equal(true);
      expect(new Map(map).size).to.equal(map.size);
    });

    it('has no app profile and empty routes when the config has none', () => {
      const resolved = validateConfig({ sessionTemplates: [], appTabTemplates: [], notificationTemplates: [] });
      expect(resolved.appProfile).to.equal(undefined);
      expect(resolved.routes).to.deep.equal({});
      expect(Object.isFrozen(resolved.routes)).to.equal(true);
    });
  });
});

function deepFreezeForTest<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreezeForTest(child);
  }
  return value;
}
