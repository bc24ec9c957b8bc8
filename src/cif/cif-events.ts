/**
 * The CIF events a workspace change raises, with Dynamics' payloads. A provider hears an event
 * only about a session it owns. (The host raises the others itself: panel, presence,
 * click-to-act, navigation; see HostCifEvent.)
 */
import type { WorkspaceChange } from '../core/workspace/changes.js';

export interface CifEvent {
  readonly name: string;
  readonly payload: Record<string, unknown>;
  /** The session the event is about. */
  readonly sessionId: string;
}

export function cifEventsFor(change: WorkspaceChange): CifEvent[] {
  switch (change.type) {
    case 'session-switched':
      // Dynamics raises it twice: the session left, then the session shown. The docs spell
      // `focussed`, the official sample reads `focused`: both are given.
      return [
        { name: 'onSessionSwitched', sessionId: change.previousSessionId, payload: { sessionId: change.previousSessionId, focused: false, focussed: false } },
        { name: 'onSessionSwitched', sessionId: change.sessionId, payload: { sessionId: change.sessionId, focused: true, focussed: true } },
      ];
    case 'session-closed':
      return [{ name: 'onSessionClosed', sessionId: change.sessionId, payload: { sessionId: change.sessionId } }];
    default:
      return [];
  }
}
