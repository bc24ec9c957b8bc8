/**
 * One way to validate whatever crosses a boundary: a valibot schema, and on failure a `CifError`
 * whose message starts with the exact path of the offending value (`input.templateParameters.x`),
 * so the developer knows what to fix without reading our code.
 */
import * as v from 'valibot';
import { CifError, type CifErrorCode } from './errors.js';
import type { JsonValue } from './json.js';

type PathKey = string | number;

/**
 * A bad value deep inside a JSON value fails every option of the JSON value union, so valibot
 * reports it where the outermost union starts (`parameters.data`). Its sub-issues know better: the
 * one with the longest path points at the value itself (`parameters.data.items[3]`). Sub-issue
 * paths are relative to the union, hence the concatenation.
 */
function mostPreciseIssue(issue: v.BaseIssue<unknown>): { keys: PathKey[]; issue: v.BaseIssue<unknown> } {
  const own = (issue.path ?? []).map((item) => item.key as PathKey);
  let best = { keys: own, issue };
  if (issue.type !== 'union') return best;
  for (const subIssue of issue.issues ?? []) {
    const candidate = mostPreciseIssue(subIssue);
    if (candidate.keys.length > 0 && own.length + candidate.keys.length > best.keys.length) {
      best = { keys: [...own, ...candidate.keys], issue: candidate.issue };
    }
  }
  return best;
}

function ruleFromIssue(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'strict_object' && issue.expected === 'never') return 'unknown property (check its spelling)';
  // A missing key is reported as the key expected (`"title"`) where undefined was received.
  if (issue.type === 'strict_object' && issue.received === 'undefined' && issue.expected?.startsWith('"')) {
    return 'is required';
  }
  // valibot's own wording is "Invalid type: Expected string but received 3"; ours are already plain.
  const defaultWording = /^Invalid [^:]*: (.*)$/s.exec(issue.message);
  return defaultWording ? lowerFirst(defaultWording[1] as string) : issue.message;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `root` + `['sessions', 2, 'title']` → `root.sessions[2].title`, the way a developer writes it. */
export function formatPath(root: string, keys: readonly PathKey[]): string {
  let path = root;
  for (const key of keys) {
    if (typeof key === 'number') path += `[${key}]`;
    else if (IDENTIFIER.test(key)) path += path === '' ? key : `.${key}`;
    else path += `[${JSON.stringify(key)}]`;
  }
  return path;
}

/** One valibot issue as `path: rule`, pointing at the innermost offending value. */
export function describeIssue(root: string, issue: v.BaseIssue<unknown>): { path: string; rule: string } {
  const { keys, issue: precise } = mostPreciseIssue(issue);
  return { path: formatPath(root, keys) || root || '(root)', rule: ruleFromIssue(precise) };
}

/**
 * What JSON would carry of `value`, as Dynamics' transport sends it: `undefined` members of plain
 * objects are dropped and `undefined` array items become null (callers write `{ x: maybe }`), so
 * they are never refused. Anything else is copied as it is for the schema to judge; a value that
 * contains itself is refused here, before it could overflow the schema's recursion.
 */
export function asJsonWould(value: unknown, code: CifErrorCode, root: string, keys: PathKey[] = [], seen = new Set<object>()): unknown {
  const isArray = Array.isArray(value);
  if (!isArray && !isPlainObject(value)) return value;
  if (seen.has(value)) throw new CifError(code, `${formatPath(root, keys) || root || 'config'}: contains itself (a cycle), which JSON cannot carry`);
  seen.add(value);
  const copy = isArray
    ? value.map((item, index) => (item === undefined ? null : asJsonWould(item, code, root, [...keys, index], seen)))
    : Object.fromEntries(
        Object.entries(value)
          .filter(([, member]) => member !== undefined)
          .map(([key, member]) => [key, asJsonWould(member, code, root, [...keys, key], seen)]),
      );
  seen.delete(value);
  return copy;
}

/**
 * Parses `input` with `schema` (after dropping what JSON would drop) or throws a `CifError` of
 * `code` naming the first bad path.
 */
export function parseOrThrow<TSchema extends v.GenericSchema>(
  schema: TSchema,
  input: unknown,
  code: CifErrorCode,
  root: string,
): v.InferOutput<TSchema> {
  const result = v.safeParse(schema, asJsonWould(input, code, root));
  if (result.success) return result.output;
  const { path, rule } = describeIssue(root, result.issues[0]);
  throw new CifError(code, `${path}: ${rule}`);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/**
 * Any value JSON can carry. `finite` keeps NaN and Infinity out of values set from code (JSON text
 * cannot hold them). The recursion goes through `lazy` at the leaves, so the union itself is one
 * object that the JSON Schema generator (scripts/config-schema.mjs) can name.
 */
export const JsonValueSchema: v.GenericSchema<unknown, JsonValue> = v.union(
  [
    v.string(),
    v.pipe(v.number(), v.finite('must be a finite number')),
    v.boolean(),
    v.null(),
    v.array(v.lazy(() => JsonValueSchema)),
    // Plain objects only: a Map, a Date or a class instance would otherwise pass as `{}` and lose data.
    v.pipe(
      v.custom<Record<string, unknown>>(isPlainObject, 'must be a plain object'),
      v.record(
        v.string(),
        v.lazy(() => JsonValueSchema),
      ),
    ),
  ],
  'must be a JSON value (string, finite number, boolean, null, array or plain object)',
);

/**
 * A plain object of JSON values. A `Map`, a class instance or an array is refused rather than
 * silently read as `{}`.
 */
export const JsonRecordSchema = v.pipe(
  v.custom<Record<string, unknown>>(isPlainObject, 'must be a plain object of JSON values'),
  v.record(v.string(), JsonValueSchema),
);

/** A non-empty string, with a message in our words. */
export const nonEmptyString = (what = 'a non-empty string') =>
  v.pipe(v.string(`must be ${what}`), v.minLength(1, `must be ${what}`));
