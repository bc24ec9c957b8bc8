/**
 * Schemas of single values: a type (`string()`), one exact value (`literal()`), one of a few
 * (`picklist()`), anything (`unknown()`), or a test of our own (`guard()`). Each takes the message
 * to show when the value does not fit; without one it says what it expected and what it got.
 */
import { either, expected, fail, ok, received, type Infer, type Result, type Schema } from './schema.js';

function ofType<T>(type: string, fits: (input: unknown) => boolean, message: string | undefined): Schema<T> {
  return { type, run: (input) => (fits(input) ? ok(input as T) : fail(message ?? expected(type, input))) };
}

export const string = (message?: string): Schema<string> => ofType('string', (input) => typeof input === 'string', message);

/** NaN is not a number here: no input means it. */
export const number = (message?: string): Schema<number> =>
  ofType('number', (input) => typeof input === 'number' && !Number.isNaN(input), message);

export const boolean = (message?: string): Schema<boolean> => ofType('boolean', (input) => typeof input === 'boolean', message);

const nullSchema = (message?: string): Schema<null> => ofType('null', (input) => input === null, message);
// `null` is a word of the language, not a name a function can be declared with.
export { nullSchema as null };

/** Takes any value as it is (a bridge request's arguments, judged later by the method called). */
export const unknown = (): Schema<unknown> => ({ type: 'unknown', run: ok });

export interface LiteralSchema<T> extends Schema<T> {
  readonly literal: T;
}

export function literal<const T extends string | number | boolean>(value: T, message?: string): LiteralSchema<T> {
  return {
    type: 'literal',
    literal: value,
    run: (input) => (input === value ? ok(value) : fail(message ?? expected(received(value), input))),
  };
}

export interface PicklistSchema<T> extends Schema<T> {
  readonly options: readonly T[];
}

export function picklist<const O extends readonly string[]>(options: O, message?: string): PicklistSchema<O[number]> {
  return {
    type: 'picklist',
    options,
    run: (input) => (options.includes(input as string) ? ok(input as O[number]) : fail(message ?? expected(either(options.map(received)), input))),
  };
}

/**
 * `schema`, for values that pass `test` first; others fail with `message` as a wrong type. It
 * keeps what `schema` is made of, so the JSON Schema generator sees `schema` alone: `test` is
 * JavaScript's concern (a `Map` must not pass as `{}`), which JSON text cannot raise.
 */
export function guard<S extends Schema>(test: (input: unknown) => boolean, message: string, schema: S): S {
  return { ...schema, run: (input: unknown): Result<Infer<S>> => (test(input) ? (schema.run(input) as Result<Infer<S>>) : fail(message)) };
}
