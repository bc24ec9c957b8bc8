/**
 * Schemas that choose: the first fitting option (`union`), the option named by a key
 * (`variant`), and a schema named before it exists, for recursion (`lazy`).
 */
import type { LiteralSchema } from './primitives.js';
import { either, expected, fail, isObject, received, type Failure, type Infer, type Result, type Schema } from './schema.js';

export interface UnionSchema<T> extends Schema<T> {
  readonly options: readonly Schema[];
}

/**
 * The output of the first option that takes the value. When none does, the options that at least
 * had the right type speak: one alone reports its own issues (a number that is not finite says
 * so); otherwise the union reports `message`, with every option's issues as its sub-issues, from
 * which a reader can pick the most precise (validation.ts does).
 */
export function union<const O extends readonly Schema[]>(options: O, message: string): UnionSchema<Infer<O[number]>> {
  const run = (input: unknown): Result<Infer<O[number]>> => {
    const typed: Failure[] = [];
    const untyped: Failure[] = [];
    for (const option of options) {
      const result = option.run(input) as Result<Infer<O[number]>>;
      if (!result.issues) return result;
      (result.typed ? typed : untyped).push(result);
    }
    const speakers = typed.length > 0 ? typed : untyped;
    if (speakers.length === 1) return speakers[0]!;
    return { typed: typed.length > 0, issues: [{ path: [], rule: message, issues: speakers.flatMap((result) => result.issues) }] };
  };
  return { type: 'union', options, run };
}

/** An object schema whose `key` holds a literal, so the key says which option a value means. */
type VariantOption<K extends string> = Schema & { readonly entries: Readonly<Record<K, LiteralSchema<unknown>>> };

/** The option whose literal `key` the value holds (`{ kind: 'request', … }`), and only that option judges it. */
export function variant<const K extends string, const O extends readonly VariantOption<K>[]>(key: K, options: O): Schema<Infer<O[number]>> {
  const run = (input: unknown): Result<Infer<O[number]>> => {
    if (!isObject(input)) return fail(expected('Object', input));
    const option = options.find((candidate) => !candidate.entries[key].run(input[key]).issues);
    if (option) return option.run(input) as Result<Infer<O[number]>>;
    return fail(expected(either(options.map((candidate) => received(candidate.entries[key].literal))), input[key]), [key]);
  };
  return { type: 'variant', run };
}

export interface LazySchema<T> extends Schema<T> {
  readonly getter: () => Schema<T>;
}

/** `getter()`'s schema, looked up at each run: a schema that contains itself goes through here. */
export const lazy = <T>(getter: () => Schema<T>): LazySchema<T> => ({ type: 'lazy', getter, run: (input) => getter().run(input) });
