/**
 * `Microsoft.CIFramework` semantics over a workspace (contract section 7), for one caller: the
 * page itself (`owner` null: sees every session) or a provider (`owner` = its origin: sees and
 * controls only the sessions it started). Every method is a thin mapping onto the workspace's
 * commands and answers with CIF's shapes; every failure is a `CifError`.
 */
import { CifError } from '../core/errors.js';
import { isNonEmptyString, type JsonValue } from '../core/json.js';
import { invalidInput, nonEmptyString, parseInput } from '../core/validation.js';
import { inputObject, jsonValue, optionalJsonRecord } from './json-input.js';
import { RecordGroup } from './records.js';
import { findTab, focusedSession, type SessionState, type TabState, type WorkspaceState } from '../core/workspace/state.js';
import { CifRecordSavedEvent } from '../events/notifications.js';
import type { WorkspaceBinding } from '../binding.js';
import { modeFromNumber, modeNumber } from '../core/panel-mode-numbers.js';

export class CifFramework {
  readonly #records: RecordGroup;
  readonly #connect: () => Promise<WorkspaceBinding>;
  /** The provider's origin, or null for the page. */
  readonly #owner: string | null;

  constructor(connect: () => Promise<WorkspaceBinding>, owner: string | null) {
    this.#connect = connect;
    this.#owner = owner;
    this.#records = new RecordGroup(connect);
  }

  // ---- sessions ----

  async canCreateSession(): Promise<boolean> {
    return (await this.#connect()).workspace.canCreateSession();
  }

  /**
   * Starts a session from a generic template. Top-level keys besides `templateName` and
   * `templateParameters` are slug values, as in Microsoft's samples (`{templateName, customer}`).
   */
  createSession(input: unknown): Promise<string> {
    return this.#command(({ workspace }) => {
      const { templateName, templateParameters, ...slugValues } = inputObject(input);
      const parameters = { ...optionalJsonRecord(slugValues, 'input'), ...optionalJsonRecord(templateParameters, 'input.templateParameters') };
      return workspace.createSession({ templateName: templateName as string, templateParameters: parameters }, { owner: this.#owner, genericOnly: true });
    });
  }

  /** A Map, as the official sample reads it (`.get("conversationId")`). */
  async getSession(sessionId: unknown): Promise<Map<string, unknown>> {
    const binding = await this.#connect();
    const { workspace } = binding;
    const session = this.#visibleSession(binding, sessionId);
    const { sessionId: id, templateName, title, context } = session;
    return new Map<string, unknown>(
      Object.entries({
        sessionId: id,
        templateName,
        title,
        isFocused: id === workspace.focusedSessionId,
        conversationId: context.conversationId ?? null,
        context: new Map(Object.entries(context)),
      }),
    );
  }

  /** The focused session's id, or null when it belongs to someone else. */
  async getFocusedSession(): Promise<string | null> {
    const { workspace } = await this.#connect();
    const session = focusedSession(workspace.state);
    return this.#canSee(session) ? session.sessionId : null;
  }

  async getAllSessions(): Promise<string[]> {
    const { workspace } = await this.#connect();
    return workspace.state.sessions.filter((s) => !s.isDefault && this.#canSee(s)).map((s) => s.sessionId);
  }

  /** Flags a background session for the agent; never switches (providers cannot). */
  requestFocusSession(sessionId: unknown): Promise<void> {
    return this.#command((binding) => binding.workspace.requestAttention(this.#visibleSession(binding, sessionId).sessionId));
  }

  /** `{sessionId, <slug>: value, …}`: re-resolves the template's title with these values. */
  setSessionTitle(input: unknown): Promise<void> {
    return this.#command((binding) => {
      const { sessionId, ...values } = inputObject(input);
      const session = this.#visibleSession(binding, sessionId);
      binding.workspace.retitleSession(session.sessionId, optionalJsonRecord(values, 'input'));
    });
  }

  /** Adds (or with `isDelete` removes) session context values; resolves with the context as JSON. */
  async updateContext(input: unknown, sessionId?: unknown, isDelete?: unknown): Promise<string> {
    const binding = await this.#connect();
    const session =
      sessionId === undefined || sessionId === null
        ? this.#ownFocusedSession(binding)
        : this.#visibleSession(binding, sessionId);
    binding.workspace.updateContext(session.sessionId, optionalJsonRecord(input, 'input'), isDelete === true);
    await binding.rendered();
    return JSON.stringify(binding.workspace.getContext(session.sessionId));
  }

  // ---- tabs (in the focused session, which must be the caller's) ----

  createTab(input: unknown): Promise<string> {
    return this.#command((binding) => {
      const { templateName, templateParameters, isFocused } = inputObject(input);
      const session = this.#ownFocusedSession(binding);
      const tabInput = { templateName: templateName as string, templateParameters: optionalJsonRecord(templateParameters, 'input.templateParameters') };
      return binding.workspace.createTab(isFocused === undefined ? tabInput : { ...tabInput, isFocused: isFocused as boolean }, session.sessionId);
    });
  }

  /** Tab ids of the focused session, optionally only those of one template. */
  async getTabs(templateName?: unknown): Promise<string[]> {
    const { workspace } = await this.#connect();
    const session = focusedSession(workspace.state);
    if (!this.#canSee(session)) return [];
    return session.tabs.filter((t) => templateName === undefined || templateName === null || t.templateName === templateName).map((t) => t.tabId);
  }

  async getFocusedTab(): Promise<string | null> {
    const { workspace } = await this.#connect();
    const session = focusedSession(workspace.state);
    return this.#canSee(session) ? session.focusedTabId : null;
  }

  /** Within the focused session only, as in CIF: a provider never switches sessions. */
  focusTab(tabId: unknown): Promise<void> {
    return this.#onTab(tabId, (binding, tab) => {
      if (tab.sessionId !== binding.workspace.focusedSessionId) {
        throw new CifError('NOT_PERMITTED', `focusTab: tab "${tab.tabId}" is not in the focused session, and CIF never switches sessions.`);
      }
      binding.workspace.focusTab(tab.tabId);
    });
  }

  refreshTab(tabId: unknown): Promise<void> {
    return this.#onTab(tabId, (binding, tab) => binding.workspace.refreshTab(tab.tabId));
  }

  closeTab(tabId: unknown): Promise<void> {
    return this.#onTab(tabId, (binding, tab) => binding.workspace.closeTab(tab.tabId));
  }

  /** `setTabTitle(tabId, {title})`; resolves with the tab id. */
  async setTabTitle(tabId: unknown, input: unknown): Promise<string> {
    const { title } = inputObject(input);
    return this.#onTab(tabId, (binding, tab) => {
      binding.workspace.setTabTitle(tab.tabId, title as string);
      return tab.tabId;
    });
  }

  // ---- the communication panel ----

  setMode(value: unknown): Promise<void> {
    return this.#command((binding) => {
      const mode = modeFromNumber(value);
      this.#mayControlPanel(binding, 'setMode');
      binding.workspace.setPanelMode(mode);
    });
  }

  async getMode(): Promise<number> {
    return modeNumber((await this.#connect()).workspace.panelMode);
  }

  async setWidth(width: unknown): Promise<void> {
    const binding = await this.#connect();
    this.#mayControlPanel(binding, 'setWidth');
    await binding.setPanelWidth(width as number, this.#owner);
  }

  /** The caller's own panel's width. */
  async getWidth(): Promise<number> {
    return (await this.#connect()).panelWidth(this.#owner);
  }

  /** What Dynamics' client answers, as a JSON string; `customParams` is the panel's `custom-params`. */
  /**
   * What Dynamics' client answers, as a JSON string: `host.environment`'s fields (`userId`, …), then
   * the page in focus (its record's `etn` and `id` when it is a record; nothing of another
   * provider's session), `clientUrl`, and the caller's panel's `customParams`.
   */
  async getEnvironment(): Promise<string> {
    const binding = await this.#connect();
    const session = focusedSession(binding.workspace.state);
    const tab = this.#canSee(session) ? session.tabs.find((t) => t.tabId === session.focusedTabId) : undefined;
    const record = tab?.pageType === 'entityrecord' ? tab.parameters : {};
    return JSON.stringify({
      appid: '',
      userId: '',
      ...binding.environment(),
      pageType: session.isDefault ? 'dashboard' : (tab?.pageType ?? 'session'),
      etn: typeof record.entityName === 'string' ? record.entityName : null,
      id: isNonEmptyString(record.entityId) ? record.entityId : null,
      clientUrl: location.origin,
      appUrl: location.href,
      customParams: binding.customParams(this.#owner),
    });
  }

  // ---- incoming work and attention ----

  /**
   * Raises a notification from a template and waits for the agent (no call timeout); resolves
   * with CIF's answer as a JSON string, `actionName` and `responseReason` on top and in `value`.
   */
  async notifyEvent(input: unknown, _correlationId?: unknown, cancellationToken?: unknown): Promise<string> {
    const binding = await this.#connect();
    const answer = await binding.notifications.notify(input, this.#owner, cancellationToken);
    return JSON.stringify({ ...answer, value: answer });
  }

  /** Withdraws the caller's notification; resolves with the token. */
  async cancelEvent(cancellationToken: unknown): Promise<string> {
    const binding = await this.#connect();
    if (!binding.notifications.cancel(cancellationToken, this.#owner)) {
      invalidInput('cancellationToken', `no notification of yours waits with "${String(cancellationToken)}"`);
    }
    return cancellationToken as string;
  }

  /** An unread badge on a session the agent is not looking at; cleared when they do. */
  notifyNewActivity(sessionId: unknown, count: unknown): Promise<void> {
    return this.#command((binding) => binding.workspace.notifyNewActivity(this.#visibleSession(binding, sessionId).sessionId, count as number));
  }

  /** Flags a breached KPI on a session (`shouldReset` true clears it); `details` are the provider's own. */
  notifyKpiBreach(sessionId: unknown, shouldReset?: unknown, _details?: unknown): Promise<void> {
    return this.#command((binding) => binding.workspace.notifyKpiBreach(this.#visibleSession(binding, sessionId).sessionId, shouldReset !== true));
  }

  // ---- the agent ----

  /** True when `presenceText` is one of the host's presence options. */
  async setPresence(presenceText: unknown): Promise<boolean> {
    return (await this.#connect()).setPresence(presenceText as string);
  }

  async getPresence(): Promise<string> {
    return (await this.#connect()).presence().presenceText;
  }

  async setClickToAct(enabled: unknown): Promise<void> {
    if (typeof enabled !== 'boolean') invalidInput('value', 'must be true or false');
    (await this.#connect()).setClickToAct(this.#owner, enabled);
  }

  async getClickToAct(): Promise<boolean> {
    return (await this.#connect()).clickToAct(this.#owner);
  }

  /** Surfaces as `cif-analytics-event` on the host, for the CRM to store. */
  async logAnalyticsEvent(data: unknown, eventName: unknown): Promise<void> {
    if (!isNonEmptyString(eventName)) invalidInput('eventName', 'must be a non-empty string');
    const parsed = jsonValue(data, 'data');
    (await this.#connect()).logAnalyticsEvent(this.#owner, eventName, parsed);
  }

  /** Surfaces as `cif-conversation-updated` on the host, for the CRM to store. */
  async updateConversation(conversationId: unknown, data: unknown): Promise<void> {
    if (!isNonEmptyString(conversationId)) invalidInput('conversationId', 'must be a non-empty string');
    const parsed = jsonValue(data, 'data');
    (await this.#connect()).updateConversation(this.#owner, conversationId, parsed);
  }

  // ---- the CRM's data (contract section 10), through the host's data adapter ----

  createRecord(entity: unknown, data: unknown): Promise<string> {
    return this.#records.create(entity, data);
  }

  retrieveRecord(entity: unknown, id: unknown, query?: unknown): Promise<string> {
    return this.#records.retrieve(entity, id, query);
  }

  updateRecord(entity: unknown, id: unknown, data: unknown): Promise<string> {
    return this.#records.update(entity, id, data);
  }

  deleteRecord(entity: unknown, id: unknown): Promise<string> {
    return this.#records.remove(entity, id);
  }

  getEntityMetadata(entity: unknown, attributes?: unknown): Promise<string> {
    return this.#records.metadata(entity, attributes);
  }

  /**
   * The matching rows as a JSON array; unless `searchOnly`, one match opens that record and
   * several open a search page, in the caller's focused session (from Home: a session of its own).
   */
  async searchAndOpenRecords(entity: unknown, query: unknown, searchOnly?: unknown, _correlationId?: unknown, searchType?: unknown): Promise<string> {
    const { entity: name, rows, metadata } = await this.#records.search(entity, query);
    if (searchOnly !== true && rows.length === 1) {
      const row = rows[0]!;
      const tabId = await this.#openPage('msdyn_entityrecord', { entityName: name, entityId: String(row[metadata.primaryIdAttribute] ?? '') });
      // the tab is titled by the record's name, as Dynamics titles a form
      const title = row[metadata.primaryNameAttribute];
      if (isNonEmptyString(title)) (await this.#connect()).workspace.setTabTitle(tabId, title);
    } else if (searchOnly !== true && rows.length > 1) {
      await this.#openSearch(name, typeof query === 'string' ? query : '', searchType);
    }
    return JSON.stringify(rows);
  }

  /** Opens the search page for `searchString` (CIF renderSearchPage). */
  async renderSearchPage(entity: unknown, searchString: unknown, _correlationId?: unknown, searchType?: unknown): Promise<void> {
    const name = parseInput(nonEmptyString(), entity, 'entityLogicalName');
    if (typeof searchString !== 'string') invalidInput('searchString', 'must be a string');
    await this.#openSearch(name, searchString, searchType);
  }

  /**
   * Opens a record form (a new record without `entityId`); resolves with
   * `'{"savedEntityReference":[{entityType, id, name}]}'` once the agent saves it, or with an
   * empty list when the tab closes unsaved.
   */
  async openForm(entityFormOptions: unknown, formParameters?: unknown): Promise<string> {
    const options = optionalJsonRecord(entityFormOptions, 'entityFormOptions');
    const entityName = parseInput(nonEmptyString(), options.entityName, 'entityFormOptions.entityName');
    const parameters = { entityName, entityId: typeof options.entityId === 'string' ? options.entityId : '', data: optionalJsonRecord(formParameters, 'formParameters') };
    const binding = await this.#connect();
    const tabId = await this.#openPage('msdyn_entityrecord', parameters);
    const saved = await new Promise<CifRecordSavedEvent | undefined>((resolve) => {
      const onSaved = (event: Event) => (event as CifRecordSavedEvent).tabId === tabId && finish(event as CifRecordSavedEvent);
      const onChange = (state: WorkspaceState) => findTab(state, tabId) ?? finish(undefined);
      let stopWatching: () => void = () => {};
      const finish = (event: CifRecordSavedEvent | undefined) => {
        stopWatching();
        binding.events.removeEventListener(CifRecordSavedEvent.eventName, onSaved);
        resolve(event);
      };
      binding.events.addEventListener(CifRecordSavedEvent.eventName, onSaved);
      stopWatching = binding.workspace.subscribe(onChange);
      onChange(binding.workspace.state); // closed while it rendered
    });
    const reference = saved ? [{ entityType: saved.entityType, id: saved.id, name: saved.name }] : [];
    return JSON.stringify({ savedEntityReference: reference });
  }

  #openSearch(entityName: string, searchText: string, searchType: unknown): Promise<string> {
    return this.#openPage('msdyn_search', { entityName, searchText, searchType: searchType === 1 ? 1 : 0 });
  }

  /**
   * A page in the caller's focused session, which must be its own; from Home, which has no tabs,
   * a session of the caller's own from the built-in session template of that page,
   * `<tabTemplate>_session`. Resolves with the page's tab id.
   */
  #openPage(tabTemplate: string, parameters: Record<string, JsonValue>): Promise<string> {
    return this.#command((binding) => {
      const { workspace } = binding;
      if (!focusedSession(workspace.state).isDefault) {
        return workspace.createTab({ templateName: tabTemplate, templateParameters: parameters }, this.#ownFocusedSession(binding).sessionId);
      }
      const sessionId = workspace.createSession({ templateName: `${tabTemplate}_session`, templateParameters: parameters }, { owner: this.#owner });
      return workspace.getSession(sessionId).tabs[0]!.tabId;
    });
  }

  /** Runs a workspace command for the caller, then waits until the host has rendered its result. */
  async #command<T>(act: (binding: WorkspaceBinding) => T): Promise<T> {
    const binding = await this.#connect();
    const result = act(binding);
    await binding.rendered();
    return result;
  }

  // ---- visibility ----

  #canSee(session: SessionState): boolean {
    return this.#owner === null || session.owner === this.#owner;
  }

  /** A session the caller may see; others look exactly like unknown ones. */
  #visibleSession(binding: WorkspaceBinding, sessionId: unknown): SessionState {
    if (!isNonEmptyString(sessionId)) invalidInput('sessionId', 'must be a session id string');
    const session = binding.workspace.state.sessions.find((s) => s.sessionId === sessionId);
    if (!session || !this.#canSee(session)) throw new CifError('SESSION_NOT_FOUND', `No session with id "${sessionId}".`);
    return session;
  }

  /** The panel is shared: a provider steers it only while Home or one of its own sessions is focused. */
  #mayControlPanel(binding: WorkspaceBinding, method: string): void {
    const session = focusedSession(binding.workspace.state);
    if (!session.isDefault && !this.#canSee(session)) {
      throw new CifError('NOT_PERMITTED', `${method}: the focused session belongs to another channel provider.`);
    }
  }

  #ownFocusedSession(binding: WorkspaceBinding): SessionState {
    const session = focusedSession(binding.workspace.state);
    if (!this.#canSee(session)) {
      throw new CifError('NOT_PERMITTED', 'The focused session belongs to another channel provider.');
    }
    return session;
  }

  /** A command on a tab the caller may see; others look exactly like unknown ones. */
  #onTab<T>(tabId: unknown, act: (binding: WorkspaceBinding, tab: TabState) => T): Promise<T> {
    return this.#command((binding) => {
      if (!isNonEmptyString(tabId)) invalidInput('tabId', 'must be a tab id string');
      const found = findTab(binding.workspace.state, tabId);
      if (!found || !this.#canSee(found.session)) throw new CifError('TAB_NOT_FOUND', `No tab with id "${tabId}".`);
      return act(binding, found.tab);
    });
  }
}

