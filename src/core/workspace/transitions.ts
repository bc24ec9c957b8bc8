/**
 * Small pure steps on the immutable state, shared by the workspace's commands. Each returns a new
 * state (sharing what did not change, and frozen with deepFreeze, which stops at what is frozen
 * already) and appends what happened to `changes`. They assume their
 * arguments were checked by the caller; the checks live with the commands.
 */
import type { PanelMode } from '../config/types.js';
import { CifError } from '../errors.js';
import { deepFreeze } from '../json.js';
import type { WorkspaceChange } from './changes.js';
import { findSession, HOME_SESSION_ID, type SessionState, type TabState, type WorkspaceState } from './state.js';

export type Changes = WorkspaceChange[];

export function replaceSession(state: WorkspaceState, session: SessionState): WorkspaceState {
  return deepFreeze({ ...state, sessions: state.sessions.map((s) => (s.sessionId === session.sessionId ? session : s)) });
}

export function patchSession(state: WorkspaceState, sessionId: string, patch: Partial<SessionState>): WorkspaceState {
  const session = findSession(state, sessionId)!;
  return replaceSession(state, { ...session, ...patch });
}

export function patchTab(session: SessionState, tabId: string, patch: Partial<TabState>): SessionState {
  return deepFreeze({ ...session, tabs: session.tabs.map((t) => (t.tabId === tabId ? { ...t, ...patch } : t)) });
}

/**
 * Focuses a session: the previous one goes to the top of the history, the new one's unread and
 * attention indicators clear (the agent is looking at it now), and the panel follows the new
 * session's mode.
 */
export function focusSessionStep(state: WorkspaceState, sessionId: string, changes: Changes): WorkspaceState {
  const previous = findSession(state, state.focusedSessionId)!;
  if (previous.sessionId === sessionId) return state;
  const history = state.focusHistory.filter((id) => id !== sessionId && id !== previous.sessionId);
  let next: WorkspaceState = deepFreeze({ ...state, focusedSessionId: sessionId, focusHistory: [...history, previous.sessionId] });
  const target = findSession(next, sessionId)!;
  if (target.unread !== 0 || target.attention !== 0) next = patchSession(next, sessionId, { unread: 0, attention: 0 });
  changes.push({ type: 'session-switched', previousSessionId: previous.sessionId, sessionId });
  panelModeChange(previous.panelMode, target.panelMode, changes);
  return next;
}

export function panelModeChange(previousMode: PanelMode, mode: PanelMode, changes: Changes): void {
  if (previousMode !== mode) changes.push({ type: 'panel-mode-changed', mode, previousMode });
}

/** Focuses a tab inside its session (not the session itself). */
export function focusTabStep(state: WorkspaceState, sessionId: string, tabId: string, changes: Changes): WorkspaceState {
  const session = findSession(state, sessionId)!;
  if (session.focusedTabId === tabId) return state;
  changes.push({ type: 'tab-switched', sessionId, previousTabId: session.focusedTabId, tabId });
  return patchSession(state, sessionId, { focusedTabId: tabId });
}

/**
 * Removes a session. When it was focused, focus first returns to the most recently focused
 * session still open (Home at the latest), so the switch is reported before the close.
 */
export function removeSessionStep(state: WorkspaceState, sessionId: string, changes: Changes): WorkspaceState {
  let next = state;
  if (state.focusedSessionId === sessionId) {
    const fallback = state.focusHistory.at(-1) ?? HOME_SESSION_ID;
    next = focusSessionStep(state, fallback, changes);
  }
  changes.push({ type: 'session-closed', sessionId });
  return deepFreeze({
    ...next,
    sessions: next.sessions.filter((s) => s.sessionId !== sessionId),
    focusHistory: next.focusHistory.filter((id) => id !== sessionId),
  });
}

/** Removes a tab; a focused tab hands focus to its left neighbour (CIF's rule). */
export function removeTabStep(state: WorkspaceState, sessionId: string, tabId: string, changes: Changes): WorkspaceState {
  const session = findSession(state, sessionId)!;
  const index = session.tabs.findIndex((t) => t.tabId === tabId);
  const tabs = session.tabs.filter((t) => t.tabId !== tabId);
  changes.push({ type: 'tab-closed', sessionId, tabId });
  if (session.focusedTabId !== tabId) return replaceSession(state, { ...session, tabs });
  // the anchor (index 0) is never closed, so a closing tab always has a left neighbour
  const neighbour = tabs[Math.max(0, index - 1)]!;
  changes.push({ type: 'tab-switched', sessionId, previousTabId: tabId, tabId: neighbour.tabId });
  return replaceSession(state, { ...session, tabs, focusedTabId: neighbour.tabId });
}

/**
 * `items` with `item` at `index`, behind a first item that never moves (Home, the anchor tab);
 * undefined when it is there already. Throws INVALID_INPUT for a place outside the list.
 */
export function moveItem<T>(items: readonly T[], item: T, index: number): T[] | undefined {
  if (!Number.isInteger(index) || index < 1 || index >= items.length) {
    throw new CifError('INVALID_INPUT', `index: must be an integer from 1 to ${items.length - 1}, the places after the first`);
  }
  if (items[index] === item) return undefined;
  const others = items.filter((other) => other !== item);
  return [...others.slice(0, index), item, ...others.slice(index)];
}
