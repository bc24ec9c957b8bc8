/**
 * The workspace's state: Home plus the agent's sessions, each with its tabs. Every object here
 * is immutable; a change produces a new `WorkspaceState` that shares what did not change, so a
 * renderer can tell what changed by identity alone.
 */
import type { PageType, PanelMode } from '../config/types.js';
import { deepFreeze, type JsonValue } from '../json.js';

/** Home: always present, never closable, has no tabs; its content is the embedding page's own UI. */
export const HOME_SESSION_ID = 'home';

export interface TabState {
  readonly tabId: string;
  readonly sessionId: string;
  /** The application tab template the tab came from. */
  readonly templateName: string;
  readonly title: string;
  /** False for the anchor tab, always. */
  readonly canClose: boolean;
  readonly isAnchor: boolean;
  readonly pageType: PageType;
  /** Parameters after slug resolution and run-time overrides. */
  readonly parameters: Readonly<Record<string, JsonValue>>;
  readonly icon: string | undefined;
  /** False: the page reloads each time the tab is shown (CIF's own behaviour). */
  readonly keepAlive: boolean;
  readonly sandbox: string | undefined;
  readonly allow: string | undefined;
  /** Bumped by `refreshTab`; a renderer reloads the page when it changes. */
  readonly refreshCount: number;
}

export interface SessionState {
  readonly sessionId: string;
  /** The session template; null for Home. */
  readonly templateName: string | null;
  readonly title: string;
  readonly icon: string | undefined;
  readonly isDefault: boolean;
  readonly canClose: boolean;
  /** The communication panel's mode while this session is focused. */
  readonly panelMode: PanelMode;
  /** Null only for Home, which has no tabs. */
  readonly focusedTabId: string | null;
  /** New activity since the agent last looked (CIF notifyNewActivity); cleared on focus. */
  readonly unread: number;
  /** Requests for the agent's attention (CIF requestFocusSession); cleared on focus. */
  readonly attention: number;
  /** A KPI was breached (CIF notifyKpiBreach); stays until the provider resets it. */
  readonly kpiBreach: boolean;
  /** Strip order: the anchor first, then the template's additional tabs, then later tabs. */
  readonly tabs: readonly TabState[];
  /** The session's automation dictionary: values for slugs, set by createSession and updateContext. */
  readonly context: Readonly<Record<string, JsonValue>>;
  /** Who started the session: a provider's origin, or null for the page itself. */
  readonly owner: string | null;
}

export interface WorkspaceState {
  /** Rail order: Home first, then sessions in the order they were created. */
  readonly sessions: readonly SessionState[];
  readonly focusedSessionId: string;
  /**
   * Sessions in the order they were last focused, most recent last, without the focused one.
   * Closing the focused session returns to the most recent live entry.
   */
  readonly focusHistory: readonly string[];
}

export function createHomeSession(panelMode: PanelMode = 'docked', title = 'Home'): SessionState {
  return deepFreeze({
    sessionId: HOME_SESSION_ID,
    templateName: null,
    title,
    icon: undefined,
    isDefault: true,
    canClose: false,
    panelMode,
    focusedTabId: null,
    unread: 0,
    attention: 0,
    kpiBreach: false,
    tabs: [],
    context: {},
    owner: null,
  });
}

export function createInitialState(home: SessionState = createHomeSession()): WorkspaceState {
  return deepFreeze({ sessions: [home], focusedSessionId: HOME_SESSION_ID, focusHistory: [] });
}

/** Sessions other than Home: what `max-sessions` counts. */
export const workSessionCount = (state: WorkspaceState): number => state.sessions.length - 1;

export const findSession = (state: WorkspaceState, sessionId: string): SessionState | undefined =>
  state.sessions.find((session) => session.sessionId === sessionId);

export function findTab(state: WorkspaceState, tabId: string): { session: SessionState; tab: TabState } | undefined {
  for (const session of state.sessions) {
    const tab = session.tabs.find((candidate) => candidate.tabId === tabId);
    if (tab) return { session, tab };
  }
  return undefined;
}

export const focusedSession = (state: WorkspaceState): SessionState =>
  findSession(state, state.focusedSessionId) ?? state.sessions[0]!;
