/**
 * The host's chrome: one rail entry per session and one header per tab of the focused session,
 * after the WAI-ARIA tabs pattern (keyboard handling lives in roving-tabs.ts), and the switcher
 * between providers. Pure templates: what a click means comes in as callbacks.
 */
import { html, nothing, render } from '../template.js';
import type { SessionState, TabState } from '../../core/workspace/state.js';
import type { Say } from '../../core/strings.js';
import type { CifCommPanel } from '../comm-panel/comm-panel.js';
import { badgeOf, describeSession } from './attention.js';
import { KeyedChildren } from './keyed-children.js';

export interface ChromeActions {
  focus(id: string): void;
  close(id: string): void;
  /** The host's texts, as they are now. */
  say: Say;
}

function closeButton(title: string, say: Say, onClose: () => void) {
  return html`<span part="close" class="close" aria-hidden="true" title=${say('close', { title })} @click=${(event: Event) => {
    event.stopPropagation();
    onClose();
  }}>×</span>`;
}

/** One tab of a tab list, the parts that never change: what it is and that a click selects it. */
function createTab(part: string, className: string, dataKey: 'sessionId' | 'tabId', id: string, actions: ChromeActions): HTMLElement {
  const element = document.createElement('div');
  element.setAttribute('role', 'tab');
  element.setAttribute('part', part);
  element.className = className;
  element.dataset[dataKey] = id;
  element.addEventListener('click', () => actions.focus(id));
  return element;
}

/** The parts of a tab that follow its state: selection (the list's one tab stop), title, and what the agent may do with it. */
function updateTab(element: HTMLElement, selected: boolean, title: string, canClose: boolean, canMove: boolean): void {
  element.draggable = canMove;
  element.setAttribute('aria-selected', String(selected));
  element.tabIndex = selected ? 0 : -1;
  element.title = title;
  if (canClose) element.setAttribute('aria-keyshortcuts', 'Delete');
  else element.removeAttribute('aria-keyshortcuts');
}

/** The rail: one entry per session, with its icon (or initial), title, badge and close button. */
export function railEntries(actions: ChromeActions): KeyedChildren<SessionState> {
  return new KeyedChildren({
    key: (session) => session.sessionId,
    create: (session) => createTab('session', 'entry', 'sessionId', session.sessionId, actions),
    update: (element, session, selected) => {
      // Home's name is one of the workspace's texts; a session's, its template's
      const title = session.isDefault ? actions.say('home') : session.title;
      updateTab(element, selected, title, session.canClose, !session.isDefault);
      const badge = badgeOf(session);
      // its name says what its badges show: "Chat with Ann, 3 new updates, needs attention"
      const described = describeSession(session, actions.say);
      const initial = session.isDefault ? '⌂' : title.trim().charAt(0).toUpperCase() || '•';
      render(
        html`${session.icon ? html`<img class="icon" src=${session.icon} alt="" />` : html`<span class="icon initial" aria-hidden="true">${initial}</span>`}
          <span class="title">${title}</span>
          ${described ? html`<span class="visually-hidden">, ${described}</span>` : nothing}
          ${badge ? html`<span part="badge" class="badge ${session.unread ? 'unread' : 'attention'}" aria-hidden="true">${badge}</span>` : nothing}
          ${session.canClose ? closeButton(title, actions.say, () => actions.close(session.sessionId)) : nothing}`,
        element,
      );
    },
  });
}

/** The focused session's tab strip: one header per tab, with its icon, title and close button. */
export function tabHeaders(actions: ChromeActions): KeyedChildren<TabState> {
  return new KeyedChildren({
    key: (tab) => tab.tabId,
    create: (tab) => createTab('tab', 'tab', 'tabId', tab.tabId, actions),
    update: (element, tab, selected) => {
      updateTab(element, selected, tab.title, tab.canClose, !tab.isAnchor);
      render(
        html`${tab.icon ? html`<img class="icon" src=${tab.icon} alt="" />` : nothing}
          <span class="title">${tab.title}</span>
          ${tab.canClose ? closeButton(tab.title, actions.say, () => actions.close(tab.tabId)) : nothing}`,
        element,
      );
    },
  });
}

/**
 * Where the agent picks the provider shown, when no session decides (Home, the page's own
 * sessions) and there is more than one; nothing otherwise.
 */
export function renderPanelSwitcher(panels: readonly CifCommPanel[], shown: CifCommPanel | undefined, actions: { pick(panel: CifCommPanel): void }, say: Say) {
  if (panels.length < 2) return nothing;
  return html`<div class="panel-switcher" part="panel-switcher" role="group" aria-label=${say('providers')}>
    ${panels.map((panel) => html`<button aria-pressed=${panel === shown ? 'true' : 'false'} @click=${() => actions.pick(panel)}>${panel.shownLabel}</button>`)}
  </div>`;
}
