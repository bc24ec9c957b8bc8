/**
 * What the page gives the host of its CRM (contract section 10): the data adapter, the hook for
 * `{$odata…}` and `{anchor.*}` slugs, and the environment `getEnvironment()` adds. Each is checked
 * as it is set: a bad one is reported with `console.error` and the previous one stays, never thrown
 * (frameworks set properties while they render). The adapter answers the slugs unless the page
 * gave a hook of its own, and it gives record, list and search tabs the workspace's own pages.
 */
import { lookUpOData, missingAdapterMethods, type DataAdapter } from '../../core/data-adapter.js';
import type { JsonValue } from '../../core/json.js';
import { findTab } from '../../core/workspace/state.js';
import { parseContextValues } from '../../core/workspace/inputs.js';
import type { ResolveOData, Workspace } from '../../core/workspace/workspace.js';
import { createNativePage } from '../entity-pages/native-pages.js';
import type { TabElements } from './tab-elements.js';
import { parsedOrReported } from './page-input.js';

export class CrmData {
  #resolveOData: ResolveOData | undefined;
  #adapter: DataAdapter | undefined;
  #environment: Readonly<Record<string, JsonValue>> = Object.freeze({});

  constructor(
    private readonly workspace: Workspace,
    private readonly tabs: TabElements,
  ) {}

  get resolveOData(): ResolveOData | undefined {
    return this.#resolveOData;
  }

  set resolveOData(hook: ResolveOData | undefined) {
    this.#resolveOData = hook;
    this.#answerSlugs();
  }

  get adapter(): DataAdapter | undefined {
    return this.#adapter;
  }

  set adapter(adapter: DataAdapter | null | undefined) {
    const missing = adapter == null ? [] : missingAdapterMethods(adapter);
    if (missing.length) {
      console.error(`cif-workspace: dataAdapter: not a data adapter, it lacks ${missing.join(', ')}; the previous one stays.`);
      return;
    }
    if ((adapter ?? undefined) === this.#adapter) return;
    this.#adapter = adapter ?? undefined;
    this.#answerSlugs();
    this.tabs.setEnvironment({ nativePage: adapter ? (tab) => createNativePage(tab, adapter, (title) => this.#retitle(tab.tabId, title)) : undefined });
  }

  get environment(): Readonly<Record<string, JsonValue>> {
    return this.#environment;
  }

  set environment(value: Record<string, JsonValue>) {
    this.#environment = parsedOrReported(() => Object.freeze(parseContextValues(value ?? {}, 'environment'))) ?? this.#environment;
  }

  #answerSlugs(): void {
    const adapter = this.#adapter;
    this.workspace.resolveOData = this.#resolveOData ?? (adapter ? (entity, attribute, query) => lookUpOData(adapter, entity, attribute, query) : undefined);
  }

  /** A native record page names its tab after the record; a tab closed meanwhile has no title to set. */
  #retitle(tabId: string, title: string): void {
    if (findTab(this.workspace.state, tabId)) this.workspace.setTabTitle(tabId, title);
  }
}
