/**
 * `window.Microsoft.Apm`, the App Profile Manager API, in the page (contract section 7). Its
 * calls are synchronous, as documented: `createSession` returns the id of a session that exists
 * already. Session and Tab objects read the live state on every access.
 */
import { CifError } from '../core/errors.js';
import type { JsonValue } from '../core/json.js';
import { findTab, focusedSession } from '../core/workspace/state.js';
import type { CreateSessionInput, CreateTabInput } from '../core/workspace/inputs.js';
import type { Workspace } from '../core/workspace/workspace.js';
import type { WorkspaceBinding } from '../binding.js';
import { inputObject, optionalJsonRecord } from './json-input.js';
import { invalidInput } from '../core/validation.js';

/** The topics `getEventPublisherTopic` knows. */
export const APM_EVENTS = ['ON_SESSION_SWITCH', 'ON_SESSION_CLOSED', 'ON_TAB_SWITCH'] as const;
export type ApmEventName = (typeof APM_EVENTS)[number];

export class ApmTab {
  readonly #workspace: Workspace;

  constructor(
    workspace: Workspace,
    readonly tabId: string,
  ) {
    this.#workspace = workspace;
  }

  get title(): string {
    return this.#workspace.getTab(this.tabId).title;
  }

  set title(value: string) {
    this.#workspace.setTabTitle(this.tabId, value);
  }

  get canClose(): boolean {
    return this.#workspace.getTab(this.tabId).canClose;
  }

  set canClose(value: boolean) {
    this.#workspace.setTabClosable(this.tabId, value);
  }

  close(): void {
    this.#workspace.closeTab(this.tabId);
  }

  focus(): void {
    this.#workspace.focusTab(this.tabId);
  }

  refresh(): void {
    this.#workspace.refreshTab(this.tabId);
  }
}

export class ApmSession {
  readonly #workspace: Workspace;

  constructor(
    workspace: Workspace,
    readonly sessionId: string,
  ) {
    this.#workspace = workspace;
  }

  get #session() {
    return this.#workspace.getSession(this.sessionId);
  }

  get isDefault(): boolean {
    return this.#session.isDefault;
  }

  get title(): string {
    return this.#session.title;
  }

  /** Home's title cannot change (Dynamics ignores it too). */
  set title(value: string) {
    if (!this.isDefault) this.#workspace.setSessionTitle(this.sessionId, value);
  }

  get canClose(): boolean {
    return this.#session.canClose;
  }

  set canClose(value: boolean) {
    this.#workspace.setSessionClosable(this.sessionId, value);
  }

  close(): void {
    this.#workspace.closeSession(this.sessionId);
  }

  focus(): void {
    this.#workspace.focusSession(this.sessionId);
  }

  /** Shows an attention indicator when the session is in the background. */
  requestFocus(): void {
    this.#workspace.requestAttention(this.sessionId);
  }

  getFocusedTab(): ApmTab | null {
    const tabId = this.#session.focusedTabId;
    return tabId ? new ApmTab(this.#workspace, tabId) : null;
  }

  getAllTabs(): string[] {
    return this.#session.tabs.map((tab) => tab.tabId);
  }

  getTab(tabId: string): ApmTab {
    const found = findTab(this.#workspace.state, tabId);
    if (!found || found.session.sessionId !== this.sessionId) throw new CifError('TAB_NOT_FOUND', `No tab with id "${tabId}" in session "${this.sessionId}".`);
    return new ApmTab(this.#workspace, tabId);
  }

  canCreateTab(): boolean {
    return this.#workspace.canCreateTab(this.sessionId);
  }

  updateContext(values: unknown): void {
    this.#workspace.updateContext(this.sessionId, optionalJsonRecord(values, 'values'));
  }

  getContext(): Promise<Map<string, JsonValue>> {
    return Promise.resolve(new Map(Object.entries(this.#workspace.getContext(this.sessionId))));
  }

  /** `resolveSlug("{customerName}")`: the text with the session context's values in place. */
  resolveSlug(text: string): string {
    return this.#workspace.resolveSlug(this.sessionId, text);
  }
}

/** The Apm facade over whichever host the page APIs are bound to now. */
export class Apm {
  /** The bound host's binding; undefined when the page has none. */
  readonly #binding: () => WorkspaceBinding | undefined;
  /** Names a host's event's topic and has it published: only a topic handed out can have listeners. */
  readonly #issueTopic: (hostId: string, eventName: ApmEventName) => string;

  constructor(binding: () => WorkspaceBinding | undefined, issueTopic: (hostId: string, eventName: ApmEventName) => string) {
    this.#binding = binding;
    this.#issueTopic = issueTopic;
  }

  #workspace(): Workspace {
    const binding = this.#binding();
    if (!binding) invalidInput('Microsoft.Apm', 'there is no <cif-session-host> on this page.');
    return binding.workspace;
  }

  /** `{templateName, sessionContext: Map, isFocused?}` → the new session's id. */
  createSession(input: unknown): string {
    const { templateName, sessionContext, isFocused } = inputObject(input);
    // the workspace validates the rest (an undefined isFocused is as good as none)
    return this.#workspace().createSession({ templateName, sessionContext: optionalJsonRecord(sessionContext, 'input.sessionContext'), isFocused } as CreateSessionInput);
  }

  canCreateSession(): boolean {
    return this.#workspace().canCreateSession();
  }

  getFocusedSession(): ApmSession {
    const workspace = this.#workspace();
    return new ApmSession(workspace, focusedSession(workspace.state).sessionId);
  }

  getAllSessions(): string[] {
    return this.#workspace().state.sessions.map((session) => session.sessionId);
  }

  getSession(sessionId: string): ApmSession {
    const workspace = this.#workspace();
    return new ApmSession(workspace, workspace.getSession(sessionId).sessionId);
  }

  /** `{templateName, appContext?: Map, isFocused?}`: a tab in the focused session. */
  createTab(input: unknown): string {
    const { templateName, appContext, isFocused } = inputObject(input);
    return this.#workspace().createTab({ templateName, templateParameters: optionalJsonRecord(appContext, 'input.appContext'), isFocused } as CreateTabInput);
  }

  focusTab(tabId: string): void {
    this.#workspace().focusTab(tabId);
  }

  closeTab(tabId: string): void {
    this.#workspace().closeTab(tabId);
  }

  refreshTab(tabId: string): void {
    this.#workspace().refreshTab(tabId);
  }

  /** The `BroadcastChannel` name for an event of the bound host. */
  getEventPublisherTopic(eventName: string): string {
    if (!(APM_EVENTS as readonly string[]).includes(eventName)) {
      invalidInput('eventName', `must be one of ${APM_EVENTS.join(', ')}`);
    }
    return this.#issueTopic(this.#binding()?.hostId ?? 'default', eventName as ApmEventName);
  }
}
