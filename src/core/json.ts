/** A value that survives `JSON.stringify`/`JSON.parse` unchanged: what configs, parameters and snapshots hold. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** `record[key]` when the record has the key of its own: never an inherited `constructor` or `toString`. */
export const ownValue = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;

/** A string with something in it: what ids, names and titles must be. */
export const isNonEmptyString = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** An object of no class: `{}` or `Object.create(null)`, as JSON makes them; never an array, a Map or a Date. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/** `text` parsed as JSON, or what `otherwise` makes of text that is not JSON. */
export function fromJson(text: string, otherwise: () => unknown): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return otherwise();
  }
}

/** A string parsed as JSON when it holds JSON; anything else, and text that is not JSON, as it is. */
export const parsedIfJson = (value: unknown): unknown => (typeof value === 'string' ? fromJson(value, () => value) : value);

/** Recursively freezes plain objects and arrays; returns the same value, typed as read-only by callers' contract. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
