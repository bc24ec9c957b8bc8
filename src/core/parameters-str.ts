/**
 * Session context as `Microsoft.Apm` callers pass it (cif-facts 3.6): a `Map` of entries, one of
 * which, `parametersStr`, is a string holding a JSON array of `[key, value]` pairs, the form the
 * `Map` constructor takes: `'[["entityName","incident"],["entityId","fac04293-…"]]'`. These turn
 * both into plain records of JSON values, and say precisely where input is wrong when it is.
 */
import { isNonEmptyString, isPlainObject, type JsonValue } from './json.js';
import { asJsonWould, formatPath, invalidInput, parseJsonText } from './validation.js';

/** A short name for a value's type in messages: `null`, `array`, `Map`, `number`, … */
function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value !== 'object' || isPlainObject(value)) return typeof value;
  // `Map`, `Date`, … for class instances, so a message says what was passed instead of `object`
  const name: unknown = (value.constructor as { name?: unknown } | undefined)?.name;
  return isNonEmptyString(name) ? name : 'object';
}

/** A key as shown in a message: strings quoted, numbers and booleans with their type. */
function describeKey(key: unknown): string {
  if (typeof key === 'string') return JSON.stringify(key);
  if (typeof key === 'number' || typeof key === 'boolean') return `${typeof key} ${String(key)}`;
  return describeType(key);
}

function checkKey(key: unknown, path: string): string {
  if (!isNonEmptyString(key)) invalidInput(path, `key must be a non-empty string, got ${describeKey(key)}`);
  return key;
}

/**
 * Parses `parametersStr` into a record. Later duplicates win, as in `new Map(pairs)`.
 *
 * Extension beyond APM: a JSON object (`{"entityName":"incident"}`) is accepted as well, since it
 * is the obvious thing to write and cannot be mistaken for the pair form.
 */
export function parseParametersStr(text: unknown, path = 'sessionContext.parametersStr'): Record<string, JsonValue> {
  if (typeof text !== 'string') invalidInput(path, `must be a string holding a JSON array of [key, value] pairs, got ${describeType(text)}`);
  const parsed = parseJsonText(text, path);
  if (Array.isArray(parsed)) {
    // Entries in `Map`-constructor form: each a `[key, value]` array with a non-empty string key.
    return Object.fromEntries(
      parsed.map((pair: unknown, index) => {
        const pairPath = `${path}[${index}]`;
        if (!Array.isArray(pair) || pair.length !== 2) {
          invalidInput(pairPath, `must be a [key, value] pair (an array of 2 elements), got ${describeType(pair)}${Array.isArray(pair) ? ` of ${pair.length}` : ''}`);
        }
        return [checkKey(pair[0], `${pairPath}[0]`), pair[1] as JsonValue];
      }),
    );
  }
  if (isPlainObject(parsed)) {
    // JSON.parse keeps `__proto__` as an own key; Object.fromEntries defines it as a plain key too.
    return Object.fromEntries(Object.entries(parsed).map(([key, value]) => [checkKey(key, formatPath(path, [key])), value as JsonValue]));
  }
  return invalidInput(path, `must be a JSON array of [key, value] pairs, got ${describeType(parsed)}`);
}

/** What is wrong with a value that is neither an array nor a plain object, if anything. */
function jsonLeafProblem(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : `${value} is not a JSON value`;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined;
  return `must be a JSON value, got ${describeType(value)}`;
}

/**
 * Turns session context, a `Map` (what APM passes) or a plain object, into a plain record.
 * Keys must be non-empty strings; values must be JSON values (strings, mostly).
 */
export function mapToRecord(map: unknown, path: string): Record<string, JsonValue> {
  let entries: [unknown, unknown][];
  if (map instanceof Map) entries = [...(map as Map<unknown, unknown>).entries()];
  else if (isPlainObject(map)) entries = Object.entries(map);
  else return invalidInput(path, `must be a Map or a plain object, got ${describeType(map)}`);
  return Object.fromEntries(
    entries
      .filter(([, value]) => value !== undefined) // as JSON would: dropped, not refused
      .map(([key, value]) => {
        const name = checkKey(key, path);
        return [name, asJsonWould(value, 'INVALID_INPUT', formatPath(path, [name]), jsonLeafProblem) as JsonValue];
      }),
  );
}
