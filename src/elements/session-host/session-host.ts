import { ContextProvider } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { workspaceContext } from '../../context.js';
import type { PanelMode, ResolvedConfig } from '../../core/config/types.js';
import { validateConfig } from '../../core/config/validate.js';
import { CifError } from '../../core/errors.js';
import type { JsonValue } from '../../core/json.js';
import { parseSnapshot, serializeSnapshot, snapshotKey } from '../../core/persistence/snapshot.js';
import type { WorkspaceChange } from '../../core/workspace/changes.js';
import type { CreateSessionInput, CreateTabInput } from '../../core/workspace/inputs.js';
import { focusedSession, HOME_SESSION_ID, type SessionState, type WorkspaceState } from '../../core/workspace/state.js';
import { Workspace, type ResolveOData } from '../../core/workspace/workspace.js';
import { CifRestoreFailedEvent, CifConfigErrorEvent, CifSessionCloseEvent, CifTabCloseEvent, CifPanelResizedEvent } from '../../events/notifications.js';
import { REQUEST_NAMES, type CifRequestEvent, type RequestName } from '../../events/requests.js';
import type { WorkspaceBinding } from '../../binding.js';
import { CifAppTab, type PageDisposer, type PageEnvironment, type PageRenderer } from '../app-tab/app-tab.js';
import type { CifCommPanel } from '../comm-panel/comm-panel.js';
import { notificationFor } from './change-events.js';
import { RovingTabsController } from './roving-tabs.js';
import { sessionHostStyles } from './session-host.styles.js';

export type PersistMode = 'session' | 'local' | 'none';

/** Where `bindGlobalApis()` leaves its host for the page APIs (a registered symbol: any copy finds it). */
export const BOUND_HOST = Symbol.for('cif-workspace.bound-host');

/**
 * The workspace: owns every session, tab, focus, panel mode and context, and shares an immutable
 * snapshot of them with its descendants through `@lit/context`. It renders the session rail
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
 * @fires cif-config-error - An inline or `config-src` configuration was refused (`error`).
 * @fires cif-session-close - Cancelable, before a session the agent closes goes away (`sessionId`).
 * @fires cif-tab-close - Cancelable, before a tab the agent closes goes away (`sessionId`, `tabId`).
 * @csspart rail - The vertical session rail.
 * @csspart session - A rail entry (carries `data-session-id`; the focused one `aria-selected="true"`).
 * @csspart badge - The unread or attention badge of a rail entry.
 * @csspart tab-strip - The focused session's tab strip.
 * @csspart tab - A tab header (carries `data-tab-id`; the focused one `aria-selected="true"`).
 * @csspart close - A close button of a session or tab.
 * @csspart panels - The area that shows Home or the focused tab.
 * @cssproperty --cif-accent - Accent colour (focus, selection). Default #2563eb.
 * @cssproperty --cif-surface - Background of panels. Default #fff.
 * @cssproperty --cif-rail-background - Background of the session rail. Default #1e293b.
 * @cssproperty --cif-rail-color - Text colour of the session rail. Default #e2e8f0.
 * @cssproperty --cif-rail-width - Width of the session rail. Default 220px.
 * @cssproperty --cif-strip-background - Background of the tab strip. Default #f1f5f9.
 * @cssproperty --cif-font - Font of the workspace chrome. Default 14px system-ui.
 */
export class CifSessionHost extends LitElement {
  static override styles = sessionHostStyles;

  /** URL of a JSON configuration file. */
  @property({ attribute: 'config-src' }) accessor configSrc: string | null = null;

  /** Where sessions survive a reload: `session` (sessionStorage, default), `local` (localStorage) or `none`. */
  @property() accessor persist: PersistMode = 'session';

  /** Sessions besides Home. */
  @property({ type: Number, attribute: 'max-sessions' }) accessor maxSessions = 10;

  /** Tabs per session, the anchor included. */
  @property({ type: Number, attribute: 'max-tabs' }) accessor maxTabs = 10;

  /** Permits `http:` tab URLs (development only). */
  @property({ type: Boolean, attribute: 'allow-insecure-urls' }) accessor allowInsecureUrls = false;

  readonly #workspace = new Workspace();
  readonly #provider = new ContextProvider(this, { context: workspaceContext, initialValue: this.#workspace.state });
  readonly #tabs = new Map<string, CifAppTab>();
  readonly #renderers = new Map<string, { render: PageRenderer; dispose: PageDisposer | undefined }>();
  #environment: PageEnvironment = { renderers: this.#renderers, routes: {}, urlPolicy: {} };
  #configured = false;
  #restored = false;
  #loadedConfigSrc: string | null = null;
  #panelWidth: number | undefined;
  #markReady!: () => void;

  /** Resolves once the host has its configuration and has restored its stored state. */
  readonly ready: Promise<void> = new Promise((resolve) => (this.#markReady = resolve));

  readonly #rail = new RovingTabsController(this, { container: 'rail', orientation: 'vertical', onClose: (id) => this.#requestSessionClose(id) });
  readonly #strip = new RovingTabsController(this, { container: 'tab-strip', orientation: 'horizontal', onClose: (id) => this.#requestTabClose(id) });

  constructor() {
    super();
    this.#workspace.subscribe((state, changes) => this.#onChange(state, changes));
    for (const name of REQUEST_NAMES) this.addEventListener(name, (event) => this.#onRequest(name, event as CifRequestEvent));
  }

  // ---- configuration ----

  /** The configuration in force: validated, merged with the built-in templates. */
  get config(): ResolvedConfig {
    return this.#workspace.config;
  }

  /** Replaces the configuration; an invalid one throws `INVALID_CONFIG` and the previous one stays. */
  set config(value: unknown) {
    this.#applyConfig(validateConfig(value));
  }

  /** The data adapter's hook for `{$odata…}` and `{anchor.*}` slugs. */
  get resolveOData(): ResolveOData | undefined {
    return this.#workspace.resolveOData;
  }

  set resolveOData(hook: ResolveOData | undefined) {
    this.#workspace.resolveOData = hook;
  }

  /**
   * Lets the embedding CRM render its own record, list, dashboard and search pages. `render` is
   * called once when a tab of that page type is shown first and again on refresh; `dispose` when
   * the tab closes.
   */
  registerPageRenderer(pageType: string, render: PageRenderer, dispose?: PageDisposer): void {
    if (typeof render !== 'function') throw new CifError('INVALID_INPUT', 'render: must be a function');
    this.#renderers.set(pageType, { render, dispose });
    // tabs that waited for a renderer (shown as placeholders, restored ones too) render now
    for (const tab of this.#tabs.values()) if (tab.tab?.pageType === pageType) tab.reloadPage();
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
      events: this,
      hostId: this.id || 'default',
      ready: this.ready,
      rendered: () => this.updateComplete,
      panelWidth: () => this.#panelWidth ?? this.#commPanel()?.currentWidth ?? 340,
      setPanelWidth: (width) => this.setPanelWidth(width),
      customParams: () => this.#commPanel()?.customParams ?? '',
    };
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

  setPanelMode(mode: PanelMode): Promise<void> {
    return this.#settle(() => this.#workspace.setPanelMode(mode));
  }

  /** The comm panel's width, for all sessions; values under 300 are ignored, as in CIF. */
  setPanelWidth(width: number): Promise<void> {
    return this.#settle(() => {
      if (typeof width !== 'number' || !Number.isFinite(width)) throw new CifError('INVALID_INPUT', 'width: must be a number of pixels');
      if (width < 300 || width === this.#panelWidth) return;
      this.#panelWidth = Math.round(width);
      const panel = this.#commPanel();
      if (panel) panel.width = this.#panelWidth;
      this.dispatchEvent(new CifPanelResizedEvent(this.#panelWidth));
    });
  }

  /** Resolves when the host and every tab have rendered the latest change. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const own = await super.getUpdateComplete();
    await Promise.all([...this.#tabs.values()].map((tab) => tab.updateComplete));
    return own;
  }

  async #settle<T>(command: () => T): Promise<T> {
    const result = command();
    await this.updateComplete;
    return result;
  }

  // ---- lifecycle ----

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readInlineConfig();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('maxSessions')) this.#applyLimit('maxSessions', this.maxSessions);
    if (changed.has('maxTabs')) this.#applyLimit('maxTabs', this.maxTabs);
    if (changed.has('allowInsecureUrls')) {
      this.#workspace.urlPolicy = { allowInsecure: this.allowInsecureUrls, baseUrl: document.baseURI };
      this.#environment = { ...this.#environment, urlPolicy: this.#workspace.urlPolicy };
      for (const tab of this.#tabs.values()) tab.environment = this.#environment;
    }
    if (changed.has('configSrc') && this.configSrc && this.configSrc !== this.#loadedConfigSrc) void this.#fetchConfig(this.configSrc);
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

  #readInlineConfig(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (!script || this.#configured) return;
    try {
      this.#applyConfig(validateConfig(JSON.parse(script.textContent ?? '')));
    } catch (error) {
      this.#reportConfigError(error);
    }
  }

  async #fetchConfig(url: string): Promise<void> {
    this.#loadedConfigSrc = url;
    try {
      const response = await fetch(url);
      if (!response.ok) throw new CifError('INVALID_CONFIG', `config-src: ${url} answered ${response.status}`);
      this.#applyConfig(validateConfig(await response.json()));
    } catch (error) {
      this.#reportConfigError(error);
    }
  }

  #reportConfigError(error: unknown): void {
    const cif = error instanceof CifError ? error : new CifError('INVALID_CONFIG', `config: ${(error as Error).message}`);
    console.error(`cif-workspace: ${cif.message}`);
    this.dispatchEvent(new CifConfigErrorEvent(cif));
  }

  #applyConfig(config: ResolvedConfig): void {
    this.#workspace.config = config;
    this.#configured = true;
    this.#environment = { ...this.#environment, routes: config.routes };
    for (const tab of this.#tabs.values()) tab.environment = this.#environment;
    this.#restore(); // restore waits for the config
    this.#markReady();
  }

  // ---- persistence ----

  #storage(): Storage | undefined {
    try {
      return this.persist === 'local' ? localStorage : this.persist === 'none' ? undefined : sessionStorage;
    } catch {
      return undefined; // storage can be blocked (privacy settings, sandboxed frames)
    }
  }

  #restore(): void {
    if (this.#restored) return;
    this.#restored = true;
    const storage = this.#storage();
    const text = storage?.getItem(snapshotKey(this.id));
    if (!text) return;
    try {
      this.#workspace.restore(parseSnapshot(text));
    } catch (error) {
      const reason = (error as Error).message;
      console.warn(`cif-workspace: discarded the stored workspace (${reason})`);
      storage?.removeItem(snapshotKey(this.id));
      this.dispatchEvent(new CifRestoreFailedEvent(reason));
    }
  }

  #save(state: WorkspaceState): void {
    if (!this.#restored) return; // never overwrite a snapshot we have not read yet
    try {
      this.#storage()?.setItem(snapshotKey(this.id), serializeSnapshot(state));
    } catch (error) {
      console.warn(`cif-workspace: could not save the workspace (${(error as Error).message})`);
    }
  }

  // ---- state changes ----

  #onChange(state: WorkspaceState, changes: readonly WorkspaceChange[]): void {
    this.#syncTabElements(state);
    this.#provider.setValue(state);
    this.requestUpdate();
    this.#save(state);
    for (const change of changes) {
      const event = notificationFor(change);
      if (event) this.dispatchEvent(event);
    }
  }

  /** Creates an element for each new tab and removes those of closed tabs; never moves one. */
  #syncTabElements(state: WorkspaceState): void {
    const live = new Set<string>();
    const focused = focusedSession(state);
    for (const session of state.sessions) {
      for (const tab of session.tabs) {
        live.add(tab.tabId);
        let element = this.#tabs.get(tab.tabId);
        if (!element) {
          element = document.createElement('cif-app-tab') as CifAppTab;
          element.tabId = tab.tabId;
          element.sessionId = session.sessionId;
          element.slot = 'tabs';
          element.id = `cif-tab-${tab.tabId}`;
          element.environment = this.#environment;
          this.#tabs.set(tab.tabId, element);
          this.append(element);
        }
        element.active = session === focused && session.focusedTabId === tab.tabId;
      }
    }
    for (const [tabId, element] of this.#tabs) {
      if (live.has(tabId)) continue;
      this.#tabs.delete(tabId);
      element.remove();
    }
  }

  // ---- requests (data down, intent up) ----

  #onRequest(name: RequestName, event: CifRequestEvent): void {
    event.preventDefault();
    event.stopPropagation();
    const detail = (event.detail ?? {}) as unknown as Record<string, unknown> & { result?: Promise<unknown> };
    const run = (): Promise<unknown> => {
      switch (name) {
        case 'cif-create-session': {
          const { result: _result, ...input } = detail;
          return this.createSession(input as unknown as CreateSessionInput);
        }
        case 'cif-create-tab': {
          const { result: _result, sessionId, ...input } = detail;
          const target = typeof sessionId === 'string' ? sessionId : this.#sessionOf(event);
          return this.createTab(input as unknown as CreateTabInput, target);
        }
        case 'cif-focus-session':
          return this.focusSession(detail.sessionId as string);
        case 'cif-close-session':
          return this.#requestSessionClose(detail.sessionId as string);
        case 'cif-focus-tab':
          return this.focusTab(detail.tabId as string);
        case 'cif-close-tab':
          return this.#requestTabClose(detail.tabId as string);
        case 'cif-set-panel-mode':
          return this.setPanelMode(detail.mode as PanelMode);
        case 'cif-set-panel-width':
          return this.setPanelWidth(detail.width as number);
      }
    };
    let result: Promise<unknown>;
    try {
      result = run();
    } catch (error) {
      result = Promise.reject(error);
    }
    // the caller may ignore the promise; an unhandled rejection would only add noise
    result.catch(() => {});
    if (event.detail) (event.detail as { result?: Promise<unknown> }).result = result;
  }

  /** The session of the element that sent a request: the `<cif-app-tab>` it sits in, if any. */
  #sessionOf(event: Event): string | undefined {
    const tab = event.composedPath().find((node): node is CifAppTab => node instanceof CifAppTab);
    return tab?.sessionId || undefined;
  }

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
    const panel = this.#commPanel();
    if (panel) this.#workspace.declareHomePanelMode(panel.mode);
  };

  #commPanel(): CifCommPanel | undefined {
    return (this.querySelector(':scope > cif-comm-panel') as CifCommPanel | null) ?? undefined;
  }

  // ---- rendering ----

  protected override render() {
    const state = this.#workspace.state;
    const focused = focusedSession(state);
    const isHome = focused.sessionId === HOME_SESSION_ID;
    return html`
      <nav class="rail" part="rail" aria-label="Sessions">
        <div role="tablist" aria-orientation="vertical" aria-label="Sessions" class="rail-list" @keydown=${this.#rail.onKeydown}>
          ${state.sessions.map((session) => this.#renderRailEntry(session, session === focused))}
        </div>
      </nav>
      <slot name="panel" class="panel-slot" @slotchange=${this.#onPanelSlotted}></slot>
      <div class="main" role="region" aria-label="Session workspace">
        ${isHome
          ? nothing
          : html`<div role="tablist" part="tab-strip" class="strip" aria-label=${`Tabs of ${focused.title}`} @keydown=${this.#strip.onKeydown}>
              ${focused.tabs.map((tab) => this.#renderTabHeader(tab.tabId, tab.title, tab.canClose, tab.tabId === focused.focusedTabId, tab.icon))}
            </div>`}
        <div class="panels" part="panels">
          <div class="home" role="tabpanel" aria-label="Home" ?hidden=${!isHome}><slot></slot></div>
          <slot name="tabs" class="tabs-slot" ?hidden=${isHome}></slot>
        </div>
      </div>
    `;
  }

  #renderRailEntry(session: SessionState, selected: boolean) {
    const badge = session.unread > 0 ? (session.unread >= 10 ? '9+' : String(session.unread)) : session.attention > 0 ? '!' : '';
    const described = [session.unread ? `${session.unread} new updates` : '', session.attention ? 'needs attention' : ''].filter(Boolean).join(', ');
    return html`<div
      role="tab"
      part="session"
      class="entry"
      data-session-id=${session.sessionId}
      aria-selected=${selected ? 'true' : 'false'}
      tabindex=${selected ? 0 : -1}
      aria-keyshortcuts=${session.canClose ? 'Delete' : nothing}
      aria-description=${described || nothing}
      title=${session.title}
      @click=${() => void this.focusSession(session.sessionId)}
    >
      ${session.icon ? html`<img class="icon" src=${session.icon} alt="" />` : html`<span class="icon initial" aria-hidden="true">${session.isDefault ? '⌂' : session.title.trim().charAt(0).toUpperCase() || '•'}</span>`}
      <span class="title">${session.title}</span>
      ${badge ? html`<span part="badge" class="badge ${session.unread ? 'unread' : 'attention'}" aria-hidden="true">${badge}</span>` : nothing}
      ${session.canClose
        ? html`<span part="close" class="close" aria-hidden="true" title=${`Close ${session.title}`} @click=${(e: Event) => {
            e.stopPropagation();
            void this.#requestSessionClose(session.sessionId).catch(() => {});
          }}>×</span>`
        : nothing}
    </div>`;
  }

  #renderTabHeader(tabId: string, title: string, canClose: boolean, selected: boolean, icon: string | undefined) {
    return html`<div
      role="tab"
      part="tab"
      class="tab"
      data-tab-id=${tabId}
      aria-selected=${selected ? 'true' : 'false'}
      tabindex=${selected ? 0 : -1}
      aria-keyshortcuts=${canClose ? 'Delete' : nothing}
      title=${title}
      @click=${() => void this.focusTab(tabId)}
    >
      ${icon ? html`<img class="icon" src=${icon} alt="" />` : nothing}
      <span class="title">${title}</span>
      ${canClose
        ? html`<span part="close" class="close" aria-hidden="true" title=${`Close ${title}`} @click=${(e: Event) => {
            e.stopPropagation();
            void this.#requestTabClose(tabId).catch(() => {});
          }}>×</span>`
        : nothing}
    </div>`;
  }

  protected override updated(): void {
    this.#rail.afterRender();
    this.#strip.afterRender();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cif-session-host': CifSessionHost;
  }
}
