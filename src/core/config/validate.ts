/**
 * Turns what an administrator wrote into a `ResolvedConfig`, or refuses it whole with an
 * `INVALID_CONFIG` error whose message starts with the path of the offending value
 * (`sessionTemplates[2].anchorTab: …`), so the fix is obvious from the message alone.
 *
 * Order: the schema judges each value on its own (schema.ts); then the configured templates are
 * merged over the built-ins; then rules that need the whole picture (references, duplicates, page
 * parameters) run against the merged set. Paths always use the indexes of the input arrays.
 */
import { CifError } from '../errors.js';
import { asJsonWould, describeIssue } from '../validation.js';
import { deepFreeze, ownValue, type JsonValue } from '../json.js';
import { parseTemplate } from '../slugs.js';
import { BUILTIN_TEMPLATES } from './builtins.js';
import { PAGE_TYPE_RULES } from './page-types.js';
import { WorkspaceConfigSchema } from './schema.js';
import type {
  AppTabTemplate,
  ResolvedConfig,
  SessionTemplate,
  WorkspaceConfig,
} from './types.js';

/** One broken rule: where, and what is wrong there in plain words. */
interface Problem {
  readonly path: string;
  readonly rule: string;
}

/** Files a problem. */
type Refuse = (path: string, rule: string) => void;

/** More than this many problems in one message is noise: the first ones are what the author fixes first. */
const MAX_PROBLEMS_IN_MESSAGE = 3;

/**
 * Validates and resolves a workspace configuration. Throws `CifError('INVALID_CONFIG')` whose
 * message starts with the first problem's path. Never mutates `input`.
 */
export function validateConfig(input: unknown): ResolvedConfig {
  const config = parseStructure(input);
  const sessions = mergeOverBuiltins(BUILTIN_TEMPLATES.sessionTemplates, config.sessionTemplates);
  const tabs = mergeOverBuiltins(BUILTIN_TEMPLATES.appTabTemplates, config.appTabTemplates);
  const notifications = mergeOverBuiltins(BUILTIN_TEMPLATES.notificationTemplates, config.notificationTemplates ?? []);
  const problems: Problem[] = [];
  const refuse: Refuse = (path, rule) => problems.push({ path, rule });
  // In the order of the file, so the message leads with the problem nearest its top.
  checkTemplates(config.sessionTemplates, 'sessionTemplates', refuse, (template, path) => checkSessionTemplate(template, path, refuse, tabs));
  checkTemplates(config.appTabTemplates, 'appTabTemplates', refuse, checkAppTabTemplate);
  checkTemplates(config.notificationTemplates ?? [], 'notificationTemplates', refuse, () => {});
  (config.appProfile?.sessionTemplates ?? []).forEach((name, index) => {
    if (!sessions.has(name)) refuse(`appProfile.sessionTemplates[${index}]`, `unknown session template "${name}"`);
  });
  if (problems.length > 0) throw invalidConfig(problems);
  // The maps are frozen (and their templates with them) before deepFreeze, which does not look inside a Map.
  return deepFreeze({
    source: config,
    sessionTemplates: readOnlyMap(sessions),
    appTabTemplates: readOnlyMap(tabs),
    notificationTemplates: readOnlyMap(notifications),
    appProfile: config.appProfile,
    routes: config.routes ?? {},
    environment: config.environment ?? {},
  });
}

/** The built-in templates alone: what a workspace runs with before (or without) a configuration. */
export const EMPTY_CONFIG: ResolvedConfig = validateConfig({ sessionTemplates: [], appTabTemplates: [] });

// ---------------------------------------------------------------------------------------------
// Structure (schema.ts)
// ---------------------------------------------------------------------------------------------

function parseStructure(input: unknown): WorkspaceConfig {
  // Every structural problem, not just the first: the message lists a few and counts the rest.
  const result = WorkspaceConfigSchema.run(asJsonWould(input, 'INVALID_CONFIG', ''));
  if (result.issues) throw invalidConfig(result.issues.map((issue) => describeIssue('', issue)));
  // The schemas build new objects for every object, array and record, so the input stays untouched.
  return result.value;
}

// ---------------------------------------------------------------------------------------------
// Merge with the built-ins
// ---------------------------------------------------------------------------------------------

/**
 * Built-ins first, then the configured templates; a configured one replaces a built-in of the
 * same name in place. A name configured twice is a problem of its own (checkTemplates), which
 * refuses the whole configuration, so which of the two lands here never matters.
 */
function mergeOverBuiltins<T extends { readonly uniqueName: string }>(builtins: readonly T[], configured: readonly T[]): Map<string, T> {
  return new Map([...builtins, ...configured].map((template) => [template.uniqueName, template] as const));
}

// ---------------------------------------------------------------------------------------------
// Cross rules
// ---------------------------------------------------------------------------------------------

/** Checks each template, after refusing a repeated unique name, pointing at its first use. */
function checkTemplates<T extends { readonly uniqueName: string }>(
  templates: readonly T[],
  listPath: string,
  refuse: Refuse,
  checkTemplate: (template: T, path: string, refuse: Refuse) => void,
): void {
  templates.forEach((template, index) => {
    const path = `${listPath}[${index}]`;
    const first = templates.findIndex((other) => other.uniqueName === template.uniqueName);
    if (first !== index) refuse(`${path}.uniqueName`, `duplicate unique name "${template.uniqueName}" (first used at ${listPath}[${first}])`);
    checkTemplate(template, path, refuse);
  });
}

function checkSessionTemplate(template: SessionTemplate, path: string, refuse: Refuse, appTabTemplates: ReadonlyMap<string, AppTabTemplate>): void {
  if (template.type === 'entity' && template.entity === undefined) refuse(`${path}.entity`, 'is required when type is "entity"');
  if (template.type === 'generic' && template.entity !== undefined) refuse(`${path}.entity`, 'is only allowed when type is "entity"');
  if (template.icon !== undefined && splitAtFirstSlug(template.icon).hasSlug) {
    refuse(`${path}.icon`, 'must not contain slugs (a session icon is a fixed URL)');
  }
  if (!appTabTemplates.has(template.anchorTab)) refuse(`${path}.anchorTab`, unknownTabTemplate(template.anchorTab));
  const names = template.additionalTabs ?? [];
  names.forEach((name, index) => {
    const tabPath = `${path}.additionalTabs[${index}]`;
    const first = names.indexOf(name);
    if (!appTabTemplates.has(name)) refuse(tabPath, unknownTabTemplate(name));
    else if (name === template.anchorTab) refuse(tabPath, `"${name}" is already the anchor tab`);
    else if (first !== index) refuse(tabPath, `"${name}" is listed twice (first at additionalTabs[${first}])`);
  });
}

const unknownTabTemplate = (name: string) => `unknown application tab template "${name}"`;

function checkAppTabTemplate({ pageType, parameters }: AppTabTemplate, path: string, refuse: Refuse): void {
  for (const name of PAGE_TYPE_RULES[pageType].required) {
    const value = ownValue(parameters, name);
    // A website's one required parameter is its url, which must also have a web scheme, once it is text at all.
    const rule = requiredParameterRule(value, pageType) ?? (pageType === 'website' ? websiteUrlRule(value as string) : undefined);
    if (rule) refuse(`${path}.parameters.${name}`, rule);
  }
}

/** A required parameter names something (an entity, a page, a control): it must be text, and a slug counts. */
function requiredParameterRule(value: JsonValue | undefined, pageType: string): string | undefined {
  if (value === undefined) return `is required for page type "${pageType}"`;
  if (typeof value !== 'string' || value.trim() === '') {
    return `must be a non-empty string for page type "${pageType}" (a slug such as "{entityId}" counts)`;
  }
  return undefined;
}

/**
 * The run-time URL policy has the last word (a slug may bring any scheme); here we refuse what is
 * already wrong as written, so a `javascript:` URL never gets as far as a session.
 */
function websiteUrlRule(url: string): string | undefined {
  const { literalHead } = splitAtFirstSlug(url);
  // The URL parser drops tabs and newlines anywhere and leading controls/spaces; judge what it would see.
  const seen = literalHead.replace(/[\t\n\r]/g, '');
  const scheme = /^[\u0000-\u0020]*([A-Za-z][A-Za-z0-9+.-]*):/.exec(seen)?.[1]?.toLowerCase();
  if (scheme !== undefined) {
    return scheme === 'https' || scheme === 'http' ? undefined : `scheme "${scheme}:" is not allowed; use https:`;
  }
  // Without a scheme it is a relative URL (same origin, allowed) or starts with a slug: the run-time policy judges.
  return undefined;
}

/** The text before the first slug, and whether there is one; "slug" means exactly what the slug engine parses. */
function splitAtFirstSlug(text: string): { literalHead: string; hasSlug: boolean } {
  const parts = parseTemplate(text);
  const first = parts[0];
  const literalHead = first?.kind === 'literal' ? first.text : '';
  return { literalHead, hasSlug: parts.some((part) => part.kind !== 'literal') };
}

// ---------------------------------------------------------------------------------------------
// Result and error
// ---------------------------------------------------------------------------------------------

function invalidConfig(problems: readonly Problem[]): CifError {
  const shown = problems.slice(0, MAX_PROBLEMS_IN_MESSAGE).map(({ path, rule }) => `${path}: ${rule}`);
  const hidden = problems.length - shown.length;
  const more = hidden > 0 ? `; and ${hidden} more problem${hidden === 1 ? '' : 's'}` : '';
  return new CifError('INVALID_CONFIG', shown.join('; ') + more);
}

/** `ReadonlyMap` is only a type; this makes the maps refuse changes at run time too, and freezes their templates. */
function readOnlyMap<V>(map: Map<string, V>): ReadonlyMap<string, V> {
  for (const value of map.values()) deepFreeze(value);
  const refuse = (): never => {
    throw new TypeError('A resolved configuration is read-only; validate a new one instead.');
  };
  Object.defineProperties(map, { set: { value: refuse }, delete: { value: refuse }, clear: { value: refuse } });
  return Object.freeze(map);
}
