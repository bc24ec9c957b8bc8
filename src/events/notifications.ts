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

const announce = { bubbles: true, composed: true } as const;

export class CifSessionCreatedEvent extends Event {
  static readonly eventName = 'cif-session-created';
  constructor(readonly sessionId: string, readonly templateName: string) {
    super(CifSessionCreatedEvent.eventName, announce);
  }
}

export class CifSessionSwitchedEvent extends Event {
  static readonly eventName = 'cif-session-switched';
  constructor(readonly previousSessionId: string, readonly sessionId: string) {
    super(CifSessionSwitchedEvent.eventName, announce);
  }
}

export class CifSessionClosedEvent extends Event {
  static readonly eventName = 'cif-session-closed';
  constructor(readonly sessionId: string) {
    super(CifSessionClosedEvent.eventName, announce);
  }
}

export class CifTabCreatedEvent extends Event {
  static readonly eventName = 'cif-tab-created';
  constructor(readonly sessionId: string, readonly tabId: string, readonly templateName: string) {
    super(CifTabCreatedEvent.eventName, announce);
  }
}

export class CifTabSwitchedEvent extends Event {
  static readonly eventName = 'cif-tab-switched';
  constructor(readonly sessionId: string, readonly previousTabId: string | null, readonly tabId: string) {
    super(CifTabSwitchedEvent.eventName, announce);
  }
}

export class CifTabClosedEvent extends Event {
  static readonly eventName = 'cif-tab-closed';
  constructor(readonly sessionId: string, readonly tabId: string) {
    super(CifTabClosedEvent.eventName, announce);
  }
}

export class CifPanelModeChangedEvent extends Event {
  static readonly eventName = 'cif-panel-mode-changed';
  constructor(readonly mode: PanelMode, readonly previousMode: PanelMode) {
    super(CifPanelModeChangedEvent.eventName, announce);
  }
}

export class CifPanelResizedEvent extends Event {
  static readonly eventName = 'cif-panel-resized';
  constructor(readonly width: number) {
    super(CifPanelResizedEvent.eventName, announce);
  }
}

export class CifRestoreFailedEvent extends Event {
  static readonly eventName = 'cif-restore-failed';
  constructor(readonly reason: string) {
    super(CifRestoreFailedEvent.eventName, announce);
  }
}

export class CifConfigErrorEvent extends Event {
  static readonly eventName = 'cif-config-error';
  constructor(readonly error: CifError) {
    super(CifConfigErrorEvent.eventName, announce);
  }
}

/**
 * Anything of the workspace changed (sessions, tabs, titles, context, unread, attention, panel,
 * presence): one event per change, for frameworks that mirror the state. Never for the initial or
 * a restored state.
 */
export class CifStateChangedEvent extends Event {
  static readonly eventName = 'cif-state-changed';
  constructor(readonly state: WorkspaceState, readonly presence: PresenceOption) {
    super(CifStateChangedEvent.eventName, announce);
  }
}

/** The agent's presence changed, by the agent (the rail) or a provider (`setPresence`). */
export class CifPresenceChangedEvent extends Event {
  static readonly eventName = 'cif-presence-changed';
  constructor(readonly presenceInfo: PresenceOption) {
    super(CifPresenceChangedEvent.eventName, announce);
  }
}

/** A provider logged an analytics event (CIF `logAnalyticsEvent`), for the CRM to store. */
export class CifAnalyticsEvent extends Event {
  static readonly eventName = 'cif-analytics-event';
  constructor(readonly origin: string | null, readonly eventName: string, readonly data: JsonValue) {
    super(CifAnalyticsEvent.eventName, announce);
  }
}

/** A provider updated a conversation (CIF `updateConversation`), for the CRM to store. */
export class CifConversationUpdatedEvent extends Event {
  static readonly eventName = 'cif-conversation-updated';
  constructor(readonly origin: string | null, readonly conversationId: string, readonly data: JsonValue) {
    super(CifConversationUpdatedEvent.eventName, announce);
  }
}

/**
 * Before a close the agent started: cancelable, `preventDefault()` keeps the session open (a
 * CRM can ask "discard the unsaved case?" first).
 */
export class CifSessionCloseEvent extends Event {
  static readonly eventName = 'cif-session-close';
  constructor(readonly sessionId: string) {
    super(CifSessionCloseEvent.eventName, { ...announce, cancelable: true });
  }
}

/** Before a tab close the agent started; `preventDefault()` keeps the tab open. */
export class CifTabCloseEvent extends Event {
  static readonly eventName = 'cif-tab-close';
  constructor(readonly sessionId: string, readonly tabId: string) {
    super(CifTabCloseEvent.eventName, { ...announce, cancelable: true });
  }
}

/**
 * A native record form saved its record (created or updated), for the CRM to refresh what shows
 * it; `openForm` resolves with it.
 */
export class CifRecordSavedEvent extends Event {
  static readonly eventName = 'cif-record-saved';
  constructor(readonly tabId: string, readonly entityType: string, readonly id: string, readonly name: string) {
    super(CifRecordSavedEvent.eventName, announce);
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
