/**
 * The host's chrome: one rail entry per session and one header per tab of the focused session,
 * after the WAI-ARIA tabs pattern (keyboard handling lives in roving-tabs.ts), and the switcher
 * between providers. Pure templates: what a click means comes in as callbacks.
 */
import { html, nothing } from 'lit';
import type { SessionState, TabState } from '../../core/workspace/state.js';
import type { CifCommPanel } from '../comm-panel/comm-panel.js';
import { describeSession } from './attention.js';

export interface ChromeActions {
  focus(id: string): void;
  close(id: string): void;
}

/** Unread counts past nine show as "9+"; attention and a breached KPI as "!". */
function badgeOf(session: SessionState): string {
  if (session.unread > 0) return session.unread >= 10 ? '9+' : String(session.unread);
  return session.attention > 0 || session.kpiBreach ? '!' : '';
}

function closeButton(title: string, onClose: () => void) {
  return html`<span part="close" class="close" aria-hidden="true" title=${`Close ${title}`} @click=${(event: Event) => {
    event.stopPropagation();
    onClose();
  }}>×</span>`;
}

export function renderRailEntry(session: SessionState, selected: boolean, actions: ChromeActions) {
  const badge = badgeOf(session);
  const described = describeSession(session);
  const initial = session.isDefault ? '⌂' : session.title.trim().charAt(0).toUpperCase() || '•';
  return html`<div
    role="tab"
    part="session"
    class="entry"
    data-session-id=${session.sessionId}
    aria-selected=${selected ? 'true' : 'false'}
    tabindex=${selected ? 0 : -1}
    aria-keyshortcuts=${session.canClose ? 'Delete' : nothing}
    aria-description=${described || nothing}
    title=${session.title}
    @click=${() => actions.focus(session.sessionId)}
  >
    ${session.icon ? html`<img class="icon" src=${session.icon} alt="" />` : html`<span class="icon initial" aria-hidden="true">${initial}</span>`}
    <span class="title">${session.title}</span>
    ${badge ? html`<span part="badge" class="badge ${session.unread ? 'unread' : 'attention'}" aria-hidden="true">${badge}</span>` : nothing}
    ${session.canClose ? closeButton(session.title, () => actions.close(session.sessionId)) : nothing}
  </div>`;
}

export function renderTabHeader(tab: TabState, selected: boolean, actions: ChromeActions) {
  return html`<div
    role="tab"
    part="tab"
    class="tab"
    data-tab-id=${tab.tabId}
    aria-selected=${selected ? 'true' : 'false'}
    tabindex=${selected ? 0 : -1}
    aria-keyshortcuts=${tab.canClose ? 'Delete' : nothing}
    title=${tab.title}
    @click=${() => actions.focus(tab.tabId)}
  >
    ${tab.icon ? html`<img class="icon" src=${tab.icon} alt="" />` : nothing}
    <span class="title">${tab.title}</span>
    ${tab.canClose ? closeButton(tab.title, () => actions.close(tab.tabId)) : nothing}
  </div>`;
}

/**
 * Where the agent picks the provider shown, when no session decides (Home, the page's own
 * sessions) and there is more than one; nothing otherwise.
 */
export function renderPanelSwitcher(panels: readonly CifCommPanel[], shown: CifCommPanel | undefined, actions: { pick(panel: CifCommPanel): void }) {
  if (panels.length < 2) return nothing;
  return html`<div class="panel-switcher" part="panel-switcher" role="group" aria-label="Channel providers">
    ${panels.map((panel) => html`<button aria-pressed=${panel === shown ? 'true' : 'false'} @click=${() => actions.pick(panel)}>${panel.label}</button>`)}
  </div>`;
}
