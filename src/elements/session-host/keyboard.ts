/**
 * The workspace from the keyboard: the shortcuts (core/shortcuts.ts names them) and what each
 * does. Heard on the window in the bubbling phase, so the page's own handlers run first and a key
 * one of them took (`preventDefault()`) stays theirs. Keys pressed inside an iframe that runs
 * cif-client.js (a provider's, or a tab page's) arrive through the bridge as a keydown on that
 * iframe: the client forwards presses with Control, Alt or Meta, never plain typing. With several
 * hosts on a page, the one the key was pressed in answers, else the one bound to the global APIs.
 *
 * Session 1–9 count the sessions after Home, in rail order; next and previous wrap around the
 * rail, Home included; "needs attention" is the next session after the focused one with unread
 * updates, an attention request or a breached KPI.
 */
import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';
import { DEFAULT_SHORTCUTS, matchShortcut, parseShortcuts, type ShortcutAction, type Shortcuts } from '../../core/shortcuts.js';
import { focusedSession, type SessionState, type WorkspaceState } from '../../core/workspace/state.js';
import { badgeOf } from './attention.js';
import { parsedOrReported } from './page-input.js';
import { BOUND_HOST } from '../../binding.js';

/** What the host lends the keyboard: its state, and the commands the shortcuts run. */
export interface KeyboardCommands {
  state(): WorkspaceState;
  /** Shows a session, with keyboard focus on its rail entry. */
  focusSession(sessionId: string): void;
  /** Asks to close a tab, as its close button does (the page may veto it). */
  requestTabClose(tabId: string): void;
  /** Moves focus into the communication panel shown; false when there is none. */
  focusPanel(): boolean;
  /** Answers the alert shown; false when there is none (or it has no such button). */
  answerNotification(action: 'accept' | 'reject'): boolean;
  openQuickSwitcher(): void;
}

export class KeyboardShortcuts implements ReactiveController {
  #shortcuts = DEFAULT_SHORTCUTS;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly commands: KeyboardCommands,
  ) {
    host.addController(this);
  }

  get shortcuts(): Shortcuts {
    return this.#shortcuts;
  }

  /** A page's changes over the defaults; an invalid value is reported and the previous kept (never thrown). */
  set shortcuts(value: unknown) {
    this.#shortcuts = parsedOrReported(() => (value == null ? DEFAULT_SHORTCUTS : parseShortcuts(value))) ?? this.#shortcuts;
  }

  hostConnected(): void {
    window.addEventListener('keydown', this.#onKeydown);
  }

  hostDisconnected(): void {
    window.removeEventListener('keydown', this.#onKeydown);
  }

  readonly #onKeydown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || !this.#answers(event)) return;
    const action = matchShortcut(this.#shortcuts, event);
    if (action && this.#run(action)) event.preventDefault();
  };

  /** A key pressed inside a host is that host's; one pressed elsewhere, the bound (else the first) host's. */
  #answers(event: Event): boolean {
    const inside = event.composedPath().find((node) => (node as Element).localName === 'cif-session-host');
    const bound = (globalThis as { [BOUND_HOST]?: Element })[BOUND_HOST];
    return (inside ?? bound ?? document.querySelector('cif-session-host')) === this.host;
  }

  /** Runs `action`; false when there was nothing to do, so the key is left to the page. */
  #run(action: ShortcutAction): boolean {
    const { commands } = this;
    const state = commands.state();
    const { sessions } = state;
    const focused = focusedSession(state);
    const at = sessions.indexOf(focused);
    /** The other sessions in rail order, starting after the focused one and wrapping around. */
    const after = [...sessions.slice(at + 1), ...sessions.slice(0, at)];
    let target: SessionState | undefined;
    switch (action) {
      case 'home':
        target = sessions[0];
        break;
      case 'nextSession':
        target = after[0];
        break;
      case 'previousSession':
        target = after.at(-1);
        break;
      case 'nextAttention':
        target = after.find(badgeOf); // a badge: unread updates, attention, or a breached KPI
        break;
      case 'closeTab': {
        const tab = focused.tabs.find((t) => t.tabId === focused.focusedTabId);
        if (!tab?.canClose) return false;
        commands.requestTabClose(tab.tabId);
        return true;
      }
      case 'focusPanel':
        return commands.focusPanel();
      case 'acceptNotification':
      case 'rejectNotification':
        return commands.answerNotification(action.slice(0, 6) as 'accept' | 'reject');
      case 'quickSwitcher':
        commands.openQuickSwitcher();
        return true;
      default:
        // session1 … session9: Home is sessions[0]
        target = sessions[Number(action.slice(-1))];
    }
    if (!target || target === focused) return false;
    commands.focusSession(target.sessionId);
    return true;
  }
}
