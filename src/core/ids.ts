/**
 * Session and tab ids. Random, so ids restored after a reload never collide with new ones, and
 * independent of `crypto.randomUUID`, which only exists in secure contexts (a CRM served over
 * plain http on an intranet name is not one).
 */
export type IdGenerator = (kind: 'session' | 'tab') => string;

/** A random id for any kind of thing: `session-…`, `tab-…`, `notification-…`. */
export const randomId = (kind: string): string =>
  `${kind}-${Array.from(crypto.getRandomValues(new Uint8Array(8)), (byte) => byte.toString(16).padStart(2, '0')).join('')}`;

/** Predictable ids (`session-1`, `tab-1`, …) for tests and examples. */
export function sequentialIds(): IdGenerator {
  const next = { session: 0, tab: 0 };
  return (kind) => `${kind}-${++next[kind]}`;
}
