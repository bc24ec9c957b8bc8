/**
 * What CIF and Apm callers hand over: objects, `Map`s and JSON strings, as Dynamics' client
 * accepts them, turned into JSON values with path-precise INVALID_INPUT errors. Shared by both
 * facades and the record group.
 */
import { fromJson, isPlainObject, parsedIfJson, type JsonValue } from '../core/json.js';
import { invalidInput, JsonValueSchema, parseInput } from '../core/validation.js';
import { parseContextValues } from '../core/workspace/inputs.js';

/** A plain object of JSON values, given as an object, a `Map` or a JSON string of an object. */
export function jsonRecord(value: unknown, path: string): Record<string, JsonValue> {
  if (value instanceof Map) {
    // its keys must be strings, as an object's are
    for (const key of value.keys()) {
      if (typeof key !== 'string') invalidInput(path, `a Map's keys must be strings, got ${typeof key}`);
    }
    value = Object.fromEntries(value);
  } else if (typeof value === 'string') {
    value = fromJson(value, () => invalidInput(path, 'not valid JSON'));
  }
  return parseContextValues(value, path);
}

/** The same, where CIF lets the argument out: absent is empty. */
export const optionalJsonRecord = (value: unknown, path: string): Record<string, JsonValue> =>
  value === undefined || value === null ? {} : jsonRecord(value, path);

/** A JSON string or a JSON value, as JSON; a string that is not JSON is data too. */
export const jsonValue = (value: unknown, path: string): JsonValue =>
  parseInput(JsonValueSchema, parsedIfJson(value) ?? null, path);

export function inputObject(value: unknown, path = 'input'): Record<string, unknown> {
  if (!isPlainObject(value)) invalidInput(path, `must be an object`);
  return value;
}
