/**
 * What each page type takes (contract section 4): the parameters it requires, the ones it knows,
 * which of them only the configuration may set, and which hold URLs (slugs inside are
 * percent-encoded; see slugs.ts).
 */
import type { PageType } from './types.js';

export interface PageTypeRules {
  /** Must be present in the template and non-empty once resolved. */
  readonly required: readonly string[];
  readonly optional: readonly string[];
  /** Set by the configuration only; run-time parameters cannot override them (a provider must not pick the element). */
  readonly configOnly: readonly string[];
  /** Parameters that are (parts of) URLs. */
  readonly urls: readonly string[];
}

export const PAGE_TYPE_RULES: Readonly<Record<PageType, PageTypeRules>> = {
  website: { required: ['url'], optional: ['data'], configOnly: [], urls: ['url', 'data'] },
  webresource: { required: ['webresourceName'], optional: ['data'], configOnly: [], urls: [] },
  entityrecord: {
    required: ['entityName'],
    optional: ['entityId', 'formId', 'data', 'validateRecord'],
    configOnly: [],
    urls: [],
  },
  entitylist: { required: ['entityName'], optional: ['viewId'], configOnly: [], urls: [] },
  dashboard: { required: ['dashboardId'], optional: [], configOnly: [], urls: [] },
  search: { required: ['searchText'], optional: ['searchType'], configOnly: [], urls: [] },
  custom: { required: ['name'], optional: ['data', 'entityName', 'recordId'], configOnly: ['name'], urls: [] },
  control: { required: ['controlName'], optional: ['data'], configOnly: ['controlName'], urls: [] },
};

/** Names a run-time caller may set for a tab of this template: the page type's and the template's own, minus config-only ones. */
export function overridableParameters(pageType: PageType, configured: Record<string, unknown>): Set<string> {
  const rules = PAGE_TYPE_RULES[pageType];
  const names = new Set([...rules.required, ...rules.optional, ...Object.keys(configured)]);
  for (const name of rules.configOnly) names.delete(name);
  return names;
}
