/**
 * A restored snapshot meets the live state (contract section 5, "Persistence"). Work done before
 * the snapshot arrived is never dropped: sessions opened meanwhile (say, by a provider before a
 * late configuration) stay, after the restored ones, and keep the focus they have; a restored
 * session whose id or tab ids clash with a live one gives way to it.
 */
import { HOME_SESSION_ID, type SessionState, type WorkspaceState } from './state.js';

export function mergeRestored(live: WorkspaceState, restored: WorkspaceState, warn: (message: string) => void): WorkspaceState {
  const opened = live.sessions.filter((session) => !session.isDefault);
  const clashes = (session: SessionState) =>
    opened.some((other) => other.sessionId === session.sessionId || other.tabs.some((tab) => session.tabs.some((t) => t.tabId === tab.tabId)));
  const kept = restored.sessions.filter((session) => {
    if (session.isDefault || !clashes(session)) return true;
    warn(`cif-workspace: restored session "${session.sessionId}" clashes with one opened before the restore; keeping the live one.`);
    return false;
  });
  const sessions = [...kept, ...opened];
  const exists = (id: string) => sessions.some((s) => s.sessionId === id);
  const keepLiveFocus = live.focusedSessionId !== HOME_SESSION_ID || !exists(restored.focusedSessionId);
  const focusedSessionId = keepLiveFocus ? live.focusedSessionId : restored.focusedSessionId;
  // most recent last, once each, never the focused one
  const visits = [...restored.focusHistory, restored.focusedSessionId, ...live.focusHistory, live.focusedSessionId];
  const focusHistory = visits.filter((id, index) => id !== focusedSessionId && exists(id) && visits.lastIndexOf(id) === index);
  return Object.freeze({ ...restored, sessions: Object.freeze(sessions), focusedSessionId, focusHistory: Object.freeze(focusHistory) });
}
