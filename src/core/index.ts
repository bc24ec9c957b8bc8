/** The pure core: configuration, slugs, the workspace state machine and its snapshot format. No DOM, no Lit. */
export * from './errors.js';
export type { JsonValue, JsonObject } from './json.js';
export * from './config/index.js';
export { resolveText, resolveTitle, resolveParameter, slugNames, type SlugLookup, type SlugContext } from './slugs.js';
export { checkUrl, isUrlAllowed, type UrlPolicy } from './url-policy.js';
export { parseParametersStr } from './parameters-str.js';
export * from './workspace/state.js';
export type { WorkspaceChange, WorkspaceChangeType } from './workspace/changes.js';
export type { CreateSessionInput, CreateTabInput } from './workspace/inputs.js';
export * from './workspace/workspace.js';
export * from './persistence/snapshot.js';
export { randomId, sequentialIds, type IdGenerator } from './ids.js';
export * from './data-adapter.js';
export { parseODataQuery, printFilter, type ODataQuery, type Filter, type FilterValue, type ComparisonOperator, type StringFunction } from './odata.js';
export * from './notifications.js';
export * from './presence.js';
export { ENGLISH_STRINGS, parseStrings, type Strings, type StringKey, type Text, type PluralForms, type Say } from './strings.js';
