/**
 * JSON with object keys sorted, so two values that are equal as data compare equal as text:
 * `{a:1,b:2}` and `{b:2,a:1}` are the same tab parameters.
 */
import type { JsonValue } from '../json.js';

export function canonicalJson(value: JsonValue | Readonly<Record<string, JsonValue>>): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? // sort() orders strings by UTF-16 code units, as < does
        Object.fromEntries(Object.keys(inner).sort().map((key) => [key, (inner as Record<string, unknown>)[key]]))
      : inner,
  );
}
