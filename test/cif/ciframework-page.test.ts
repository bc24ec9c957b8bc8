import { expect, fixture, html } from '@open-wc/testing';
import { CifError } from '../../src/core/errors.js';
import type { CifSessionHost } from '../../src/elements/session-host/session-host.js';
import { captureLogs, microsoft, pageConfig, pageHost, runClassicScript } from './page-setup.js';

const cif = () => microsoft().CIFramework;

/** The rejection of a call that must fail: always a CifError in the page. */
async function failure(promise: Promise<unknown>): Promise<{ code: string; errorCode: number; message: string }> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(CifError);
    return error as CifError;
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
    const host = await pageHost({ ...pageConfig, appProfile: { uniqueName: 'contoso_agent', sessionTemplates: ['contoso_chat', 'case_entity_session_default_template'] } }, 'max-sessions="1"');
    expect(await failure(cif().createSession({ templateName: 'contoso_none' }))).to.include({ code: 'TEMPLATE_NOT_FOUND', errorCode: 2, message: 'No session template named "contoso_none".' });
    const entity = await failure(cif().createSession({ templateName: 'case_entity_session_default_template' }));
    expect(entity).to.include({ code: 'TEMPLATE_NOT_GENERIC', errorCode: 3 });
    expect(entity.message).to.contain('"case_entity_session_default_template"');
    const profile = await failure(cif().createSession({ templateName: 'contoso_call' }));
    expect(profile).to.include({ code: 'TEMPLATE_NOT_IN_PROFILE', errorCode: 4 });
    expect(profile.message).to.contain('"contoso_call"').and.contain('"contoso_agent"');
    expect(await failure(cif().createSession('contoso_chat'))).to.include({ code: 'INVALID_INPUT', errorCode: 1, message: 'input: must be an object' });
    expect(host.sessions.map((s) => s.sessionId), 'nothing was created').to.deep.equal(['home']);
    await cif().createSession({ templateName: 'contoso_chat' });
    expect(await cif().canCreateSession()).to.equal(false);
    const limit = await failure(cif().createSession({ templateName: 'contoso_chat' }));
    expect(limit).to.include({ code: 'SESSION_LIMIT_REACHED', errorCode: 5, message: 'Maximum sessions reached. Close a session before opening another.' });
    expect(host.sessions).to.have.length(2);
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
    expect(await cif().getFocusedTab(), 'the new tab took the focus').to.equal(tab);
    await cif().focusTab(tabs[1]); // a tab of the focused session
    expect(host.getSession(id).focusedTabId).to.equal(tabs[1]);
    expect(await cif().getFocusedTab()).to.equal(tabs[1]);
    expect(host.focusedSessionId).to.equal(id);

    const notesElement = () => host.querySelector(`cif-app-tab[tab-id="${tabs[1]}"]`)!.querySelector('page-card');
    const page = notesElement();
    expect(page, 'the notes page is rendered').to.be.instanceOf(HTMLElement);
    const refreshes = host.getSession(id).tabs[1]!.refreshCount;
    await cif().refreshTab(tabs[1]);
    expect(host.getSession(id).tabs[1]!.refreshCount).to.equal(refreshes + 1);
    expect(notesElement(), 'the page is built again').to.be.instanceOf(HTMLElement).and.not.equal(page);
    expect(page!.isConnected, 'the old page is gone').to.equal(false);

    await cif().closeTab(tab);
    expect(host.getSession(id).tabs.map((t) => t.tabId)).to.deep.equal(tabs);
    expect(host.querySelector(`cif-app-tab[tab-id="${tab}"]`), 'its element is gone').to.equal(null);
    expect(await failure(cif().closeTab(tabs[0]))).to.include({ code: 'TAB_NOT_CLOSABLE', errorCode: 9 });
    expect(host.getSession(id).tabs.map((t) => t.tabId)).to.deep.equal(tabs);
    await cif().setSessionTitle({ sessionId: id, customer: 'Annie' });
    expect(host.getSession(id).title).to.equal('Chat with Annie');
    expect(JSON.parse((await cif().updateContext({ conversationId: '' }, id, true)) as string)).to.deep.equal({});
    expect(await failure(cif().getSession('session-x'))).to.include({ code: 'SESSION_NOT_FOUND', errorCode: 7, message: 'No session with id "session-x".' });
  });

  it('requestFocusSession flags a background session for the agent, never switching; on the focused one it does nothing', async () => {
    const host = await pageHost();
    const railEntry = (id: string) => host.shadowRoot!.querySelector<HTMLElement>(`[part~="session"][data-session-id="${id}"]`)!;
    const background = (await cif().createSession({ templateName: 'contoso_chat', customer: 'Ann' })) as string;
    const focused = (await cif().createSession({ templateName: 'contoso_call' })) as string;
    expect(host.focusedSessionId).to.equal(focused);
    expect(railEntry(background).querySelector('[part="badge"]')).to.equal(null);

    await cif().requestFocusSession(background);
    expect(host.getSession(background).attention).to.equal(1);
    expect(host.focusedSessionId, 'the agent decides when to switch').to.equal(focused);
    const badge = railEntry(background).querySelector('[part="badge"]')!;
    expect(badge, 'the attention badge').to.be.instanceOf(HTMLElement);
    expect(badge.classList.contains('attention')).to.equal(true);
    expect(badge.textContent!.trim()).to.equal('!');
    expect(railEntry(background).getAttribute('aria-selected')).to.equal('false');

    const before = host.state;
    await cif().requestFocusSession(focused);
    expect(host.state, 'nothing changed').to.equal(before);
    expect(host.getSession(focused).attention).to.equal(0);
    expect(railEntry(focused).querySelector('[part="badge"]')).to.equal(null);

    expect(await failure(cif().requestFocusSession('session-x'))).to.include({ code: 'SESSION_NOT_FOUND', errorCode: 7 });
    // the agent switching to it clears the flag
    await host.focusSession(background);
    expect(host.getSession(background).attention).to.equal(0);
    expect(railEntry(background).querySelector('[part="badge"]')).to.equal(null);
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
    const mode = await failure(cif().setMode(162450002)); // a Dataverse picklist number is not a mode
    expect(mode).to.include({ code: 'INVALID_INPUT', errorCode: 1 });
    expect(mode.message).to.match(/^mode: .*got 162450002$/);
    expect(await cif().getMode()).to.equal(1);
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
    let settled = false;
    const pending = cif().canCreateSession().finally(() => (settled = true));
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    await new Promise((r) => setTimeout(r, 100));
    expect(settled, 'no host yet: the call waits').to.equal(false);
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
    expect(second.sessions.map((s) => s.sessionId)).to.deep.equal(['home', id]);
    expect(second.getSession(id).templateName).to.equal('contoso_call');
    expect(second.focusedSessionId).to.equal(id);
    expect(late.sessions.map((s) => s.sessionId)).to.deep.equal(['home']);
  });
});
