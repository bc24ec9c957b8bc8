import { ContextValue } from '../context-protocol.js';
import { html, nothing } from '../template.js';
import { workspaceContext } from '../../context.js';
import type { Say, Strings } from '../../core/strings.js';
import type { PanelMode, ResolvedConfig, WorkspaceConfig } from '../../core/config/types.js';
import { CifError } from '../../core/errors.js';
import type { JsonValue } from '../../core/json.js';
import type { WorkspaceChange } from '../../core/workspace/changes.js';
import type { CreateSessionInput, CreateTabInput } from '../../core/workspace/inputs.js';
import { focusedSession, HOME_SESSION_ID, type SessionState, type WorkspaceState } from '../../core/workspace/state.js';
import type { DataAdapter } from '../../core/data-adapter.js';
import { DEFAULT_MAX_SESSIONS, DEFAULT_MAX_TABS, Workspace, type ResolveOData } from '../../core/workspace/workspace.js';
import { CifAnalyticsEvent, CifConversationUpdatedEvent, CifSessionCloseEvent, CifTabCloseEvent, CifPanelResizedEvent, CifStateChangedEvent } from '../../events/notifications.js';
import { REQUEST_NAMES, type CifRequestEvent } from '../../events/requests.js';
import { BOUND_HOST, type WorkspaceBinding } from '../../binding.js';
import { CifAppTab, type PageDisposer, type PageRenderer } from '../app-tab/app-tab.js';
import { CifCommPanel, DEFAULT_PANEL_WIDTH, MIN_PANEL_WIDTH } from '../comm-panel/comm-panel.js';
import type { HostCifEvent } from '../../binding.js';
import { NotificationCenter, type NotificationAnswer, type NotificationInput } from '../../core/notifications.js';
import type { PresenceOption } from '../../core/presence.js';
import { modeNumber } from '../../core/panel-mode-numbers.js';
import { Announcer } from './announcer.js';
import { attentionNews, describeRollUp, rollUp } from './attention.js';
import { NotificationArea } from './notification-area.js';
import { notificationAreaStyles } from './notification-area.styles.js';
import { PresenceControl } from './presence-control.js';
import { Providers } from './providers.js';
import { notificationFor } from './change-events.js';
import { ConfigSources } from './config-sources.js';
import { railEntries, renderPanelSwitcher, tabHeaders, type ChromeActions } from './chrome.js';
import { handleRequest, type RequestTarget } from './request-handler.js';
import { RovingTabs } from './roving-tabs.js';
import { sessionHostStyles } from './session-host.styles.js';
import { themeStyles } from './theme.styles.js';
import { Persistence } from './persistence.js';
import type { PersistMode } from './snapshot-store.js';
import { TabElements } from './tab-elements.js';
import { HostStrings } from './host-strings.js';
import { KeyboardShortcuts } from './keyboard.js';
import { QuickSwitcher, type SwitcherScope } from './quick-switcher.js';
import { quickSwitcherStyles } from './quick-switcher.styles.js';
import type { Shortcuts } from '../../core/shortcuts.js';
import { CrmData } from './crm-data.js';
import { ReactiveHost, takeEarlyProperties, type PropertyValues } from '../reactive-host.js';

export type { PersistMode } from './snapshot-store.js';

export { BOUND_HOST } from '../../binding.js';

/**
 * The workspace: owns every session, tab, focus, panel mode and context, and shares an immutable
 * snapshot of them with its descendants through Lit's context protocol. It renders the session rail
 * (Home and one entry per session), the focused session's tab strip and the tab panels; the
 * embedding page's own UI is the Home session's content.
 *
 * Configuration comes from a child `<script type="application/json">`, the `config-src` URL, or
 * the `config` property. Children ask for changes with `cif-*` request events; the host
 * announces what happened with the `cif-*` notification events.
 *
 * @tagname cif-session-host
 * @summary The multisession workspace: sessions, tabs, focus and state.
 * @slot - The Home session's content: the embedding page's own UI.
 * @slot panel - The communication panel (`<cif-comm-panel>`).
 * @fires cif-session-created - A session was created (`sessionId`, `templateName`).
 * @fires cif-session-switched - Focus moved to another session (`previousSessionId`, `sessionId`).
 * @fires cif-session-closed - A session closed (`sessionId`).
 * @fires cif-tab-created - A tab opened (`sessionId`, `tabId`, `templateName`), also for a template's tabs.
 * @fires cif-tab-switched - Focus moved to another tab of a session (`sessionId`, `previousTabId`, `tabId`).
 * @fires cif-tab-closed - A tab closed (`sessionId`, `tabId`).
 * @fires cif-panel-mode-changed - The communication panel's mode changed (`mode`, `previousMode`).
 * @fires cif-panel-resized - The communication panel's width changed (`width`).
 * @fires cif-restore-failed - A stored snapshot was unusable and was discarded (`reason`).
 * @fires cif-state-changed - Anything of the workspace changed, presence included: one event per change (`state`, `presence`), never for the initial or a restored state.
 * @fires cif-config-error - A configuration (the `config` property, inline or `config-src`) was refused (`error`); the previous one stays.
 * @fires cif-session-close - Cancelable, before a session the agent closes goes away (`sessionId`).
 * @fires cif-tab-close - Cancelable, before a tab the agent closes goes away (`sessionId`, `tabId`).
 * @fires cif-presence-changed - The agent's presence changed, by the rail's control or a provider (`presenceInfo`).
 * @fires cif-analytics-event - A provider logged an analytics event, for the CRM to store (`origin`, `eventName`, `data`).
 * @fires cif-conversation-updated - A provider updated a conversation, for the CRM to store (`origin`, `conversationId`, `data`).
 * @csspart rail - The vertical session rail.
 * @csspart session - A rail entry (carries `data-session-id`; the focused one `aria-selected="true"`).
 * @csspart badge - The unread or attention badge of a rail entry.
 * @csspart tab-strip - The focused session's tab strip.
 * @csspart tab - A tab header (carries `data-tab-id`; the focused one `aria-selected="true"`).
 * @csspart close - A close button of a session or tab.
 * @csspart panels - The area that shows Home or the focused tab.
 * @csspart rail-summary - The rail's roll-up of what the sessions in the background ask for.
 * @csspart presence - The agent's presence control, in the rail.
 * @csspart overflow - The rail's and the strip's buttons that list every session, or every tab of the session, with their badges.
 * @csspart quick-switcher - The dialog that finds a session or tab by typing (also the overflow menus).
 * @csspart panel-switcher - With several providers, where the agent picks the panel shown (Home, sessions no provider owns).
 * @csspart notification - The shown notification (`role="alertdialog"`, `data-notification-id`; buttons `data-action="accept"` / `"reject"`).
 * @csspart countdown - The shown notification's countdown.
 * @csspart toast - An information toast (a notification accepted by its template).
 * @cssproperty --cif-accent - Accent colour (focus, selection). Default #2563eb; #60a5fa in the dark theme.
 * @cssproperty --cif-on-accent - Text on the accent colour (a notification's Accept). Default #fff; #0f172a in the dark theme.
 * @cssproperty --cif-surface - Background of panels. Default #fff; #0f172a in the dark theme.
 * @cssproperty --cif-rail-background - Background of the session rail. Default #1e293b.
 * @cssproperty --cif-rail-color - Text colour of the session rail. Default #e2e8f0.
 * @cssproperty --cif-rail-width - Width of the session rail. Default 220px.
 * @cssproperty --cif-strip-background - Background of the tab strip. Default #f1f5f9; #1e293b in the dark theme.
 * @cssproperty --cif-font - Font of the workspace chrome. Default 14px/1.4 system-ui.
 * @cssproperty --cif-color - Text colour of the workspace. Default #0f172a; #e2e8f0 in the dark theme.
 * @cssproperty --cif-muted-color - Text colour of tab headers that are not selected. Default #334155; #94a3b8 in the dark theme.
 * @cssproperty --cif-border-color - Line under the tab strip. Default #cbd5e1; #334155 in the dark theme.
 * @cssproperty --cif-badge-background - Background of the unread badge. Default #dc2626.
 * @cssproperty --cif-attention-background - Background of the attention badge. Default #d97706; #b45309 in the dark theme.
 */
export class CifSessionHost extends ReactiveHost {
  static override styles = [sessionHostStyles, notificationAreaStyles, quickSwitcherStyles, themeStyles];

  static override properties = {
    configSrc: { attribute: 'config-src' },
    persist: {},
    maxSessions: { type: Number, attribute: 'max-sessions' },
    maxTabs: { type: Number, attribute: 'max-tabs' },
    allowInsecureUrls: { type: Boolean, attribute: 'allow-insecure-urls' },
    theme: { reflect: true },
  };

  /** URL of a JSON configuration file. */
  declare configSrc: string | null;

  /** Where sessions survive a reload: `session` (sessionStorage, default), `local` (localStorage) or `none`. */
  declare persist: PersistMode;

  /** Sessions besides Home. */
  declare maxSessions: number;

  /** Tabs per session, the anchor included. */
  declare maxTabs: number;

  /** Permits `http:` tab URLs (development only). */
  declare allowInsecureUrls: boolean;

  /** The chrome's colours: `auto` (default) follows the system's `prefers-color-scheme`; `light`; `dark`. Any other value is reported on the console and acts as `auto`. */
  declare theme: 'auto' | 'light' | 'dark';

  readonly #workspace = new Workspace();
  readonly #provider = new ContextValue(this, workspaceContext, this.#workspace.state);
  readonly #strings = new HostStrings(this, (say) => {
    this.#tabs.setEnvironment({ say });
    this.#railEntries.invalidate();
    this.#tabHeaders.invalidate();
    this.requestUpdate();
  });
  readonly #say = this.#strings.say;
  readonly #tabs = new TabElements(this);
  readonly #crm = new CrmData(this.#workspace, this.#tabs);
  readonly #configSources = new ConfigSources(this, (config) => this.#applyConfig(config));
  readonly #persistence = new Persistence(this, this.#workspace, () => this.#markReady());
  readonly #cifListeners = new Set<(event: HostCifEvent) => void>();
  readonly #emitCif = (event: HostCifEvent): void => {
    for (const listener of [...this.#cifListeners]) listener(event);
  };
  readonly #notifications = new NotificationCenter({ config: () => this.#workspace.config });
  readonly #providers = new Providers(this, this.#emitCif);
  readonly #presence = new PresenceControl(this, this.#emitCif, () => this.#announceStateChange());
  readonly #announcer = new Announcer(this);
  readonly #notificationArea = new NotificationArea(this, this.#notifications, this.#announcer);
  #wasBound = false;
  #markReady!: () => void;

  /** Resolves once the host has its configuration (or found it has none) and has restored its stored state. */
  readonly ready: Promise<void> = new Promise((resolve) => (this.#markReady = resolve));

  readonly #rail = new RovingTabs(this, {
    container: 'rail',
    orientation: 'vertical',
    onClose: (id) => this.#requestSessionClose(id),
    onMove: (id, index) => this.#moved(this.moveSession(id, index), () => this.sessions, index),
  });
  readonly #strip = new RovingTabs(this, {
    container: 'tab-strip',
    orientation: 'horizontal',
    onClose: (id) => this.#requestTabClose(id),
    onMove: (id, index) => this.#moved(this.moveTab(id, index), () => focusedSession(this.#workspace.state).tabs, index),
  });
  readonly #switcher = new QuickSwitcher(
    this,
    () => this.#workspace.state,
    ({ sessionId, tabId }) => {
      // focus follows to the rail entry or tab header, as after an arrow key
      (tabId ? this.#strip : this.#rail).focusSelectedAfterRender();
      void (tabId ? this.focusTab(tabId) : this.focusSession(sessionId));
    },
  );
  readonly #keyboard = new KeyboardShortcuts(this, {
    state: () => this.#workspace.state,
    focusSession: (sessionId) => {
      this.#rail.focusSelectedAfterRender();
      void this.focusSession(sessionId);
    },
    requestTabClose: (tabId) => void this.#requestTabClose(tabId).catch(() => {}),
    focusPanel: () => this.#focusPanel(),
    answerNotification: (action) => this.#notificationArea.answerShown(action),
    openQuickSwitcher: () => this.openQuickSwitcher(),
  });

  constructor() {
    super();
    this.configSrc = null;
    this.persist = 'session';
    this.maxSessions = DEFAULT_MAX_SESSIONS;
    this.maxTabs = DEFAULT_MAX_TABS;
    this.allowInsecureUrls = false;
    this.theme = 'auto';
    this.#workspace.subscribe((state, changes) => this.#onChange(state, changes));
    for (const name of REQUEST_NAMES) this.addEventListener(name, (event) => handleRequest(this.#requestTarget, name, event as CifRequestEvent));
    // the base takes over its declared properties set before the upgrade; these plain accessors too
    const early = takeEarlyProperties(this, ['config', 'resolveOData', 'dataAdapter', 'environment', 'presenceOptions', 'presence', 'strings', 'shortcuts']);
    for (const [name, value] of early) (this as Record<string, unknown>)[name] = value;
  }

  // ---- configuration ----

  /**
   * The configuration in force, as it was given (without the built-in templates): plain JSON, so
   * a framework that reads it back and sets it again changes nothing.
   */
  get config(): WorkspaceConfig {
    return this.#workspace.config.source;
  }

  /**
   * Replaces the configuration. Never throws (frameworks set properties while they render): an
   * invalid one is reported with `console.error` and `cif-config-error`, and the previous one
   * stays. `setConfig()` returns the error instead.
   */
  set config(value: unknown) {
    this.setConfig(value).catch(() => {});
  }

  /** Replaces the configuration; rejects with `INVALID_CONFIG` (and reports it) when it is invalid. */
  setConfig(value: unknown): Promise<void> {
    return this.#configSources.set(value);
  }

  /**
   * The hook for `{$odata…}` and `{anchor.*}` slugs. Without one of its own, the page's data
   * adapter answers them.
   */
  get resolveOData(): ResolveOData | undefined {
    return this.#crm.resolveOData;
  }

  set resolveOData(hook: ResolveOData | undefined) {
    this.#crm.resolveOData = hook;
  }

  /**
   * The CRM's records (contract section 10): any object with `retrieve`, `search`, `create`,
   * `update`, `remove` and `metadata`. Set, replace or unset it at any time; one that lacks a
   * method is reported with `console.error` and the previous one stays.
   */
  get dataAdapter(): DataAdapter | undefined {
    return this.#crm.adapter;
  }

  set dataAdapter(adapter: DataAdapter | null | undefined) {
    this.#crm.adapter = adapter;
  }

  /**
   * What `getEnvironment()` returns besides the workspace's own fields, e.g. `{ "userId": "…",
   * "orgUrl": "…" }`: a JSON object. An invalid one is reported and the previous one stays.
   */
  get environment(): Readonly<Record<string, JsonValue>> {
    return this.#crm.environment;
  }

  set environment(value: Record<string, JsonValue>) {
    this.#crm.environment = value;
  }

  /**
   * Lets the embedding CRM render its own record, list, dashboard and search pages. `render` is
   * called synchronously once when a tab of that page type is created (shown or not; a tab with
   * `keepAlive: false` when it is shown) and again on refresh; `dispose` when the tab's page goes.
   * A renderer that returns undefined leaves that page to a route or, with a data adapter, to the
   * workspace's own record, list and search pages.
   */
  registerPageRenderer(pageType: string, render: PageRenderer, dispose?: PageDisposer): void {
    if (typeof render !== 'function') throw new CifError('INVALID_INPUT', 'render: must be a function');
    this.#tabs.setRenderer(pageType, render, dispose);
  }

  // ---- queries ----

  /** Rail order, Home first. */
  get sessions(): readonly SessionState[] {
    return this.#workspace.state.sessions;
  }

  get focusedSessionId(): string {
    return this.#workspace.focusedSessionId;
  }

  /** The focused session's panel mode. */
  get panelMode(): PanelMode {
    return this.#workspace.panelMode;
  }

  /**
   * The command API the CIF and Apm facades and the bridge program against.
   * @internal
   */
  get binding(): WorkspaceBinding {
    return {
      workspace: this.#workspace,
      notifications: this.#notifications,
      events: this,
      hostId: this.id || 'default',
      ready: this.ready,
      rendered: () => this.updateComplete,
      panelWidth: (origin) => this.#providers.panelOf(origin)?.currentWidth ?? DEFAULT_PANEL_WIDTH,
      setPanelWidth: (width, origin) => this.#resizePanel(width, this.#providers.panelOf(origin)),
      customParams: (origin) => this.#providers.panelOf(origin)?.customParams ?? '',
      dataAdapter: () => this.#crm.adapter,
      environment: () => ({ ...this.#workspace.config.environment, ...this.#crm.environment }),
      presence: () => this.#presence.current,
      setPresence: (text) => this.#presence.set(text),
      clickToAct: (origin) => this.#providers.clickToAct(origin),
      setClickToAct: (origin, enabled) => this.#providers.setClickToAct(origin, enabled),
      logAnalyticsEvent: (origin, eventName, data) => this.dispatchEvent(new CifAnalyticsEvent(origin, eventName, data)),
      updateConversation: (origin, conversationId, data) => this.dispatchEvent(new CifConversationUpdatedEvent(origin, conversationId, data)),
      onCifEvent: (listener) => {
        this.#cifListeners.add(listener);
        return () => this.#cifListeners.delete(listener);
      },
    };
  }

  // ---- the agent and the page (contract section 10) ----

  /** The presences the agent can choose from (default: Available, Busy, Do not disturb, Away, Offline). */
  get presenceOptions(): readonly PresenceOption[] {
    return this.#presence.options;
  }

  set presenceOptions(options: readonly PresenceOption[]) {
    this.#presence.options = options;
  }

  /** The agent's presence, by its `presenceText`; an unknown text is ignored with a warning. */
  get presence(): string {
    return this.#presence.current.presenceText;
  }

  set presence(text: string) {
    if (!this.#presence.set(text)) console.warn(`cif-workspace: presence "${text}" is not one of presenceOptions; kept "${this.presence}".`);
  }

  /**
   * Every text the workspace shows or announces, English by default: buttons, labels, names,
   * announcements and the messages of its own record pages. Set an object with the texts to
   * replace (`{ home: 'Accueil', close: 'Fermer {title}' }`); the others stay English, and `null`
   * restores them all. Texts that count take plural forms (`{ one: '…', other: '…' }`), chosen by
   * the rules of the host's language (its `lang`, or the page's). An invalid value is reported
   * with `console.error`, and the previous texts stay.
   */
  get strings(): Strings {
    return this.#strings.strings;
  }

  set strings(value: Partial<Strings> | null) {
    this.#strings.strings = value;
  }

  /**
   * The keyboard shortcuts: each action's keys (`Alt+Shift+W`), or null for none. Setting it
   * changes the actions it names and keeps the defaults of the others; `null` restores every
   * default. An invalid value is reported with `console.error`, and the previous one stays.
   */
  get shortcuts(): Shortcuts {
    return this.#keyboard.shortcuts;
  }

  set shortcuts(value: Partial<Shortcuts> | null) {
    this.#keyboard.shortcuts = value;
  }

  /** Opens the quick switcher, which finds a session or tab by typing: every one, or (`sessions`, `tabs`) those of the rail or the strip. */
  openQuickSwitcher(scope: SwitcherScope = 'all'): void {
    this.#switcher.open(scope);
  }

  /** Into the panel shown, opened if need be: its provider's iframe, or a same-page widget's first control. */
  #focusPanel(): boolean {
    const panel = this.#providers.shown();
    if (!panel) return false;
    if (panel.currentMode !== 'docked') void this.setPanelMode('docked');
    (panel.frame ?? panel.querySelector<HTMLElement>('button, input, select, textarea, a[href], [tabindex]'))?.focus();
    return true;
  }

  /** The CRM navigated (or is about to): providers hear `onpagenavigate` with the URL. */
  reportNavigation(url: string): void {
    if (typeof url !== 'string' || url === '') throw new CifError('INVALID_INPUT', 'url: must be a non-empty string');
    this.#emitCif({ name: 'onpagenavigate', payload: { value: url } });
  }

  /** The agent sends a knowledge article: providers hear `onsendkbarticle` with its title and link. */
  sendKnowledgeArticle(article: { title: string; link: string }): void {
    const { title, link } = (article ?? {}) as Partial<{ title: unknown; link: unknown }>;
    if (typeof title !== 'string' || typeof link !== 'string') throw new CifError('INVALID_INPUT', 'article: must be { title: string, link: string }');
    this.#emitCif({ name: 'onsendkbarticle', payload: { title, link } });
  }

  /** Raises a notification (CIF notifyEvent) for the page itself; resolves with the agent's answer. */
  notifyEvent(input: NotificationInput): Promise<NotificationAnswer> {
    try {
      return this.#notifications.notify(input);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /** Withdraws the page's notification with this cancellation token; false when none waits. */
  cancelEvent(cancellationToken: string): boolean {
    return this.#notifications.cancel(cancellationToken);
  }

  /** Makes this host the one `window.Microsoft.CIFramework` and `Microsoft.Apm` talk to. */
  bindGlobalApis(): void {
    (globalThis as { [BOUND_HOST]?: CifSessionHost })[BOUND_HOST] = this;
    window.dispatchEvent(new Event('cif-workspace-bind'));
  }

  /** The immutable snapshot the children see. */
  get state(): WorkspaceState {
    return this.#workspace.state;
  }

  canCreateSession(): boolean {
    return this.#workspace.canCreateSession();
  }

  getSession(sessionId: string): SessionState {
    return this.#workspace.getSession(sessionId);
  }

  getContext(sessionId: string): Readonly<Record<string, JsonValue>> {
    return this.#workspace.getContext(sessionId);
  }

  // ---- commands: each settles once the change is rendered ----

  createSession(input: CreateSessionInput): Promise<string> {
    return this.#settle(() => this.#workspace.createSession(input));
  }

  createTab(input: CreateTabInput, sessionId?: string): Promise<string> {
    return this.#settle(() => this.#workspace.createTab(input, sessionId));
  }

  focusSession(sessionId: string): Promise<void> {
    return this.#settle(() => this.#workspace.focusSession(sessionId));
  }

  closeSession(sessionId: string): Promise<void> {
    return this.#settle(() => this.#workspace.closeSession(sessionId));
  }

  focusTab(tabId: string): Promise<void> {
    return this.#settle(() => this.#workspace.focusTab(tabId));
  }

  closeTab(tabId: string): Promise<void> {
    return this.#settle(() => this.#workspace.closeTab(tabId));
  }

  refreshTab(tabId: string): Promise<void> {
    return this.#settle(() => this.#workspace.refreshTab(tabId));
  }

  setTabTitle(tabId: string, title: string): Promise<void> {
    return this.#settle(() => this.#workspace.setTabTitle(tabId, title));
  }

  updateContext(sessionId: string, values: Record<string, JsonValue>): Promise<void> {
    return this.#settle(() => this.#workspace.updateContext(sessionId, values));
  }

  /** Moves a session to `index` in the rail; Home stays first, so 1 is the first place after it. Pages never reload. */
  moveSession(sessionId: string, index: number): Promise<void> {
    return this.#settle(() => this.#workspace.moveSession(sessionId, index));
  }

  /** Moves a tab to `index` in its session's strip; the anchor tab stays first. Pages never reload. */
  moveTab(tabId: string, index: number): Promise<void> {
    return this.#settle(() => this.#workspace.moveTab(tabId, index));
  }

  /** The agent moved a session or tab: say where it went, for those who cannot see it. */
  #moved(move: Promise<void>, list: () => readonly { title: string }[], index: number): void {
    move.then(
      () => {
        const items = list();
        this.#announcer.announce(this.#say('movedTo', { title: items[index]!.title, position: index + 1, count: items.length }));
      },
      () => {}, // the lists offer only places that exist
    );
  }

  /** Sets the panel mode of a session: the focused one by default (Home's is the panel's `mode` attribute). */
  setPanelMode(mode: PanelMode, sessionId?: string): Promise<void> {
    return this.#settle(() => this.#workspace.setPanelMode(mode, sessionId));
  }

  /** The shown comm panel's width, for all sessions; values under 300 are ignored, as in CIF. */
  setPanelWidth(width: number): Promise<void> {
    return this.#resizePanel(width, this.#providers.shown());
  }

  /** One panel's width: `cif-panel-resized` on the host, `onsizechanged` for that panel's provider. */
  #resizePanel(width: number, panel: CifCommPanel | undefined): Promise<void> {
    return this.#settle(() => {
      if (typeof width !== 'number' || !Number.isFinite(width)) throw new CifError('INVALID_INPUT', 'width: must be a number of pixels');
      if (!panel) throw new CifError('NOT_PERMITTED', 'width: there is no communication panel to resize');
      const rounded = Math.round(width);
      if (rounded < MIN_PANEL_WIDTH || rounded === panel.currentWidth) return;
      panel.width = rounded;
      this.dispatchEvent(new CifPanelResizedEvent(rounded));
      this.#emitCif({ name: 'onsizechanged', payload: { value: rounded }, origins: panel.allowedOrigins });
    });
  }

  async #settle<T>(command: () => T): Promise<T> {
    // The elements are defined from <head>: a page may call before the parser reached the inline
    // configuration, and then waits for it (the end of parsing), not for TEMPLATE_NOT_FOUND.
    const parsing = this.isConnected ? this.#configSources.parsed : undefined;
    if (parsing) await parsing; // and otherwise no wait at all: a command runs synchronously
    const result = command();
    await this.updateComplete;
    return result;
  }

  // ---- lifecycle: removal is not destruction (frameworks move subtrees) ----

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.#persistence.started) this.requestUpdate(); // it may have left before it became ready
    if (this.#wasBound) this.bindGlobalApis();
    this.#wasBound = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    const shared = globalThis as { [BOUND_HOST]?: CifSessionHost };
    if (shared[BOUND_HOST] === this) {
      delete shared[BOUND_HOST];
      this.#wasBound = true;
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('maxSessions')) this.#applyLimit('maxSessions', this.maxSessions);
    if (changed.has('maxTabs')) this.#applyLimit('maxTabs', this.maxTabs);
    if (changed.has('allowInsecureUrls')) {
      this.#workspace.urlPolicy = { allowInsecure: this.allowInsecureUrls, baseUrl: document.baseURI };
      this.#tabs.setEnvironment({ urlPolicy: this.#workspace.urlPolicy });
    }
    if (changed.has('configSrc')) this.#configSources.fetchIfNew(this.configSrc);
    // page input: an unknown theme is named; the chrome then follows the system, as with auto
    if (changed.has('theme') && !['auto', 'light', 'dark'].includes(this.theme)) {
      console.warn(`cif-workspace: theme "${this.theme}" is not auto, light or dark; following the system.`);
    }
    // ready once the configuration is in (or none is coming) and id and persist are known
    // (and in the page: a host removed before its first update claims no storage slot)
    if (!this.#persistence.started && !this.#configSources.awaited && this.isConnected) this.#persistence.start();
    this.#providers.sync(this.#workspace.state);
  }

  /** An attribute is page input: a bad limit is reported and the default kept, never thrown into a render. */
  #applyLimit(name: 'maxSessions' | 'maxTabs', value: number): void {
    try {
      this.#workspace[name] = value;
    } catch (error) {
      this.#workspace[name] = 10;
      console.warn(`cif-workspace: ${(error as Error).message}; using 10.`);
    }
  }

  #applyConfig(config: ResolvedConfig): void {
    this.#workspace.config = config;
    this.#tabs.setEnvironment({ routes: config.routes });
    this.requestUpdate(); // readiness is decided in willUpdate, once id and persist are in too
  }

  // ---- state changes ----

  #onChange(state: WorkspaceState, changes: readonly WorkspaceChange[]): void {
    const previous = this.#provider.value;
    this.#provider.setValue(state);
    this.#tabs.sync(state);
    this.requestUpdate();
    this.#persistence.save(state);
    for (const change of changes) {
      const event = notificationFor(change);
      if (event) this.dispatchEvent(event);
      // the panel on screen is the one whose mode changed
      if (change.type === 'panel-mode-changed') {
        this.#emitCif({ name: 'onmodechanged', payload: { value: modeNumber(change.mode) }, origins: this.#providers.shown(state)?.allowedOrigins ?? [] });
      }
    }
    for (const news of attentionNews(previous, state, this.#say)) this.#announcer.announce(news);
    if (changes.length) this.#announceStateChange(); // none: a restore, which is not news
  }

  #announceStateChange(): void {
    this.dispatchEvent(new CifStateChangedEvent(this.#workspace.state, this.#presence.current));
  }

  // ---- requests (data down, intent up) ----

  readonly #requestTarget: RequestTarget = {
    createSession: (input) => this.createSession(input),
    createTab: (input, sessionId) => this.createTab(input, sessionId),
    focusSession: (sessionId) => this.focusSession(sessionId),
    focusTab: (tabId) => this.focusTab(tabId),
    requestSessionClose: (sessionId) => this.#requestSessionClose(sessionId),
    requestTabClose: (tabId) => this.#requestTabClose(tabId),
    setPanelMode: (mode, sessionId) => this.setPanelMode(mode, sessionId),
    setPanelWidth: (width, event) => this.#resizePanel(width, event.composedPath().find((node): node is CifCommPanel => node instanceof CifCommPanel) ?? this.#providers.shown()),
    sessionOf: (event) => event.composedPath().find((node): node is CifAppTab => node instanceof CifAppTab)?.sessionId || undefined,
  };

  /** A close the agent asked for: announced first, and the page may veto it. Resolves true when closed. */
  async #requestSessionClose(sessionId: string): Promise<boolean> {
    const session = this.#workspace.getSession(sessionId);
    if (!this.dispatchEvent(new CifSessionCloseEvent(session.sessionId))) return false;
    await this.closeSession(session.sessionId);
    return true;
  }

  async #requestTabClose(tabId: string): Promise<boolean> {
    const tab = this.#workspace.getTab(tabId);
    if (!this.dispatchEvent(new CifTabCloseEvent(tab.sessionId, tab.tabId))) return false;
    await this.closeTab(tab.tabId);
    return true;
  }

  /** Home shows the panel in the mode the page gave the element: initial state, not a change. */
  #onPanelSlotted = (): void => {
    const panel = this.#providers.panels[0];
    if (panel) this.#workspace.declareHomePanelMode(panel.mode);
    this.requestUpdate(); // the switcher lists the panels
  };

  // ---- rendering ----

  readonly #railActions: ChromeActions = {
    focus: (sessionId) => void this.focusSession(sessionId),
    close: (sessionId) => void this.#requestSessionClose(sessionId).catch(() => {}),
    say: this.#say,
  };

  readonly #stripActions: ChromeActions = {
    focus: (tabId) => void this.focusTab(tabId),
    close: (tabId) => void this.#requestTabClose(tabId).catch(() => {}),
    say: this.#say,
  };

  readonly #railEntries = railEntries(this.#railActions);
  readonly #tabHeaders = tabHeaders(this.#stripActions);

  /**
   * The layout lives in `.frame`, inside the shadow root, so the page's CSS on the host element
   * (`display`, resets) cannot break it. Tabs are laid out even behind Home: a page opened in the
   * background loads at its real size; Home simply covers them.
   */
  protected override render() {
    const state = this.#workspace.state;
    const focused = focusedSession(state);
    const isHome = focused.sessionId === HOME_SESSION_ID;
    const say = this.#say;
    const summary = describeRollUp(rollUp(state), say);
    const panels = this.#providers.panels;
    return html`<div class="frame">
      <nav class="rail" part="rail" aria-label=${summary ? say('sessionsWithNews', { news: summary }) : say('sessions')}>
        ${summary ? html`<div class="rail-summary" part="rail-summary" aria-hidden="true">${summary}</div>` : nothing}
        <div role="tablist" aria-orientation="vertical" aria-label=${say('sessions')} class="rail-list"></div>
        ${this.#overflowButton('sessions', say)}
        ${this.#presence.render(say)}
      </nav>
      <div class="panel-column">
        ${renderPanelSwitcher(this.#providers.ownerPanel(state, panels) ? [] : panels, this.#providers.shown(state, panels), this.#providers, say)}
        <slot name="panel" class="panel-slot" @slotchange=${this.#onPanelSlotted}></slot>
      </div>
      <div class="main" role="region" aria-label=${say('workspace')}>
        ${isHome
          ? nothing
          : html`<div class="strip-row">
              <div role="tablist" part="tab-strip" class="strip" aria-label=${say('tabsOf', { title: focused.title })}></div>
              ${this.#overflowButton('tabs', say)}
            </div>`}
        <div class="panels" part="panels">
          <slot name="tabs" class="tabs-slot"></slot>
          <div class="home" role="tabpanel" aria-label=${say('home')} ?hidden=${!isHome}><slot></slot></div>
        </div>
      </div>
      ${this.#notificationArea.render(say)} ${this.#switcher.render(say)} ${this.#announcer.render()}
    </div>`;
  }

  /** Where the agent finds every session or tab when the rail or the strip scrolls. */
  #overflowButton(scope: SwitcherScope, say: Say) {
    const label = say(scope === 'sessions' ? 'allSessions' : 'allTabs');
    return html`<button part="overflow" class="overflow" aria-haspopup="dialog" aria-label=${label} @click=${() => this.openQuickSwitcher(scope)}>⋯</button>`;
  }

  /** The rail's entries and the strip's headers go into the containers the render made. */
  protected override updated(): void {
    const focused = focusedSession(this.#workspace.state);
    this.#railEntries.sync(this.renderRoot.querySelector('.rail-list'), this.#workspace.state.sessions, focused.sessionId);
    this.#tabHeaders.sync(this.renderRoot.querySelector('.strip'), focused.tabs, focused.focusedTabId);
    this.#rail.afterRender();
    this.#strip.afterRender();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cif-session-host': CifSessionHost;
  }
}
