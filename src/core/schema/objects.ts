/**
 * Containers: objects with known keys, arrays, records (any keys, one kind of value), and the
 * wrappers that let a key be absent or a value be null. A container builds its output anew, so
 * the caller's value is never changed or kept, and reports every bad member, each at its path.
 */
import { expected, fail, isObject, Members, ok, type Infer, type Result, type Schema } from './schema.js';

export type Entries = Readonly<Record<string, Schema>>;

/** Keys whose schema lets them be absent. */
type OptionalKeys<E extends Entries> = { [K in keyof E]: E[K] extends { readonly optional: true } ? K : never }[keyof E];

/** One object type, not an intersection, so editors and error messages show it plainly. */
type Flatten<T> = { [K in keyof T]: T[K] } & {};

export type ObjectOutput<E extends Entries> = Flatten<
  { [K in Exclude<keyof E, OptionalKeys<E>>]: Infer<E[K]> } & { [K in OptionalKeys<E>]?: Infer<E[K]> }
>;

export interface ObjectSchema<E extends Entries> extends Schema<ObjectOutput<E>> {
  readonly entries: E;
  readonly strict: boolean;
}

/**
 * An object with the keys of `entries`; other keys are left out of the output. A missing key reads
 * `expected "title" but received undefined`.
 */
export const object = <const E extends Entries>(entries: E): ObjectSchema<E> => objectSchema(entries, false);

/**
 * An object with exactly the keys of `entries`: a missing key "is required", and an unknown one is
 * refused, since it is most likely a typo in what an administrator wrote.
 */
export const strictObject = <const E extends Entries>(entries: E): ObjectSchema<E> => objectSchema(entries, true);

function objectSchema<E extends Entries>(entries: E, strict: boolean): ObjectSchema<E> {
  const run = (input: unknown) => {
    if (!isObject(input)) return fail(expected('Object', input));
    const value: Record<string, unknown> = {};
    const members = new Members();
    for (const key in entries) {
      const entry = entries[key]!;
      // `in`, not own keys: a class instance's getters count, as they would for a reader of the object.
      if (key in input || entry.default !== undefined) {
        value[key] = members.add(key, entry.run(key in input ? input[key] : entry.default));
      } else if (!entry.optional) {
        members.refuse(key, strict ? 'is required' : `expected "${key}" but received undefined`);
      }
    }
    if (strict) {
      // The first unknown key is enough to point at a typo; the rest would repeat the lesson.
      for (const key in input) {
        if (!Object.hasOwn(entries, key)) {
          members.refuse(key, 'unknown property (check its spelling)');
          break;
        }
      }
    }
    return members.result(value as ObjectOutput<E>);
  };
  return { type: 'object', entries, strict, run };
}

export interface ArraySchema<T> extends Schema<T[]> {
  readonly item: Schema<T>;
}

export function array<T>(item: Schema<T>): ArraySchema<T> {
  const run = (input: unknown) => {
    if (!Array.isArray(input)) return fail(expected('Array', input));
    const members = new Members();
    // Array.from, not map(): a hole is an undefined item to judge, not one to skip.
    return members.result(Array.from(input, (entry, index) => members.add(index, item.run(entry)) as T));
  };
  return { type: 'array', item, run };
}

export interface RecordSchema<T> extends Schema<Record<string, T>> {
  readonly value: Schema<T>;
}

/** Keys that would reach a prototype if copied into the output; a record leaves them out. */
const UNSAFE_KEYS = ['__proto__', 'prototype', 'constructor'];

/** Any own keys, each with a value of `valueSchema`. */
export function record<T>(valueSchema: Schema<T>): RecordSchema<T> {
  const run = (input: unknown) => {
    if (!isObject(input)) return fail(expected('Object', input));
    const value: Record<string, T> = {};
    const members = new Members();
    for (const key of Object.keys(input)) {
      if (!UNSAFE_KEYS.includes(key)) value[key] = members.add(key, valueSchema.run(input[key])) as T;
    }
    return members.result(value);
  };
  return { type: 'record', value: valueSchema, run };
}

/** A schema an object may lack the key of; present, the value must fit `wrapped`. */
export interface OptionalSchema<T> extends Schema<T> {
  readonly optional: true;
  readonly wrapped: Schema;
}

/** A key that may be absent; present, its value must fit `wrapped` (undefined included). */
export const exactOptional = <T>(wrapped: Schema<T>): OptionalSchema<T> => ({ type: 'optional', optional: true, wrapped, run: wrapped.run });

/** A key that may be absent or undefined; with `default_`, that is what it then stands for. */
export function optional<T>(wrapped: Schema<T>): OptionalSchema<T | undefined>;
export function optional<T>(wrapped: Schema<T>, default_: T): Schema<T>;
export function optional<T>(wrapped: Schema<T>, default_?: T): OptionalSchema<T | undefined> {
  const run = (input: unknown): Result<T | undefined> => {
    const value = input === undefined ? default_ : input;
    return value === undefined ? ok(undefined) : wrapped.run(value);
  };
  return { type: 'optional', optional: true, wrapped, default: default_, run };
}

export interface NullableSchema<T> extends Schema<T | null> {
  readonly wrapped: Schema<T>;
}

export const nullable = <T>(wrapped: Schema<T>): NullableSchema<T> => ({
  type: 'nullable',
  wrapped,
  run: (input) => (input === null ? ok(null) : wrapped.run(input)),
});
