/**
 * The channel providers of a host (contract section 10, "Several providers"): one
 * `<cif-comm-panel slot="panel">` per provider origin, in `channel-order`. The panel of the
 * provider that owns the focused session is shown; in Home and in sessions no provider owns, the
 * agent picks. The others keep running out of sight.
 *
 * Also each provider's click-to-act switch, and the page's `data-cif-click-to-act` elements:
 * activated by click or Enter, they raise `onclicktoact` for the provider of the focused session,
 * else the first provider that has click-to-act on.
 */
import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';
import type { HostCifEvent } from '../../binding.js';
import { focusedSession, type WorkspaceState } from '../../core/workspace/state.js';
import type { CifCommPanel } from '../comm-panel/comm-panel.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly state: WorkspaceState };

/** Elements that fire a click of their own on Enter: a keydown would count twice. */
const CLICKS_ON_ENTER = 'a[href], button, input, select, summary, textarea';
/** A click-to-act activation is handled once, by the first host that hears it. */
const handled = new WeakSet<Event>();

export class Providers implements ReactiveController {
  #picked: CifCommPanel | undefined;
  readonly #clickToAct = new Map<string, boolean>();

  constructor(
    private readonly host: Host,
    private readonly emit: (event: HostCifEvent) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('click', this.#onActivate, true);
    document.addEventListener('keydown', this.#onActivate, true);
  }

  hostDisconnected(): void {
    document.removeEventListener('click', this.#onActivate, true);
    document.removeEventListener('keydown', this.#onActivate, true);
  }

  /** The panels in channel order (stable for equal orders). */
  get panels(): CifCommPanel[] {
    return [...this.host.querySelectorAll<CifCommPanel>(':scope > cif-comm-panel')].sort((a, b) => (a.channelOrder || 0) - (b.channelOrder || 0));
  }

  /** The panel of the provider that owns `state`'s focused session, if one does. */
  ownerPanel(state: WorkspaceState, panels: readonly CifCommPanel[] = this.panels): CifCommPanel | undefined {
    const { owner } = focusedSession(state);
    return owner === null ? undefined : panels.find((panel) => panel.allowedOrigins.includes(owner));
  }

  /** The panel on screen: the focused session's provider's, else the agent's pick, else the first. */
  shown(state: WorkspaceState = this.host.state, panels: readonly CifCommPanel[] = this.panels): CifCommPanel | undefined {
    return this.ownerPanel(state, panels) ?? (this.#picked && panels.includes(this.#picked) ? this.#picked : panels[0]);
  }

  /** The caller's own panel; the page's is the one shown. */
  panelOf(origin: string | null): CifCommPanel | undefined {
    return origin === null ? this.shown() : this.panels.find((panel) => panel.allowedOrigins.includes(origin));
  }

  /** The agent picks a provider where no session decides (Home, the page's sessions). */
  pick(panel: CifCommPanel): void {
    this.#picked = panel;
    this.host.requestUpdate();
  }

  /** Shows one panel and keeps the others running out of sight. */
  sync(state: WorkspaceState): void {
    const panels = this.panels;
    const shown = this.shown(state, panels);
    for (const panel of panels) panel.inactive = panel !== shown;
  }

  clickToAct(origin: string | null): boolean {
    return this.#clickToAct.get(origin ?? '') ?? true;
  }

  setClickToAct(origin: string | null, enabled: boolean): void {
    this.#clickToAct.set(origin ?? '', enabled);
  }

  /** The provider that hears a click-to-act: the focused session's, else the first with it on. */
  #clickTarget(): string | undefined {
    const owner = focusedSession(this.host.state).owner;
    if (owner !== null && this.clickToAct(owner) && this.panelOf(owner)) return owner;
    for (const panel of this.panels) {
      const origin = panel.allowedOrigins[0];
      if (origin && this.clickToAct(origin)) return origin;
    }
    return undefined;
  }

  #onActivate = (event: Event): void => {
    if (handled.has(event)) return;
    if (event instanceof KeyboardEvent && event.key !== 'Enter') return;
    const element = event
      .composedPath()
      .find((node): node is HTMLElement => node instanceof HTMLElement && node.hasAttribute('data-cif-click-to-act'));
    if (!element || (event.type === 'keydown' && element.matches(CLICKS_ON_ENTER))) return;
    // another host's own elements are that host's business
    const owningHost = element.closest('cif-session-host');
    if (owningHost && owningHost !== this.host) return;
    handled.add(event);
    const target = this.#clickTarget();
    if (!target) return;
    const data = element.dataset;
    const payload = {
      value: data.cifValue ?? element.textContent?.trim() ?? '',
      name: data.cifName ?? '',
      format: data.cifFormat ?? '',
      entityLogicalName: data.cifEntity ?? '',
    };
    this.emit({ name: 'onclicktoact', payload, origins: [target] });
  };
}
