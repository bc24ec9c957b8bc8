/**
 * JSON with object keys sorted, so two values that are equal as data compare equal as text:
 * `{a:1,b:2}` and `{b:2,a:1}` are the same tab parameters.
 */
import type { JsonValue } from '../json.js';

export function canonicalJson(value: JsonValue | Readonly<Record<string, JsonValue>>): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
