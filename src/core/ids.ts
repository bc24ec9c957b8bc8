/**
 * Session and tab ids. Random, so ids restored after a reload never collide with new ones, and
 * independent of `crypto.randomUUID`, which only exists in secure contexts (a CRM served over
 * plain http on an intranet name is not one).
 */
export type IdGenerator = (kind: 'session' | 'tab') => string;

/** Random bytes drawn 256 at a time: one call into the CSPRNG per 32 ids, not one per id. */
const pool = new Uint8Array(256);
let used = pool.length;

/** A random id for any kind of thing: `session-…`, `tab-…`, `notification-…`. */
export function randomId(kind: string): string {
  if (used === pool.length) {
    crypto.getRandomValues(pool);
    used = 0;
  }
  const bytes = pool.subarray(used, (used += 8));
  return `${kind}-${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

/** Predictable ids (`session-1`, `tab-1`, …) for tests and examples. */
export function sequentialIds(): IdGenerator {
  const next = { session: 0, tab: 0 };
  return (kind) => `${kind}-${++next[kind]}`;
}
