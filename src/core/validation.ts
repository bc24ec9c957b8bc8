/**
 * One way to validate whatever crosses a boundary: a schema of ours (./schema/), and on failure a
 * `CifError` whose message starts with the exact path of the offending value
 * (`input.templateParameters.x`), so the developer knows what to fix without reading our code.
 */
import { CifError, type CifErrorCode } from './errors.js';
import { isPlainObject, type JsonValue } from './json.js';
import * as s from './schema/index.js';
import type { Infer, Issue, PathKey, Schema } from './schema/index.js';

/**
 * A bad value deep inside a JSON value fails every option of the JSON value union, so the union
 * reports it where it starts (`parameters.data`). Its sub-issues know better: the one with the
 * longest path points at the value itself (`parameters.data.items[3]`). Sub-issue paths are
 * relative to the union, hence the concatenation.
 */
function mostPreciseIssue(issue: Issue): { keys: PathKey[]; issue: Issue } {
  const own = issue.path;
  let best = { keys: own, issue };
  for (const subIssue of issue.issues ?? []) {
    const candidate = mostPreciseIssue(subIssue);
    if (candidate.keys.length > 0 && own.length + candidate.keys.length > best.keys.length) {
      best = { keys: [...own, ...candidate.keys], issue: candidate.issue };
    }
  }
  return best;
}

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

/** One issue as `path: rule`, pointing at the innermost offending value; the configuration's root is `config`. */
export function describeIssue(root: string, issue: Issue): { path: string; rule: string } {
  const { keys, issue: precise } = mostPreciseIssue(issue);
  return { path: formatPath(root, keys) || 'config', rule: precise.rule };
}

/**
 * What JSON would carry of `value`, as Dynamics' transport sends it: `undefined` members of plain
 * objects are dropped and `undefined` array items become null (callers write `{ x: maybe }`), so
 * they are never refused. Anything else is copied as it is for the schema to judge, or for
 * `refuseLeaf` where the caller has no schema: it names what is wrong with a value that is neither
 * an array nor a plain object, if anything. A value that contains itself is refused here, before
 * it could overflow the schema's recursion.
 */
export function asJsonWould(value: unknown, code: CifErrorCode, root: string, refuseLeaf?: (leaf: unknown) => string | undefined): unknown {
  const seen = new Set<object>();
  const keys: PathKey[] = []; // the path to the value being copied, for messages only
  const copy = (value: unknown): unknown => {
    const refuse = (rule: string): never => {
      throw new CifError(code, `${formatPath(root, keys) || 'config'}: ${rule}`);
    };
    const isArray = Array.isArray(value);
    if (!isArray && !isPlainObject(value)) {
      const problem = refuseLeaf?.(value);
      return problem ? refuse(problem) : value;
    }
    if (seen.has(value)) refuse('contains itself (a cycle), which JSON cannot carry');
    seen.add(value);
    const member = (key: PathKey, item: unknown): unknown => {
      keys.push(key);
      const copied = copy(item);
      keys.pop();
      return copied;
    };
    const result = isArray
      ? value.map((item, index) => (item === undefined ? null : member(index, item)))
      : Object.fromEntries(
          Object.entries(value)
            .filter(([, item]) => item !== undefined)
            .map(([key, item]) => [key, member(key, item)]),
        );
    seen.delete(value);
    return result;
  };
  return copy(value);
}

/**
 * Parses `input` with `schema` (after dropping what JSON would drop) or throws a `CifError` of
 * `code` naming the first bad path.
 */
export function parseOrThrow<S extends Schema>(schema: S, input: unknown, code: CifErrorCode, root: string): Infer<S> {
  const result = schema.run(asJsonWould(input, code, root));
  if (!result.issues) return result.value as Infer<S>;
  const { path, rule } = describeIssue(root, result.issues[0]!);
  throw new CifError(code, `${path}: ${rule}`);
}

/** The INVALID_INPUT error of a caller's value: `path: rule`, as every message of ours reads. */
export function invalidInput(path: string, rule: string): never {
  throw new CifError('INVALID_INPUT', `${path}: ${rule}`);
}

/** `parseOrThrow` for what a caller passed: a bad value is INVALID_INPUT. */
export const parseInput = <S extends Schema>(schema: S, input: unknown, path: string): Infer<S> => parseOrThrow(schema, input, 'INVALID_INPUT', path);

/** `JSON.parse(text)`, or INVALID_INPUT saying where and why it is not JSON. */
export function parseJsonText(text: string, path: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    return invalidInput(path, `not valid JSON (${(error as Error).message})`);
  }
}

/**
 * Any value JSON can carry. `finite` keeps Infinity out of values set from code (JSON text cannot
 * hold it; NaN is no number at all). The recursion goes through `lazy` at the leaves, so the union
 * itself is one object that the JSON Schema generator (scripts/config-schema.mjs) can name.
 */
export const JsonValueSchema: Schema<JsonValue> = s.union(
  [
    s.string(),
    s.pipe(s.number(), s.finite('must be a finite number')),
    s.boolean(),
    s.null(),
    s.array(s.lazy(() => JsonValueSchema)),
    // Plain objects only: a Map, a Date or a class instance would otherwise pass as `{}` and lose data.
    s.guard(isPlainObject, 'must be a plain object', s.record(s.lazy(() => JsonValueSchema))),
  ],
  'must be a JSON value (string, finite number, boolean, null, array or plain object)',
);

/**
 * A plain object of JSON values. A `Map`, a class instance or an array is refused rather than
 * silently read as `{}`.
 */
export const JsonRecordSchema = s.guard(isPlainObject, 'must be a plain object of JSON values', s.record(JsonValueSchema));

/** A non-empty string, with a message in our words. */
export const nonEmptyString = (what = 'a non-empty string') => s.pipe(s.string(`must be ${what}`), s.minLength(1, `must be ${what}`));
