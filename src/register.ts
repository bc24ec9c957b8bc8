/**
 * Registers the elements, guarded: a tag that is already defined is left alone (the bundle may
 * be loaded twice, or next to an npm copy), with a warning when it is a different class. The
 * provider comes first, so consumers already in the page find it when they upgrade (custom
 * elements upgrade in the order they are defined).
 */
import { CifAppTab } from './elements/app-tab/app-tab.js';
import { CifCommPanel } from './elements/comm-panel/comm-panel.js';
import { CifRecordForm } from './elements/entity-pages/record-form.js';
import { CifRecordList } from './elements/entity-pages/record-list.js';
import { CifSessionHost } from './elements/session-host/session-host.js';
import { version } from './version.js';

export const ELEMENTS = {
  'cif-session-host': CifSessionHost,
  'cif-app-tab': CifAppTab,
  'cif-comm-panel': CifCommPanel,
  'cif-record-form': CifRecordForm,
  'cif-record-list': CifRecordList,
} as const;

/** The version that defined the tags first, shared by every copy on the page. */
const VERSION_MARK = Symbol.for('cif-workspace.registered-version');

export function registerElements(registry: CustomElementRegistry = customElements): void {
  const shared = globalThis as { [VERSION_MARK]?: string };
  const registered = shared[VERSION_MARK];
  if (registered && registered !== version) {
    console.warn(`cif-workspace ${version}: the elements are already defined by version ${registered}; keeping those.`);
  }
  for (const [tag, element] of Object.entries(ELEMENTS)) {
    if (!registry.get(tag)) registry.define(tag, element);
  }
  shared[VERSION_MARK] ??= version;
}
