/**
 * The agent's presence (contract section 10): the options and the one in force, the control in
 * the rail (a native select: keyboard and screen readers know it), and the news of a change:
 * `cif-presence-changed` on the host and `onPresenceChange` for every provider.
 */
import { html } from '../template.js';
import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';
import type { HostCifEvent } from '../../binding.js';
import { DEFAULT_PRESENCE_OPTIONS, parsePresenceOptions, type PresenceOption } from '../../core/presence.js';
import type { Say } from '../../core/strings.js';
import { parsedOrReported } from './page-input.js';
import { CifPresenceChangedEvent } from '../../events/notifications.js';

type Host = ReactiveControllerHost & HTMLElement;

export class PresenceControl implements ReactiveController {
  #options: readonly PresenceOption[] = DEFAULT_PRESENCE_OPTIONS;
  #current: PresenceOption = DEFAULT_PRESENCE_OPTIONS[0]!;

  constructor(
    private readonly host: Host,
    private readonly emit: (event: HostCifEvent) => void,
    private readonly changed: () => void,
  ) {
    host.addController(this);
  }

  get options(): readonly PresenceOption[] {
    return this.#options;
  }

  /** A page-given list; an invalid one is reported and the previous one kept (never thrown). */
  set options(value: unknown) {
    const options = parsedOrReported(() => parsePresenceOptions(value));
    if (!options) return;
    this.#options = options;
    this.#current = this.#options.find((o) => o.presenceText === this.#current.presenceText) ?? this.#options[0]!;
    this.host.requestUpdate();
  }

  get current(): PresenceOption {
    return this.#current;
  }

  /** Changes the presence by its text; false for a text that is not an option. */
  set(text: unknown): boolean {
    const option = this.#options.find((o) => o.presenceText === text);
    if (!option) return false;
    if (option === this.#current) return true;
    this.#current = option;
    this.host.requestUpdate();
    this.host.dispatchEvent(new CifPresenceChangedEvent(option));
    this.changed();
    this.emit({ name: 'onPresenceChange', payload: { presenceId: option.presenceId, presenceInfo: { ...option } } });
    return true;
  }

  #paintedDot: Element | undefined;
  #paintedColor: string | undefined;

  hostUpdated(): void {
    const dot = this.host.shadowRoot?.querySelector<HTMLElement>('.presence-dot');
    const color = this.#current.presenceColor;
    if (!dot || (dot === this.#paintedDot && color === this.#paintedColor)) return;
    dot.style.setProperty('background', color);
    this.#paintedDot = dot;
    this.#paintedColor = color;
  }

  render(say: Say) {
    return html`<label class="presence">
      <span class="presence-dot" aria-hidden="true"></span>
      <select part="presence" aria-label=${say('presence')} @change=${(event: Event) => this.set((event.target as HTMLSelectElement).value)}>
        ${this.#options.map((o) => html`<option .value=${o.presenceText} ?selected=${o === this.#current}>${o.presenceText}</option>`)}
      </select>
    </label>`;
  }
}
