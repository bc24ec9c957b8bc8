/**
 * What the host announces (contract section 6): one class per event, payload as readonly fields,
 * `bubbles` and `composed` so a page hears them wherever it listens. Never fired for initial or
 * restored state.
 */
import type { CifError } from '../core/errors.js';
import type { PanelMode } from '../core/config/types.js';
import type { JsonValue } from '../core/json.js';
import type { PresenceOption } from '../core/presence.js';
import type { WorkspaceState } from '../core/workspace/state.js';

/**
 * Bubbles and is composed, so a page hears it wherever it listens; its data are fields of the
 * event. Its type is the `eventName` of the class constructed, so no subclass repeats it.
 */
class CifEvent extends Event {
  constructor(data: object, cancelable = false) {
    super((new.target as unknown as { eventName: string }).eventName, { bubbles: true, composed: true, cancelable });
    Object.assign(this, data);
  }
}

export class CifSessionCreatedEvent extends CifEvent {
  static readonly eventName = 'cif-session-created';
  declare readonly sessionId: string;
  declare readonly templateName: string;
  constructor(sessionId: string, templateName: string) {
    super({ sessionId, templateName });
  }
}

export class CifSessionSwitchedEvent extends CifEvent {
  static readonly eventName = 'cif-session-switched';
  declare readonly previousSessionId: string;
  declare readonly sessionId: string;
  constructor(previousSessionId: string, sessionId: string) {
    super({ previousSessionId, sessionId });
  }
}

export class CifSessionClosedEvent extends CifEvent {
  static readonly eventName = 'cif-session-closed';
  declare readonly sessionId: string;
  constructor(sessionId: string) {
    super({ sessionId });
  }
}

export class CifTabCreatedEvent extends CifEvent {
  static readonly eventName = 'cif-tab-created';
  declare readonly sessionId: string;
  declare readonly tabId: string;
  declare readonly templateName: string;
  constructor(sessionId: string, tabId: string, templateName: string) {
    super({ sessionId, tabId, templateName });
  }
}

export class CifTabSwitchedEvent extends CifEvent {
  static readonly eventName = 'cif-tab-switched';
  declare readonly sessionId: string;
  declare readonly previousTabId: string | null;
  declare readonly tabId: string;
  constructor(sessionId: string, previousTabId: string | null, tabId: string) {
    super({ sessionId, previousTabId, tabId });
  }
}

export class CifTabClosedEvent extends CifEvent {
  static readonly eventName = 'cif-tab-closed';
  declare readonly sessionId: string;
  declare readonly tabId: string;
  constructor(sessionId: string, tabId: string) {
    super({ sessionId, tabId });
  }
}

export class CifPanelModeChangedEvent extends CifEvent {
  static readonly eventName = 'cif-panel-mode-changed';
  declare readonly mode: PanelMode;
  declare readonly previousMode: PanelMode;
  constructor(mode: PanelMode, previousMode: PanelMode) {
    super({ mode, previousMode });
  }
}

export class CifPanelResizedEvent extends CifEvent {
  static readonly eventName = 'cif-panel-resized';
  declare readonly width: number;
  constructor(width: number) {
    super({ width });
  }
}

export class CifRestoreFailedEvent extends CifEvent {
  static readonly eventName = 'cif-restore-failed';
  declare readonly reason: string;
  constructor(reason: string) {
    super({ reason });
  }
}

export class CifConfigErrorEvent extends CifEvent {
  static readonly eventName = 'cif-config-error';
  declare readonly error: CifError;
  constructor(error: CifError) {
    super({ error });
  }
}

/**
 * Anything of the workspace changed (sessions, tabs, titles, context, unread, attention, panel,
 * presence): one event per change, for frameworks that mirror the state. Never for the initial or
 * a restored state.
 */
export class CifStateChangedEvent extends CifEvent {
  static readonly eventName = 'cif-state-changed';
  declare readonly state: WorkspaceState;
  declare readonly presence: PresenceOption;
  constructor(state: WorkspaceState, presence: PresenceOption) {
    super({ state, presence });
  }
}

/** The agent's presence changed, by the agent (the rail) or a provider (`setPresence`). */
export class CifPresenceChangedEvent extends CifEvent {
  static readonly eventName = 'cif-presence-changed';
  declare readonly presenceInfo: PresenceOption;
  constructor(presenceInfo: PresenceOption) {
    super({ presenceInfo });
  }
}

/** A provider logged an analytics event (CIF `logAnalyticsEvent`), for the CRM to store. */
export class CifAnalyticsEvent extends CifEvent {
  static readonly eventName = 'cif-analytics-event';
  declare readonly origin: string | null;
  declare readonly eventName: string;
  declare readonly data: JsonValue;
  constructor(origin: string | null, eventName: string, data: JsonValue) {
    super({ origin, eventName, data });
  }
}

/** A provider updated a conversation (CIF `updateConversation`), for the CRM to store. */
export class CifConversationUpdatedEvent extends CifEvent {
  static readonly eventName = 'cif-conversation-updated';
  declare readonly origin: string | null;
  declare readonly conversationId: string;
  declare readonly data: JsonValue;
  constructor(origin: string | null, conversationId: string, data: JsonValue) {
    super({ origin, conversationId, data });
  }
}

/**
 * Before a close the agent started: cancelable, `preventDefault()` keeps the session open (a
 * CRM can ask "discard the unsaved case?" first).
 */
export class CifSessionCloseEvent extends CifEvent {
  static readonly eventName = 'cif-session-close';
  declare readonly sessionId: string;
  constructor(sessionId: string) {
    super({ sessionId }, true);
  }
}

/** Before a tab close the agent started; `preventDefault()` keeps the tab open. */
export class CifTabCloseEvent extends CifEvent {
  static readonly eventName = 'cif-tab-close';
  declare readonly sessionId: string;
  declare readonly tabId: string;
  constructor(sessionId: string, tabId: string) {
    super({ sessionId, tabId }, true);
  }
}

/**
 * A native record form saved its record (created or updated), for the CRM to refresh what shows
 * it; `openForm` resolves with it.
 */
export class CifRecordSavedEvent extends CifEvent {
  static readonly eventName = 'cif-record-saved';
  declare readonly tabId: string;
  declare readonly entityType: string;
  declare readonly id: string;
  declare readonly name: string;
  constructor(tabId: string, entityType: string, id: string, name: string) {
    super({ tabId, entityType, id, name });
  }
}

declare global {
  interface HTMLElementEventMap {
    'cif-session-created': CifSessionCreatedEvent;
    'cif-session-switched': CifSessionSwitchedEvent;
    'cif-session-closed': CifSessionClosedEvent;
    'cif-tab-created': CifTabCreatedEvent;
    'cif-tab-switched': CifTabSwitchedEvent;
    'cif-tab-closed': CifTabClosedEvent;
    'cif-panel-mode-changed': CifPanelModeChangedEvent;
    'cif-panel-resized': CifPanelResizedEvent;
    'cif-restore-failed': CifRestoreFailedEvent;
    'cif-config-error': CifConfigErrorEvent;
    'cif-state-changed': CifStateChangedEvent;
    'cif-session-close': CifSessionCloseEvent;
    'cif-tab-close': CifTabCloseEvent;
    'cif-presence-changed': CifPresenceChangedEvent;
    'cif-analytics-event': CifAnalyticsEvent;
    'cif-conversation-updated': CifConversationUpdatedEvent;
    'cif-record-saved': CifRecordSavedEvent;
  }
}
