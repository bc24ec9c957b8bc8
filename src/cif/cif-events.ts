/**
 * The CIF events of a host, as its providers' bridge and the page's handlers hear them: those a
 * workspace change raises, with Dynamics' payloads, and those the host raises itself (panel,
 * presence, click-to-act, navigation; see HostCifEvent).
 */
import type { WorkspaceBinding } from '../binding.js';
import type { WorkspaceChange } from '../core/workspace/changes.js';

interface CifEvent {
  readonly name: string;
  readonly payload: Record<string, unknown>;
  /** The session the event is about. */
  readonly sessionId: string;
}

function cifEventsFor(change: WorkspaceChange): CifEvent[] {
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

/** Hears an event's name, its payload as a JSON string, and which provider origins may hear it. */
export type CifEventListener = (name: string, payload: string, mayHear: (origin: string) => boolean) => void;

/**
 * Calls `listener` with every CIF event of `binding`'s host from now on. An event about a session
 * is for that session's owner only; it is looked up in the state before the change too, for a
 * session that has just closed. The host's own events name their origins, or go to everyone.
 */
export function onCifEvents(binding: WorkspaceBinding, listener: CifEventListener): void {
  let previous = binding.workspace.state;
  binding.workspace.subscribe((state, changes) => {
    for (const change of changes) {
      for (const { name, payload, sessionId } of cifEventsFor(change)) {
        const owner = (state.sessions.find((s) => s.sessionId === sessionId) ?? previous.sessions.find((s) => s.sessionId === sessionId))?.owner ?? null;
        listener(name, JSON.stringify(payload), (origin) => owner === origin);
      }
    }
    previous = state;
  });
  binding.onCifEvent(({ name, payload, origins }) => listener(name, JSON.stringify(payload), (origin) => !origins || origins.includes(origin)));
}
