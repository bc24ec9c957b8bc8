/**
 * Applying templates: from a session template and what the caller passed, the session's title
 * and the resolved tabs (contract section 4). Pure and synchronous; values that need the data
 * adapter (`{$odata…}`, `{anchor.*}`) come back as pending lookups for the workspace to fetch,
 * and resolve to '' until they arrive.
 *
 * Precedence for a slug or parameter `name` of tab template T:
 *   templateParameters[T][name] > templateParameters[name] > session context > T's configured value.
 */
import { CifError } from '../errors.js';
import { isNonEmptyString, isPlainObject, ownValue, type JsonValue } from '../json.js';
import { overridableParameters, PAGE_TYPE_RULES } from '../config/page-types.js';
import type { AppTabTemplate, PageType, ResolvedConfig, SessionTemplate } from '../config/types.js';
import { parseParametersStr } from '../parameters-str.js';
import { escapeODataLiteral, resolveParameter, resolveTitle, type SlugLookup } from '../slugs.js';
import { checkUrl, type UrlPolicy } from '../url-policy.js';
import { invalidInput } from '../validation.js';

/** A value the data adapter must provide: `resolveOData(entity, attribute, query)`. */
export interface PendingLookup {
  readonly key: string;
  readonly entity: string;
  readonly attribute: string;
  readonly query: string;
}

/** The record in the anchor tab, which `{anchor.<attribute>}` slugs read. */
export interface AnchorRecord {
  readonly entityName: string;
  readonly entityId: string;
}

/** Everything a resolution reads. */
export interface ResolutionSources {
  readonly templateParameters: Readonly<Record<string, JsonValue>>;
  readonly context: Readonly<Record<string, JsonValue>>;
  /** Values the data adapter already delivered, by `PendingLookup.key`. */
  readonly lookups: ReadonlyMap<string, JsonValue>;
}

export interface ResolvedTab {
  readonly templateName: string;
  readonly title: string;
  readonly pageType: PageType;
  readonly parameters: Readonly<Record<string, JsonValue>>;
  readonly canClose: boolean;
  readonly isAnchor: boolean;
  readonly icon: string | undefined;
  readonly keepAlive: boolean;
  readonly sandbox: string | undefined;
  readonly allow: string | undefined;
}

export interface SessionResolution {
  readonly title: string;
  readonly tabs: readonly ResolvedTab[];
  readonly anchor: AnchorRecord | undefined;
  readonly pending: readonly PendingLookup[];
}

/** The key a `{$odata…}` value is cached under; the workspace reads the cache with it too. */
export const odataKey = (entity: string, attribute: string, query: string) => `odata:${entity}|${attribute}|${query}`;
const ANCHOR_PREFIX = 'anchor.';

/**
 * A slug lookup over the sources, for one tab template (or for the session title when `tab` is
 * undefined). It records the lookups it could not answer in `pending` (each once), and counts
 * in `misses` every time it could not answer, so a caller can tell that a value it resolved is
 * waiting even when an earlier value already asked for the same lookup.
 *
 * Parameter values (run-time `templateParameters` and the template's configured ones) may
 * themselves hold slugs, as in CIF; they are resolved one level deep against the context and the
 * data adapter only. Context values are data (often typed by a customer) and are never expanded,
 * so `{…}` inside them can neither inject lookups nor recurse.
 */
function sourcesLookup(
  sources: ResolutionSources,
  config: ResolvedConfig,
  tab: AppTabTemplate | undefined,
  anchor: AnchorRecord | undefined,
): SlugLookup & { readonly pending: PendingLookup[]; readonly misses: number; given(name: string): JsonValue | undefined } {
  const pending: PendingLookup[] = [];
  let misses = 0;
  const odata = (entity: string, attribute: string, query: string): JsonValue | undefined => {
    const key = odataKey(entity, attribute, query);
    if (sources.lookups.has(key)) return sources.lookups.get(key);
    misses++;
    if (!pending.some((p) => p.key === key)) pending.push({ key, entity, attribute, query });
    return undefined;
  };
  const dataValue = (name: string): JsonValue | undefined => {
    const value = ownValue(sources.context, name);
    if (value !== undefined || !name.startsWith(ANCHOR_PREFIX) || !anchor) return value;
    const attribute = name.slice(ANCHOR_PREFIX.length);
    const { entityName, entityId } = anchor;
    // the same lookup as the {$odata…} slug that asks for it in so many words, and cached with it
    return odata(entityName, attribute, `?$select=${attribute.split('@')[0]}&$filter=${entityName}id eq '${escapeODataLiteral(entityId)}'`);
  };
  /** A value from `templateParameters`: the tab's own entry first, then the global one. */
  const given = (name: string): JsonValue | undefined => {
    const perTab = tab && sources.templateParameters[tab.uniqueName];
    const own = isPlainObject(perTab) ? ownValue(perTab, name) : undefined;
    if (own !== undefined) return own;
    const global = ownValue(sources.templateParameters, name);
    // a key naming a tab template holds that tab's values, not a global value
    return global !== undefined && !(config.appTabTemplates.has(name) && isPlainObject(global)) ? global : undefined;
  };
  /** The lookup parameter values are resolved with: context and data adapter, no parameters. */
  const dataOnly: SlugLookup = { value: dataValue, odata };
  return {
    pending,
    get misses() {
      return misses;
    },
    odata,
    given,
    value: (name) => {
      const parameter = given(name);
      if (parameter !== undefined) return resolveParameter(parameter, dataOnly);
      const data = dataValue(name);
      if (data !== undefined) return data;
      const configured = tab?.parameters[name];
      return configured === undefined ? undefined : resolveParameter(configured, dataOnly);
    },
  };
}

const isEmpty = (value: JsonValue | undefined) => value === undefined || value === null || value === '';

/**
 * Resolves one tab of `template`. Throws INVALID_INPUT when a required parameter is empty after
 * resolution (and not merely waiting for the data adapter), UNSAFE_URL when a website's URL
 * breaks the URL policy.
 */
export function resolveTab(
  config: ResolvedConfig,
  template: AppTabTemplate,
  sources: ResolutionSources,
  options: { anchor?: AnchorRecord | undefined; isAnchor?: boolean; urlPolicy?: UrlPolicy },
): { tab: ResolvedTab; pending: PendingLookup[] } {
  const lookup = sourcesLookup(sources, config, template, options.anchor);
  const rules = PAGE_TYPE_RULES[template.pageType];
  const overridable = overridableParameters(template.pageType, template.parameters);
  const parameters: Record<string, JsonValue> = {};
  const waiting = new Set<string>();

  for (const name of new Set([...Object.keys(template.parameters), ...overridable])) {
    // what the caller gives at run time: templateParameters, then the session context
    const given = overridable.has(name) ? (lookup.given(name) ?? ownValue(sources.context, name)) : undefined;
    const source = given ?? template.parameters[name];
    if (source === undefined) continue;
    const before = lookup.misses;
    parameters[name] = resolveParameter(source, lookup, { url: rules.urls.includes(name) });
    if (lookup.misses > before) waiting.add(name);
  }

  for (const name of rules.required) {
    if (isEmpty(parameters[name]) && !waiting.has(name)) {
      throw new CifError(
        'INVALID_INPUT',
        `parameters.${name} of tab template "${template.uniqueName}": required, but empty once resolved (give it in templateParameters or the session context)`,
      );
    }
  }
  // A website's page is `url` with `data` appended (CIF's rule); the whole must pass the URL policy.
  if (template.pageType === 'website' && !waiting.has('url')) {
    const { url, data } = parameters;
    if (typeof url !== 'string') invalidInput('parameters.url', `must be a string URL, got ${JSON.stringify(url)}`);
    checkUrl(url + (typeof data === 'string' ? data : ''), options.urlPolicy);
  }

  // Shallow on purpose: a value may be the data adapter's own object, which is not ours to freeze.
  const tab: ResolvedTab = Object.freeze({
    templateName: template.uniqueName,
    title: resolveTitle(template.title, lookup, template.name),
    pageType: template.pageType,
    parameters: Object.freeze(parameters),
    canClose: options.isAnchor ? false : (template.canClose ?? true),
    isAnchor: options.isAnchor ?? false,
    icon: template.icon,
    keepAlive: template.keepAlive ?? true,
    sandbox: template.sandbox,
    allow: template.allow,
  });
  return { tab, pending: lookup.pending };
}

/** Splits a session context into context values, expanding an App Profile Manager `parametersStr` entry. */
export function normalizeSessionContext(context: Record<string, JsonValue> = {}): Record<string, JsonValue> {
  // the context is the caller's checked copy, so it is returned as it is when there is nothing to expand
  if (!Object.hasOwn(context, 'parametersStr')) return context;
  const { parametersStr, ...rest } = context;
  return { ...rest, ...parseParametersStr(parametersStr) };
}

/** The anchor's record, when its parameters name one. */
export function anchorOf(tab: Pick<ResolvedTab, 'parameters'> | undefined): AnchorRecord | undefined {
  if (!tab) return undefined;
  const { entityName, entityId } = tab.parameters;
  return isNonEmptyString(entityName) && isNonEmptyString(entityId) ? { entityName, entityId } : undefined;
}

/**
 * Resolves a whole session: the anchor first (its record feeds `{anchor.*}` everywhere else),
 * then the additional tabs in template order, then the title. Throws without side effects.
 */
export function resolveSession(
  config: ResolvedConfig,
  template: SessionTemplate,
  sources: ResolutionSources,
  urlPolicy: UrlPolicy = {},
): SessionResolution {
  const pending: PendingLookup[] = [];
  const collect = (more: readonly PendingLookup[]) => {
    for (const item of more) if (!pending.some((p) => p.key === item.key)) pending.push(item);
  };

  const anchorTemplate = tabTemplate(config, template.anchorTab);
  const first = resolveTab(config, anchorTemplate, sources, { isAnchor: true, urlPolicy });
  collect(first.pending);
  const anchor = anchorOf(first.tab);

  const additional = (template.additionalTabs ?? []).map((name) => {
    const { tab, pending: more } = resolveTab(config, tabTemplate(config, name), sources, { anchor, urlPolicy });
    collect(more);
    return tab;
  });

  const { title, pending: titlePending } = resolveSessionTitle(config, template, sources, anchor);
  collect(titlePending);

  const anchorTab = template.applyTitleToAnchorTab ? Object.freeze({ ...first.tab, title }) : first.tab;
  return { title, tabs: [anchorTab, ...additional], anchor, pending };
}

/** Re-resolves a session title with extra slug values (CIF setSessionTitle), which win over everything else. */
export function resolveSessionTitle(
  config: ResolvedConfig,
  template: SessionTemplate,
  sources: ResolutionSources,
  anchor: AnchorRecord | undefined,
): { title: string; pending: PendingLookup[] } {
  const lookup = sourcesLookup(sources, config, undefined, anchor);
  return { title: resolveTitle(template.title, lookup, template.name), pending: lookup.pending };
}

/** The application tab template named `name`; TEMPLATE_NOT_FOUND when there is none. */
export function tabTemplate(config: ResolvedConfig, name: string): AppTabTemplate {
  const template = config.appTabTemplates.get(name);
  // a caller's name (createTab) may be anything; a session template's references are only wrong in a config built by hand
  if (!template) throw new CifError('TEMPLATE_NOT_FOUND', `No application tab template named "${name}".`);
  return template;
}
