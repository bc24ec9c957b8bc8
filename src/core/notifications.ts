/**
 * Incoming-work notifications (CIF `notifyEvent` / `cancelEvent`, contract section 7, cif-facts
 * 5.4). A template without `autoAccept` raises an alert the agent answers: one is shown at a
 * time and up to ten wait behind it; a template with `autoAccept` is accepted at once and only
 * informs the agent with a toast. Every notification settles exactly once, with one of CIF's
 * answers:
 *
 * | actionName | responseReason                      | when                                          |
 * |------------|-------------------------------------|-----------------------------------------------|
 * | Accept     | Accept                              | the agent accepted                            |
 * | Accept     | AutoAccept                          | the template accepts by itself                |
 * | Reject     | DeclinedByAgent                     | the agent rejected                            |
 * | Reject     | NotificationQueueLimitExceeded      | ten were already waiting                      |
 * | Reject     | NotificationQueueTimeLimitExceeded  | it waited in the queue past its timeout       |
 * | Timeout    | DisplayTimeout                      | shown, and not answered within its timeout    |
 * | Cancel     | CanceledByClient                    | the provider withdrew it with cancelEvent     |
 *
 * A timeout of 0 seconds waits for the agent however long it takes. Timers come in through
 * `schedule`, so this module has no DOM and tests can run the clock.
 */
import * as s from './schema/index.js';
import type { NotificationTemplate, ResolvedConfig } from './config/types.js';
import { CifError } from './errors.js';
import { randomId } from './ids.js';
import { deepFreeze, type JsonValue } from './json.js';
import { recordLookup, resolveText } from './slugs.js';
import { invalidInput, JsonRecordSchema, nonEmptyString, parseInput } from './validation.js';

export const MAX_QUEUED_NOTIFICATIONS = 10;
export const DEFAULT_NOTIFICATION_TIMEOUT_SECONDS = 120;
/** An information toast goes away by itself after this, unless its template says otherwise. */
export const DEFAULT_TOAST_SECONDS = 10;
const MAX_TOASTS = 5;

export type NotificationAnswer =
  | { readonly actionName: 'Accept'; readonly responseReason: 'Accept' | 'AutoAccept' }
  | { readonly actionName: 'Reject'; readonly responseReason: 'DeclinedByAgent' | 'NotificationQueueLimitExceeded' | 'NotificationQueueTimeLimitExceeded' }
  | { readonly actionName: 'Timeout'; readonly responseReason: 'DisplayTimeout' }
  | { readonly actionName: 'Cancel'; readonly responseReason: 'CanceledByClient' };

/** What the agent sees of one notification. */
export interface ShownNotification {
  readonly id: string;
  readonly templateName: string;
  readonly kind: 'alert' | 'toast';
  readonly title: string;
  readonly icon: string | undefined;
  readonly fields: readonly { readonly title: string; readonly value: string }[];
  /** The template's; undefined: the workspace's text for Accept (`host.strings`). */
  readonly acceptText: string | undefined;
  /** Null: the template shows no reject button; undefined: the workspace's text for Reject. */
  readonly rejectText: string | null | undefined;
  /** Whether the countdown is shown (the timer runs either way). */
  readonly showTimeout: boolean;
  /** When it times out, in `now()` milliseconds; null while queued or without a timeout. */
  readonly deadline: number | null;
  readonly desktopNotification: 'never' | 'background';
  /** The provider's origin that raised it; null for the page. */
  readonly owner: string | null;
}

export interface NotificationsState {
  readonly shown: ShownNotification | null;
  readonly queued: readonly ShownNotification[];
  readonly toasts: readonly ShownNotification[];
}

export interface NotificationInput {
  templateName: string;
  templateParameters?: Record<string, JsonValue>;
  cancellationToken?: string;
}

export type Schedule = (milliseconds: number, run: () => void) => () => void;

export interface NotificationCenterOptions {
  config: () => ResolvedConfig;
  schedule?: Schedule;
  now?: () => number;
}

const TokenSchema = nonEmptyString('a cancellation token string');
const InputSchema = s.object({
  templateName: nonEmptyString('a notification template unique name'),
  templateParameters: s.optional(JsonRecordSchema),
  cancellationToken: s.optional(TokenSchema),
});

interface Pending {
  notification: ShownNotification;
  token: string | undefined;
  timeoutMs: number;
  settle: (answer: NotificationAnswer) => void;
  cancelTimer: () => void;
}

const EMPTY: NotificationsState = deepFreeze({ shown: null, queued: [], toasts: [] });

const defaultSchedule: Schedule = (milliseconds, run) => {
  const timer = setTimeout(run, milliseconds);
  return () => clearTimeout(timer);
};

export class NotificationCenter {
  readonly #config: () => ResolvedConfig;
  readonly #schedule: Schedule;
  readonly #now: () => number;
  readonly #pending = new Map<string, Pending>();
  readonly #listeners = new Set<(state: NotificationsState) => void>();
  #state: NotificationsState = EMPTY;

  constructor(options: NotificationCenterOptions) {
    this.#config = options.config;
    this.#schedule = options.schedule ?? defaultSchedule;
    this.#now = options.now ?? Date.now;
  }

  get state(): NotificationsState {
    return this.#state;
  }

  subscribe(listener: (state: NotificationsState) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Raises a notification; resolves with the answer (never rejects once raised). Bad input or an
   * unknown template throws a `CifError` at once.
   */
  notify(rawInput: unknown, owner: string | null = null, cancellationToken?: unknown): Promise<NotificationAnswer> {
    const input = parseInput(InputSchema, rawInput, 'input');
    const token = input.cancellationToken ?? (cancellationToken == null ? undefined : parseInput(TokenSchema, cancellationToken, 'cancellationToken'));
    const template = this.#config().notificationTemplates.get(input.templateName);
    if (!template) throw new CifError('NOTIFICATION_TEMPLATE_NOT_FOUND', `No notification template named "${input.templateName}".`);
    const notification = present(template, input.templateParameters ?? {}, owner);
    const timeoutSeconds = template.timeoutSeconds ?? (template.autoAccept ? DEFAULT_TOAST_SECONDS : DEFAULT_NOTIFICATION_TIMEOUT_SECONDS);
    return new Promise<NotificationAnswer>((resolve) => {
      const pending: Pending = { notification, token, timeoutMs: timeoutSeconds * 1000, settle: resolve, cancelTimer: () => {} };
      const { shown, queued } = this.#state;
      if (notification.kind === 'alert' && shown && queued.length >= MAX_QUEUED_NOTIFICATIONS) {
        return resolve({ actionName: 'Reject', responseReason: 'NotificationQueueLimitExceeded' });
      }
      this.#pending.set(notification.id, pending);
      if (notification.kind === 'toast') this.#toast(pending);
      else if (shown) this.#enqueue(pending);
      else this.#show(pending);
    });
  }

  /** The agent's answer to the shown alert (or the dismissal of a toast). */
  respond(id: string, action: 'accept' | 'reject'): void {
    const pending = this.#pending.get(id);
    if (!pending) invalidInput('id', `no notification "${id}" is waiting for an answer`);
    if (pending.notification.kind === 'toast') return this.#finish(pending);
    if (this.#state.shown?.id !== id) throw new CifError('NOT_PERMITTED', `Notification "${id}" is queued; only the shown one can be answered.`);
    if (action === 'reject' && pending.notification.rejectText === null) throw new CifError('NOT_PERMITTED', 'This notification has no reject button.');
    this.#finish(pending, action === 'accept' ? { actionName: 'Accept', responseReason: 'Accept' } : { actionName: 'Reject', responseReason: 'DeclinedByAgent' });
  }

  /** Withdraws the caller's notification with this token; false when none is waiting. */
  cancel(token: unknown, owner: string | null = null): boolean {
    const parsed = parseInput(TokenSchema, token, 'cancellationToken');
    const pending = [...this.#pending.values()].find((p) => p.token === parsed && p.notification.owner === owner);
    if (!pending) return false;
    this.#finish(pending, { actionName: 'Cancel', responseReason: 'CanceledByClient' });
    return true;
  }

  #toast(pending: Pending): void {
    pending.settle({ actionName: 'Accept', responseReason: 'AutoAccept' });
    const toasts = [...this.#state.toasts, pending.notification];
    for (const old of toasts.splice(0, Math.max(0, toasts.length - MAX_TOASTS))) this.#drop(old.id);
    this.#startTimer(pending);
    this.#set({ ...this.#state, toasts });
  }

  #enqueue(pending: Pending): void {
    this.#startTimer(pending, { actionName: 'Reject', responseReason: 'NotificationQueueTimeLimitExceeded' });
    this.#set({ ...this.#state, queued: [...this.#state.queued, pending.notification] });
  }

  /** Shows an alert; its display timer starts now, whatever it waited in the queue. */
  #show(pending: Pending, queued = this.#state.queued): void {
    pending.cancelTimer();
    const deadline = pending.timeoutMs > 0 ? this.#now() + pending.timeoutMs : null;
    pending.notification = Object.freeze({ ...pending.notification, deadline });
    this.#startTimer(pending, { actionName: 'Timeout', responseReason: 'DisplayTimeout' });
    this.#set({ ...this.#state, shown: pending.notification, queued });
  }

  /** Finishes `pending` with `answer` once its timeout has run, unless it has none (0 seconds). */
  #startTimer(pending: Pending, answer?: NotificationAnswer): void {
    pending.cancelTimer = pending.timeoutMs > 0 ? this.#schedule(pending.timeoutMs, () => this.#finish(pending, answer)) : () => {};
  }

  /** Settles a notification (toasts settled when raised) and takes it off the screen. */
  #finish(pending: Pending, answer?: NotificationAnswer): void {
    const { id } = pending.notification;
    if (this.#pending.get(id) !== pending) return;
    if (answer) pending.settle(answer);
    this.#drop(id);
    const { shown, queued, toasts } = this.#state;
    if (shown?.id === id) {
      const [next, ...rest] = queued;
      const nextPending = next && this.#pending.get(next.id);
      if (nextPending) return this.#show(nextPending, rest);
      return this.#set({ ...this.#state, shown: null });
    }
    this.#set({ shown, queued: queued.filter((n) => n.id !== id), toasts: toasts.filter((n) => n.id !== id) });
  }

  #drop(id: string): void {
    this.#pending.get(id)?.cancelTimer();
    this.#pending.delete(id);
  }

  #set(state: NotificationsState): void {
    // its lists are new or already frozen; the notifications in them are frozen already
    this.#state = deepFreeze(state);
    for (const listener of [...this.#listeners]) listener(this.#state);
  }
}

/** A template with its slugs filled from the notification's parameters. */
function present(template: NotificationTemplate, parameters: Readonly<Record<string, JsonValue>>, owner: string | null): ShownNotification {
  const fill = (text: string) => resolveText(text, recordLookup(parameters));
  return deepFreeze<ShownNotification>({
    id: randomId('notification'),
    templateName: template.uniqueName,
    kind: template.autoAccept ? 'toast' : 'alert',
    title: fill(template.title) || template.uniqueName,
    icon: template.icon,
    fields: (template.fields ?? []).map((field) => ({ title: field.title, value: fill(field.value) })),
    acceptText: template.acceptText,
    rejectText: template.showReject === false ? null : template.rejectText,
    showTimeout: template.showTimeout !== false,
    deadline: null,
    desktopNotification: template.desktopNotification ?? 'never',
    owner,
  });
}
