import { expect, fixture, html } from '@open-wc/testing';
import type { CifSessionHost } from '../../src/elements/session-host/session-host.js';
import { captureLogs, microsoft, pageConfig, pageHost, runClassicScript } from './page-setup.js';

const cif = () => microsoft().CIFramework;

async function failure(promise: Promise<unknown>): Promise<{ code: string; errorCode: number; message: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; errorCode: number; message: string };
  }
  throw new Error('expected the call to fail');
}

function recorder(name: string) {
  const payloads: Record<string, unknown>[] = [];
  const handler = (paramStr: string) => {
    expect(paramStr).to.be.a('string'); // Dynamics delivers JSON strings
    payloads.push(JSON.parse(paramStr) as Record<string, unknown>);
  };
  return { payloads, attach: () => cif().addHandler(name, handler), detach: () => cif().removeHandler(name, handler) };
}

describe('Microsoft.CIFramework in the page', () => {
  it('runs the seed example verbatim: canCreateSession().then(createSession)', async () => {
    const host = await pageHost();
    const logs = await captureLogs(() => runClassicScript('/test/fixtures/seeds/cif-create-session.js.txt'), (l) => l.length > 0);
    expect(logs).to.have.length(1);
    const id = logs[0] as string;
    expect(host.getSession(id).templateName).to.equal('msdyn_chat_session');
    expect(host.focusedSessionId).to.equal(id);
  });

  it('takes top-level keys as slug values, and templateParameters over them', async () => {
    const host = await pageHost();
    const id = (await cif().createSession({ templateName: 'contoso_chat', customer: 'Ann' })) as string;
    expect(host.getSession(id).title).to.equal('Chat with Ann');
    const other = (await cif().createSession({ templateName: 'contoso_chat', customer: 'Ann', templateParameters: { customer: 'Bob' } }, 'corr-1')) as string;
    expect(host.getSession(other).title).to.equal('Chat with Bob');
  });

  it('rejects with {errorCode, code, message}: unknown, entity, profile and limit', async () => {
    await pageHost({ ...pageConfig, appProfile: { uniqueName: 'contoso_agent', sessionTemplates: ['contoso_chat', 'case_entity_session_default_template'] } }, 'max-sessions="1"');
    expect(await failure(cif().createSession({ templateName: 'contoso_none' }))).to.include({ code: 'TEMPLATE_NOT_FOUND', errorCode: 2 });
    expect(await failure(cif().createSession({ templateName: 'case_entity_session_default_template' }))).to.include({ code: 'TEMPLATE_NOT_GENERIC', errorCode: 3 });
    expect(await failure(cif().createSession({ templateName: 'contoso_call' }))).to.include({ code: 'TEMPLATE_NOT_IN_PROFILE', errorCode: 4 });
    await cif().createSession({ templateName: 'contoso_chat' });
    expect(await cif().canCreateSession()).to.equal(false);
    const limit = await failure(cif().createSession({ templateName: 'contoso_chat' }));
    expect(limit).to.include({ code: 'SESSION_LIMIT_REACHED', errorCode: 5, message: 'Maximum sessions reached. Close a session before opening another.' });
  });

  it('answers session and tab queries with CIF shapes', async () => {
    const host = await pageHost();
    expect(await cif().getFocusedSession()).to.equal('home');
    const id = (await cif().createSession({ templateName: 'contoso_chat', customer: 'Ann' })) as string;
    await cif().updateContext({ conversationId: 'conv-1' }, id);
    const session = (await cif().getSession(id)) as Map<string, unknown>;
    expect(session.get('conversationId')).to.equal('conv-1');
    expect(session.get('isFocused')).to.equal(true);
    expect(await cif().getAllSessions()).to.deep.equal([id]);
    const tabs = (await cif().getTabs()) as string[];
    expect(tabs).to.deep.equal(host.getSession(id).tabs.map((t) => t.tabId));
    expect(await cif().getTabs('contoso_notes')).to.deep.equal([tabs[1]]);
    expect(await cif().getFocusedTab()).to.equal(tabs[0]);
    const tab = (await cif().createTab({ templateName: 'contoso_notes', templateParameters: { n: 2 } })) as string;
    expect(await cif().setTabTitle(tab, { title: 'Renamed' })).to.equal(tab);
    expect(host.getSession(id).tabs.at(-1)!.title).to.equal('Renamed');
    await cif().focusTab(tabs[1]);
    await cif().refreshTab(tabs[1]);
    await cif().closeTab(tab);
    expect(await failure(cif().closeTab(tabs[0]))).to.include({ code: 'TAB_NOT_CLOSABLE', errorCode: 9 });
    await cif().setSessionTitle({ sessionId: id, customer: 'Annie' });
    expect(host.getSession(id).title).to.equal('Chat with Annie');
    expect(JSON.parse((await cif().updateContext({ conversationId: '' }, id, true)) as string)).to.deep.equal({});
    expect(await failure(cif().getSession('session-x'))).to.include({ code: 'SESSION_NOT_FOUND' });
  });

  it('sets and reports the panel mode and width, with onmodechanged and onsizechanged', async () => {
    await pageHost();
    const modes = recorder('onmodechanged');
    const sizes = recorder('onsizechanged');
    await modes.attach();
    await sizes.attach();
    await cif().createSession({ templateName: 'contoso_call' });
    expect(await cif().getMode()).to.equal(0);
    await cif().setMode(1);
    expect(await cif().getMode()).to.equal(1);
    expect(await failure(cif().setMode(162450002))).to.include({ code: 'INVALID_INPUT' });
    await cif().setWidth(420);
    expect(await cif().getWidth()).to.equal(420);
    await cif().setWidth(200); // under 300: ignored, as in CIF
    expect(await cif().getWidth()).to.equal(420);
    expect(modes.payloads).to.deep.equal([{ value: 0 }, { value: 1 }]);
    expect(sizes.payloads).to.deep.equal([{ value: 420 }]);
    await modes.detach();
    await sizes.detach();
  });

  it('raises onSessionSwitched twice per switch (left, then shown) and onSessionClosed', async () => {
    const host = await pageHost();
    const switched = recorder('onSessionSwitched');
    const closed = recorder('onSessionClosed');
    await switched.attach();
    await closed.attach();
    const id = (await cif().createSession({ templateName: 'contoso_chat' })) as string;
    await host.closeSession(id);
    expect(switched.payloads.map((p) => [p.sessionId, p.focused])).to.deep.equal([
      ['home', false], [id, true], [id, false], ['home', true],
    ]);
    expect(closed.payloads).to.deep.equal([{ sessionId: id }]);
    expect(await switched.detach()).to.equal(true);
    expect(await closed.detach()).to.equal(true);
    expect(await cif().removeHandler('onSessionClosed', () => {})).to.equal(false);
  });

  it('delivers raised events to the page\'s handlers as JSON strings', async () => {
    await pageHost();
    const custom = recorder('contoso_wrapup');
    await custom.attach();
    expect(await cif().raiseEvent('contoso_wrapup', new Map([['value', 'done']]))).to.equal(true);
    expect(custom.payloads).to.deep.equal([{ value: 'done' }]);
    await custom.detach();
  });

  it('reports the environment as a JSON string with the panel\'s custom parameters', async () => {
    await pageHost();
    const environment = JSON.parse((await cif().getEnvironment()) as string) as Record<string, unknown>;
    expect(environment).to.include({ customParams: 'queue=vip', clientUrl: location.origin, pageType: 'dashboard' });
  });

  it('waits for a host that arrives after the call, and follows bindGlobalApis()', async () => {
    const pending = cif().canCreateSession();
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    await new Promise((r) => setTimeout(r, 100));
    const late = document.createElement('cif-session-host') as CifSessionHost;
    late.setAttribute('persist', 'none');
    wrapper.append(late);
    late.config = pageConfig;
    expect(await pending).to.equal(true);
    const second = document.createElement('cif-session-host') as CifSessionHost;
    second.setAttribute('persist', 'none');
    wrapper.append(second);
    second.config = pageConfig;
    second.bindGlobalApis();
    const id = (await cif().createSession({ templateName: 'contoso_call' })) as string;
    expect(second.getSession(id)).to.exist;
    expect(late.sessions).to.have.length(1);
  });
});
