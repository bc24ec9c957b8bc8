import { html, nothing, render } from '../template.js';
import { adoptStyles } from '../styles.js';
import { takeEarlyProperties } from '../reactive-host.js';
import { subscribeToWorkspace } from '../context-subscription.js';
import type { Routes } from '../../core/config/types.js';
import { parsedIfJson, type JsonValue } from '../../core/json.js';
import { pageUrl, sandboxTokens } from '../../core/page-url.js';
import type { UrlPolicy } from '../../core/url-policy.js';
import { findTab, type TabState, type WorkspaceState } from '../../core/workspace/state.js';
import { appTabStyles } from './app-tab.styles.js';
import { sayEnglish, type Say } from '../../core/strings.js';

/**
 * Renders a record, list, dashboard or search page: a node to show, a URL for an iframe, or
 * undefined to leave the page to a route or the workspace's own pages.
 */
export type PageRenderer = (parameters: Readonly<Record<string, JsonValue>>, tab: TabState) => Node | string | undefined;
export type PageDisposer = (node: Node | string, tab: TabState) => void;

/** What the host gives each tab to render its page with (it owns all three). */
export interface PageEnvironment {
  readonly renderers: ReadonlyMap<string, { render: PageRenderer; dispose: PageDisposer | undefined }>;
  readonly routes: Routes;
  readonly urlPolicy: UrlPolicy;
  /** The workspace's own record, list and search pages, when the page gave the host a data adapter. */
  readonly nativePage?: ((tab: TabState) => Node | undefined) | undefined;
  /** The host's texts (`host.strings`); English without. */
  readonly say?: Say;
}

const CUSTOM_ELEMENT_NAME = /^[a-z][a-z0-9._]*-[a-z0-9._-]*$/;

/**
 * One application tab. The host creates one per tab and never moves it; switching only hides and
 * shows it, so the page inside (an iframe or a custom element) keeps its state. It renders its
 * page: `website`/`webresource` and routed pages as sandboxed iframes, `custom`/`control` as the
 * configured custom element (its `data` property set from the parameters), and record, list,
 * dashboard and search pages through the host's page renderers, else a route, else (with a data
 * adapter) the workspace's own record, list and search pages.
 *
 * It has no update cycle of its own: the host hands it its tab when the tab changes and sets
 * `active`, and it renders at once, so a page renderer runs synchronously with the command that
 * opened its tab and a tab that did not change costs nothing. (An app tab the page placed itself
 * reads the workspace through context instead.)
 *
 * @tagname cif-app-tab
 * @summary A tab's page, kept alive while hidden.
 * @attr {string} tab-id - The tab this element shows (set by the host; reflected for CSS and tests).
 * @attr {string} session-id - The session of the tab (reflected for CSS and tests).
 * @attr {boolean} active - Present while the tab is the one shown; the host sets it.
 * @slot - The page when it is a DOM node (custom elements, renderer output); iframes live in the shadow root.
 * @csspart frame - The iframe of website, web resource and routed pages.
 * @csspart placeholder - Shown when no renderer or route can show the page.
 * @cssproperty --cif-tab-background - Background behind the page. Default: --cif-surface.
 * @cssproperty --cif-surface - Background of the workspace's surfaces. Default #fff; #0f172a in the dark theme.
 * @cssproperty --cif-font - Font of the placeholder. Default 14px/1.4 system-ui.
 * @cssproperty --cif-muted-color - Text colour of the placeholder. Default #555; #94a3b8 in the dark theme.
 */
export class CifAppTab extends HTMLElement {
  static observedAttributes = ['tab-id', 'session-id', 'active'];

  #environment: PageEnvironment | undefined;

  #tab: TabState | undefined;
  /** The tab as its page was last built for: a new refresh count or new parameters rebuild it. */
  #builtFor: TabState | undefined;
  #renderedActive = false;
  #pageNode: Node | undefined;
  #pageUrl: string | undefined;
  #pageError: string | undefined;
  /** The page is the workspace's own (a data adapter's record, list or search page). */
  #native = false;
  #shownBefore = false;
  #state: WorkspaceState | undefined;
  /** The host hands this tab its state (receiveTab): no context subscription needed. */
  #pushed = false;
  #unsubscribe: (() => void) | undefined;

  constructor() {
    super();
    adoptStyles(this.attachShadow({ mode: 'open' }), [appTabStyles]);
    // set on the element before it was defined, these hide its accessors: pass them through
    for (const [name, value] of takeEarlyProperties(this, ['tabId', 'sessionId', 'active'])) (this as Record<string, unknown>)[name] = value;
  }

  /** The tab this element shows (set by the host; reflected for CSS and tests). */
  get tabId(): string {
    return this.getAttribute('tab-id') ?? '';
  }
  set tabId(value: string) {
    this.setAttribute('tab-id', value);
  }

  /** The session of the tab (reflected for CSS and tests). */
  get sessionId(): string {
    return this.getAttribute('session-id') ?? '';
  }
  set sessionId(value: string) {
    this.setAttribute('session-id', value);
  }

  /** True while the tab is the one shown; the host sets it. */
  get active(): boolean {
    return this.hasAttribute('active');
  }
  set active(value: boolean) {
    this.toggleAttribute('active', value);
  }

  /** Renderers, routes, URL policy and texts, from the host; a change of texts shows at once. */
  get environment(): PageEnvironment | undefined {
    return this.#environment;
  }
  set environment(value: PageEnvironment | undefined) {
    this.#environment = value;
    if (this.#tab) this.#update();
  }

  /** The tab's state as last rendered. */
  get tab(): TabState | undefined {
    return this.#tab;
  }

  /**
   * @internal The host hands each of its tabs the snapshot and its own tab directly, instead of
   * every tab subscribing to every change through the context (which costs each tab O(sessions +
   * tabs) per change). From the first call on, the element no longer subscribes.
   */
  receiveTab(state: WorkspaceState, tab: TabState): void {
    this.#pushed = true;
    this.#unsubscribe?.(); // it was connected before the host took it over
    this.#state = state;
    if (tab === this.#tab) return;
    this.#tab = tab;
    this.#update();
  }

  connectedCallback(): void {
    this.setAttribute('role', 'tabpanel');
    // an app tab placed by the page reads the workspace through the context protocol
    if (!this.#pushed) this.#unsubscribe = subscribeToWorkspace(this, (state) => this.#receive(state));
    this.#update();
  }

  /** Removal is not destruction (a framework may move the host): the page stays until the tab closes. */
  disconnectedCallback(): void {
    this.#unsubscribe?.();
  }

  /** @internal The host calls it when the tab closed: the page goes, through its renderer's disposer. */
  dispose(): void {
    this.#disposePage();
  }

  attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (old === value) return;
    // the host may set tab-id before this element upgraded, after the context already answered
    if (name !== 'active' && this.#state) this.#tab = this.#find(this.#state);
    this.#update();
  }

  #receive(state: WorkspaceState): void {
    this.#state = state;
    const tab = this.#find(state);
    if (tab === this.#tab) return; // another tab or session changed: nothing to do here
    if (!tab) this.#disposePage(); // the tab closed: its page goes now, while we still know its renderer
    this.#tab = tab;
    this.#update();
  }

  /** This tab in a snapshot: through its session first, so each change costs a tab O(sessions + tabs). */
  #find(state: WorkspaceState): TabState | undefined {
    const session = state.sessions.find((s) => s.sessionId === this.sessionId);
    return session?.tabs.find((t) => t.tabId === this.tabId) ?? (session ? undefined : findTab(state, this.tabId)?.tab);
  }

  /** Forgets the page and builds it again (refresh, keepAlive: false, late renderer). */
  reloadPage(): void {
    this.#disposePage();
    this.#update();
  }

  /** A new data adapter: the workspace's own page, or the placeholder that stood in for one, builds again. */
  reloadNativePage(): void {
    if (this.#pageUrl === undefined && (this.#pageNode === undefined || this.#native)) this.reloadPage();
  }

  /** Brings the page in line with the tab and `active`, at once. */
  #update(): void {
    const tab = this.#tab;
    if (!tab || !this.isConnected) {
      if (!tab) render(nothing, this.shadowRoot!);
      return;
    }
    const active = this.active;
    const activeChanged = active !== this.#renderedActive;
    this.#renderedActive = active;
    this.setAttribute('aria-label', tab.title);
    this.inert = !active;
    this.setAttribute('aria-hidden', String(!active));
    const mustReload =
      (this.#built && (tab.refreshCount !== this.#builtFor!.refreshCount || tab.parameters !== this.#builtFor!.parameters)) ||
      (activeChanged && active && !tab.keepAlive && this.#shownBefore);
    if (!tab.keepAlive && activeChanged && !active) this.#disposePage(); // CIF's behaviour: drop it
    if (mustReload) this.#disposePage();
    if (active) this.#shownBefore = true;
    if (!this.#built && (active || tab.keepAlive)) this.#buildPage(tab);
    render(this.#template(tab), this.shadowRoot!);
  }

  get #built(): boolean {
    return this.#pageNode !== undefined || this.#pageUrl !== undefined || this.#pageError !== undefined;
  }

  #template(tab: TabState) {
    if (this.#pageUrl) {
      return html`<iframe
        part="frame"
        title=${tab.title}
        src=${this.#pageUrl}
        sandbox=${sandboxTokens(tab.sandbox)}
        allow=${tab.allow ?? ''}
        referrerpolicy="strict-origin-when-cross-origin"
      ></iframe>`;
    }
    if (this.#pageNode) return html`<slot></slot>`;
    return html`<div part="placeholder" class="placeholder">
      <strong>${tab.title}</strong>
      <p>${this.#pageError ?? (this.environment?.say ?? sayEnglish)('noPage', { pageType: tab.pageType })}</p>
      <dl>
        ${Object.entries(tab.parameters).map(([name, value]) => html`<dt>${name}</dt><dd>${typeof value === 'string' ? value : JSON.stringify(value)}</dd>`)}
      </dl>
    </div>`;
  }

  #buildPage(tab: TabState): void {
    this.#builtFor = tab;
    const environment: PageEnvironment = this.environment ?? { renderers: new Map(), routes: {}, urlPolicy: {} };
    try {
      if (tab.pageType === 'custom' || tab.pageType === 'control') {
        this.#showNode(createCustomPage(tab));
        return;
      }
      const renderer = environment.renderers.get(tab.pageType);
      const output = tab.pageType === 'website' ? undefined : renderer?.render(tab.parameters, tab);
      if (typeof output === 'string') this.#pageUrl = pageUrl('website', { url: output }, {}, environment.urlPolicy);
      else if (output) this.#showNode(output);
      if (output !== undefined) return;
      const url = pageUrl(tab.pageType, tab.parameters, environment.routes, environment.urlPolicy);
      const native = url === undefined ? environment.nativePage?.(tab) : undefined;
      if (native) this.#showNode(native);
      else this.#pageUrl = url;
      this.#native = native !== undefined;
    } catch (error) {
      this.#pageError = (error as Error).message;
    }
  }

  #showNode(node: Node): void {
    this.#pageNode = node;
    this.replaceChildren(node);
  }

  #disposePage(): void {
    const tab = this.#tab;
    const renderer = tab ? this.environment?.renderers.get(tab.pageType) : undefined;
    const shown = this.#pageNode ?? this.#pageUrl;
    if (shown !== undefined && tab && renderer?.dispose) renderer.dispose(shown, tab);
    if (this.#pageNode) this.replaceChildren();
    this.#pageNode = undefined;
    this.#pageUrl = undefined;
    this.#pageError = undefined;
    this.#native = false;
  }
}

/** A `custom`/`control` page: the element named by the configuration, with `data` as a property. */
function createCustomPage(tab: TabState): HTMLElement {
  const name = String(tab.parameters[tab.pageType === 'custom' ? 'name' : 'controlName'] ?? '');
  if (!CUSTOM_ELEMENT_NAME.test(name)) throw new Error(`"${name}" is not a custom element name.`);
  const element = document.createElement(name);
  const data = tab.parameters.data;
  if (data !== undefined) (element as HTMLElement & { data: unknown }).data = parsedIfJson(data);
  return element;
}

declare global {
  interface HTMLElementTagNameMap {
    'cif-app-tab': CifAppTab;
  }
}
