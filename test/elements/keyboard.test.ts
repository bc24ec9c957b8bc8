/**
 * The workspace from the keyboard: the shortcuts (jump to a session, next and previous, the next
 * that needs attention, close the tab, focus the panel, answer the alert, the quick switcher),
 * remapped and disabled through host.shortcuts, never taking a key the page handled, and heard
 * while focus is in a provider's iframe (cif-client.js forwards them over the bridge).
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { registerElements } from '../../src/register.js';
import { pressKeys } from './keys.js';
import { attachBridge } from '../../src/cif/bridge-host.js';
import type { CifSessionHost } from '../../src/elements/session-host/session-host.js';
import { DEFAULT_SHORTCUTS, matchShortcut, parseShortcuts } from '../../src/core/shortcuts.js';
import type { CifTabCloseEvent } from '../../src/events/notifications.js';

registerElements();
if (!customElements.get('keyboard-card')) customElements.define('keyboard-card', class extends HTMLElement {});

const config = {
  sessionTemplates: [{ uniqueName: 'contoso_chat', name: 'Chat', type: 'generic', title: 'Chat with {customerName}', anchorTab: 'contoso_card', additionalTabs: ['contoso_notes'], panelMode: 'docked' }],
  appTabTemplates: [
    { uniqueName: 'contoso_card', name: 'Card', title: 'Card {customerName}', pageType: 'custom', parameters: { name: 'keyboard-card' } },
    { uniqueName: 'contoso_notes', name: 'Notes', title: 'Notes', pageType: 'custom', parameters: { name: 'keyboard-card' } },
  ],
  notificationTemplates: [{ uniqueName: 'contoso_incoming', title: 'Chat from {customerName}', acceptText: 'Take it', rejectText: 'Pass', timeoutSeconds: 0 }],
};

async function makeHost(): Promise<{ host: CifSessionHost; ids: string[] }> {
  const wrapper = await fixture<HTMLElement>(html`<div style="height: 500px"><input id="page-input" /></div>`);
  const host = document.createElement('cif-session-host');
  host.setAttribute('persist', 'none');
  host.config = config;
  const panel = Object.assign(document.createElement('cif-comm-panel'), { slot: 'panel', label: 'Phone' });
  panel.innerHTML = '<button id="widget-button">Call</button>';
  host.append(panel);
  wrapper.append(host);
  await host.ready;
  const ids = [];
  for (const customerName of ['Ann', 'Bo', 'Cy']) ids.push(await host.createSession({ templateName: 'contoso_chat', templateParameters: { customerName } }));
  await host.focusSession('home');
  return { host, ids };
}

/** Waits (at most a second) for `condition`: a dialog's close event comes in a task of its own. */
async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(condition()).to.equal(true);
}

const focusedRailEntry = (host: CifSessionHost) => host.shadowRoot!.activeElement?.getAttribute('data-session-id');

describe('keyboard shortcuts', () => {
  it('jump to session 1–9 and Home, and move along the rail, focus following', async () => {
    const { host, ids } = await makeHost();
    host.shadowRoot!.querySelector<HTMLElement>('[part~="session"]')!.focus();
    await pressKeys('Alt+Shift+Digit2');
    await host.updateComplete;
    expect(host.focusedSessionId).to.equal(ids[1]);
    expect(focusedRailEntry(host), 'focus follows to the rail entry').to.equal(ids[1]);
    await pressKeys('Alt+Shift+ArrowDown');
    await host.updateComplete;
    expect(host.focusedSessionId).to.equal(ids[2]);
    await pressKeys('Alt+Shift+ArrowDown'); // wraps to Home
    await host.updateComplete;
    expect(host.focusedSessionId).to.equal('home');
    await pressKeys('Alt+Shift+ArrowUp');
    await host.updateComplete;
    expect(host.focusedSessionId).to.equal(ids[2]);
    await pressKeys('Alt+Shift+Digit0');
    await host.updateComplete;
    expect(host.focusedSessionId).to.equal('home');
    await pressKeys('Alt+Shift+Digit9'); // no ninth session: nothing happens
    expect(host.focusedSessionId).to.equal('home');
  });

  it('go to the next session that needs attention, and close the focused tab through the veto', async () => {
    const { host, ids } = await makeHost();
    host.binding.workspace.notifyNewActivity(ids[2]!, 2);
    await host.updateComplete;
    document.querySelector<HTMLInputElement>('#page-input')!.focus();
    await pressKeys('Alt+Shift+KeyA');
    await host.updateComplete;
    expect(host.focusedSessionId).to.equal(ids[2]);
    const notes = host.getSession(ids[2]!).tabs[1]!.tabId;
    await host.focusTab(notes);
    const vetoed = oneEvent(host, 'cif-tab-close');
    host.addEventListener('cif-tab-close', (event) => event.preventDefault(), { once: true });
    await pressKeys('Alt+Shift+KeyW');
    expect(((await vetoed) as unknown as CifTabCloseEvent).tabId).to.equal(notes);
    expect(host.getSession(ids[2]!).tabs).to.have.length(2);
    await pressKeys('Alt+Shift+KeyW');
    await host.updateComplete;
    expect(host.getSession(ids[2]!).tabs.map((t) => t.title)).to.deep.equal(['Card Cy']);
    await pressKeys('Alt+Shift+KeyW'); // the anchor tab never closes
    expect(host.getSession(ids[2]!).tabs).to.have.length(1);
  });

  it('focus the panel and answer the alert shown', async () => {
    const { host } = await makeHost();
    await pressKeys('Alt+Shift+KeyP');
    expect(document.activeElement?.id).to.equal('widget-button');
    const first = host.notifyEvent({ templateName: 'contoso_incoming', templateParameters: { customerName: 'Di' } });
    await host.updateComplete;
    await pressKeys('Alt+Shift+Enter');
    expect((await first).actionName).to.equal('Accept');
    const second = host.notifyEvent({ templateName: 'contoso_incoming', templateParameters: { customerName: 'Ed' } });
    await host.updateComplete;
    await pressKeys('Alt+Shift+Backspace');
    expect((await second).actionName).to.equal('Reject');
  });

  it('remaps and disables through host.shortcuts, refuses bad keys without throwing, and leaves keys the page took', async () => {
    const { host, ids } = await makeHost();
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      host.shortcuts = { session1: 'Control+Alt+J', home: null };
      host.shortcuts = { closeTab: 'W' } as never; // no Control, Alt or Meta: refused, the previous stays
      host.shortcuts = { jump: 'Alt+J' } as never;
    } finally {
      console.error = original;
    }
    expect(errors.join('\n')).to.match(/shortcuts\.closeTab: must be keys/);
    expect(errors.join('\n')).to.match(/shortcuts\.jump: unknown property/);
    expect(host.shortcuts.session1).to.equal('Control+Alt+J');
    expect(host.shortcuts.closeTab).to.equal(DEFAULT_SHORTCUTS.closeTab);
    await pressKeys('Control+Alt+KeyJ');
    await host.updateComplete;
    expect(host.focusedSessionId).to.equal(ids[0]);
    await pressKeys('Alt+Shift+Digit0'); // disabled
    expect(host.focusedSessionId).to.equal(ids[0]);
    const takeIt = (event: KeyboardEvent) => event.preventDefault();
    window.addEventListener('keydown', takeIt, { capture: true });
    await pressKeys('Alt+Shift+ArrowDown');
    window.removeEventListener('keydown', takeIt, { capture: true });
    expect(host.focusedSessionId, 'the page took the key').to.equal(ids[0]);
    host.shortcuts = null;
    expect(host.shortcuts).to.deep.equal(DEFAULT_SHORTCUTS);
  });

  it('matches letters and digits by physical key, whatever the layout or Shift makes of them', () => {
    const press = { key: '"', code: 'Digit2', altKey: true, ctrlKey: false, shiftKey: true, metaKey: false };
    expect(matchShortcut(DEFAULT_SHORTCUTS, press)).to.equal('session2');
    expect(matchShortcut(DEFAULT_SHORTCUTS, { ...press, ctrlKey: true }), 'extra modifiers do not match').to.equal(undefined);
    expect(matchShortcut(parseShortcuts({ quickSwitcher: 'Control+K' }), { ...press, key: 'k', code: 'KeyK', altKey: false, shiftKey: false, ctrlKey: true })).to.equal('quickSwitcher');
    expect(() => parseShortcuts({ home: 'Alt+Alt+H' })).to.throw(/shortcuts\.home: must be keys/);
  });

  it('hears a shortcut pressed inside a provider\'s iframe that runs cif-client.js', async () => {
    const { host, ids } = await makeHost();
    attachBridge(host);
    const panel = host.querySelector('cif-comm-panel')!;
    panel.src = '/test/fixtures/key-provider.html';
    panel.trustedOrigins = location.origin;
    await host.updateComplete;
    const frame = panel.shadowRoot!.querySelector('iframe')!;
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const inner = frame.contentWindow as Window & { Microsoft: { CIFramework: { getMode(): Promise<unknown> } } };
    await inner.Microsoft.CIFramework.getMode(); // the bridge is up
    inner.document.querySelector('input')!.focus();
    await sendKeys({ type: 'abc' }); // plain typing stays in the iframe
    await pressKeys('Alt+Shift+Digit3');
    for (let i = 0; i < 50 && host.focusedSessionId !== ids[2]; i++) await new Promise((r) => setTimeout(r, 10));
    expect(host.focusedSessionId).to.equal(ids[2]);
    expect(inner.document.querySelector('input')!.value).to.equal('abc');
  });
});

describe('the quick switcher', () => {
  it('finds a session or tab by typing, goes there with Enter, and gives focus back on Escape', async () => {
    const { host, ids } = await makeHost();
    const input = document.querySelector<HTMLInputElement>('#page-input')!;
    input.focus();
    await pressKeys('Alt+Shift+KeyK');
    await host.updateComplete;
    const dialog = host.shadowRoot!.querySelector('[part="quick-switcher"]')!;
    expect(dialog.localName === 'dialog' && (dialog as HTMLDialogElement).open, 'a modal dialog').to.equal(true);
    await sendKeys({ type: 'bo no' });
    await host.updateComplete;
    const options = [...dialog.querySelectorAll('[role="option"]')].map((option) => option.textContent!.replace(/\s+/g, ' ').trim());
    expect(options).to.deep.equal(['Chat with Bo › Notes']);
    await expect(dialog).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await host.updateComplete;
    expect(host.focusedSessionId).to.equal(ids[1]);
    expect(host.getSession(ids[1]!).focusedTabId).to.equal(host.getSession(ids[1]!).tabs[1]!.tabId);
    await until(() => !host.shadowRoot!.querySelector('[part="quick-switcher"]'));
    input.focus();
    host.openQuickSwitcher();
    await host.updateComplete;
    await sendKeys({ type: 'Cy' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Escape' });
    await until(() => !host.shadowRoot!.querySelector('[part="quick-switcher"]'));
    expect(document.activeElement, 'focus is back where it was').to.equal(input);
    expect(host.focusedSessionId).to.equal(ids[1]);
  });

  it('is the rail\'s and the strip\'s overflow menu: every session with its badges, or every tab of the session', async () => {
    const { host, ids } = await makeHost();
    host.binding.workspace.notifyNewActivity(ids[1]!, 12);
    host.binding.workspace.requestAttention(ids[2]!);
    await host.updateComplete;
    const root = host.shadowRoot!;
    const railButton = root.querySelector<HTMLButtonElement>('[part="rail"] [part="overflow"]')!;
    expect(railButton.getAttribute('aria-label')).to.equal('All sessions');
    railButton.click();
    await host.updateComplete;
    const dialog = () => root.querySelector<HTMLDialogElement>('[part="quick-switcher"]');
    await until(() => !!dialog()?.open);
    const options = () => [...dialog()!.querySelectorAll('[role="option"]')];
    expect(options().map((option) => option.querySelector('.title')!.textContent)).to.deep.equal(['Home', 'Chat with Ann', 'Chat with Bo', 'Chat with Cy']);
    expect(options().map((option) => option.querySelector('.badge')?.textContent ?? '')).to.deep.equal(['', '', '9+', '!']);
    expect(options()[2]!.textContent!.replace(/\s+/g, ' '), 'the badge is said, not only shown').to.contain('12 new updates');
    expect(dialog()!.getAttribute('aria-label')).to.equal('All sessions');
    (options()[3] as HTMLElement).click();
    await host.updateComplete;
    expect(host.focusedSessionId).to.equal(ids[2]);
    await until(() => !dialog());

    const stripButton = root.querySelector<HTMLButtonElement>('.strip-row [part="overflow"]')!;
    expect(stripButton.getAttribute('aria-label')).to.equal('All tabs');
    stripButton.click();
    await host.updateComplete;
    await until(() => !!dialog()?.open);
    expect(options().map((option) => option.querySelector('.title')!.textContent)).to.deep.equal(['Chat with Cy › Card Cy', 'Chat with Cy › Notes']);
    (options()[1] as HTMLElement).click();
    await host.updateComplete;
    expect(host.getSession(ids[2]!).focusedTabId).to.equal(host.getSession(ids[2]!).tabs[1]!.tabId);
  });
});
