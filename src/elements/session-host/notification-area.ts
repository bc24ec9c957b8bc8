/**
 * The notification area (contract section 2): the alert the agent answers, with its countdown
 * and the number waiting behind it, and the information toasts. Nothing here takes focus: an
 * alert is announced (assertive) and its buttons are one Tab away. A template whose desktop
 * mode is `background` also raises a desktop notification while the page is hidden, when the
 * page has the permission (asking for it needs the agent's gesture, so the CRM asks).
 */
import { html, nothing } from '../template.js';
import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';
import type { NotificationCenter, NotificationsState, ShownNotification } from '../../core/notifications.js';
import type { Say } from '../../core/strings.js';
import type { Announcer } from './announcer.js';

type Host = ReactiveControllerHost & HTMLElement;

const TICK_MS = 1000;

/** "1:05", "0:09": what is left of a countdown. */
export function formatCountdown(milliseconds: number): string {
  const seconds = Math.max(0, Math.ceil(milliseconds / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

export class NotificationArea implements ReactiveController {
  #state: NotificationsState;
  #unsubscribe: (() => void) | undefined;
  #ticker: ReturnType<typeof setInterval> | undefined;
  #desktop: Notification | undefined;

  constructor(
    private readonly host: Host,
    private readonly center: NotificationCenter,
    private readonly announcer: Announcer,
  ) {
    this.#state = center.state;
    host.addController(this);
  }

  hostConnected(): void {
    this.#unsubscribe = this.center.subscribe((state) => this.#receive(state));
    this.#state = this.center.state;
    this.#runTicker();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    clearInterval(this.#ticker);
    this.#ticker = undefined;
  }

  /** The countdown ticks only while an alert with a deadline is shown: a page open all day stays idle. */
  #runTicker(): void {
    const counting = this.#state.shown?.deadline != null;
    if (counting && this.#ticker === undefined) this.#ticker = setInterval(this.#tick, TICK_MS);
    if (!counting && this.#ticker !== undefined) {
      clearInterval(this.#ticker);
      this.#ticker = undefined;
    }
  }

  #receive(state: NotificationsState): void {
    const previous = this.#state;
    this.#state = state;
    const { shown } = state;
    if (shown && shown.id !== previous.shown?.id) {
      this.announcer.announce(`${shown.title}. ${shown.fields.map((f) => `${f.title}: ${f.value}`).join('. ')}`, true);
      this.#notifyDesktop(shown);
    }
    if (previous.shown && previous.shown.id !== shown?.id) {
      this.#desktop?.close();
      this.#desktop = undefined;
    }
    for (const toast of state.toasts) if (!previous.toasts.includes(toast)) this.announcer.announce(toast.title);
    this.#runTicker();
    this.host.requestUpdate();
  }

  #notifyDesktop(shown: ShownNotification): void {
    if (shown.desktopNotification !== 'background' || document.visibilityState !== 'hidden') return;
    if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
    this.#desktop = new Notification(shown.title, { body: shown.fields.map((f) => `${f.title}: ${f.value}`).join('\n'), tag: shown.id });
    this.#desktop.onclick = () => window.focus();
  }

  /** Only the countdown's text changes each second: no render. */
  #tick = (): void => {
    const deadline = this.#state.shown?.deadline;
    const countdown = this.host.shadowRoot?.querySelector('[part="countdown"]');
    if (deadline != null && countdown) countdown.textContent = formatCountdown(deadline - Date.now());
  };

  /** The agent's answer to the alert shown, from the keyboard; false when there is none to give. */
  answerShown(action: 'accept' | 'reject'): boolean {
    const { shown } = this.#state;
    if (!shown || (action === 'reject' && shown.rejectText === null)) return false;
    this.#answer(shown.id, action);
    return true;
  }

  #answer(id: string, action: 'accept' | 'reject'): void {
    try {
      this.center.respond(id, action);
    } catch {
      // answered meanwhile (timed out, cancelled): nothing left to do
    }
  }

  render(say: Say) {
    const { shown, queued, toasts } = this.#state;
    if (!shown && toasts.length === 0) return nothing;
    return html`<div class="notifications">
      ${toasts.map(
        (toast) => html`<div class="toast" part="toast" role="status" data-notification-id=${toast.id}>
          <span class="toast-title">${toast.title}</span>
          <button class="dismiss" aria-label=${say('dismiss', { title: toast.title })} @click=${() => this.#answer(toast.id, 'accept')}>×</button>
        </div>`,
      )}
      ${shown ? this.#renderAlert(shown, queued.length, say) : nothing}
    </div>`;
  }

  #renderAlert(shown: ShownNotification, waiting: number, say: Say) {
    const titleId = `notification-title-${shown.id}`;
    return html`<div role="alertdialog" part="notification" class="alert" data-notification-id=${shown.id} aria-labelledby=${titleId} aria-describedby=${`${titleId}-fields`}>
      <div class="alert-head">
        ${shown.icon ? html`<img class="icon" src=${shown.icon} alt="" />` : nothing}
        <strong id=${titleId}>${shown.title}</strong>
        ${shown.showTimeout && shown.deadline !== null
          ? // a property, not a child part: the ticker rewrites this text every second
            html`<span part="countdown" class="countdown" aria-hidden="true" .textContent=${formatCountdown(shown.deadline - Date.now())}></span>`
          : nothing}
      </div>
      <dl id=${`${titleId}-fields`}>${shown.fields.map((field) => html`<dt>${field.title}</dt><dd>${field.value}</dd>`)}</dl>
      <div class="actions">
        <button data-action="accept" class="accept" @click=${() => this.#answer(shown.id, 'accept')}>${shown.acceptText ?? say('accept')}</button>
        ${shown.rejectText !== null
          ? html`<button data-action="reject" class="reject" @click=${() => this.#answer(shown.id, 'reject')}>${shown.rejectText ?? say('reject')}</button>`
          : nothing}
        ${waiting ? html`<span class="waiting">${say('waiting', { count: waiting })}</span>` : nothing}
      </div>
    </div>`;
  }
}
