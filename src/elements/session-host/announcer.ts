/**
 * Screen-reader announcements: two visually hidden live regions, polite for news (unread,
 * attention, toasts) and assertive for an alert that wants an answer. Announcing never moves
 * focus, so the agent keeps typing where they are.
 */
import { html } from '../template.js';
import type { ReactiveControllerHost } from '@lit/reactive-element';

/** How long a region stays empty before the new text, so the same words are announced again. */
const RESET_MS = 30;

export class Announcer {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {}

  announce(text: string, urgent = false): void {
    const region = this.host.shadowRoot?.querySelector(urgent ? '.announce-assertive' : '.announce-polite');
    if (!region || !text) return;
    region.textContent = '';
    setTimeout(() => (region.textContent = text), RESET_MS);
  }

  render() {
    return html`<div class="visually-hidden announce-polite" role="status" aria-live="polite"></div>
      <div class="visually-hidden announce-assertive" aria-live="assertive"></div>`;
  }
}
