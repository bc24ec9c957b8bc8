import { expect } from '@open-wc/testing';
import * as s from '../../../src/core/schema/index.js';
import type { Infer, Issue, Result } from '../../../src/core/schema/index.js';

/** The issues of a result as `path: rule` lines, paths joined with dots. */
function issuesOf(result: Result<unknown>): string[] {
  expect(result.issues, 'the value should have been refused').not.to.equal(undefined);
  return result.issues!.map((issue) => `${issue.path.join('.')}: ${issue.rule}`);
}

function valueOf<T>(result: Result<T>): T {
  expect(result.issues, `unexpected issues: ${JSON.stringify(result.issues)}`).to.equal(undefined);
  return result.value as T;
}

/** Compile-time: `true` only when A and B are the same type. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

describe('schema: primitives', () => {
  it('say what they expected and what they got, unless given words of their own', () => {
    expect(issuesOf(s.string().run(3))).to.deep.equal([': expected string but received 3']);
    expect(issuesOf(s.string('must be text').run(3))).to.deep.equal([': must be text']);
    expect(issuesOf(s.boolean().run('yes'))).to.deep.equal([': expected boolean but received "yes"']);
    expect(issuesOf(s.null().run(undefined))).to.deep.equal([': expected null but received undefined']);
    expect(valueOf(s.null().run(null))).to.equal(null);
  });

  it('take no NaN for a number', () => {
    expect(valueOf(s.number().run(-0))).to.equal(-0);
    expect(valueOf(s.number().run(Infinity))).to.equal(Infinity);
    expect(issuesOf(s.number().run(NaN))).to.deep.equal([': expected number but received NaN']);
  });

  it('show a received value by its kind: quoted text, numbers as written, objects by class', () => {
    class Ticket {}
    const cases: [unknown, string][] = [
      ['a b', '"a b"'],
      [1.5, '1.5'],
      [10n, '10'],
      [false, 'false'],
      [null, 'null'],
      [undefined, 'undefined'],
      [Symbol('x'), 'symbol'],
      [[], 'Array'],
      [new Map(), 'Map'],
      [new Ticket(), 'Ticket'],
      [Object.create(null), 'null'],
      [() => 1, 'Function'],
    ];
    for (const [input, shown] of cases) expect(s.received(input), String(shown)).to.equal(shown);
  });

  it('literal and picklist take exact values only', () => {
    expect(valueOf(s.literal(1).run(1))).to.equal(1);
    expect(issuesOf(s.literal('hello').run('Hello'))).to.deep.equal([': expected "hello" but received "Hello"']);
    expect(issuesOf(s.literal('hello', 'must say hello').run(1))).to.deep.equal([': must say hello']);
    expect(valueOf(s.picklist(['a', 'b']).run('b'))).to.equal('b');
    expect(issuesOf(s.picklist(['a', 'b']).run('c'))).to.deep.equal([': expected ("a" | "b") but received "c"']);
    expect(issuesOf(s.picklist(['a']).run('c'))).to.deep.equal([': expected "a" but received "c"']);
  });

  it('unknown takes anything as it is', () => {
    const map = new Map();
    expect(valueOf(s.unknown().run(map))).to.equal(map);
    expect(valueOf(s.unknown().run(undefined))).to.equal(undefined);
  });

  it('guard tests first and fails as a wrong type with its message', () => {
    const plainRecord = s.guard((input) => !(input instanceof Map), 'must not be a Map', s.record(s.number()));
    expect(plainRecord.type, 'what it guards is what it is made of').to.equal('record');
    expect(valueOf(plainRecord.run({ a: 1 }))).to.deep.equal({ a: 1 });
    const refused = plainRecord.run(new Map());
    expect(issuesOf(refused)).to.deep.equal([': must not be a Map']);
    expect(refused.typed).to.equal(false);
  });
});

describe('schema: checks', () => {
  const timeout = s.pipe(s.number(), s.integer('whole'), s.minValue(0, 'not negative'), s.maxValue(500, 'at most 500'));

  it('run on values of the right type only', () => {
    const result = timeout.run('5');
    expect(issuesOf(result)).to.deep.equal([': expected number but received "5"']);
    expect(result.typed).to.equal(false);
  });

  it('all run, so each broken rule is reported, and the value keeps its type', () => {
    const result = timeout.run(-1.5);
    expect(issuesOf(result)).to.deep.equal([': whole', ': not negative']);
    expect(result.typed).to.equal(true);
    expect(valueOf(timeout.run(500))).to.equal(500);
  });

  it('have plain default wordings', () => {
    expect(issuesOf(s.pipe(s.number(), s.integer()).run(1.5))).to.deep.equal([': received 1.5']);
    expect(issuesOf(s.pipe(s.number(), s.minValue(0)).run(-1))).to.deep.equal([': expected >=0 but received -1']);
    expect(issuesOf(s.pipe(s.number(), s.maxValue(3)).run(4))).to.deep.equal([': expected <=3 but received 4']);
    expect(issuesOf(s.pipe(s.string(), s.minLength(2)).run('a'))).to.deep.equal([': expected >=2 but received 1']);
    expect(issuesOf(s.pipe(s.array(s.number()), s.maxLength(1)).run([1, 2]))).to.deep.equal([': expected <=1 but received 2']);
  });

  it('cover lengths, patterns, finiteness and predicates of our own', () => {
    const name = s.pipe(s.string(), s.nonEmpty('must not be empty'), s.regex(/^[a-z]*$/, 'lower case only'));
    expect(issuesOf(name.run(''))).to.deep.equal([': must not be empty']);
    expect(issuesOf(name.run('A'))).to.deep.equal([': lower case only']);
    expect(issuesOf(s.pipe(s.number(), s.finite('must be finite')).run(-Infinity))).to.deep.equal([': must be finite']);
    const distinct = s.pipe(s.array(s.string()), s.check((list) => new Set(list).size === list.length, 'must not repeat'));
    expect(issuesOf(distinct.run(['a', 'a']))).to.deep.equal([': must not repeat']);
    expect(valueOf(distinct.run(['a', 'b']))).to.deep.equal(['a', 'b']);
  });

  it('run after the members of a container that kept their type', () => {
    // Two items break a check of their own; the list's length rule is still judged.
    const list = s.pipe(s.array(s.pipe(s.string(), s.nonEmpty('empty'))), s.maxLength(1, 'one at most'));
    expect(issuesOf(list.run(['', '']))).to.deep.equal(['0: empty', '1: empty', ': one at most']);
    // An item of the wrong type leaves the list untyped: its length is not judged.
    expect(issuesOf(list.run([1, 2]))).to.deep.equal(['0: expected string but received 1', '1: expected string but received 2']);
  });
});

describe('schema: objects', () => {
  const Person = s.object({ name: s.string(), age: s.exactOptional(s.number()) });
  const StrictPerson = s.strictObject({ name: s.string(), age: s.exactOptional(s.number()) });

  it('build a new object in the order of their entries, leaving unknown keys out', () => {
    const input = { extra: true, age: 3, name: 'Ann' };
    const output = valueOf(Person.run(input));
    expect(Object.keys(output)).to.deep.equal(['name', 'age']);
    expect(output).not.to.equal(input);
    expect(input, 'the input is left alone').to.deep.equal({ extra: true, age: 3, name: 'Ann' });
  });

  it('report every problem with its path, not just the first', () => {
    const Team = s.object({ lead: Person, members: s.array(Person) });
    expect(issuesOf(Team.run({ lead: { name: 1 }, members: [{ name: 'a' }, { name: 'b', age: 'x' }, 'c'] }))).to.deep.equal([
      'lead.name: expected string but received 1',
      'members.1.age: expected number but received "x"',
      'members.2: expected Object but received "c"',
    ]);
  });

  it('name a missing key: in expected wording, or plainly when strict', () => {
    expect(issuesOf(Person.run({}))).to.deep.equal(['name: expected "name" but received undefined']);
    expect(issuesOf(StrictPerson.run({}))).to.deep.equal(['name: is required']);
  });

  it('when strict, refuse the first unknown key only', () => {
    expect(issuesOf(StrictPerson.run({ name: 'a', nmae: 'b', other: 1 }))).to.deep.equal(['nmae: unknown property (check its spelling)']);
    expect(StrictPerson.run({ name: 'a', nmae: 'b' }).typed).to.equal(false);
  });

  it('take arrays and class instances as objects, reading keys with `in`', () => {
    expect(issuesOf(StrictPerson.run([]))).to.deep.equal(['name: is required']);
    class Named {
      get name() {
        return 'from a getter';
      }
    }
    expect(valueOf(Person.run(new Named()))).to.deep.equal({ name: 'from a getter' });
    expect(issuesOf(Person.run(null))).to.deep.equal([': expected Object but received null']);
  });

  it('tell exactOptional (absent only), optional (or undefined) and defaults apart', () => {
    const Flags = s.object({
      exact: s.exactOptional(s.boolean()),
      loose: s.optional(s.boolean()),
      withDefault: s.optional(s.boolean(), false),
    });
    expect(valueOf(Flags.run({}))).to.deep.equal({ withDefault: false });
    expect(valueOf(Flags.run({ loose: undefined, withDefault: undefined }))).to.deep.equal({ loose: undefined, withDefault: false });
    expect(issuesOf(Flags.run({ exact: undefined }))).to.deep.equal(['exact: expected boolean but received undefined']);
    expect(valueOf(Flags.run({ exact: true, withDefault: true }))).to.deep.equal({ exact: true, withDefault: true });
  });

  it('nullable takes null, then what it wraps', () => {
    const id = s.nullable(s.pipe(s.string(), s.minLength(1, 'empty')));
    expect(valueOf(id.run(null))).to.equal(null);
    expect(issuesOf(id.run(''))).to.deep.equal([': empty']);
  });

  it('infer their output types, optional keys included', () => {
    const Shape = s.object({
      a: s.string(),
      b: s.exactOptional(s.number()),
      c: s.optional(s.boolean()),
      d: s.optional(s.boolean(), true),
      e: s.nullable(s.picklist(['x', 'y'])),
    });
    const same: Same<Infer<typeof Shape>, { a: string; b?: number; c?: boolean | undefined; d: boolean; e: 'x' | 'y' | null }> = true;
    expect(same).to.equal(true);
  });
});

describe('schema: arrays and records', () => {
  it('judge a hole in an array as undefined', () => {
    expect(issuesOf(s.array(s.number()).run([1, , 3]))).to.deep.equal(['1: expected number but received undefined']);
  });

  it('refuse what is not an array', () => {
    expect(issuesOf(s.array(s.number()).run({ 0: 1, length: 1 }))).to.deep.equal([': expected Array but received Object']);
  });

  it('records take own keys only, and never ones that reach a prototype', () => {
    const input = Object.assign(Object.create({ inherited: 1 }) as object, JSON.parse('{"a": 1, "__proto__": 2, "constructor": 3, "prototype": 4}') as object);
    const output = valueOf(s.record(s.number()).run(input));
    expect(Object.keys(output)).to.deep.equal(['a']);
    expect(Object.getPrototypeOf(output)).to.equal(Object.prototype);
  });

  it('records report each bad value at its key', () => {
    expect(issuesOf(s.record(s.number()).run({ a: 'x', b: 2, c: true }))).to.deep.equal([
      'a: expected number but received "x"',
      'c: expected number but received true',
    ]);
    expect(issuesOf(s.record(s.number()).run('x'))).to.deep.equal([': expected Object but received "x"']);
  });
});

describe('schema: union, variant, lazy', () => {
  type Tree = number | Tree[];
  const TreeSchema: s.Schema<Tree> = s.union(
    [s.pipe(s.number(), s.integer('must be whole')), s.array(s.lazy(() => TreeSchema))],
    'must be a number or a list of trees',
  );

  it('a union gives the output of the first option that takes the value', () => {
    expect(valueOf(TreeSchema.run([1, [2, [3]]]))).to.deep.equal([1, [2, [3]]]);
  });

  it('a union lets the one option of the right type speak for itself', () => {
    expect(issuesOf(TreeSchema.run(1.5))).to.deep.equal([': must be whole']);
    expect(issuesOf(TreeSchema.run([1, [1.5]]))).to.deep.equal(['1.0: must be whole']);
  });

  it('a union with no option of the right type says its message, keeping what each option said', () => {
    const result = TreeSchema.run([1, ['x']]);
    expect(issuesOf(result)).to.deep.equal([': must be a number or a list of trees']);
    expect(result.typed).to.equal(false);
    const deepest = (issue: Issue): string[] => [issue.rule, ...(issue.issues ?? []).flatMap(deepest)];
    expect(deepest(result.issues![0]!)).to.include('expected number but received "x"');
  });

  it('a union reports its message, typed, when several options of the right type fail checks', () => {
    const evenOrSmall = s.union(
      [s.pipe(s.number(), s.check((n: number) => n % 2 === 0, 'odd')), s.pipe(s.number(), s.maxValue(3, 'big'))],
      'must be even or small',
    );
    const result = evenOrSmall.run(5);
    expect(issuesOf(result)).to.deep.equal([': must be even or small']);
    expect(result.typed).to.equal(true);
    expect(result.issues![0]!.issues!.map((issue) => issue.rule)).to.deep.equal(['odd', 'big']);
  });

  const Message = s.variant('kind', [
    s.object({ kind: s.literal('hello') }),
    s.object({ kind: s.literal('request'), id: s.pipe(s.string(), s.minLength(1)) }),
  ]);

  it('a variant judges a value by the option its key names only', () => {
    expect(valueOf(Message.run({ kind: 'request', id: 'r1', extra: 1 }))).to.deep.equal({ kind: 'request', id: 'r1' });
    expect(issuesOf(Message.run({ kind: 'request', id: '' }))).to.deep.equal(['id: expected >=1 but received 0']);
    expect(issuesOf(Message.run({ kind: 'bye' }))).to.deep.equal(['kind: expected ("hello" | "request") but received "bye"']);
    expect(issuesOf(Message.run('hello'))).to.deep.equal([': expected Object but received "hello"']);
    const same: Same<Infer<typeof Message>, { kind: 'hello' } | { kind: 'request'; id: string }> = true;
    expect(same).to.equal(true);
  });
});
