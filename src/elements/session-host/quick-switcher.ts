/**
 * The quick switcher, which is also the rail's and the strip's overflow menu: a modal dialog
 * listing sessions and tabs with their badges, narrowed as the agent types (each word must appear
 * in the session's title or the tab's), after the WAI-ARIA combobox pattern with a listbox.
 * Arrows move, Enter or a click goes; Escape or a click outside closes, and the browser's
 * `<dialog>` gives focus back to where it was. Opened by its shortcut, `host.openQuickSwitcher()`,
 * or the "all sessions" and "all tabs" buttons (those list only the rail's or the strip's entries).
 */
import { html, nothing } from '../template.js';
import type { ReactiveControllerHost } from '@lit/reactive-element';
import type { Say } from '../../core/strings.js';
import { focusedSession, type WorkspaceState } from '../../core/workspace/state.js';
import { badgeOf, describeSession } from './attention.js';

export interface SwitcherEntry {
  readonly sessionId: string;
  /** Undefined for the session itself. */
  readonly tabId: string | undefined;
  readonly label: string;
  /** What the session's badge shows ("3", "!"), and says. */
  readonly badge: string;
  readonly described: string;
}

/** Every session, every tab, or the focused session's tabs. */
export type SwitcherScope = 'all' | 'sessions' | 'tabs';

/** The entries of `scope` whose titles hold each word of `query`, in rail and strip order. */
export function switcherEntries(state: WorkspaceState, scope: SwitcherScope, query: string, say: Say): SwitcherEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = (text: string) => words.every((word) => text.toLowerCase().includes(word));
  const sessions = scope === 'tabs' ? [focusedSession(state)] : state.sessions;
  return sessions.flatMap((session) => {
    const title = session.isDefault ? say('home') : session.title;
    const own = { sessionId: session.sessionId, tabId: undefined, label: title, badge: badgeOf(session), described: describeSession(session, say) };
    const tabs = session.tabs
      .filter((tab) => scope !== 'sessions' && matches(`${title} ${tab.title}`))
      .map((tab) => ({ sessionId: session.sessionId, tabId: tab.tabId, label: `${title} › ${tab.title}`, badge: '', described: '' }));
    return scope !== 'tabs' && matches(title) ? [own, ...tabs] : tabs;
  });
}

export class QuickSwitcher {
  #scope: SwitcherScope | undefined;
  #query = '';
  #active = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly state: () => WorkspaceState,
    private readonly go: (entry: SwitcherEntry) => void,
  ) {}

  open(scope: SwitcherScope = 'all'): void {
    this.#scope = scope;
    this.#query = '';
    this.#active = 0;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      const dialog = this.#dialog();
      if (dialog && !dialog.open) dialog.showModal();
    });
  }

  #dialog(): HTMLDialogElement | null | undefined {
    return this.host.shadowRoot?.querySelector('dialog');
  }

  #choose(entry: SwitcherEntry | undefined): void {
    if (!entry) return;
    this.#dialog()?.close();
    this.go(entry);
  }

  render(say: Say) {
    const scope = this.#scope;
    if (!scope) return nothing;
    const entries = switcherEntries(this.state(), scope, this.#query, say);
    const active = Math.min(this.#active, entries.length - 1);
    const title = say(scope === 'sessions' ? 'allSessions' : scope === 'tabs' ? 'allTabs' : 'goTo');
    const onKeydown = (event: KeyboardEvent) => {
      const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
      if (step && entries.length) this.#active = (active + step + entries.length) % entries.length;
      else if (event.key === 'Enter') this.#choose(entries[active]);
      else return;
      event.preventDefault();
      this.host.requestUpdate();
    };
    return html`<dialog
      class="switcher"
      part="quick-switcher"
      aria-label=${title}
      @close=${() => ((this.#scope = undefined), this.host.requestUpdate())}
      @click=${(event: Event) => event.target === event.currentTarget && (event.target as HTMLDialogElement).close()}
    >
      <input
        role="combobox"
        aria-label=${title}
        aria-expanded="true"
        aria-controls="switcher-list"
        aria-activedescendant=${active < 0 ? nothing : `switcher-${active}`}
        placeholder=${title}
        autocomplete="off"
        .value=${this.#query}
        @input=${(event: Event) => ((this.#query = (event.target as HTMLInputElement).value), (this.#active = 0), this.host.requestUpdate())}
        @keydown=${onKeydown}
      />
      <ul id="switcher-list" role="listbox" aria-label=${title}>
        ${entries.map(
          (entry, index) =>
            html`<li id=${`switcher-${index}`} role="option" aria-selected=${index === active ? 'true' : 'false'} @click=${() => this.#choose(entry)}>
              <span class="title">${entry.label}</span>${entry.described ? html`<span class="visually-hidden">, ${entry.described}</span>` : nothing}
              ${entry.badge ? html`<span class="badge ${entry.badge === '!' ? 'attention' : 'unread'}" aria-hidden="true">${entry.badge}</span>` : nothing}
            </li>`,
        )}
      </ul>
      ${entries.length ? nothing : html`<p role="status">${say('noMatch')}</p>`}
    </dialog>`;
  }
}
