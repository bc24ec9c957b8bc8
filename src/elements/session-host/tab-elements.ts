/**
 * The host's `<cif-app-tab>` children, one per tab of the state, and what they render pages with
 * (page renderers, routes, URL policy). An element is created once and never moved for as long
 * as its tab lives: switching only flips `active`, so a page keeps its state.
 */
import { focusedSession, type WorkspaceState } from '../../core/workspace/state.js';
import { CifAppTab, type PageDisposer, type PageEnvironment, type PageRenderer } from '../app-tab/app-tab.js';
import { NATIVE_PAGE_TYPES } from '../entity-pages/native-pages.js';

export class TabElements {
  readonly #elements = new Map<string, CifAppTab>();
  readonly #renderers = new Map<string, { render: PageRenderer; dispose: PageDisposer | undefined }>();
  #environment: PageEnvironment = { renderers: this.#renderers, routes: {}, urlPolicy: {} };
  /** The tab shown, which is the only one `active`. */
  #shown: string | null = null;

  constructor(private readonly parent: HTMLElement) {}

  /** A new renderer: tabs of its page type that waited for one (placeholders, restored tabs) render now. */
  setRenderer(pageType: string, render: PageRenderer, dispose: PageDisposer | undefined): void {
    this.#renderers.set(pageType, { render, dispose });
    for (const tab of this.#elements.values()) if (tab.tab?.pageType === pageType) tab.reloadPage();
  }

  setEnvironment(patch: Partial<Pick<PageEnvironment, 'routes' | 'urlPolicy' | 'nativePage' | 'say'>>): void {
    this.#environment = { ...this.#environment, ...patch };
    for (const tab of this.#elements.values()) {
      tab.environment = this.#environment;
      if ('nativePage' in patch && NATIVE_PAGE_TYPES.includes(tab.tab?.pageType ?? '')) tab.reloadNativePage();
    }
  }

  /**
   * Creates an element for each new tab and removes those of closed tabs. Tabs render as they
   * receive their state, so page renderers run synchronously with the command that created the tab.
   */
  sync(state: WorkspaceState): void {
    const live = new Set<string>();
    const shown = focusedSession(state).focusedTabId;
    for (const session of state.sessions) {
      for (const tab of session.tabs) {
        live.add(tab.tabId);
        let element = this.#elements.get(tab.tabId);
        const created = !element;
        if (!element) {
          element = document.createElement('cif-app-tab') as CifAppTab;
          element.tabId = tab.tabId;
          element.sessionId = session.sessionId;
          element.slot = 'tabs';
          element.id = `cif-tab-${tab.tabId}`;
          element.environment = this.#environment;
          this.#elements.set(tab.tabId, element);
        }
        if (element instanceof CifAppTab) element.receiveTab(state, tab);
        if (created) {
          element.active = tab.tabId === shown;
          // appended once it knows its tab, so it renders once and never subscribes to the context
          this.parent.append(element);
        }
      }
    }
    for (const [tabId, element] of this.#elements) {
      if (live.has(tabId)) continue;
      this.#elements.delete(tabId);
      if (element instanceof CifAppTab) element.dispose();
      element.remove();
    }
    // only the tab shown before and the one shown now change: a switch costs two tabs, not all
    if (shown !== this.#shown) {
      if (this.#shown !== null) this.#elements.get(this.#shown)?.removeAttribute('active');
      if (shown !== null) this.#elements.get(shown)?.setAttribute('active', '');
      this.#shown = shown;
    }
  }
}
