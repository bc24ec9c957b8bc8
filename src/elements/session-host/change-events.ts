/** The public DOM event for each change of the core's change stream (those that have one). */
import type { WorkspaceChange } from '../../core/workspace/changes.js';
import {
  CifPanelModeChangedEvent,
  CifSessionClosedEvent,
  CifSessionCreatedEvent,
  CifSessionSwitchedEvent,
  CifTabClosedEvent,
  CifTabCreatedEvent,
  CifTabSwitchedEvent,
} from '../../events/notifications.js';

export function notificationFor(change: WorkspaceChange): Event | undefined {
  switch (change.type) {
    case 'session-created':
      return new CifSessionCreatedEvent(change.sessionId, change.templateName);
    case 'session-switched':
      return new CifSessionSwitchedEvent(change.previousSessionId, change.sessionId);
    case 'session-closed':
      return new CifSessionClosedEvent(change.sessionId);
    case 'tab-created':
      return new CifTabCreatedEvent(change.sessionId, change.tabId, change.templateName);
    case 'tab-switched':
      return new CifTabSwitchedEvent(change.sessionId, change.previousTabId, change.tabId);
    case 'tab-closed':
      return new CifTabClosedEvent(change.sessionId, change.tabId);
    case 'panel-mode-changed':
      return new CifPanelModeChangedEvent(change.mode, change.previousMode);
    default:
      return undefined; // updates and refreshes are rendered, not announced
  }
}
