/**
 * Rules a value of the right type must also keep (`pipe(string(), nonEmpty('…'))`): lengths,
 * patterns, ranges, or a predicate of our own. Every check runs, so one value can break several
 * rules at once and each is reported, as long as the value had the right type to begin with.
 */
import { settle, type Infer, type Issue, type Result, type Schema } from './schema.js';

export interface Check<T> {
  /** What kind of rule, with `requirement`, for the JSON Schema generator: `min_length`, `regex`… */
  readonly type: string;
  readonly requirement?: unknown;
  /** Whether `value` keeps the rule. A property, not a method, so a check of `{ length }` fits a string. */
  readonly holds: (value: T) => boolean;
  /** The broken rule in words, for the value that broke it. */
  readonly message: (value: T) => string;
}

/** `schema`, then `checks` on its output; keeps what `schema` is made of (its type, entries, …). */
export function pipe<S extends Schema>(schema: S, ...checks: Check<Infer<S>>[]): S & { readonly checks: readonly Check<Infer<S>>[] } {
  const run = (input: unknown): Result<Infer<S>> => {
    const result = schema.run(input) as Result<Infer<S>>;
    // Rules are about values of the right type; anything else already failed on its type.
    if (!result.typed) return result;
    const value = result.value as Infer<S>;
    const issues: Issue[] = [...(result.issues ?? [])];
    for (const check of checks) if (!check.holds(value)) issues.push({ path: [], rule: check.message(value) });
    return settle(value, true, issues);
  };
  return { ...schema, checks, run };
}

function rule<T>(type: string, requirement: unknown, holds: (value: T) => boolean, message: (value: T) => string): Check<T> {
  return { type, requirement, holds, message };
}

/** A predicate of our own, for what no other check says (`must not repeat a presenceText`). */
export const check = <T>(holds: (value: T) => boolean, message: string): Check<T> => rule('check', undefined, holds, () => message);

type Sized = { readonly length: number };

// Without a message of our own, a check says what it expected and what it got, as the type checks do.

export const minLength = (min: number, message?: string): Check<Sized> =>
  rule('min_length', min, (value) => value.length >= min, (value) => message ?? `expected >=${min} but received ${value.length}`);

export const maxLength = (max: number, message?: string): Check<Sized> =>
  rule('max_length', max, (value) => value.length <= max, (value) => message ?? `expected <=${max} but received ${value.length}`);

/** `minLength(1)`, named for what it means. */
export const nonEmpty = (message: string): Check<Sized> => minLength(1, message);

export const regex = (pattern: RegExp, message: string): Check<string> => rule('regex', pattern, (value) => pattern.test(value), () => message);

export const integer = (message?: string): Check<number> => rule('integer', undefined, Number.isInteger, (value) => message ?? `received ${value}`);

export const minValue = (min: number, message?: string): Check<number> =>
  rule('min_value', min, (value) => value >= min, (value) => message ?? `expected >=${min} but received ${value}`);

export const maxValue = (max: number, message?: string): Check<number> =>
  rule('max_value', max, (value) => value <= max, (value) => message ?? `expected <=${max} but received ${value}`);

/** Not NaN or ±Infinity: values set from code can hold them, JSON text cannot. */
export const finite = (message: string): Check<number> => rule('finite', undefined, Number.isFinite, () => message);
