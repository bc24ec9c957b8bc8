/**
 * What CIF callers hand over: objects, `Map`s and JSON strings, as Dynamics' client accepts them,
 * turned into JSON values with path-precise INVALID_INPUT errors. Shared by the CIF facade and
 * its record group.
 */
import { CifError } from '../core/errors.js';
import type { JsonValue } from '../core/json.js';
import { isPlainObject, JsonValueSchema, parseOrThrow } from '../core/validation.js';
import { parseContextValues } from '../core/workspace/inputs.js';

/** A plain object of JSON values, given as an object, a `Map` or a JSON string of an object. */
export function jsonRecord(value: unknown, path: string): Record<string, JsonValue> {
  if (value instanceof Map) return parseContextValues(Object.fromEntries(value), path);
  if (typeof value === 'string') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch {
      throw new CifError('INVALID_INPUT', `${path}: not valid JSON`);
    }
    return parseContextValues(parsed, path);
  }
  return parseContextValues(value, path);
}

/** The same, where CIF lets the argument out: absent is empty. */
export const optionalJsonRecord = (value: unknown, path: string): Record<string, JsonValue> =>
  value === undefined || value === null ? {} : jsonRecord(value, path);

/** A JSON string or a JSON value, as JSON; a string that is not JSON is data too. */
export function jsonValue(value: unknown, path: string): JsonValue {
  if (typeof value === 'string') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch {
      return value;
    }
    return parseOrThrow(JsonValueSchema, parsed, 'INVALID_INPUT', path);
  }
  return parseOrThrow(JsonValueSchema, value ?? null, 'INVALID_INPUT', path);
}

export function inputObject(value: unknown, path = 'input'): Record<string, unknown> {
  if (!isPlainObject(value)) throw new CifError('INVALID_INPUT', `${path}: must be an object`);
  return value;
}
