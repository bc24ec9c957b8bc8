import { expect } from '@open-wc/testing';
import { CifError } from '../../src/core/errors.js';
import { microsoft, pageHost, runClassicScript } from './page-setup.js';

interface ApmTab { tabId: string; title: string; canClose: boolean; close(): void; focus(): void; refresh(): void }
interface ApmSession {
  sessionId: string; isDefault: boolean; canClose: boolean; title: string;
  close(): void; focus(): void; requestFocus(): void; getFocusedTab(): ApmTab | null;
  getAllTabs(): string[]; getTab(id: string): ApmTab; canCreateTab(): boolean;
  updateContext(values: unknown): void; getContext(): Promise<Map<string, unknown>>; resolveSlug(text: string): string;
}
const apm = () => microsoft().Apm as unknown as {
  createSession(input: unknown): string; canCreateSession(): boolean; getFocusedSession(): ApmSession; getAllSessions(): string[];
  getSession(id: string): ApmSession; createTab(input: unknown): string; focusTab(id: string): void; closeTab(id: string): void;
  refreshTab(id: string): void; getEventPublisherTopic(name: string): string;
};

function expectThrows(run: () => unknown, code: string, message?: RegExp) {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(CifError);
    expect((error as CifError).code).to.equal(code);
    if (message) expect((error as CifError).message).to.match(message);
    return;
  }
  throw new Error(`expected ${code}`);
}

describe('Microsoft.Apm in the page', () => {
  it('runs the seed example verbatim: a case session from parametersStr, focused', async () => {
    const host = await pageHost();
    await runClassicScript('/test/fixtures/seeds/apm-create-session.js.txt');
    const session = host.sessions[1]!;
    expect(session.templateName).to.equal('case_entity_session_default_template');
    expect(session.tabs[0]!.parameters).to.include({ entityName: 'incident', entityId: 'fac04293-1ab0-eb11-8236-000d3a5c49ed' });
    expect(host.focusedSessionId).to.equal(session.sessionId);
    expect(host.panelMode).to.equal('hidden');
  });

  it('runs the seed example verbatim with isFocused: false: the session starts in the background', async () => {
    const host = await pageHost();
    await runClassicScript('/test/fixtures/seeds/apm-create-session-background.js.txt');
    expect(host.sessions).to.have.length(2);
    expect(host.sessions[1]!.tabs[0]!.parameters.entityId).to.equal('0e0e6c4f-cbb6-eb11-8236-000d3a5ab8b9');
    expect(host.focusedSessionId).to.equal('home');
  });

  it('returns the id of a session that already exists, synchronously', async () => {
    const host = await pageHost();
    const context = new Map([['customer', 'Ann'], ['parametersStr', '[["n", 3]]']]);
    const id = apm().createSession({ templateName: 'contoso_chat', sessionContext: context });
    expect(host.getSession(id).title).to.equal('Chat with Ann');
    expect(host.getSession(id).tabs[1]!.title).to.equal('Notes 3');
    expect(apm().getAllSessions()).to.deep.equal(['home', id]);
    expect(apm().canCreateSession()).to.equal(true);
  });

  it('throws CifError synchronously for bad input, unknown templates and the limit', async () => {
    const host = await pageHost(undefined, 'max-sessions="1"');
    expectThrows(() => apm().createSession({ templateName: 'contoso_none', sessionContext: new Map() }), 'TEMPLATE_NOT_FOUND', /^No session template named "contoso_none"\.$/);
    expectThrows(() => apm().createSession('contoso_chat'), 'INVALID_INPUT', /^input: must be an object/);
    expectThrows(() => apm().createSession({ templateName: 'contoso_chat', sessionContext: new Map([[1, 'x']]) }), 'INVALID_INPUT', /input\.sessionContext/);
    expect(host.sessions.map((s) => s.sessionId), 'nothing was created').to.deep.equal(['home']);
    const id = apm().createSession({ templateName: 'contoso_call' });
    expect(apm().canCreateSession()).to.equal(false);
    expectThrows(() => apm().createSession({ templateName: 'contoso_call' }), 'SESSION_LIMIT_REACHED', /^Maximum sessions reached/);
    expect(host.sessions.map((s) => s.sessionId)).to.deep.equal(['home', id]);
  });

  it('gives Session and Tab objects over the live state', async () => {
    const host = await pageHost();
    const id = apm().createSession({ templateName: 'contoso_chat', sessionContext: new Map([['customer', 'Ann']]) });
    const session = apm().getFocusedSession();
    expect(session.sessionId).to.equal(id);
    expect(session.isDefault).to.equal(false);
    session.title = 'VIP chat';
    expect(host.getSession(id).title).to.equal('VIP chat');
    session.canClose = false;
    expect(host.getSession(id).canClose).to.equal(false);
    session.canClose = true;
    expect(session.getAllTabs()).to.deep.equal(host.getSession(id).tabs.map((t) => t.tabId));
    const anchor = session.getFocusedTab()!;
    expect(anchor.tabId).to.equal(host.getSession(id).tabs[0]!.tabId);
    expect(anchor.canClose).to.equal(false);
    expectThrows(() => anchor.close(), 'TAB_NOT_CLOSABLE');
    expect(session.getTab(anchor.tabId).title).to.equal('Card Ann');
    expectThrows(() => session.getTab('tab-x'), 'TAB_NOT_FOUND', /"tab-x"/);
    expect(session.canCreateTab()).to.equal(true);
    session.updateContext(new Map([['caseId', 'CAS-1']]));
    session.updateContext({ note: 'x' });
    expect(await session.getContext()).to.deep.equal(new Map([['customer', 'Ann'], ['caseId', 'CAS-1'], ['note', 'x']]));
    expect(session.resolveSlug('{caseId} for {customer}')).to.equal('CAS-1 for Ann');

    const tabId = apm().createTab({ templateName: 'contoso_notes', appContext: new Map([['n', '9']]) });
    expect(host.getSession(id).tabs.at(-1)!.title).to.equal('Notes 9');
    const tab = session.getTab(tabId);
    expect(tab.title).to.equal('Notes 9');
    expect(host.getSession(id).focusedTabId, 'the new tab took the focus').to.equal(tabId);
    // focus, through Microsoft.Apm and through the Tab objects, within the focused session
    apm().focusTab(anchor.tabId);
    expect(host.getSession(id).focusedTabId).to.equal(anchor.tabId);
    expect(session.getFocusedTab()!.tabId).to.equal(anchor.tabId);
    tab.focus();
    expect(host.getSession(id).focusedTabId).to.equal(tabId);
    anchor.focus();
    expect(host.getSession(id).focusedTabId).to.equal(anchor.tabId);
    expect(host.focusedSessionId).to.equal(id);

    // refresh, both ways: the count goes up and the page is built again
    await host.updateComplete;
    const notesPage = () => host.querySelector(`cif-app-tab[tab-id="${tabId}"]`)!.querySelector('page-card');
    const refreshCount = () => host.getSession(id).tabs.find((t) => t.tabId === tabId)!.refreshCount;
    const firstPage = notesPage();
    expect(firstPage, 'the notes page is rendered').to.be.instanceOf(HTMLElement);
    expect(refreshCount()).to.equal(0);
    apm().refreshTab(tabId);
    expect(refreshCount()).to.equal(1);
    await host.updateComplete;
    const secondPage = notesPage();
    expect(secondPage, 'built again').to.be.instanceOf(HTMLElement).and.not.equal(firstPage);
    tab.refresh();
    expect(refreshCount()).to.equal(2);
    await host.updateComplete;
    expect(notesPage(), 'built again').to.be.instanceOf(HTMLElement).and.not.equal(secondPage);

    apm().closeTab(tabId);
    expect(session.getAllTabs()).to.deep.equal(host.getSession(id).tabs.map((t) => t.tabId));
    expect(session.getAllTabs()).not.to.include(tabId);
    expectThrows(() => apm().refreshTab(tabId), 'TAB_NOT_FOUND');

    const home = apm().getSession('home');
    expect(home.isDefault).to.equal(true);
    home.title = 'ignored';
    expect(home.title).to.equal('Home');
    const call = apm().createSession({ templateName: 'contoso_call' });
    session.requestFocus();
    expect(host.getSession(id).attention).to.equal(1);
    expect(host.focusedSessionId, 'a request, not a switch').to.equal(call);
    session.focus();
    expect(host.focusedSessionId).to.equal(id);
    expect(host.getSession(id).attention).to.equal(0);
    session.close();
    expect(apm().getAllSessions()).to.deep.equal(['home', call]);
    expect(host.focusedSessionId).to.equal(call);
  });

  it('publishes session and tab switches on BroadcastChannel topics of this page', async () => {
    await pageHost();
    const topics = ['ON_SESSION_SWITCH', 'ON_SESSION_CLOSED', 'ON_TAB_SWITCH'].map((name) => apm().getEventPublisherTopic(name));
    expect(new Set(topics).size).to.equal(3);
    expect(topics[0]).to.match(/^cif-workspace:default:[0-9a-f]+:ON_SESSION_SWITCH$/);
    const received: [string, unknown][] = [];
    const channels = topics.map((topic) => {
      const channel = new BroadcastChannel(topic);
      channel.onmessage = (event) => received.push([topic.split(':').pop()!, event.data]);
      return channel;
    });
    const id = apm().createSession({ templateName: 'contoso_chat' });
    const anchor = apm().getSession(id).getAllTabs()[0];
    apm().getSession(id).close();
    for (let i = 0; i < 50 && received.length < 5; i++) await new Promise((r) => setTimeout(r, 20));
    channels.forEach((c) => c.close());
    // exactly these (the order across channels is not guaranteed)
    expect(received).to.have.deep.members([
      ['ON_SESSION_SWITCH', { previousSessionId: 'home', newSessionId: id }],
      ['ON_TAB_SWITCH', { previousSessionId: 'home', previousTabId: null, sessionId: id, tabId: anchor }],
      ['ON_SESSION_SWITCH', { previousSessionId: id, newSessionId: 'home' }],
      ['ON_SESSION_CLOSED', { sessionId: id }],
      ['ON_TAB_SWITCH', { previousSessionId: id, previousTabId: anchor, sessionId: 'home', tabId: null }],
    ]);
    expectThrows(() => apm().getEventPublisherTopic('ON_NOTHING'), 'INVALID_INPUT');
  });

  it('throws INVALID_INPUT when the page has no host', () => {
    expectThrows(() => apm().createSession({ templateName: 'contoso_chat' }), 'INVALID_INPUT', /no <cif-session-host>/);
  });
});
