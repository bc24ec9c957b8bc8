/**
 * The heart of our validation: what a schema is, what it answers, and the wording of a broken
 * rule when the caller gave none. The combinators in this folder build schemas; `validation.ts`
 * turns their issues into `CifError`s; `json-schema.ts` turns the configuration's schemas into
 * JSON Schema for editors.
 *
 * The behaviour is valibot's, which this replaced, to the letter, because error messages and the
 * number of problems reported are part of the contract: every problem is collected (no early
 * exit), and a result remembers whether the value at least had the right type (see
 * `Failure.typed`), which decides what a union reports.
 */

/** One step of a path: an object key or an array index. */
export type PathKey = string | number;

/** One broken rule. */
export interface Issue {
  /** From the schema that reports it down to the offending value; containers prepend their key. */
  readonly path: PathKey[];
  /** What is wrong, in plain words: `must not be empty`. */
  readonly rule: string;
  /** A union's: what each of its options said, with paths relative to the union. */
  readonly issues?: Issue[];
}

/** The value, valid: already copied where a container built it anew. */
export interface Success<T> {
  readonly typed: true;
  readonly value: T;
  readonly issues?: undefined;
}

/**
 * At least one broken rule. `typed` tells a value of the right type that broke a check (a number
 * that is not whole) from one of the wrong type: a union reports the former's issues as they are.
 */
export interface Failure {
  readonly typed: boolean;
  /** What a container built before the failure; nothing reads it once a value is refused. */
  readonly value?: unknown;
  readonly issues: Issue[];
}

export type Result<T> = Success<T> | Failure;

/**
 * A schema validates a value and builds its output. Besides `run`, schemas carry what they are
 * made of (`type`, `entries`, `item`, …) for the JSON Schema generator; validation never reads it.
 */
export interface Schema<T = unknown> {
  /** What kind of schema: `string`, `object`, `union`…; the JSON Schema generator switches on it. */
  readonly type: string;
  /** Validates `input`. Never throws, never changes `input`. */
  readonly run: (input: unknown) => Result<T>;
  /** An object may lack this schema's key (`optional`, `exactOptional`). */
  readonly optional?: boolean;
  /** What an object's missing key, or `optional`'s undefined, stands for. */
  readonly default?: unknown;
}

/** The output type of a schema. */
export type Infer<S> = S extends Schema<infer T> ? T : never;

/** The value, valid as it is. */
export const ok = <T>(value: T): Success<T> => ({ typed: true, value });

/** A failure of the type itself: the one way a schema says "not what I take". */
export const fail = (rule: string, path: PathKey[] = []): Failure => ({ typed: false, issues: [{ path, rule }] });

/**
 * A container's members as they are judged: their issues, filed under their keys, and whether all
 * kept their type. The container's own result comes from `result()` once every member is in.
 */
export class Members {
  readonly issues: Issue[] = [];
  typed = true;

  /** Files `child`'s issues under `key` (their paths grow at the front); returns its value for the output. */
  add(key: PathKey, child: Result<unknown>): unknown {
    for (const issue of child.issues ?? []) {
      issue.path.unshift(key);
      this.issues.push(issue);
    }
    this.typed &&= child.typed;
    return child.value;
  }

  /** A rule the container itself breaks about one key: missing, or not allowed. */
  refuse(key: PathKey, rule: string): void {
    this.issues.push({ path: [key], rule });
    this.typed = false;
  }

  result<T>(value: T): Result<T> {
    return settle(value, this.typed, this.issues);
  }
}

/** A result with `issues`, if any, for a value that has its type. */
export const settle = <T>(value: T, typed: boolean, issues: Issue[]): Result<T> =>
  issues.length > 0 ? { typed, value, issues } : ok(value);

/** A value as a message shows it: strings quoted, numbers as they are, objects by their class. */
export function received(input: unknown): string {
  const type = typeof input;
  if (type === 'string') return `"${input as string}"`;
  if (input === null) return 'null';
  if (type === 'object' || type === 'function') {
    return (Object.getPrototypeOf(input) as { constructor?: { name?: string } } | null)?.constructor?.name ?? 'null';
  }
  // numbers, bigints and booleans as they are; undefined and symbols by their type
  return type === 'undefined' || type === 'symbol' ? type : String(input);
}

/** Alternatives as a message shows them: `("a" | "b")`, or the one alone. */
export function either(expectations: readonly string[]): string {
  const distinct = [...new Set(expectations)];
  return distinct.length > 1 ? `(${distinct.join(' | ')})` : (distinct[0] ?? 'never');
}

/** The wording used where a schema was given no message of its own: `expected string but received 3`. */
export const expected = (expectation: string, input: unknown): string => `expected ${expectation} but received ${received(input)}`;

/** An object in the loose sense the object and record schemas take: arrays and class instances too. */
export const isObject = (input: unknown): input is Record<string, unknown> => typeof input === 'object' && input !== null;
