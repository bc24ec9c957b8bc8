/**
 * What CIF and Apm callers hand over: objects, `Map`s and JSON strings, as Dynamics' client
 * accepts them, turned into JSON values with path-precise INVALID_INPUT errors. Shared by both
 * facades and the record group.
 */
import { CifError } from '../core/errors.js';
import { isPlainObject, type JsonValue } from '../core/json.js';
import { JsonValueSchema, parseOrThrow } from '../core/validation.js';
import { parseContextValues } from '../core/workspace/inputs.js';

/** `text` parsed as JSON, or what `otherwise` makes of text that is not JSON. */
function fromJson(text: string, otherwise: () => unknown): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return otherwise();
  }
}

/** A `Map` as a plain object; its keys must be strings, as an object's are. */
function mapObject(map: Map<unknown, unknown>, path: string): Record<string, unknown> {
  for (const key of map.keys()) {
    if (typeof key !== 'string') throw new CifError('INVALID_INPUT', `${path}: a Map's keys must be strings, got ${typeof key}`);
  }
  return Object.fromEntries(map);
}

/** A plain object of JSON values, given as an object, a `Map` or a JSON string of an object. */
export function jsonRecord(value: unknown, path: string): Record<string, JsonValue> {
  const object =
    value instanceof Map
      ? mapObject(value, path)
      : typeof value === 'string'
        ? fromJson(value, () => {
            throw new CifError('INVALID_INPUT', `${path}: not valid JSON`);
          })
        : value;
  return parseContextValues(object, path);
}

/** The same, where CIF lets the argument out: absent is empty. */
export const optionalJsonRecord = (value: unknown, path: string): Record<string, JsonValue> =>
  value === undefined || value === null ? {} : jsonRecord(value, path);

/** A JSON string or a JSON value, as JSON; a string that is not JSON is data too. */
export const jsonValue = (value: unknown, path: string): JsonValue =>
  parseOrThrow(JsonValueSchema, typeof value === 'string' ? fromJson(value, () => value) : (value ?? null), 'INVALID_INPUT', path);

export function inputObject(value: unknown, path = 'input'): Record<string, unknown> {
  if (!isPlainObject(value)) throw new CifError('INVALID_INPUT', `${path}: must be an object`);
  return value;
}
