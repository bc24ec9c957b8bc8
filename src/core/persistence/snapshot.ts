/**
 * The persisted form of a workspace (contract section 5, "Persistence"): versioned, validated on
 * the way back in, and self-sufficient (a restored session needs no template). A snapshot that is
 * corrupt, foreign or from an unknown version is refused as a whole with a path-precise
 * INVALID_INPUT; the caller discards it and starts fresh.
 */
import * as s from '../schema/index.js';
import { deepFreeze } from '../json.js';
import { PAGE_TYPES, PANEL_MODES } from '../config/types.js';
import { invalidInput, JsonRecordSchema, nonEmptyString, parseInput, parseJsonText } from '../validation.js';
import { HOME_SESSION_ID, type SessionState, type TabState, type WorkspaceState } from '../workspace/state.js';

export const SNAPSHOT_FORMAT = 'cif-workspace/snapshot';
export const SNAPSHOT_VERSION = 1;

export interface WorkspaceSnapshot {
  readonly format: typeof SNAPSHOT_FORMAT;
  readonly version: typeof SNAPSHOT_VERSION;
  /** ISO time of saving; informational. */
  readonly savedAt: string;
  readonly state: WorkspaceState;
}

/** The storage key of a host: `cif-workspace:<host id, or "default">`. */
export const snapshotKey = (hostId: string | null | undefined): string => `cif-workspace:${hostId || 'default'}`;

export function toSnapshot(state: WorkspaceState, now: Date = new Date()): WorkspaceSnapshot {
  return { format: SNAPSHOT_FORMAT, version: SNAPSHOT_VERSION, savedAt: now.toISOString(), state };
}

export const serializeSnapshot = (state: WorkspaceState, now?: Date): string => JSON.stringify(toSnapshot(state, now));

const count = s.pipe(s.number(), s.integer(), s.minValue(0));
const optionalString = s.optional(s.string());

const TabSchema = s.object({
  tabId: nonEmptyString(),
  sessionId: nonEmptyString(),
  templateName: nonEmptyString(),
  title: s.string(),
  canClose: s.boolean(),
  isAnchor: s.boolean(),
  pageType: s.picklist(PAGE_TYPES),
  parameters: JsonRecordSchema,
  icon: optionalString,
  keepAlive: s.boolean(),
  sandbox: optionalString,
  allow: optionalString,
  refreshCount: count,
});

const SessionSchema = s.object({
  sessionId: nonEmptyString(),
  templateName: s.nullable(nonEmptyString()),
  title: s.string(),
  icon: optionalString,
  isDefault: s.boolean(),
  canClose: s.boolean(),
  panelMode: s.picklist(PANEL_MODES),
  focusedTabId: s.nullable(nonEmptyString()),
  unread: count,
  attention: count,
  kpiBreach: s.optional(s.boolean(), false),
  tabs: s.array(TabSchema),
  context: JsonRecordSchema,
  owner: s.nullable(nonEmptyString()),
});

const SnapshotSchema = s.object({
  format: s.literal(SNAPSHOT_FORMAT, `must be "${SNAPSHOT_FORMAT}" (not a cif-workspace snapshot)`),
  version: s.literal(SNAPSHOT_VERSION, `must be ${SNAPSHOT_VERSION} (a snapshot from another version)`),
  savedAt: s.string(),
  state: s.object({
    sessions: s.pipe(s.array(SessionSchema), s.minLength(1, 'must hold at least the Home session')),
    focusedSessionId: nonEmptyString(),
    focusHistory: s.array(nonEmptyString()),
  }),
});

/** Parses a stored snapshot (its JSON text or the parsed value) back into a workspace state. */
export function parseSnapshot(input: unknown): WorkspaceState {
  const data = typeof input === 'string' ? parseJsonText(input, 'snapshot') : input;
  const parsed = parseInput(SnapshotSchema, data, 'snapshot').state;
  const state: WorkspaceState = {
    sessions: parsed.sessions.map((session) => withEveryKey<SessionState>(SessionSchema, { ...session, tabs: session.tabs.map((tab) => withEveryKey<TabState>(TabSchema, tab)) })),
    focusedSessionId: parsed.focusedSessionId,
    focusHistory: parsed.focusHistory,
  };
  checkConsistency(state);
  // The schema built every object and array anew, so freezing them all touches nothing of the caller's.
  return deepFreeze(state);
}

/**
 * `value` rebuilt with every key of its schema, in the schema's order: an optional field that JSON
 * dropped comes back as explicit `undefined`, exactly as it left.
 */
function withEveryKey<T>(schema: { readonly entries: object }, value: object): T {
  return Object.fromEntries(Object.keys(schema.entries).map((key) => [key, (value as Record<string, unknown>)[key]])) as T;
}

/** The invariants the state machine keeps; a snapshot that breaks one was not written by it. */
function checkConsistency(state: WorkspaceState): void {
  const fail = (path: string, rule: string): never => {
    invalidInput(`snapshot.state.${path}`, rule);
  };
  const [home, ...work] = state.sessions;
  if (home!.sessionId !== HOME_SESSION_ID || !home!.isDefault || home!.canClose || home!.tabs.length || home!.focusedTabId !== null) {
    fail('sessions[0]', 'must be the Home session (id "home", default, not closable, no tabs)');
  }
  const sessionIds = new Set<string>([HOME_SESSION_ID]);
  const tabIds = new Set<string>();
  work.forEach((session, index) => {
    const path = `sessions[${index + 1}]`;
    if (sessionIds.has(session.sessionId)) fail(`${path}.sessionId`, `duplicate id "${session.sessionId}"`);
    sessionIds.add(session.sessionId);
    if (session.isDefault) fail(`${path}.isDefault`, 'only Home is the default session');
    if (session.templateName === null) fail(`${path}.templateName`, 'a session other than Home has a template');
    if (session.tabs.length === 0) fail(`${path}.tabs`, 'a session has at least its anchor tab');
    session.tabs.forEach((tab, tabIndex) => {
      const tabPath = `${path}.tabs[${tabIndex}]`;
      if (tabIds.has(tab.tabId) || sessionIds.has(tab.tabId)) fail(`${tabPath}.tabId`, `duplicate id "${tab.tabId}"`);
      tabIds.add(tab.tabId);
      if (tab.sessionId !== session.sessionId) fail(`${tabPath}.sessionId`, `must be "${session.sessionId}"`);
      if (tab.isAnchor !== (tabIndex === 0)) fail(`${tabPath}.isAnchor`, 'the anchor is the first tab, and only it');
      if (tab.isAnchor && tab.canClose) fail(`${tabPath}.canClose`, 'an anchor tab is never closable');
    });
    if (!session.tabs.some((tab) => tab.tabId === session.focusedTabId)) {
      fail(`${path}.focusedTabId`, 'must be one of the session\'s tabs');
    }
  });
  if (!sessionIds.has(state.focusedSessionId)) fail('focusedSessionId', `no session "${state.focusedSessionId}"`);
  state.focusHistory.forEach((id, index) => {
    if (!sessionIds.has(id) || id === state.focusedSessionId || state.focusHistory.indexOf(id) !== index) {
      fail(`focusHistory[${index}]`, `"${id}" must be an open, unfocused session listed once`);
    }
  });
}
