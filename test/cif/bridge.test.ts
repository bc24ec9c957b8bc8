/**
 * The bridge (src/cif/bridge-host.ts + src/client.ts): a provider's page on a second origin in the
 * comm panel (the same dev server under the other loopback name) uses Microsoft.CIFramework, and
 * the test drives it through the page's harness (test/fixtures/provider/harness.js).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/bundle.js';
import { SESSION_LIMIT_MESSAGE } from '../../src/core/errors.js';
import { CifFramework } from '../../src/cif/ciframework.js';
import { CIF_METHODS, PROTOCOL } from '../../src/cif/protocol.js';
import { hellos, inbox, PAGE_ORIGIN, Provider, PROVIDER_ORIGIN, PROVIDER_PATH, PROVIDER_URL, sleep } from './provider-driver.js';
import type { CifCommPanel } from '../../src/elements/comm-panel/comm-panel.js';
import type { CifSessionHost } from '../../src/elements/session-host/session-host.js';

const config = {
  sessionTemplates: [
    { uniqueName: 'contoso_chat', name: 'Chat', type: 'generic', title: 'Chat with {customer}', anchorTab: 'contoso_card', panelMode: 'docked' },
    { uniqueName: 'contoso_site', name: 'Site', type: 'generic', title: 'Site', anchorTab: 'contoso_site_tab', panelMode: 'docked' },
  ],
  appTabTemplates: [
    { uniqueName: 'contoso_card', name: 'Card', title: 'Card {customer}', pageType: 'custom', parameters: { name: 'bridge-card' } },
    { uniqueName: 'contoso_site_tab', name: 'Site', title: 'Site', pageType: 'website', parameters: { url: '{url}' } },
    { uniqueName: 'contoso_note', name: 'Note', title: 'Note {n}', pageType: 'custom', parameters: { name: 'bridge-card', data: '{n}' } },
  ],
};
if (!customElements.get('bridge-card')) customElements.define('bridge-card', class extends HTMLElement {});

interface Setup {
  host: CifSessionHost;
  panel: CifCommPanel;
  provider: Provider;
}

/**
 * A host whose comm panel shows the provider page from the second origin. `configure: false`
 * leaves the host without configuration (never ready) until the test sets one.
 */
async function setup({ attributes = 'persist="none"', hostConfig = config as object, configure = true, wait = true, src = PROVIDER_URL } = {}): Promise<Setup> {
  const wrapper = await fixture<HTMLElement>(html`<div style="height: 500px"></div>`);
  // unconfigured: the host waits for a config-src that never answers, until the test sets config
  const fetch = window.fetch;
  if (!configure) window.fetch = () => new Promise<Response>(() => {});
  const pending = configure ? '' : 'config-src="/never-answers.json"';
  // test-controlled markup; a fresh element per test
  wrapper.innerHTML = `<cif-session-host ${attributes} ${pending} style="height: 500px"><cif-comm-panel slot="panel" label="Phone" src="${src}"></cif-comm-panel></cif-session-host>`;
  const host = wrapper.querySelector('cif-session-host')!;
  if (configure) host.config = hostConfig;
  const panel = host.querySelector('cif-comm-panel')!;
  await host.updateComplete;
  window.fetch = fetch;
  await panel.updateComplete;
  const provider = new Provider(() => panel.frame, new URL(src).origin);
  if (wait) await provider.note(configure ? 'init' : 'loaded');
  return { host, panel, provider };
}

beforeEach(() => {
  inbox.length = 0;
  hellos.length = 0;
});

describe('the bridge: Microsoft.CIFramework in a provider iframe', () => {
  it('allows exactly the CIF methods the page facade implements, and the event methods', () => {
    for (const entry of CIF_METHODS.split(' ')) {
      expect(entry, 'name + number of arguments').to.match(/^[a-zA-Z]+\d$/);
      expect(typeof (CifFramework.prototype as unknown as Record<string, unknown>)[entry.slice(0, -1)], entry).to.equal('function');
    }
  });

  it('fires CIFInitDone once the workspace is ready; calls made before wait for it', async () => {
    const { host, provider } = await setup({ configure: false });
    const early = provider.call<string>('createSession', { templateName: 'contoso_chat', customer: 'Early' });
    await provider.moreHellos(2); // the client says hello every 250 ms meanwhile, unanswered
    expect(await provider.value('initDone')).to.equal(false);
    expect(await provider.received(), 'no ready while the workspace has no configuration').to.deep.equal([]);
    expect(host.sessions).to.have.length(1);

    const init = provider.note('init');
    host.config = config;
    await init;
    expect(await provider.value('initDone')).to.equal(true);
    const id = await early;
    expect(host.getSession(id).title).to.equal('Chat with Early');
    const received = await provider.received();
    // the client stops saying hello at the first ready: every hello it sent got exactly one
    expect(provider.hellos(), 'several hellos waited').to.be.at.least(3);
    expect(received.filter((m) => m.kind === 'ready').length, 'one ready per hello that waited').to.equal(provider.hellos());
    expect(received.filter((m) => m.kind === 'response'), 'one answer, to the early call').to.have.length(1);
  });

  it('createSession starts a focused session owned by the provider origin; a correlationId is accepted', async () => {
    const { host, provider } = await setup();
    const id = await provider.call<string>('createSession', { templateName: 'contoso_chat', templateParameters: { customer: 'Ann' } }, '6f1c1a7e-0000-4000-8000-000000000001');
    const session = host.getSession(id);
    expect(session.owner).to.equal(PROVIDER_ORIGIN);
    expect(session.title).to.equal('Chat with Ann');
    expect(host.focusedSessionId).to.equal(id);
    expect(await provider.call('getFocusedSession', 'corr')).to.equal(id);
    expect(await provider.call('canCreateSession')).to.equal(true);
    const map = await provider.call<Map<string, unknown>>('getSession', id);
    expect(map).to.be.instanceOf(Map);
    expect(map.get('sessionId')).to.equal(id);
    expect(map.get('isFocused')).to.equal(true);
  });

  it('a provider sees and controls only its own sessions', async () => {
    const { host, provider } = await setup();
    const own = await provider.call<string>('createSession', { templateName: 'msdyn_chat_session', customerName: 'Ann' });
    const pages = await host.createSession({ templateName: 'contoso_chat', templateParameters: { customer: 'Bob' } });
    expect(host.getSession(pages).owner).to.equal(null);
    expect(await provider.call('getAllSessions')).to.deep.equal([own]);
    expect(await provider.call('getFocusedSession'), 'the page owns the focused session').to.equal(null);
    expect(await provider.call('getTabs')).to.deep.equal([]);

    const notFound = await provider.failure('getSession', pages);
    expect(notFound).to.include({ errorCode: 7, code: 'SESSION_NOT_FOUND', isError: true });
    expect(notFound.message, 'exactly what an unknown id gets').to.equal(`No session with id "${pages}".`);
    const tab = host.getSession(pages).tabs[0]!.tabId;
    expect(await provider.failure('closeTab', tab)).to.include({ errorCode: 8, code: 'TAB_NOT_FOUND' });
    expect(await provider.failure('setSessionTitle', { sessionId: pages, customer: 'X' })).to.include({ errorCode: 7 });
    expect(host.getSession(pages).tabs).to.have.length(1);
    expect(host.getSession(pages).title).to.equal('Chat with Bob');

    // its own tabs it may close (or not: the anchor)
    await host.focusSession(own);
    const anchor = host.getSession(own).tabs[0]!.tabId;
    expect(await provider.call('getTabs')).to.deep.equal([anchor]);
    expect(await provider.failure('closeTab', anchor)).to.include({ errorCode: 9, code: 'TAB_NOT_CLOSABLE' });
  });

  it('refuses what CIF refuses, with the contract codes and nothing created', async () => {
    const { host, provider } = await setup({
      attributes: 'max-sessions="1"',
      hostConfig: { ...config, appProfile: { uniqueName: 'contoso_agent', sessionTemplates: ['contoso_chat', 'case_entity_session_default_template'] } },
    });
    expect(await provider.failure('createSession', { templateName: 'case_entity_session_default_template' })).to.include({ errorCode: 3, code: 'TEMPLATE_NOT_GENERIC' });
    expect(await provider.failure('createSession', { templateName: 'msdyn_chat_session' })).to.include({ errorCode: 4, code: 'TEMPLATE_NOT_IN_PROFILE' });
    expect(await provider.failure('createSession', { templateName: 'contoso_nothing' })).to.include({ errorCode: 2, code: 'TEMPLATE_NOT_FOUND' });
    expect(await provider.failure('createSession', 'not an object')).to.include({ errorCode: 1, code: 'INVALID_INPUT' });
    expect(host.sessions).to.have.length(1);

    await provider.call('createSession', { templateName: 'contoso_chat' });
    expect(await provider.call('canCreateSession')).to.equal(false);
    const limit = await provider.failure('createSession', { templateName: 'contoso_chat' });
    expect(limit).to.deep.equal({ errorCode: 5, code: 'SESSION_LIMIT_REACHED', message: SESSION_LIMIT_MESSAGE, isError: true });
    expect(host.sessions).to.have.length(2);
  });

  it('focusTab and refreshTab act on a tab of the provider\'s focused session', async () => {
    const { host, provider } = await setup();
    const id = await provider.call<string>('createSession', { templateName: 'contoso_chat', customer: 'Ann' });
    const anchor = host.getSession(id).tabs[0]!.tabId;
    const note = await provider.call<string>('createTab', { templateName: 'contoso_note', templateParameters: { n: 1 } });
    expect(host.getSession(id).tabs.map((t) => t.tabId)).to.deep.equal([anchor, note]);
    expect(host.getSession(id).focusedTabId).to.equal(note);

    expect(await provider.call('focusTab', anchor)).to.equal(undefined);
    expect(host.getSession(id).focusedTabId).to.equal(anchor);
    expect(await provider.call('getFocusedTab')).to.equal(anchor);
    expect(host.focusedSessionId).to.equal(id);

    const page = () => host.querySelector(`cif-app-tab[tab-id="${note}"]`)!.querySelector('bridge-card');
    const before = page();
    expect(before, 'the note page is rendered').to.be.instanceOf(HTMLElement);
    await provider.call('refreshTab', note); // answered once the change is rendered
    expect(host.getSession(id).tabs[1]!.refreshCount).to.equal(1);
    expect(page(), 'the page is built again').to.be.instanceOf(HTMLElement).and.not.equal(before);
    expect(host.getSession(id).focusedTabId, 'a refresh does not move the focus').to.equal(anchor);
    expect(await provider.failure('refreshTab', 'tab-x')).to.include({ errorCode: 8, code: 'TAB_NOT_FOUND', isError: true });
    expect(await provider.failure('focusTab', '')).to.include({ errorCode: 1, code: 'INVALID_INPUT', message: 'tabId: must be a tab id string' });
    expect(host.getSession(id).focusedTabId).to.equal(anchor);
  });

  it('sends onSessionSwitched (twice per switch) and onSessionClosed only about its own sessions', async () => {
    const { host, provider } = await setup();
    for (const name of ['onSessionSwitched', 'onSessionClosed']) expect(await provider.value('listen', name)).to.equal(true);
    const switched = (count: number) => provider.heard('onSessionSwitched', count).then((list) => list.map((p) => [p.sessionId, p.focused]));

    const first = await provider.call<string>('createSession', { templateName: 'contoso_chat' });
    expect(await switched(1), 'Home is nobody\'s').to.deep.equal([[first, true]]);
    const second = await provider.call<string>('createSession', { templateName: 'contoso_chat' });
    expect(await switched(2)).to.deep.equal([
      [first, false],
      [second, true],
    ]);
    const pages = await host.createSession({ templateName: 'contoso_chat' });
    expect(await switched(1)).to.deep.equal([[second, false]]);
    await host.focusSession(first);
    expect(await switched(1)).to.deep.equal([[first, true]]);

    // closing the focused session: it closes, and focus leaves it for the page's session
    await host.closeSession(first);
    expect(await provider.heard('onSessionClosed', 1)).to.deep.equal([{ sessionId: first }]);
    expect(await switched(1)).to.deep.equal([[first, false]]);
    await host.closeSession(pages);
    await host.closeSession(second);
    expect(await provider.heard('onSessionClosed', 1), "the page's session closing is not its business").to.deep.equal([{ sessionId: second }]);
  });

  it('sends panel events to every provider: onmodechanged and onsizechanged', async () => {
    const { host, provider } = await setup();
    await provider.value('listen', 'onmodechanged');
    await provider.value('listen', 'onsizechanged');
    await host.setPanelMode('minimized');
    expect(await provider.heard('onmodechanged', 1)).to.deep.equal([{ value: 0 }]);
    await host.setPanelWidth(420);
    expect(await provider.heard('onsizechanged', 1)).to.deep.equal([{ value: 420 }]);

    await provider.call('setMode', 1);
    expect(host.panelMode).to.equal('docked');
    expect(await provider.call('getMode')).to.equal(1);
    expect(await provider.heard('onmodechanged', 1)).to.deep.equal([{ value: 1 }]);
    await provider.call('setWidth', 380);
    expect(await provider.call('getWidth')).to.equal(380);
    expect(await provider.heard('onsizechanged', 1)).to.deep.equal([{ value: 380 }]);

    // a removed handler hears nothing more (the later size event shows the mode event came and went)
    expect(await provider.value('unlisten', 'onmodechanged')).to.equal(true);
    await host.setPanelMode('minimized');
    await host.setPanelWidth(400);
    expect(await provider.heard('onsizechanged', 1)).to.deep.equal([{ value: 400 }]);
    expect(await provider.heard('onmodechanged', 0)).to.deep.equal([]);
  });

  it('raiseEvent goes both ways: provider to page handlers, page to providers', async () => {
    const { provider } = await setup();
    const cif = (window as unknown as { Microsoft: { CIFramework: Record<string, (...args: unknown[]) => Promise<unknown>> } }).Microsoft.CIFramework;
    const payloads: string[] = [];
    const handler = (payload: string) => void payloads.push(payload);
    await cif.addHandler!('contoso.ping', handler);
    try {
      expect(await provider.call('raiseEvent', 'contoso.ping', { value: 'hi' })).to.equal(true);
      expect(await provider.call('raiseEvent', 'contoso.ping', new Map([['value', 'map']]), 'corr')).to.equal(true);
      expect(payloads).to.deep.equal(['{"value":"hi"}', '{"value":"map"}']);
      expect(await provider.failure('raiseEvent', '')).to.include({ code: 'INVALID_INPUT' });
    } finally {
      await cif.removeHandler!('contoso.ping', handler);
    }

    await provider.value('listen', 'contoso.pong');
    expect(await cif.raiseEvent!('contoso.pong', { value: 42 })).to.equal(true);
    expect(await provider.heard('contoso.pong', 1)).to.deep.equal([{ value: 42 }]);
  });

  it('keeps the provider\'s sessions across its own reload', async () => {
    const { host, panel, provider } = await setup();
    const id = await provider.call<string>('createSession', { templateName: 'contoso_chat' });
    const frame = panel.frame;
    const mark = inbox.length;
    await provider.value('reload');
    await provider.note('init', mark);
    expect(panel.frame, 'the same iframe').to.equal(frame);
    expect(await provider.call('getAllSessions')).to.deep.equal([id]);
    expect(host.getSession(id).owner).to.equal(PROVIDER_ORIGIN);
  });

  it('keeps the provider\'s sessions across a reload of the page (ownership is persisted)', async () => {
    const key = `bridge-${Math.random().toString(36).slice(2)}`;
    const first = await setup({ attributes: `id="${key}" persist="session"` });
    const id = await first.provider.call<string>('createSession', { templateName: 'contoso_chat' });
    await first.host.createSession({ templateName: 'contoso_chat' });
    first.host.parentElement!.remove();

    try {
      const second = await setup({ attributes: `id="${key}" persist="session"` });
      expect(second.host.getSession(id).owner).to.equal(PROVIDER_ORIGIN);
      expect(await second.provider.call('getAllSessions')).to.deep.equal([id]);
    } finally {
      sessionStorage.removeItem(`cif-workspace:${key}`);
    }
  });

  it('serves a provider page in a tab iframe, from the origin of that tab\'s page', async () => {
    const { host, provider: panelProvider } = await setup();
    const id = await panelProvider.call<string>('createSession', { templateName: 'contoso_site', templateParameters: { url: PROVIDER_URL } });
    await host.updateComplete;
    const tabId = host.getSession(id).tabs[0]!.tabId;
    const tabElement = host.querySelector(`cif-app-tab[tab-id="${tabId}"]`)!;
    await (tabElement as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const inTab = new Provider(() => tabElement.shadowRoot?.querySelector('iframe'));
    await inTab.note('init');
    // the same origin as the panel's provider: the same owner
    expect(await inTab.call('getAllSessions')).to.deep.equal([id]);
    expect(await inTab.call('getFocusedTab')).to.equal(tabId);
  });
});

describe('the bridge: security', () => {
  it('ignores a window it did not create, even one of an allowed origin; calls time out with TIMEOUT', async function () {
    this.timeout(20_000);
    const { host, provider } = await setup();
    const foreign = document.createElement('iframe');
    foreign.src = PROVIDER_URL;
    host.parentElement!.append(foreign); // beside the host: not its iframe
    const intruder = new Provider(() => foreign);
    await intruder.note('loaded');
    const timedOut = intruder.run('cif', 'getMode');

    const before = Date.now();
    await intruder.value('post', { cif: PROTOCOL, kind: 'request', id: 'x1', method: 'createSession', args: [{ templateName: 'contoso_chat' }] });
    await intruder.value('post', { cif: PROTOCOL, kind: 'hello' });
    // a legitimate provider's round trip, after which the intruder's answer would have come
    expect(await provider.call('getAllSessions')).to.deep.equal([]);
    await intruder.moreHellos(2);
    expect(await intruder.value('initDone'), 'no ready for it, though it says hello every 250 ms').to.equal(false);
    expect(await intruder.received()).to.deep.equal([]);
    expect(host.sessions).to.have.length(1);

    const answer = await timedOut;
    expect(Date.now() - before).to.be.greaterThan(8000);
    expect(answer.ok).to.equal(false);
    expect(answer.ok ? undefined : answer.error).to.include({ errorCode: 13, code: 'TIMEOUT', isError: true });
    foreign.remove();
  });

  it('ignores its own comm panel iframe once it shows a page of an origin not allowed for it', async () => {
    const { host, panel, provider } = await setup();
    // the panel's page navigates to another origin (the test page's): not its src origin, not trusted
    const mark = inbox.length;
    await provider.value('navigate', `${PAGE_ORIGIN}${PROVIDER_PATH}`);
    provider.origin = PAGE_ORIGIN;
    await provider.note('loaded', mark);
    await provider.value('post', { cif: PROTOCOL, kind: 'request', id: 'x2', method: 'createSession', args: [{ templateName: 'contoso_chat' }] });
    await provider.moreHellos(2);
    expect(await provider.value('initDone')).to.equal(false);
    expect(await provider.received()).to.deep.equal([]);
    expect(host.sessions).to.have.length(1);

    // trusted-origins names it: the hello it keeps sending is answered now
    panel.trustedOrigins = `https://softphone.example ${PAGE_ORIGIN}`;
    await provider.note('init', mark);
    const id = await provider.call<string>('createSession', { templateName: 'contoso_chat' });
    expect(host.getSession(id).owner).to.equal(PAGE_ORIGIN);
  });

  it('allows a tab iframe only the origin of its own page', async () => {
    const { host } = await setup();
    const id = await host.createSession({ templateName: 'contoso_site', templateParameters: { url: PROVIDER_URL } });
    await host.updateComplete;
    const tabElement = host.querySelector(`cif-app-tab[tab-id="${host.getSession(id).tabs[0]!.tabId}"]`)!;
    const inTab = new Provider(() => tabElement.shadowRoot?.querySelector('iframe'));
    await inTab.note('init');
    const mark = inbox.length;
    await inTab.value('navigate', `${PAGE_ORIGIN}${PROVIDER_PATH}`); // allowed for the panel? irrelevant: not for this tab
    inTab.origin = PAGE_ORIGIN;
    await inTab.note('loaded', mark);
    await inTab.moreHellos(2);
    expect(await inTab.value('initDone')).to.equal(false);
    expect(await inTab.received()).to.deep.equal([]);
    expect(host.getSession(id).tabs).to.have.length(1);
  });

  it('drops malformed messages from an allowed iframe without an answer', async () => {
    const { host, provider } = await setup();
    const request = { cif: PROTOCOL, kind: 'request', id: 'm', method: 'createSession', args: [{ templateName: 'contoso_chat' }] };
    const malformed: unknown[] = [
      null,
      'hello',
      42,
      [request],
      { ...request, cif: 'cif-workspace/0' },
      { cif: PROTOCOL, kind: 'request' },
      { ...request, id: undefined },
      { ...request, id: 7 },
      { ...request, id: '' },
      { ...request, id: 'x'.repeat(101) },
      { ...request, kind: 'response' },
      { ...request, args: { 0: { templateName: 'contoso_chat' } } },
      { ...request, args: new Array(11).fill({ templateName: 'contoso_chat' }) },
      { ...request, correlationId: 12 },
      { ...request, correlationId: 'c'.repeat(101) },
    ];
    for (const data of malformed) await provider.value('post', data);
    // a well-formed one last: its answer comes after any the others could have caused
    await provider.value('post', { ...request, id: 'good' });
    const answers = () => provider.received().then((list) => (list.filter((m) => m.kind === 'response') as unknown as { id: string; ok: boolean }[]).map((a) => [a.id, a.ok]));
    const deadline = Date.now() + 5000;
    let heard = await answers();
    while (!heard.some(([id]) => id === 'good') && Date.now() < deadline) {
      await sleep(20);
      heard = await answers();
    }
    expect(heard).to.deep.equal([['good', true]]);
    expect(host.sessions).to.have.length(2);
  });

  it('answers a method that is not CIF\'s with an error at once, never leaving it to time out', async () => {
    const { host, provider } = await setup();
    const request = { cif: PROTOCOL, kind: 'request', args: [] };
    const names = ['eval', 'constructor', '__proto__', 'toString', 'notAMethod'];
    for (const [index, method] of names.entries()) await provider.value('post', { ...request, id: `u${index}`, method });
    const answers = async () => (await provider.received()).filter((m) => m.kind === 'response') as unknown as { id: string; ok: boolean; error: { code: string; message: string } }[];
    const deadline = Date.now() + 5000;
    while ((await answers()).length < names.length && Date.now() < deadline) await sleep(20);
    const heard = await answers();
    expect(heard.map((a) => [a.id, a.ok, a.error.code])).to.deep.equal(names.map((_, index) => [`u${index}`, false, 'INVALID_INPUT']));
    expect(heard.map((a) => a.error.message)).to.deep.equal(names.map((name) => `${name}: not a Microsoft.CIFramework method`));
    expect(host.sessions).to.have.length(1);
  });

  it('answers to the exact origin of the request, never "*"', async () => {
    // a tab page of the test's own origin, so its window can be watched
    const { host } = await setup();
    const id = await host.createSession({ templateName: 'contoso_site', templateParameters: { url: `${PAGE_ORIGIN}${PROVIDER_PATH}` } });
    await host.updateComplete;
    const tabElement = host.querySelector(`cif-app-tab[tab-id="${host.getSession(id).tabs[0]!.tabId}"]`)!;
    const inTab = new Provider(() => tabElement.shadowRoot?.querySelector('iframe'), PAGE_ORIGIN);
    await inTab.note('init');
    const targets: unknown[] = [];
    const win = inTab.window as Window & { postMessage: (message: unknown, targetOrigin: string) => void };
    const original = win.postMessage.bind(win);
    win.postMessage = (message: unknown, targetOrigin: string) => {
      if ((message as { cif?: string }).cif === PROTOCOL) targets.push(targetOrigin);
      original(message, targetOrigin);
    };
    await inTab.value('listen', 'onPresenceChange');
    expect(await inTab.call('getAllSessions')).to.deep.equal([]);
    host.presence = 'Busy';
    await inTab.heard('onPresenceChange', 1);
    expect(targets).to.deep.equal([PAGE_ORIGIN, PAGE_ORIGIN]); // the response, the event
  });

  it('does not answer a hello that waited for the workspace once its window shows another origin', async () => {
    const { host, provider } = await setup({ configure: false });
    await provider.moreHellos(1); // hellos are waiting for the host's configuration
    const mark = inbox.length;
    await provider.value('navigate', `${PAGE_ORIGIN}${PROVIDER_PATH}`);
    provider.origin = PAGE_ORIGIN;
    await provider.note('loaded', mark);
    host.config = config; // the waiting hellos are answered now: to the provider's origin only
    await provider.moreHellos(2);
    expect(await provider.value('initDone')).to.equal(false);
    expect(await provider.received()).to.deep.equal([]);
  });
});
