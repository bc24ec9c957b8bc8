/**
 * The workspace state machine: the one owner of sessions, tabs, focus, panel modes and context.
 * Commands validate their input, compute the next immutable state, and only then commit it and
 * tell the subscribers what changed; a command that throws has changed nothing.
 *
 * Commands are synchronous (a session exists as soon as its id is known); values from the data
 * adapter (`{$odata…}`, `{anchor.*}`) arrive later and fill in titles and parameters in place.
 */
import { CifError, SESSION_LIMIT_MESSAGE, TAB_LIMIT_MESSAGE } from '../errors.js';
import { randomId, type IdGenerator } from '../ids.js';
import { deepFreeze, ownValue, type JsonValue } from '../json.js';
import { PANEL_MODES, type PanelMode, type ResolvedConfig, type SessionTemplate } from '../config/types.js';
import { EMPTY_CONFIG } from '../config/validate.js';
import { resolveText } from '../slugs.js';
import type { UrlPolicy } from '../url-policy.js';
import type { WorkspaceChange } from './changes.js';
import { reresolveSession, type SessionRecipe, type TabRecipe } from './recipes.js';
import { mergeRestored } from './restore-merge.js';
import { canonicalJson } from './canonical-json.js';
import {
  parseContextValues,
  parseCount,
  parseCreateSessionInput,
  parseCreateTabInput,
  parseId,
  parsePanelMode,
  parseTitle,
  type CreateSessionInput,
  type CreateTabInput,
} from './inputs.js';
import {
  createHomeSession,
  createInitialState,
  findSession,
  findTab,
  focusedSession,
  HOME_SESSION_ID,
  workSessionCount,
  type SessionState,
  type TabState,
  type WorkspaceState,
} from './state.js';
import {
  anchorOf,
  normalizeSessionContext,
  odataKey,
  resolveSession,
  resolveSessionTitle,
  resolveTab,
  tabTemplate,
  type PendingLookup,
  type ResolvedTab,
} from './template-application.js';
import {
  focusSessionStep,
  focusTabStep,
  moveItem,
  panelModeChange,
  patchSession,
  patchTab,
  removeSessionStep,
  removeTabStep,
  replaceSession,
  type Changes,
} from './transitions.js';

export const DEFAULT_MAX_SESSIONS = 10;
export const DEFAULT_MAX_TABS = 10;

/** Parameters are immutable: their canonical JSON is computed once per object. */
const parameterKeys = new WeakMap<object, string>();
function parametersKey(parameters: Readonly<Record<string, JsonValue>>): string {
  let key = parameterKeys.get(parameters);
  if (key === undefined) parameterKeys.set(parameters, (key = canonicalJson(parameters)));
  return key;
}

/** The data adapter's hook for `{$odata…}` and `{anchor.*}` slugs. */
export type ResolveOData = (entity: string, attribute: string, query: string) => Promise<JsonValue>;

export interface WorkspaceOptions {
  config?: ResolvedConfig;
  /** Sessions besides Home. Default 10. */
  maxSessions?: number;
  /** Tabs per session, the anchor included. Default 10. */
  maxTabs?: number;
  generateId?: IdGenerator;
  urlPolicy?: UrlPolicy;
  resolveOData?: ResolveOData;
  /** Where lookup failures are reported; they never fail a command. Default console.warn. */
  warn?: (message: string) => void;
  /** Home's panel mode (the comm panel's `mode` attribute). */
  homePanelMode?: PanelMode;
}

export interface CreateSessionOptions {
  /** Who starts it: a provider's origin, or null (default) for the page. */
  owner?: string | null;
  /** CIF's createSession accepts generic templates only. */
  genericOnly?: boolean;
}

export type WorkspaceListener = (state: WorkspaceState, changes: readonly WorkspaceChange[]) => void;

export class Workspace {
  #state: WorkspaceState;
  #config: ResolvedConfig;
  #maxSessions = DEFAULT_MAX_SESSIONS;
  #maxTabs = DEFAULT_MAX_TABS;
  readonly #generateId: IdGenerator;
  readonly #listeners = new Set<WorkspaceListener>();
  readonly #recipes = new Map<string, SessionRecipe>();
  readonly #warn: (message: string) => void;
  urlPolicy: UrlPolicy;
  resolveOData: ResolveOData | undefined;

  constructor(options: WorkspaceOptions = {}) {
    this.#config = options.config ?? EMPTY_CONFIG;
    this.#generateId = options.generateId ?? randomId;
    this.#warn = options.warn ?? ((message) => console.warn(message));
    this.urlPolicy = options.urlPolicy ?? {};
    this.resolveOData = options.resolveOData;
    this.#state = createInitialState(createHomeSession(options.homePanelMode));
    if (options.maxSessions !== undefined) this.maxSessions = options.maxSessions;
    if (options.maxTabs !== undefined) this.maxTabs = options.maxTabs;
  }

  // ---- queries (synchronous) ----

  get state(): WorkspaceState {
    return this.#state;
  }

  get config(): ResolvedConfig {
    return this.#config;
  }

  /** Replaces the configuration; live sessions keep what they resolved. */
  set config(config: ResolvedConfig) {
    this.#config = config;
  }

  get maxSessions(): number {
    return this.#maxSessions;
  }

  /** Lowering the limit below the open sessions closes nothing; it only stops new ones. */
  set maxSessions(value: number) {
    this.#maxSessions = Math.max(1, parseCount(value, 'maxSessions'));
  }

  get maxTabs(): number {
    return this.#maxTabs;
  }

  set maxTabs(value: number) {
    this.#maxTabs = Math.max(1, parseCount(value, 'maxTabs'));
  }

  get focusedSessionId(): string {
    return this.#state.focusedSessionId;
  }

  get panelMode(): PanelMode {
    return focusedSession(this.#state).panelMode;
  }

  canCreateSession(): boolean {
    return workSessionCount(this.#state) < this.#maxSessions;
  }

  canCreateTab(sessionId: string = this.focusedSessionId): boolean {
    const session = this.#session(sessionId);
    return !session.isDefault && session.tabs.length < this.#maxTabs;
  }

  getSession(sessionId: string): SessionState {
    return this.#session(parseId(sessionId, 'sessionId'));
  }

  getTab(tabId: string): TabState {
    return this.#tab(tabId).tab;
  }

  getContext(sessionId: string): Readonly<Record<string, JsonValue>> {
    return this.getSession(sessionId).context;
  }

  /** Resolves slugs in `text` against a session's context (Apm `session.resolveSlug`). */
  resolveSlug(sessionId: string, text: string): string {
    const session = this.getSession(sessionId);
    const lookups = this.#recipes.get(sessionId)?.lookups;
    return resolveText(String(text), {
      value: (name) => ownValue(session.context, name),
      odata: (entity, attribute, query) => lookups?.get(odataKey(entity, attribute, query)),
    });
  }

  subscribe(listener: WorkspaceListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  // ---- sessions ----

  /**
   * Starts a session from a session template: anchor tab, additional tabs, panel mode, focus.
   * All or nothing: every check and every resolution happens before anything is committed.
   */
  createSession(rawInput: CreateSessionInput, options: CreateSessionOptions = {}): string {
    const input = parseCreateSessionInput(rawInput);
    const template = this.#sessionTemplate(input.templateName, options.genericOnly ?? false);
    if (!this.canCreateSession()) throw new CifError('SESSION_LIMIT_REACHED', SESSION_LIMIT_MESSAGE);

    const context = normalizeSessionContext(input.sessionContext);
    const templateParameters = input.templateParameters ?? {};
    const lookups = new Map<string, JsonValue>();
    const resolution = resolveSession(this.#config, template, { templateParameters, context, lookups }, this.urlPolicy);
    if (resolution.tabs.length > this.#maxTabs) throw new CifError('TAB_LIMIT_REACHED', TAB_LIMIT_MESSAGE);

    const sessionId = this.#freshId('session');
    const recipe: SessionRecipe = {
      template,
      templateParameters,
      tabs: new Map(),
      lookups,
      inFlight: new Set(),
      anchor: resolution.anchor,
      titleLocked: false,
    };
    const changes: Changes = [{ type: 'session-created', sessionId, templateName: template.uniqueName }];
    const tabs = resolution.tabs.map((resolved) =>
      this.#newTab(sessionId, resolved, recipe, { template: this.#config.appTabTemplates.get(resolved.templateName)!, templateParameters, titleLocked: false }, changes),
    );
    const session: SessionState = {
      sessionId,
      templateName: template.uniqueName,
      title: resolution.title,
      icon: template.icon,
      isDefault: false,
      canClose: true,
      panelMode: template.panelMode,
      focusedTabId: tabs[0]!.tabId,
      unread: 0,
      attention: 0,
      kpiBreach: false,
      tabs,
      context,
      owner: options.owner ?? null,
    };

    let next: WorkspaceState = deepFreeze({ ...this.#state, sessions: [...this.#state.sessions, session] });
    if (input.isFocused !== false) next = focusSessionStep(next, sessionId, changes);

    this.#recipes.set(sessionId, recipe);
    this.#commit(next, changes);
    this.#fetch(sessionId, resolution.pending);
    return sessionId;
  }

  focusSession(sessionId: string): void {
    const session = this.getSession(sessionId);
    const changes: Changes = [];
    this.#commit(focusSessionStep(this.#state, session.sessionId, changes), changes);
  }

  closeSession(sessionId: string): void {
    const session = this.#workSession(sessionId, 'be closed');
    if (!session.canClose) throw new CifError('NOT_PERMITTED', `Session "${sessionId}" is marked as not closable.`);
    const changes: Changes = [];
    const next = removeSessionStep(this.#state, sessionId, changes);
    this.#recipes.delete(sessionId);
    this.#commit(next, changes);
  }

  setSessionTitle(sessionId: string, title: string): void {
    const session = this.#workSession(sessionId, 'be renamed');
    const recipe = this.#recipes.get(sessionId);
    if (recipe) recipe.titleLocked = true;
    this.#patchSession(session, { title: parseTitle(title) });
  }

  /**
   * Re-resolves the session template's title with new slug values, which win over everything
   * else (CIF setSessionTitle `{sessionId, customer: "…"}`).
   */
  retitleSession(sessionId: string, slugValues: Record<string, JsonValue>): void {
    const session = this.#workSession(sessionId, 'be renamed');
    const values = parseContextValues(slugValues, 'input');
    const recipe = this.#recipes.get(sessionId);
    const template = recipe?.template ?? this.#config.sessionTemplates.get(session.templateName!);
    if (!template) throw new CifError('TEMPLATE_NOT_FOUND', `The template of session "${sessionId}" is no longer configured.`);
    const sources = { templateParameters: values, context: session.context, lookups: recipe?.lookups ?? new Map() };
    const { title, pending } = resolveSessionTitle(this.#config, template, sources, recipe?.anchor);
    if (recipe) recipe.titleLocked = true;
    this.#patchSession(session, { title });
    this.#fetch(sessionId, pending);
  }

  setSessionClosable(sessionId: string, canClose: boolean): void {
    this.#patchSession(this.#workSession(sessionId, 'be changed'), { canClose: Boolean(canClose) });
  }

  /** Adds (or, with `isDelete`, removes) slug values in a session's context. Titles already shown stay. */
  updateContext(sessionId: string, values: Record<string, JsonValue>, isDelete = false): void {
    const session = this.getSession(sessionId);
    const parsed = parseContextValues(values);
    const context = { ...session.context };
    for (const [key, value] of Object.entries(parsed)) {
      if (isDelete) delete context[key];
      else context[key] = value;
    }
    this.#patchSession(session, { context });
  }

  /** New activity on a session the agent is not looking at (CIF notifyNewActivity). */
  notifyNewActivity(sessionId: string, count: number): void {
    const session = this.getSession(sessionId);
    const unread = parseCount(count, 'count');
    if (session.sessionId === this.focusedSessionId) return; // the agent sees it already
    this.#patchSession(session, { unread });
  }

  /** Flags a background session for the agent without switching to it (CIF requestFocusSession). */
  requestAttention(sessionId: string): void {
    const session = this.getSession(sessionId);
    if (session.sessionId === this.focusedSessionId) return;
    this.#patchSession(session, { attention: session.attention + 1 });
  }

  /** Flags (or, with `breached` false, clears) a breached KPI on a session (CIF notifyKpiBreach). */
  notifyKpiBreach(sessionId: string, breached = true): void {
    const session = this.#workSession(sessionId, 'be changed');
    if (session.kpiBreach !== breached) this.#patchSession(session, { kpiBreach: Boolean(breached) });
  }

  /**
   * Moves a session to `index` in the rail, where Home stays first (1 is the place after Home).
   * Only the order changes: every tab keeps its page.
   */
  moveSession(sessionId: string, index: number): void {
    const session = this.#workSession(sessionId, 'move');
    const sessions = moveItem(this.#state.sessions, session, index);
    if (sessions) this.#commit(deepFreeze({ ...this.#state, sessions }), [{ type: 'session-moved', sessionId: session.sessionId, index }]);
  }

  /** Moves a tab to `index` in its session's strip, where the anchor tab stays first. */
  moveTab(tabId: string, index: number): void {
    const { session, tab } = this.#tab(tabId);
    if (tab.isAnchor) throw new CifError('NOT_PERMITTED', `Tab "${tabId}" is the session's anchor tab, which stays first.`);
    const tabs = moveItem(session.tabs, tab, index);
    if (tabs) this.#commit(replaceSession(this.#state, { ...session, tabs }), [{ type: 'tab-moved', sessionId: session.sessionId, tabId: tab.tabId, index }]);
  }

  /** Sets the panel mode of a session (default: the focused one); the panel follows the focused session's mode. */
  setPanelMode(mode: PanelMode, sessionId: string = this.focusedSessionId): void {
    const parsed = parsePanelMode(mode);
    const session = this.getSession(sessionId);
    if (session.panelMode === parsed) return;
    const changes: Changes = [];
    if (session.sessionId === this.focusedSessionId) panelModeChange(session.panelMode, parsed, changes);
    changes.push({ type: 'session-updated', sessionId: session.sessionId });
    this.#commit(patchSession(this.#state, session.sessionId, { panelMode: parsed }), changes);
  }

  /**
   * Home's mode as the page declares it (the comm panel's `mode` attribute). Initial state: the
   * subscribers see the new state, with no change announced. An unknown mode is ignored.
   */
  declareHomePanelMode(mode: PanelMode): void {
    const home = this.#session(HOME_SESSION_ID);
    if (!PANEL_MODES.includes(mode) || home.panelMode === mode) return;
    this.#commit(patchSession(this.#state, HOME_SESSION_ID, { panelMode: mode }), []);
  }

  // ---- tabs ----

  /**
   * Opens a tab in a session (default: the focused one). A tab of the same template with the same
   * resolved parameters is not opened twice: the existing one is focused and its id returned.
   */
  createTab(rawInput: CreateTabInput, sessionId: string = this.focusedSessionId): string {
    const input = parseCreateTabInput(rawInput);
    const session = this.getSession(sessionId);
    if (session.isDefault) throw new CifError('NOT_PERMITTED', 'Tabs cannot be opened in the Home session; start a session first.');
    const template = tabTemplate(this.#config, input.templateName);

    const recipe = this.#recipes.get(session.sessionId);
    const templateParameters = input.templateParameters ?? {};
    const lookups = recipe?.lookups ?? new Map<string, JsonValue>();
    const anchor = recipe?.anchor ?? anchorOf(session.tabs[0]);
    const { tab: resolved, pending } = resolveTab(
      this.#config,
      template,
      { templateParameters, context: session.context, lookups },
      { anchor, urlPolicy: this.urlPolicy },
    );

    const changes: Changes = [];
    let next = this.#state;
    // The same tab again is not opened twice: the one there is focused instead.
    const duplicate = this.#findDuplicate(session, resolved);
    let tabId = duplicate?.tabId;
    if (!tabId) {
      if (session.tabs.length >= this.#maxTabs) throw new CifError('TAB_LIMIT_REACHED', TAB_LIMIT_MESSAGE);
      const tab = this.#newTab(session.sessionId, resolved, recipe, { template, templateParameters, titleLocked: false }, changes);
      next = replaceSession(next, { ...session, tabs: [...session.tabs, tab] });
      tabId = tab.tabId;
    }
    if (input.isFocused !== false) next = focusTabStep(focusSessionStep(next, session.sessionId, changes), session.sessionId, tabId, changes);
    this.#commit(next, changes);
    if (recipe && !duplicate) this.#fetch(session.sessionId, pending);
    return tabId;
  }

  /** Focuses a tab, and its session too. */
  focusTab(tabId: string): void {
    const { session } = this.#tab(tabId);
    const changes: Changes = [];
    const next = focusTabStep(focusSessionStep(this.#state, session.sessionId, changes), session.sessionId, tabId, changes);
    this.#commit(next, changes);
  }

  closeTab(tabId: string): void {
    const { session, tab } = this.#tab(tabId);
    if (tab.isAnchor) throw new CifError('TAB_NOT_CLOSABLE', `Tab "${tabId}" is the session's anchor tab, which cannot be closed.`);
    if (!tab.canClose) throw new CifError('TAB_NOT_CLOSABLE', `Tab "${tabId}" is marked as not closable.`);
    const changes: Changes = [];
    const next = removeTabStep(this.#state, session.sessionId, tabId, changes);
    this.#recipes.get(session.sessionId)?.tabs.delete(tabId);
    this.#commit(next, changes);
  }

  /** Reloads a tab's page. */
  refreshTab(tabId: string): void {
    const { session, tab } = this.#tab(tabId);
    const next = replaceSession(this.#state, patchTab(session, tabId, { refreshCount: tab.refreshCount + 1 }));
    this.#commit(next, [{ type: 'tab-refreshed', sessionId: session.sessionId, tabId }]);
  }

  setTabTitle(tabId: string, title: string): void {
    const { session } = this.#tab(tabId);
    const parsed = parseTitle(title);
    const recipe = this.#recipes.get(session.sessionId)?.tabs.get(tabId);
    if (recipe) recipe.titleLocked = true;
    this.#patchTab(session, tabId, { title: parsed });
  }

  setTabClosable(tabId: string, canClose: boolean): void {
    const { session, tab } = this.#tab(tabId);
    if (tab.isAnchor && canClose) throw new CifError('NOT_PERMITTED', 'An anchor tab can never be made closable.');
    this.#patchTab(session, tabId, { canClose: Boolean(canClose) });
  }

  // ---- restore ----

  /**
   * Brings back a restored state (see persistence/snapshot.ts), silently: subscribers hear the
   * new state with no changes, because nothing happened. Sessions opened before it arrived stay
   * (restore-merge.ts).
   */
  restore(restored: WorkspaceState): void {
    this.#commit(mergeRestored(this.#state, restored, this.#warn), []);
  }

  // ---- internals ----

  #commit(next: WorkspaceState, changes: readonly WorkspaceChange[]): void {
    if (next === this.#state && changes.length === 0) return;
    this.#state = next;
    for (const listener of [...this.#listeners]) listener(next, changes);
  }

  #patchSession(session: SessionState, patch: Partial<SessionState>): void {
    const next = patchSession(this.#state, session.sessionId, patch);
    this.#commit(next, [{ type: 'session-updated', sessionId: session.sessionId }]);
  }

  #patchTab(session: SessionState, tabId: string, patch: Partial<TabState>): void {
    const next = replaceSession(this.#state, patchTab(session, tabId, patch));
    this.#commit(next, [{ type: 'tab-updated', sessionId: session.sessionId, tabId }]);
  }

  #session(sessionId: string): SessionState {
    const session = findSession(this.#state, sessionId);
    if (!session) throw new CifError('SESSION_NOT_FOUND', `No session with id "${sessionId}".`);
    return session;
  }

  /** A session other than Home, which cannot `what` (`be renamed`, …). */
  #workSession(sessionId: string, what: string): SessionState {
    const session = this.getSession(sessionId);
    if (session.isDefault) throw new CifError('NOT_PERMITTED', `The Home session cannot ${what}.`);
    return session;
  }

  /** The tab with this id (checked: callers pass anything), and its session. */
  #tab(tabId: string): { session: SessionState; tab: TabState } {
    const found = findTab(this.#state, parseId(tabId, 'tabId'));
    if (!found) throw new CifError('TAB_NOT_FOUND', `No tab with id "${tabId}".`);
    return found;
  }

  #sessionTemplate(name: string, genericOnly: boolean): SessionTemplate {
    const template = this.#config.sessionTemplates.get(name);
    if (!template) throw new CifError('TEMPLATE_NOT_FOUND', `No session template named "${name}".`);
    if (genericOnly && template.type !== 'generic') {
      throw new CifError('TEMPLATE_NOT_GENERIC', `Session template "${name}" is an entity template; CIF starts only generic ones.`);
    }
    const profile = this.#config.appProfile;
    if (profile && !profile.sessionTemplates.includes(name)) {
      throw new CifError('TEMPLATE_NOT_IN_PROFILE', `Session template "${name}" is not in the app profile "${profile.uniqueName}".`);
    }
    return template;
  }

  #findDuplicate(session: SessionState, resolved: ResolvedTab): TabState | undefined {
    const key = canonicalJson(resolved.parameters);
    return session.tabs.find((t) => t.templateName === resolved.templateName && parametersKey(t.parameters) === key);
  }

  /** A new tab of a session (frozen with the state it joins), with a fresh id; its recipe (when the session has one) and its change are filed. */
  #newTab(sessionId: string, resolved: ResolvedTab, recipe: SessionRecipe | undefined, tabRecipe: TabRecipe, changes: Changes): TabState {
    const tab: TabState = { ...resolved, tabId: this.#freshId('tab'), sessionId, refreshCount: 0 };
    recipe?.tabs.set(tab.tabId, tabRecipe);
    changes.push({ type: 'tab-created', sessionId, tabId: tab.tabId, templateName: tab.templateName });
    return tab;
  }

  /** An id no live session or tab has (a custom generator may repeat itself after a restore). */
  #freshId(kind: 'session' | 'tab'): string {
    for (;;) {
      const id = this.#generateId(kind);
      if (id !== HOME_SESSION_ID && !findSession(this.#state, id) && !findTab(this.#state, id)) return id;
    }
  }

  // ---- late values from the data adapter ----

  #fetch(sessionId: string, pending: readonly PendingLookup[]): void {
    const recipe = this.#recipes.get(sessionId);
    if (!recipe || pending.length === 0) return;
    const resolveOData = this.resolveOData;
    if (!resolveOData) {
      this.#warn(`cif-workspace: no resolveOData hook, so ${pending.map((p) => `"${p.entity}.${p.attribute}"`).join(', ')} stay empty.`);
      for (const lookup of pending) recipe.lookups.set(lookup.key, '');
      return;
    }
    for (const lookup of pending) {
      if (recipe.inFlight.has(lookup.key)) continue;
      recipe.inFlight.add(lookup.key);
      let answer: Promise<JsonValue>;
      try {
        answer = Promise.resolve(resolveOData(lookup.entity, lookup.attribute, lookup.query));
      } catch (error) {
        answer = Promise.reject(error);
      }
      answer.then(
        (value) => this.#settle(sessionId, lookup, value ?? ''),
        (error: unknown) => {
          this.#warn(`cif-workspace: looking up ${lookup.entity}.${lookup.attribute} failed (${String(error)}); left empty.`);
          this.#settle(sessionId, lookup, '');
        },
      );
    }
  }

  #settle(sessionId: string, lookup: PendingLookup, value: JsonValue): void {
    const recipe = this.#recipes.get(sessionId);
    if (!recipe) return; // closed (or restored over) meanwhile
    recipe.inFlight.delete(lookup.key);
    recipe.lookups.set(lookup.key, value);
    this.#reresolve(sessionId, recipe);
  }

  /** Re-applies the templates with the values that arrived, and looks up what they lead to. */
  #reresolve(sessionId: string, recipe: SessionRecipe): void {
    const { session, changes, pending } = reresolveSession(this.#config, this.#session(sessionId), recipe, this.urlPolicy, this.#warn);
    if (changes.length) this.#commit(replaceSession(this.#state, session), changes);
    this.#fetch(sessionId, pending.filter((p) => !recipe.lookups.has(p.key)));
  }
}
