/**
 * Reordering sessions and tabs (issue 11): by keyboard (Control+Shift and an arrow on a rail
 * entry or tab header) and by drag; Home and the anchor tab stay first; pages never reload, and
 * the new place is announced.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { registerElements } from '../../src/register.js';
import { pressKeys } from './keys.js';
import type { CifSessionHost } from '../../src/elements/session-host/session-host.js';

registerElements();
if (!customElements.get('reorder-page')) customElements.define('reorder-page', class extends HTMLElement {});

const config = {
  sessionTemplates: [{ uniqueName: 'contoso_chat', name: 'Chat', type: 'generic', title: 'Chat with {customerName}', anchorTab: 'contoso_card', additionalTabs: ['contoso_notes', 'contoso_orders'], panelMode: 'docked' }],
  appTabTemplates: [
    { uniqueName: 'contoso_card', name: 'Card', title: 'Card', pageType: 'custom', parameters: { name: 'reorder-page' } },
    { uniqueName: 'contoso_notes', name: 'Notes', title: 'Notes', pageType: 'custom', parameters: { name: 'reorder-page' } },
    { uniqueName: 'contoso_orders', name: 'Orders', title: 'Orders', pageType: 'custom', parameters: { name: 'reorder-page' } },
  ],
};

async function makeHost(id?: string): Promise<{ host: CifSessionHost; ids: string[] }> {
  const wrapper = await fixture<HTMLElement>(html`<div style="height: 500px"></div>`);
  const host = document.createElement('cif-session-host');
  if (id) host.id = id;
  host.setAttribute('persist', id ? 'session' : 'none');
  host.config = config;
  wrapper.append(host);
  await host.ready;
  const ids = [];
  for (const customerName of ['Ann', 'Bo', 'Cy']) ids.push(await host.createSession({ templateName: 'contoso_chat', templateParameters: { customerName } }));
  return { host, ids };
}

const order = (host: CifSessionHost) => host.sessions.map((s) => s.sessionId);
const tabOrder = (host: CifSessionHost, sessionId: string) => host.getSession(sessionId).tabs.map((t) => t.title);
const railEntry = (host: CifSessionHost, id: string) => host.shadowRoot!.querySelector<HTMLElement>(`[part="session"][data-session-id="${id}"]`)!;
const tabHeader = (host: CifSessionHost, title: string) => [...host.shadowRoot!.querySelectorAll<HTMLElement>('[part="tab"]')].find((t) => t.title === title)!;
const announced = async (host: CifSessionHost) => {
  await new Promise((resolve) => setTimeout(resolve, 60));
  return host.shadowRoot!.querySelector('.announce-polite')!.textContent;
};

/** What a pointer drag does, as the browser reports it: dragstart on the dragged tab, then dragover and drop on the target. */
function drag(from: HTMLElement, to: HTMLElement): void {
  const dataTransfer = new DataTransfer();
  const init = { bubbles: true, composed: true, cancelable: true, dataTransfer };
  from.dispatchEvent(new DragEvent('dragstart', init));
  to.dispatchEvent(new DragEvent('dragover', init));
  to.dispatchEvent(new DragEvent('drop', init));
  from.dispatchEvent(new DragEvent('dragend', init));
}

describe('reordering sessions and tabs', () => {
  it('moves the focused rail entry one place with Control+Shift and an arrow, keeps focus on it, and says where it went', async () => {
    const { host, ids } = await makeHost();
    railEntry(host, ids[2]!).focus();
    await pressKeys('Control+Shift+ArrowUp');
    await host.updateComplete;
    expect(order(host)).to.deep.equal(['home', ids[0], ids[2], ids[1]]);
    expect(host.shadowRoot!.activeElement?.getAttribute('data-session-id'), 'focus stays on the moved entry').to.equal(ids[2]);
    expect(await announced(host)).to.equal('Chat with Cy, position 3 of 4');
    await pressKeys('Control+Shift+ArrowUp');
    await pressKeys('Control+Shift+ArrowUp'); // already first after Home: nothing
    await host.updateComplete;
    expect(order(host)).to.deep.equal(['home', ids[2], ids[0], ids[1]]);
    expect(host.focusedSessionId, 'moving never switches').to.equal(ids[2]);
  });

  it('never moves Home, and plain arrows still only move focus', async () => {
    const { host, ids } = await makeHost();
    await host.focusSession('home');
    railEntry(host, 'home').focus();
    await pressKeys('Control+Shift+ArrowDown');
    await host.updateComplete;
    expect(order(host)).to.deep.equal(['home', ...ids]);
    expect(railEntry(host, 'home').draggable).to.equal(false);
    expect(railEntry(host, ids[0]!).draggable).to.equal(true);
    await pressKeys('ArrowDown');
    await host.updateComplete;
    expect(order(host)).to.deep.equal(['home', ...ids]);
    expect(host.focusedSessionId).to.equal(ids[0]);
  });

  it('moves a tab header by keyboard and by drag; the pages stay where they are, never reloaded', async () => {
    const { host, ids } = await makeHost();
    const pages = [...host.querySelectorAll('cif-app-tab')].map((tab) => tab.firstElementChild);
    const mutations: MutationRecord[] = [];
    const observer = new MutationObserver((records) => mutations.push(...records));
    observer.observe(host, { childList: true, subtree: true });

    await host.focusTab(host.getSession(ids[2]!).tabs[2]!.tabId);
    tabHeader(host, 'Orders').focus();
    await pressKeys('Control+Shift+ArrowLeft');
    await host.updateComplete;
    expect(tabOrder(host, ids[2]!)).to.deep.equal(['Card', 'Orders', 'Notes']);
    expect(await announced(host)).to.equal('Orders, position 2 of 3');
    await pressKeys('Control+Shift+ArrowLeft'); // the anchor stays first
    await host.updateComplete;
    expect(tabOrder(host, ids[2]!)).to.deep.equal(['Card', 'Orders', 'Notes']);

    drag(tabHeader(host, 'Orders'), tabHeader(host, 'Notes'));
    await host.updateComplete;
    expect(tabOrder(host, ids[2]!)).to.deep.equal(['Card', 'Notes', 'Orders']);
    drag(tabHeader(host, 'Notes'), tabHeader(host, 'Card')); // onto the anchor's place: refused
    await host.updateComplete;
    expect(tabOrder(host, ids[2]!)).to.deep.equal(['Card', 'Notes', 'Orders']);
    expect(tabHeader(host, 'Card').draggable).to.equal(false);

    await new Promise((resolve) => setTimeout(resolve, 0));
    observer.disconnect();
    expect(mutations, 'no page or tab element was added, removed or moved').to.deep.equal([]);
    expect([...host.querySelectorAll('cif-app-tab')].map((tab) => tab.firstElementChild)).to.deep.equal(pages);
  });

  it('moves a session by dragging its rail entry onto another\'s place', async () => {
    const { host, ids } = await makeHost();
    drag(railEntry(host, ids[0]!), railEntry(host, ids[2]!));
    await host.updateComplete;
    expect(order(host)).to.deep.equal(['home', ids[1], ids[2], ids[0]]);
    drag(railEntry(host, ids[1]!), railEntry(host, 'home'));
    await host.updateComplete;
    expect(order(host), 'Home keeps the first place').to.deep.equal(['home', ids[1], ids[2], ids[0]]);
  });

  it('moves through the host\'s API, refusing a place that is not one', async () => {
    const { host, ids } = await makeHost();
    const changed: string[] = [];
    host.addEventListener('cif-state-changed', () => changed.push('changed'));
    await host.moveSession(ids[2]!, 1);
    expect(order(host)).to.deep.equal(['home', ids[2], ids[0], ids[1]]);
    expect(changed).to.have.length(1);
    let error: unknown;
    await host.moveTab(host.getSession(ids[0]!).tabs[1]!.tabId, 3).catch((e: unknown) => (error = e));
    expect((error as Error).message).to.equal('index: must be an integer from 1 to 2, the places after the first');
  });

  it('keeps the new order across a reload', async () => {
    const id = `reorder-${Math.random().toString(36).slice(2)}`;
    const { host, ids } = await makeHost(id);
    await host.moveSession(ids[2]!, 1);
    await host.moveTab(host.getSession(ids[2]!).tabs[2]!.tabId, 1);
    host.remove();
    const wrapper = await fixture<HTMLElement>(html`<div style="height: 500px"></div>`);
    const again = Object.assign(document.createElement('cif-session-host'), { id, config });
    again.setAttribute('persist', 'session');
    wrapper.append(again);
    await again.ready;
    expect(order(again)).to.deep.equal(['home', ids[2], ids[0], ids[1]]);
    expect(tabOrder(again, ids[2]!)).to.deep.equal(['Card', 'Orders', 'Notes']);
    again.remove();
    sessionStorage.removeItem(`cif-workspace:${id}`);
  });
});
