/**
 * The host in every order: no configuration at all, a configuration that arrives late, a host
 * that a framework moves or removes, properties set before the elements are defined, pages
 * opened in the background, storage that is full or blocked.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { registerElements } from '../../src/register.js';
import { CifSessionHost } from '../../src/elements/session-host/session-host.js';
import { CifCommPanel } from '../../src/elements/comm-panel/comm-panel.js';
import { CifAppTab } from '../../src/elements/app-tab/app-tab.js';
import { serializeSnapshot } from '../../src/core/persistence/snapshot.js';
import { validateConfig } from '../../src/core/config/validate.js';
import { Workspace } from '../../src/core/workspace/workspace.js';

registerElements();

const config = {
  sessionTemplates: [
    { uniqueName: 'contoso_chat', name: 'Chat', type: 'generic', title: 'Chat with {customerName}', anchorTab: 'contoso_page', additionalTabs: ['contoso_record'], panelMode: 'minimized' },
    { uniqueName: 'contoso_lazy', name: 'Lazy', type: 'generic', title: 'Lazy', anchorTab: 'contoso_page', additionalTabs: ['contoso_lazy_record'], panelMode: 'docked' },
  ],
  appTabTemplates: [
    { uniqueName: 'contoso_page', name: 'Page', title: 'Page {customerName}', pageType: 'website', parameters: { url: '/test/fixtures/stateful-page.html?{customerName}' } },
    { uniqueName: 'contoso_record', name: 'Record', title: 'Record', pageType: 'entityrecord', parameters: { entityName: 'contact', entityId: '{customerName}' } },
    { uniqueName: 'contoso_lazy_record', name: 'Lazy record', title: 'Lazy', pageType: 'entityrecord', parameters: { entityName: 'contact' }, keepAlive: false },
  ],
};

let count = 0;
const uniqueId = (prefix: string) => `${prefix}-${++count}-${Math.random().toString(36).slice(2)}`;

async function host(attributes: Record<string, string> = {}, withConfig = true): Promise<CifSessionHost> {
  const element = document.createElement('cif-session-host');
  element.setAttribute('persist', 'none');
  element.setAttribute('allow-insecure-urls', '');
  element.style.height = '400px';
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (withConfig) element.config = config;
  (await fixture(html`<div style="height: 400px"></div>`)).append(element);
  await element.updateComplete;
  return element;
}

/** A snapshot with one session, as another page load would have stored it. */
function storedSnapshot(title: string): { text: string; sessionId: string } {
  const other = new Workspace({ config: validateConfig(config), generateId: (kind) => uniqueId(kind) });
  const sessionId = other.createSession({ templateName: 'contoso_chat', templateParameters: { customerName: title } });
  return { text: serializeSnapshot(other.state), sessionId };
}

const frameOf = (tab: CifAppTab) => tab.shadowRoot!.querySelector('iframe')!;
const tabOf = (h: CifSessionHost, tabId: string) => h.querySelector<CifAppTab>(`cif-app-tab[tab-id="${tabId}"]`)!;

describe('a host with no configuration at all', () => {
  it('is ready at once with the built-in templates, and restores its stored snapshot', async () => {
    const id = uniqueId('bare');
    const stored = storedSnapshot('Stored');
    sessionStorage.setItem(`cif-workspace:${id}`, stored.text);
    const bare = await host({ id, persist: 'session' }, false);
    const settled = await Promise.race([bare.ready.then(() => 'ready'), new Promise((r) => setTimeout(() => r('waiting'), 2000))]);
    expect(settled).to.equal('ready');
    expect(bare.sessions.map((s) => s.sessionId)).to.deep.equal(['home', stored.sessionId]);
    const chat = await bare.createSession({ templateName: 'msdyn_chat_session', templateParameters: { customerName: 'Ann' } });
    expect(bare.getSession(chat).templateName).to.equal('msdyn_chat_session');
    sessionStorage.removeItem(`cif-workspace:${id}`);
  });
});

describe('a configuration that arrives late', () => {
  it('never drops sessions opened before it: the restore merges them in, nothing closes', async () => {
    const id = uniqueId('late');
    const stored = storedSnapshot('Stored');
    sessionStorage.setItem(`cif-workspace:${id}`, stored.text);
    let answer!: (response: Response) => void;
    const fetch = window.fetch;
    window.fetch = () => new Promise<Response>((resolve) => (answer = resolve));
    let late: CifSessionHost;
    try {
      late = await host({ id, persist: 'session', 'config-src': '/late-config.json' }, false);
    } finally {
      window.fetch = fetch;
    }
    const closed: string[] = [];
    late.addEventListener('cif-session-closed', (e) => closed.push((e as unknown as { sessionId: string }).sessionId));
    // a provider (through Microsoft.Apm, say) opens a session before the configuration is in
    const early = await late.createSession({ templateName: 'msdyn_chat_session', templateParameters: { customerName: 'Early' } });
    answer(new Response(JSON.stringify(config), { headers: { 'content-type': 'application/json' } }));
    await late.ready;
    await late.updateComplete;
    expect(late.sessions.map((s) => s.sessionId)).to.deep.equal(['home', stored.sessionId, early]);
    expect(late.focusedSessionId).to.equal(early);
    expect(closed).to.deep.equal([]);
    expect(late.config.sessionTemplates.map((t) => t.uniqueName)).to.include('contoso_chat');
    const saved = JSON.parse(sessionStorage.getItem(`cif-workspace:${id}`)!) as { state: { sessions: { sessionId: string }[] } };
    expect(saved.state.sessions.map((s) => s.sessionId), 'both are saved').to.deep.equal(['home', stored.sessionId, early]);
    sessionStorage.removeItem(`cif-workspace:${id}`);
  });
});

describe('pages opened in the background', () => {
  async function expectRealSize(h: CifSessionHost, tabId: string) {
    const tab = tabOf(h, tabId);
    expect(tab.active).to.equal(false);
    // what the page itself saw when it loaded, before anything here measured the frame
    const page = () => (frameOf(tab).contentWindow as (Window & { loadedSize?: [number, number] }) | null)?.loadedSize;
    await waitUntil(() => page(), 'the background page loaded');
    const [loadedWidth, loadedHeight] = page()!;
    expect(loadedWidth, 'the page loaded at the panel area\'s width').to.equal(Math.round(h.shadowRoot!.querySelector('.panels')!.getBoundingClientRect().width));
    expect(loadedHeight, 'and its height').to.be.greaterThan(300);
    const frame = frameOf(tab).getBoundingClientRect();
    const panels = h.shadowRoot!.querySelector('.panels')!.getBoundingClientRect();
    expect(frame.width, 'width').to.equal(panels.width);
    expect(frame.height, 'height').to.be.greaterThan(300);
  }

  it('load at their real size: a tab in the focused session', async () => {
    const h = await host();
    const id = await h.createSession({ templateName: 'contoso_chat', templateParameters: { customerName: 'Ann' } });
    await h.createTab({ templateName: 'contoso_page', templateParameters: { customerName: 'Other' }, isFocused: false }, id);
    await expectRealSize(h, h.getSession(id).tabs.at(-1)!.tabId);
  });

  it('load at their real size: a session behind Home', async () => {
    const h = await host();
    expect(h.focusedSessionId).to.equal('home');
    const id = await h.createSession({ templateName: 'contoso_chat', templateParameters: { customerName: 'Ann' }, isFocused: false });
    expect(h.focusedSessionId).to.equal('home');
    await expectRealSize(h, h.getSession(id).tabs[0]!.tabId);
    // Home still covers it
    const home = h.shadowRoot!.querySelector('.home')!;
    const tabFrame = frameOf(tabOf(h, h.getSession(id).tabs[0]!.tabId)).getBoundingClientRect();
    const topmost = h.shadowRoot!.elementFromPoint(tabFrame.x + 10, tabFrame.y + 10);
    expect(home.contains(topmost) || topmost === home, 'Home is on top').to.equal(true);
  });

  it('load at their real size: a session behind another session', async () => {
    const h = await host();
    await h.createSession({ templateName: 'contoso_chat', templateParameters: { customerName: 'Ann' } });
    const behind = await h.createSession({ templateName: 'contoso_chat', templateParameters: { customerName: 'Bob' }, isFocused: false });
    await expectRealSize(h, h.getSession(behind).tabs[0]!.tabId);
  });
});

describe('page renderers', () => {
  it('run synchronously when a kept-alive tab is created, shown or not; a keepAlive: false tab waits to be shown', async () => {
    const h = await host();
    const calls: string[] = [];
    h.registerPageRenderer('entityrecord', (parameters, tab) => {
      calls.push(`${tab.templateName}:${String(parameters.entityId ?? '')}`);
      return document.createElement('section');
    });
    const pending = h.createSession({ templateName: 'contoso_chat', templateParameters: { customerName: 'Ann' }, isFocused: false });
    expect(calls, 'called before createSession returned').to.deep.equal(['contoso_record:Ann']);
    const id = await pending;
    expect(calls).to.deep.equal(['contoso_record:Ann']);
    const lazy = await h.createSession({ templateName: 'contoso_lazy' });
    expect(calls, 'not shown yet').to.deep.equal(['contoso_record:Ann']);
    const lazyTab = h.getSession(lazy).tabs[1]!.tabId;
    await h.focusTab(lazyTab);
    expect(calls).to.deep.equal(['contoso_record:Ann', 'contoso_lazy_record:']);
    expect(tabOf(h, h.getSession(id).tabs[1]!.tabId).querySelector('section')).to.be.instanceOf(HTMLElement);
  });
});

describe('<cif-comm-panel> attributes', () => {
  it('ignores a width under 300, keeping the one it had', async () => {
    const h = await host();
    const panel = document.createElement('cif-comm-panel');
    panel.slot = 'panel';
    panel.width = 420;
    h.append(panel);
    await panel.updateComplete;
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      panel.setAttribute('width', '200');
      await panel.updateComplete;
    } finally {
      console.warn = warn;
    }
    expect(panel.width).to.equal(420);
    expect(panel.currentWidth).to.equal(420);
    expect(Math.round(panel.getBoundingClientRect().width)).to.equal(420);
    expect(String(warnings[0])).to.contain('width 200 ignored');
  });

  it('sets Home\'s mode when its mode attribute changes, never the focused session\'s', async () => {
    const h = await host();
    const panel = document.createElement('cif-comm-panel');
    panel.slot = 'panel';
    h.append(panel);
    await panel.updateComplete;
    const id = await h.createSession({ templateName: 'contoso_chat', templateParameters: { customerName: 'Ann' } });
    expect(h.panelMode).to.equal('minimized');
    const changes: unknown[] = [];
    h.addEventListener('cif-panel-mode-changed', (e) => changes.push(e));
    panel.setAttribute('mode', 'collapsed');
    await panel.updateComplete;
    await h.updateComplete;
    expect(h.getSession(id).panelMode, 'the session keeps its template\'s mode').to.equal('minimized');
    expect(h.getSession('home').panelMode).to.equal('collapsed');
    expect(changes, 'nothing changed on screen').to.have.length(0);
    await h.focusSession('home');
    expect(h.panelMode).to.equal('collapsed');
    expect(panel.currentMode).to.equal('collapsed');
  });
});

describe('properties set before the elements are defined', () => {
  it('are honoured when they upgrade', async () => {
    const hook = async () => 'x';
    const early = document.createElement('early-host-x') as CifSessionHost;
    Object.assign(early, { config, persist: 'none', maxSessions: 2, maxTabs: 3, allowInsecureUrls: true, resolveOData: hook });
    const earlyTab = document.createElement('early-tab-x') as CifAppTab;
    const environment = { renderers: new Map(), routes: {}, urlPolicy: {} };
    Object.assign(earlyTab, { tabId: 'tab-9', sessionId: 'session-9', active: true, environment });
    const earlyPanel = document.createElement('early-panel-x') as CifCommPanel;
    Object.assign(earlyPanel, { width: 480, mode: 'minimized', label: 'Phone', customParams: 'queue=vip', trustedOrigins: 'https://a.example' });
    customElements.define('early-host-x', class extends CifSessionHost {});
    customElements.define('early-panel-x', class extends CifCommPanel {});
    customElements.define('early-tab-x', class extends CifAppTab {});
    customElements.upgrade(earlyTab);
    (await fixture(html`<div></div>`)).append(earlyTab);
    expect([earlyTab.getAttribute('tab-id'), earlyTab.getAttribute('session-id'), earlyTab.hasAttribute('active')]).to.deep.equal(['tab-9', 'session-9', true]);
    expect(earlyTab.environment).to.equal(environment);
    customElements.upgrade(early);
    customElements.upgrade(earlyPanel);
    (await fixture(html`<div style="height: 400px"></div>`)).append(early, earlyPanel);
    await early.updateComplete;
    await earlyPanel.updateComplete;
    expect(early.config.sessionTemplates.map((t) => t.uniqueName)).to.include('contoso_chat');
    expect([early.persist, early.maxSessions, early.maxTabs, early.allowInsecureUrls]).to.deep.equal(['none', 2, 3, true]);
    expect(early.resolveOData).to.equal(hook);
    expect(early.binding.workspace.maxTabs).to.equal(3);
    expect([earlyPanel.width, earlyPanel.mode, earlyPanel.label, earlyPanel.customParams, earlyPanel.trustedOrigins]).to.deep.equal([480, 'minimized', 'Phone', 'queue=vip', 'https://a.example']);
    expect(earlyPanel.getAttribute('aria-label')).to.equal('Phone');
  });
});

describe('a host that moves, and one removed for good', () => {
  it('keeps its state, its tabs\' elements and its global binding when a framework moves it', async () => {
    const h = await host();
    h.bindGlobalApis();
    h.registerPageRenderer('entityrecord', () => document.createElement('section'));
    const id = await h.createSession({ templateName: 'contoso_chat', templateParameters: { customerName: 'Ann' } });
    const tabs = [...h.querySelectorAll('cif-app-tab')];
    const pages = tabs.map((tab) => tab.firstElementChild);
    expect(pages[1], 'the record tab shows the renderer\'s page').to.be.instanceOf(HTMLElement);
    const elsewhere = await fixture(html`<section style="height: 400px"></section>`);
    elsewhere.append(h); // disconnect, then connect: what React and Vue do when they move a subtree
    await h.updateComplete;
    expect(h.sessions.map((s) => s.sessionId)).to.deep.equal(['home', id]);
    expect([...h.querySelectorAll('cif-app-tab')]).to.deep.equal(tabs);
    expect(tabs.map((tab) => tab.firstElementChild), 'a move is not a close: the pages stay').to.deep.equal(pages);
    expect((globalThis as Record<symbol, unknown>)[Symbol.for('cif-workspace.bound-host')]).to.equal(h);
    await h.focusSession('home');
    expect(h.shadowRoot!.querySelector('[part="session"][aria-selected="true"]')!.getAttribute('data-session-id')).to.equal('home');
  });

  it('releases its global binding and its storage lock when removed for good', async () => {
    const id = uniqueId('gone');
    const h = await host({ id, persist: 'local' });
    await h.ready;
    h.bindGlobalApis();
    const lockName = `cif-workspace:${id} (lock)`;
    const held = async () => ((await navigator.locks.query()).held ?? []).map((lock) => lock.name);
    expect(await held()).to.include(lockName);
    h.remove();
    expect((globalThis as Record<symbol, unknown>)[Symbol.for('cif-workspace.bound-host')]).to.equal(undefined);
    for (let i = 0; i < 20 && (await held()).includes(lockName); i++) await new Promise((r) => setTimeout(r, 10));
    expect(await held()).not.to.include(lockName);
    localStorage.removeItem(`cif-workspace:${id}`);
  });

  it('with persist="local", survives being moved while it claims its storage slot', async () => {
    const id = uniqueId('moved-early');
    const lockName = `cif-workspace:${id} (lock)`;
    const held = async () => ((await navigator.locks.query()).held ?? []).map((lock) => lock.name);
    // removed before its first update: it claims nothing while out of the page
    const early = document.createElement('cif-session-host');
    Object.assign(early, { id: `${id}-early`, persist: 'local', config });
    const parent = await fixture(html`<div style="height: 400px"></div>`);
    parent.append(early);
    early.remove();
    await new Promise((r) => setTimeout(r, 50));
    expect(await held()).not.to.include(`cif-workspace:${id}-early (lock)`);
    parent.append(early);
    await early.ready;
    early.remove();
    const element = await host({ id, persist: 'local' });
    element.remove(); // while it claims its slot, or just after: either way it lets go
    await element.ready;
    for (let i = 0; i < 50 && (await held()).includes(lockName); i++) await new Promise((r) => setTimeout(r, 10));
    expect(await held(), 'nothing held by a host that left').not.to.include(lockName);
    (await fixture(html`<div style="height: 400px"></div>`)).append(element);
    for (let i = 0; i < 50 && !(await held()).includes(lockName); i++) await new Promise((r) => setTimeout(r, 10));
    expect(await held(), 'back in the page: its slot again').to.include(lockName);
    const session = await element.createSession({ templateName: 'contoso_chat', templateParameters: { customerName: 'A' } });
    expect(localStorage.getItem(`cif-workspace:${id}`)).to.contain(session);
    element.remove();
    localStorage.removeItem(`cif-workspace:${id}`);
  });

  it('lets two hosts on one page each work, each with its own state and storage', async () => {
    const [a, b] = [uniqueId('a'), uniqueId('b')];
    const first = await host({ id: a, persist: 'session' });
    const second = await host({ id: b, persist: 'session' });
    const one = await first.createSession({ templateName: 'contoso_chat', templateParameters: { customerName: 'One' } });
    const two = await second.createSession({ templateName: 'contoso_chat', templateParameters: { customerName: 'Two' } });
    expect(first.sessions.map((s) => s.sessionId)).to.deep.equal(['home', one]);
    expect(second.sessions.map((s) => s.sessionId)).to.deep.equal(['home', two]);
    expect(sessionStorage.getItem(`cif-workspace:${a}`)).to.contain(one).and.not.contain(two);
    expect(sessionStorage.getItem(`cif-workspace:${b}`)).to.contain(two).and.not.contain(one);
    sessionStorage.removeItem(`cif-workspace:${a}`);
    sessionStorage.removeItem(`cif-workspace:${b}`);
  });
});

describe('storage that is full or blocked', () => {
  it('keeps working in memory when storage is full, warns once, and saves again when it can', async () => {
    const id = uniqueId('full');
    const h = await host({ id, persist: 'session' });
    await h.ready;
    const setItem = Storage.prototype.setItem;
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    let first: string;
    try {
      first = await h.createSession({ templateName: 'contoso_chat', templateParameters: { customerName: 'A' } });
      await h.createSession({ templateName: 'contoso_chat', templateParameters: { customerName: 'B' } });
    } finally {
      Storage.prototype.setItem = setItem;
      console.warn = warn;
    }
    expect(h.sessions).to.have.length(3);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0])).to.contain('kept in memory only');
    await h.focusSession(first);
    expect(sessionStorage.getItem(`cif-workspace:${id}`)).to.contain(first);
    sessionStorage.removeItem(`cif-workspace:${id}`);
  });

  it('keeps working in memory when storage is blocked, and says so', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      const h = await host({ id: uniqueId('blocked'), persist: 'local' });
      await h.ready;
      const id = await h.createSession({ templateName: 'contoso_chat', templateParameters: { customerName: 'A' } });
      expect(h.getSession(id).title).to.equal('Chat with A');
    } finally {
      console.warn = warn;
      if (descriptor) Object.defineProperty(window, 'localStorage', descriptor);
      else delete (window as { localStorage?: Storage }).localStorage;
    }
    expect(warnings).to.have.length(1);
    expect(String(warnings[0])).to.match(/localStorage is not available .*kept in memory only/);
  });
});

describe('a restore that fails', () => {
  it('is reported once, and the host still comes up', async () => {
    const id = uniqueId('corrupt');
    sessionStorage.setItem(`cif-workspace:${id}`, '{"format":"other"}');
    const element = document.createElement('cif-session-host');
    element.id = id;
    const warn = console.warn;
    console.warn = () => {};
    try {
      const heard = oneEvent(element, 'cif-restore-failed');
      (await fixture(html`<div></div>`)).append(element);
      await heard;
      await element.ready;
    } finally {
      console.warn = warn;
    }
    expect(sessionStorage.getItem(`cif-workspace:${id}`)).to.equal(null);
  });
});
