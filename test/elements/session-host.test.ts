import { expect, fixture, html, oneEvent, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { registerElements } from '../../src/register.js';
import type { CifSessionHost } from '../../src/elements/session-host/session-host.js';
import type { CifAppTab } from '../../src/elements/app-tab/app-tab.js';
import { CifError } from '../../src/core/errors.js';
import { CifConfigErrorEvent, type CifStateChangedEvent } from '../../src/events/notifications.js';
import { sendRequest } from '../../src/events/requests.js';

registerElements();

const config = {
  sessionTemplates: [
    {
      uniqueName: 'contoso_chat',
      name: 'Chat',
      type: 'generic',
      title: 'Chat with {customerName}',
      anchorTab: 'contoso_card',
      additionalTabs: ['contoso_page'],
      panelMode: 'docked',
    },
  ],
  appTabTemplates: [
    { uniqueName: 'contoso_card', name: 'Card', title: '{customerName}', pageType: 'custom', parameters: { name: 'test-card', data: '{"who":"{customerName}"}' } },
    { uniqueName: 'contoso_page', name: 'Page', title: 'Page', pageType: 'website', parameters: { url: '/test/fixtures/stateful-page.html' } },
    { uniqueName: 'contoso_notes', name: 'Notes', title: 'Notes {n}', pageType: 'custom', parameters: { name: 'test-card', data: '{n}' } },
  ],
};

class TestCard extends HTMLElement {
  data: unknown;
}
if (!customElements.get('test-card')) customElements.define('test-card', TestCard);

let hostCount = 0;
async function makeHost(persist = 'none', id = `ws-${++hostCount}`): Promise<CifSessionHost> {
  const host = await fixture<CifSessionHost>(html`<cif-session-host id=${id} persist=${persist} allow-insecure-urls style="height: 400px">
    <script type="application/json">${JSON.stringify(config)}</script>
    <p id="home-content">CRM home</p>
  </cif-session-host>`);
  await host.updateComplete;
  return host;
}

const shadow = (host: CifSessionHost) => host.shadowRoot!;
const railEntries = (host: CifSessionHost) => [...shadow(host).querySelectorAll<HTMLElement>('[part="session"]')];
const tabHeaders = (host: CifSessionHost) => [...shadow(host).querySelectorAll<HTMLElement>('[part="tab"]')];
const tabElement = (host: CifSessionHost, tabId: string) => host.querySelector<CifAppTab>(`cif-app-tab[tab-id="${tabId}"]`)!;

describe('<cif-session-host>', () => {
  it('shows Home with the page\'s own content, and never renders the config script', async () => {
    const host = await makeHost();
    expect(railEntries(host).map((e) => e.dataset.sessionId)).to.deep.equal(['home']);
    expect(railEntries(host)[0]!.getAttribute('aria-selected')).to.equal('true');
    const script = host.querySelector('script')!;
    expect(getComputedStyle(script).display).to.equal('none');
    expect(host.config, 'reads back as given: plain JSON, no built-ins').to.deep.equal(JSON.parse(JSON.stringify(config)));
    await host.setConfig(JSON.parse(JSON.stringify(host.config))); // what a framework reads back, it can set again
    expect(host.config.sessionTemplates.map((t) => t.uniqueName)).to.include('contoso_chat');
  });

  it('creates a session: rail entry, tab strip, one <cif-app-tab> per tab, events in order', async () => {
    const host = await makeHost();
    const events: string[] = [];
    for (const name of ['cif-session-created', 'cif-tab-created', 'cif-session-switched']) host.addEventListener(name, (e) => events.push(e.type));
    const id = await host.createSession({ templateName: 'contoso_chat', templateParameters: { customerName: 'Ann' } });
    expect(events).to.deep.equal(['cif-session-created', 'cif-tab-created', 'cif-tab-created', 'cif-session-switched']);
    const entry = railEntries(host)[1]!;
    expect(entry.dataset.sessionId).to.equal(id);
    expect(entry.getAttribute('aria-selected')).to.equal('true');
    expect(entry.textContent).to.contain('Chat with Ann');
    const session = host.getSession(id);
    expect(tabHeaders(host).map((t) => t.dataset.tabId)).to.deep.equal(session.tabs.map((t) => t.tabId));
    const anchor = tabElement(host, session.tabs[0]!.tabId);
    expect(anchor.getAttribute('session-id')).to.equal(id);
    expect(anchor.active).to.equal(true);
    expect((anchor.querySelector('test-card') as TestCard).data).to.deep.equal({ who: 'Ann' });
  });

  it('keeps a tab\'s iframe alive across tab and session switches', async () => {
    const host = await makeHost();
    const first = await host.createSession({ templateName: 'contoso_chat', templateParameters: { customerName: 'Ann' } });
    const pageTabId = host.getSession(first).tabs[1]!.tabId;
    const pageTab = tabElement(host, pageTabId);
    const iframe = pageTab.shadowRoot!.querySelector('iframe')!;
    if (!iframe.contentWindow?.document.getElementById('note')) await oneEvent(iframe, 'load');
    const frameWindow = iframe.contentWindow as Window & { loadCount: number; marker?: string };
    frameWindow.marker = 'still here';
    // opened in the background, the page already has its real size
    expect(iframe.getBoundingClientRect().width).to.be.greaterThan(100);

    await host.focusTab(pageTabId);
    await host.createSession({ templateName: 'contoso_chat', templateParameters: { customerName: 'Bob' } });
    await host.focusSession('home');
    await host.focusTab(pageTabId);
    await nextFrame();
    expect(pageTab.shadowRoot!.querySelector('iframe')).to.equal(iframe);
    expect(frameWindow.marker).to.equal('still here');
    expect(frameWindow.loadCount).to.equal(1);
  });

  it('handles request events from inside and answers on detail.result', async () => {
    const host = await makeHost();
    const child = host.querySelector('#home-content')!;
    const result = sendRequest(child, 'cif-create-session', { templateName: 'contoso_chat', templateParameters: { customerName: 'Cy' } });
    expect(result).to.be.instanceOf(Promise);
    const id = (await result) as string;
    expect(host.getSession(id).title).to.equal('Chat with Cy');
    // a create-tab request from inside a tab lands in that tab's session
    const card = host.querySelector('test-card')!;
    const tabId = (await sendRequest(card, 'cif-create-tab', { templateName: 'contoso_notes', templateParameters: { n: 1 } })) as string;
    expect(host.getSession(id).tabs.at(-1)!.tabId).to.equal(tabId);
    // errors arrive as rejected promises with CifError
    const failure = sendRequest(child, 'cif-create-session', { templateName: 'contoso_none' })!;
    const error = (await failure.catch((e: unknown) => e)) as CifError;
    expect(error).to.be.instanceOf(CifError);
    expect(error.code).to.equal('TEMPLATE_NOT_FOUND');
    expect(error.message).to.equal('No session template named "contoso_none".');
    expect(host.sessions.map((s) => s.sessionId), 'nothing more was created').to.deep.equal(['home', id]);
    // nobody handles a request outside a host
    expect(sendRequest(document.body, 'cif-focus-session', { sessionId: 'home' })).to.equal(undefined);
  });

  it('lets the page veto a close the agent started', async () => {
    const host = await makeHost();
    const id = await host.createSession({ templateName: 'contoso_chat', templateParameters: { customerName: 'Ann' } });
    const veto = (e: Event) => e.preventDefault();
    host.addEventListener('cif-session-close', veto);
    expect(await sendRequest(host, 'cif-close-session', { sessionId: id })).to.equal(false);
    expect(host.sessions.map((s) => s.sessionId), 'still open').to.deep.equal(['home', id]);
    expect(railEntries(host)).to.have.length(2);
    host.removeEventListener('cif-session-close', veto);
    const closed = oneEvent(host, 'cif-session-closed');
    (railEntries(host)[1]!.querySelector('[part="close"]') as HTMLElement).click();
    expect(((await closed) as unknown as { sessionId: string }).sessionId).to.equal(id);
    expect(railEntries(host)).to.have.length(1);
  });

  it('handles every request event, announcing each change', async () => {
    const host = await makeHost();
    const heard: string[] = [];
    for (const name of ['cif-session-switched', 'cif-tab-switched', 'cif-tab-close', 'cif-tab-closed', 'cif-panel-mode-changed', 'cif-panel-resized']) {
      host.addEventListener(name, (e) => heard.push(e.type));
    }
    const source = host.querySelector('#home-content')!;
    const id = (await sendRequest(source, 'cif-create-session', { templateName: 'contoso_chat', templateParameters: { customerName: 'Ann' } })) as string;
    const [anchor, page] = host.getSession(id).tabs;
    await sendRequest(source, 'cif-focus-session', { sessionId: 'home' });
    await sendRequest(source, 'cif-focus-tab', { tabId: page!.tabId });
    expect(host.focusedSessionId).to.equal(id);
    expect(host.getSession(id).focusedTabId).to.equal(page!.tabId);
    const veto = (e: Event) => e.preventDefault();
    host.addEventListener('cif-tab-close', veto, { once: true });
    expect(await sendRequest(source, 'cif-close-tab', { tabId: page!.tabId })).to.equal(false);
    expect(host.getSession(id).tabs.map((t) => t.tabId), 'vetoed: still open').to.deep.equal([anchor!.tabId, page!.tabId]);
    expect(await sendRequest(source, 'cif-close-tab', { tabId: page!.tabId })).to.equal(true);
    expect(host.getSession(id).focusedTabId).to.equal(anchor!.tabId);
    await sendRequest(source, 'cif-set-panel-mode', { mode: 'hidden' });
    expect(host.panelMode).to.equal('hidden');
    const panel = host.appendChild(Object.assign(document.createElement('cif-comm-panel'), { slot: 'panel' }));
    await panel.updateComplete;
    const resized = oneEvent(host, 'cif-panel-resized');
    await sendRequest(source, 'cif-set-panel-width', { width: 480 });
    expect(panel.width, 'a request from the page resizes the panel shown').to.equal(480);
    expect(((await resized) as unknown as { width: number }).width).to.equal(480);
    expect(heard).to.deep.equal([
      'cif-session-switched', 'cif-session-switched', 'cif-session-switched', 'cif-tab-switched',
      'cif-tab-close', 'cif-tab-close', 'cif-tab-closed', 'cif-tab-switched',
      'cif-panel-mode-changed', 'cif-panel-resized',
    ]);
    expect(host.getSession(id).tabs.map((t) => t.tabId)).to.deep.equal([anchor!.tabId]);
    const error = (await sendRequest(source, 'cif-close-tab', { tabId: anchor!.tabId })!.catch((e: unknown) => e)) as CifError;
    expect(error).to.be.instanceOf(CifError);
    expect(error.code).to.equal('TAB_NOT_CLOSABLE');
    expect(host.getSession(id).tabs.map((t) => t.tabId), 'the anchor stays').to.deep.equal([anchor!.tabId]);
    const invalid = (await sendRequest(source, 'cif-set-panel-mode', { mode: 'huge' as never })!.catch((e: unknown) => e)) as CifError;
    expect(invalid).to.be.instanceOf(CifError);
    expect(invalid.code).to.equal('INVALID_INPUT');
    expect(invalid.message).to.match(/^mode: /);
    expect(host.panelMode).to.equal('hidden');
  });

  it('refuses an invalid config property without throwing, keeping the old one; reports an invalid inline config', async () => {
    const host = await makeHost();
    let broken: CifSessionHost | undefined;
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const heard = oneEvent(host, 'cif-config-error');
      expect(() => (host.config = { sessionTemplates: [{}], appTabTemplates: [] }), 'a setter never throws').not.to.throw();
      const { error } = (await heard) as unknown as { error: CifError };
      expect(error).to.be.instanceOf(CifError);
      expect(error.code).to.equal('INVALID_CONFIG');
      expect(error.message).to.match(/^sessionTemplates\[0\]\.uniqueName: /);
      expect(host.config.sessionTemplates.map((t) => t.uniqueName)).to.include('contoso_chat');
      const rejected = (await host.setConfig({ sessionTemplates: 'x', appTabTemplates: [] }).catch((e: unknown) => e)) as CifError;
      expect(rejected).to.be.instanceOf(CifError);
      expect(rejected.code).to.equal('INVALID_CONFIG');
      expect(rejected.message).to.match(/^sessionTemplates: /);
      expect(errors, 'each is reported on the console too').to.have.length(2);
      errors.length = 0;
      const wrapper = await fixture(html`<div @cif-config-error=${(e: Event) => errors.push(e)}><cif-session-host persist="none"><script type="application/json">{"sessionTemplates": 3}</script></cif-session-host></div>`);
      broken = wrapper.querySelector('cif-session-host')!;
    } finally {
      console.error = original;
    }
    // once on the console, once as an event of that host, naming the bad path
    expect(errors).to.have.length(2);
    const [logged, event] = errors as [unknown[], CifConfigErrorEvent];
    expect(event).to.be.instanceOf(CifConfigErrorEvent);
    expect(event.target).to.equal(broken);
    expect(event.error).to.be.instanceOf(CifError);
    expect(event.error.code).to.equal('INVALID_CONFIG');
    expect(event.error.errorCode).to.equal(12);
    expect(event.error.message).to.match(/^sessionTemplates: /);
    expect(logged).to.deep.equal([`cif-workspace: ${event.error.message}`]);
  });

  it('loads its configuration from config-src, and reports one it cannot use', async () => {
    const host = await fixture<CifSessionHost>(html`<cif-session-host persist="none" config-src="/test/fixtures/remote-config.json"></cif-session-host>`);
    await host.ready;
    const id = await host.createSession({ templateName: 'remote_chat', templateParameters: { customerName: 'Zoe' } });
    expect(host.getSession(id).title).to.equal('Remote Zoe');
    const original = console.error;
    console.error = () => {};
    try {
      for (const [src, message] of [
        ['/test/fixtures/missing.json', /^config-src: .*missing\.json answered 404/],
        ['/test/fixtures/stateful-page.html', /^config: /],
      ] as const) {
        const broken = document.createElement('cif-session-host');
        const heard = oneEvent(broken, 'cif-config-error'); // listening before the fetch can finish
        broken.setAttribute('persist', 'none');
        broken.setAttribute('config-src', src);
        (await fixture(html`<div></div>`)).append(broken);
        const { error } = (await heard) as unknown as { error: CifError };
        expect(error).to.be.instanceOf(CifError);
        expect(error.code).to.equal('INVALID_CONFIG');
        expect(error.message).to.match(message);
      }
    } finally {
      console.error = original;
    }
  });

  it('restores sessions after a reload, with the same ids and no events', async () => {
    sessionStorage.clear();
    const host = await makeHost('session', 'persisted');
    const id = await host.createSession({ templateName: 'contoso_chat', templateParameters: { customerName: 'Ann' } });
    host.remove();
    const events: string[] = [];
    const again = await fixture<CifSessionHost>(html`<div @cif-session-created=${(e: Event) => events.push(e.type)} @cif-state-changed=${(e: Event) => events.push(e.type)}><cif-session-host id="persisted"><script type="application/json">${JSON.stringify(config)}</script></cif-session-host></div>`);
    const restored = again.querySelector('cif-session-host')!;
    await restored.updateComplete;
    expect(restored.focusedSessionId).to.equal(id);
    expect(restored.getSession(id).title).to.equal('Chat with Ann');
    expect(events).to.deep.equal([]);
    sessionStorage.clear();
  });

  it('tells a framework of every change to mirror, once each: cif-state-changed', async () => {
    const host = await makeHost();
    const heard: CifStateChangedEvent[] = [];
    host.addEventListener('cif-state-changed', (event) => heard.push(event));
    const id = await host.createSession({ templateName: 'contoso_chat', templateParameters: { customerName: 'Ann' } });
    expect(heard, 'a session with its tabs: one change').to.have.length(1);
    expect(heard[0]!.state.sessions.map((s) => s.sessionId)).to.deep.equal(['home', id]);
    expect(heard[0]!.bubbles && heard[0]!.composed).to.equal(true);
    await host.setTabTitle(host.getSession(id).tabs[0]!.tabId, 'Ann, VIP');
    await host.updateContext(id, { queue: 'VIP' });
    host.presence = 'Busy';
    host.presence = 'Busy'; // no change, no event
    expect(heard.map((e) => e.state.sessions[1]!.tabs[0]!.title)).to.deep.equal(['Ann', 'Ann, VIP', 'Ann, VIP', 'Ann, VIP']);
    expect(heard[2]!.state.sessions[1]!.context.queue).to.equal('VIP');
    expect(heard.map((e) => e.presence.presenceText)).to.deep.equal(['Available', 'Available', 'Available', 'Busy']);
  });

  it('discards a corrupt snapshot with cif-restore-failed', async () => {
    sessionStorage.setItem('cif-workspace:broken', '{"format":"cif-workspace/snapshot","version":1}');
    const warn = console.warn;
    console.warn = () => {};
    try {
      // with no configuration to wait for, the host restores as soon as it is in the page
      const host = document.createElement('cif-session-host');
      host.id = 'broken';
      const heard = oneEvent(host, 'cif-restore-failed');
      (await fixture(html`<div></div>`)).append(host);
      const event = await heard;
      expect((event as unknown as { reason: string }).reason).to.match(/^snapshot\.savedAt/);
      expect(sessionStorage.getItem('cif-workspace:broken')).to.equal(null);
    } finally {
      console.warn = warn;
    }
  });

  it('moves between sessions with the keyboard and closes with Delete', async () => {
    const host = await makeHost();
    const a = await host.createSession({ templateName: 'contoso_chat', templateParameters: { customerName: 'A' } });
    await host.focusSession('home');
    railEntries(host)[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await host.updateComplete;
    expect(host.focusedSessionId).to.equal(a);
    await sendKeys({ press: 'Delete' });
    await host.updateComplete;
    expect(host.sessions).to.have.length(1);
    expect(shadow(host).activeElement?.getAttribute('data-session-id')).to.equal('home');
  });

  it('follows the reading direction: in right-to-left text, ArrowLeft goes to the next tab', async () => {
    const host = await makeHost();
    host.setAttribute('dir', 'rtl');
    const id = await host.createSession({ templateName: 'contoso_chat', templateParameters: { customerName: 'A' } });
    const [anchor, page] = host.getSession(id).tabs;
    tabHeaders(host)[0]!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await host.updateComplete;
    expect(host.getSession(id).focusedTabId).to.equal(page!.tabId);
    await sendKeys({ press: 'ArrowLeft' }); // wraps
    await host.updateComplete;
    expect(host.getSession(id).focusedTabId).to.equal(anchor!.tabId);
    await sendKeys({ press: 'End' });
    await host.updateComplete;
    expect(host.getSession(id).focusedTabId).to.equal(page!.tabId);
    expect(shadow(host).activeElement?.getAttribute('data-tab-id')).to.equal(page!.tabId);
  });

  it('keeps the default limit when an attribute is not a usable number', async () => {
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      const host = await fixture<CifSessionHost>(html`<cif-session-host persist="none" max-sessions="-3" max-tabs="lots"></cif-session-host>`);
      host.config = config;
      await host.updateComplete;
      for (let i = 0; i < 10; i++) await host.createSession({ templateName: 'contoso_chat', isFocused: false });
      expect(host.canCreateSession()).to.equal(false);
      expect(String(warnings[0])).to.match(/maxSessions: must not be negative; using 10/);
      host.setAttribute('max-sessions', '11');
      await host.updateComplete;
      expect(host.canCreateSession()).to.equal(true);
    } finally {
      console.warn = warn;
    }
  });

  it('is accessible', async () => {
    const host = await makeHost();
    await host.createSession({ templateName: 'contoso_chat', templateParameters: { customerName: 'Ann' } });
    await expect(host).to.be.accessible();
  });
});
