import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { JsonValue } from '../../src/core/json.js';
import { CifError } from '../../src/core/errors.js';
import { mapToRecord, parseParametersStr } from '../../src/core/parameters-str.js';

/** The INVALID_INPUT message `run` throws, or a failure when it throws nothing (or something else). */
function invalidMessage(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(CifError);
    expect((error as CifError).code).to.equal('INVALID_INPUT');
    return (error as CifError).message;
  }
  throw new Error('expected INVALID_INPUT');
}

describe('parseParametersStr', () => {
  it('reads the Map-constructor pair form', () => {
    expect(parseParametersStr('[["entityName","incident"],["entityId","fac04293-0000-4000-8000-000000000001"]]')).to.deep.equal({
      entityName: 'incident',
      entityId: 'fac04293-0000-4000-8000-000000000001',
    });
  });

  it('takes any JSON value, e.g. a control tab’s data object', () => {
    const obj = { a: 1, list: [true, null, 'x'] };
    const text = '[["controlName","new_control"],["data",' + JSON.stringify(obj) + '],["n",3],["none",null]]';
    expect(parseParametersStr(text)).to.deep.equal({ controlName: 'new_control', data: obj, n: 3, none: null });
  });

  it('reads an empty array as no parameters, and surrounding whitespace is fine', () => {
    expect(parseParametersStr('[]')).to.deep.equal({});
    expect(parseParametersStr('  [ ["a", "b"] ]\n')).to.deep.equal({ a: 'b' });
  });

  it('lets a later duplicate key win, as new Map(pairs) does', () => {
    expect(parseParametersStr('[["a","1"],["b","2"],["a","3"]]')).to.deep.equal({ a: '3', b: '2' });
  });

  it('keeps a __proto__ key as a plain key', () => {
    const record = parseParametersStr('[["__proto__",{"polluted":true}]]');
    expect(Object.keys(record)).to.deep.equal(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.getPrototypeOf(record)).to.equal(Object.prototype);
  });

  it('accepts the object form as an extension', () => {
    expect(parseParametersStr('{"entityName":"incident","data":{"x":[1]}}')).to.deep.equal({ entityName: 'incident', data: { x: [1] } });
    const record = parseParametersStr('{"__proto__":{"polluted":true}}');
    expect(Object.keys(record)).to.deep.equal(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('refuses values that are not strings', () => {
    expect(invalidMessage(() => parseParametersStr(42))).to.equal(
      'sessionContext.parametersStr: must be a string holding a JSON array of [key, value] pairs, got number',
    );
    expect(invalidMessage(() => parseParametersStr([['a', 'b']]))).to.contain('got array');
    expect(invalidMessage(() => parseParametersStr(undefined))).to.contain('got undefined');
    expect(invalidMessage(() => parseParametersStr(new Map()))).to.contain('got Map');
  });

  it('refuses invalid JSON, saying why', () => {
    const message = invalidMessage(() => parseParametersStr('[["a","b"]'));
    expect(message).to.match(/^sessionContext\.parametersStr: not valid JSON \(.+\)$/);
    expect(invalidMessage(() => parseParametersStr(''))).to.contain('not valid JSON');
  });

  it('refuses JSON that is neither an array nor an object', () => {
    expect(invalidMessage(() => parseParametersStr('"x"'))).to.equal(
      'sessionContext.parametersStr: must be a JSON array of [key, value] pairs, got string',
    );
    expect(invalidMessage(() => parseParametersStr('null'))).to.contain('got null');
    expect(invalidMessage(() => parseParametersStr('3'))).to.contain('got number');
  });

  it('refuses entries that are not [key, value] pairs, naming the entry', () => {
    expect(invalidMessage(() => parseParametersStr('[["a","b"],["c"]]'))).to.equal(
      'sessionContext.parametersStr[1]: must be a [key, value] pair (an array of 2 elements), got array of 1',
    );
    expect(invalidMessage(() => parseParametersStr('[["a","b","c"]]'))).to.contain('[0]: must be a [key, value] pair');
    expect(invalidMessage(() => parseParametersStr('["a"]'))).to.contain('got string');
    expect(invalidMessage(() => parseParametersStr('[{"a":"b"}]'))).to.contain('got object');
  });

  it('refuses keys that are not non-empty strings, naming the key', () => {
    expect(invalidMessage(() => parseParametersStr('[["a","b"],[3,"x"]]'))).to.equal(
      'sessionContext.parametersStr[1][0]: key must be a non-empty string, got number 3',
    );
    expect(invalidMessage(() => parseParametersStr('[["","x"]]'))).to.equal(
      'sessionContext.parametersStr[0][0]: key must be a non-empty string, got ""',
    );
    expect(invalidMessage(() => parseParametersStr('[[null,"x"]]'))).to.contain('got null');
    expect(invalidMessage(() => parseParametersStr('[[true,"x"]]'))).to.contain('got boolean true');
    expect(invalidMessage(() => parseParametersStr('{"":1}'))).to.equal(
      'sessionContext.parametersStr[""]: key must be a non-empty string, got ""',
    );
  });

  it('uses the path it is given', () => {
    expect(invalidMessage(() => parseParametersStr('{', 'appContext.parametersStr'))).to.match(/^appContext\.parametersStr: /);
  });
});

describe('mapToRecord', () => {
  it('turns a Map into a plain record', () => {
    const map = new Map<string, unknown>([
      ['parametersStr', '[["entityName","incident"]]'],
      ['customerName', 'Ana'],
      ['data', { a: [1, null, true] }],
    ]);
    const record = mapToRecord(map, 'sessionContext');
    expect(record).to.deep.equal({ parametersStr: '[["entityName","incident"]]', customerName: 'Ana', data: { a: [1, null, true] } });
    expect(Object.getPrototypeOf(record)).to.equal(Object.prototype);
  });

  it('accepts a plain object, with or without a prototype', () => {
    expect(mapToRecord({ a: 'b', n: 1 }, 'sessionContext')).to.deep.equal({ a: 'b', n: 1 });
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { a: 'b' });
    expect(mapToRecord(bare, 'sessionContext')).to.deep.equal({ a: 'b' });
  });

  it('keeps a __proto__ key as a plain key', () => {
    const record = mapToRecord(new Map([['__proto__', { polluted: true }]]), 'sessionContext');
    expect(Object.keys(record)).to.deep.equal(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('refuses what is neither a Map nor a plain object', () => {
    expect(invalidMessage(() => mapToRecord('x', 'sessionContext'))).to.equal('sessionContext: must be a Map or a plain object, got string');
    expect(invalidMessage(() => mapToRecord(null, 'ctx'))).to.contain('got null');
    expect(invalidMessage(() => mapToRecord([['a', 'b']], 'ctx'))).to.contain('got array');
    expect(invalidMessage(() => mapToRecord(new Set(), 'ctx'))).to.contain('got Set');
  });

  it('refuses keys that are not non-empty strings', () => {
    expect(invalidMessage(() => mapToRecord(new Map([[1, 'x']]), 'sessionContext'))).to.equal(
      'sessionContext: key must be a non-empty string, got number 1',
    );
    expect(invalidMessage(() => mapToRecord(new Map([['', 'x']]), 'sessionContext'))).to.contain('got ""');
    expect(invalidMessage(() => mapToRecord(new Map([[Symbol('s'), 'x']]), 'ctx'))).to.contain('got symbol');
    expect(invalidMessage(() => mapToRecord(new Map([[{}, 'x']]), 'ctx'))).to.contain('got object');
  });

  it('refuses values that are not JSON values, naming where', () => {
    const cases: [unknown, string][] = [
      [() => 1, 'sessionContext.k: must be a JSON value, got function'],
      [10n, 'sessionContext.k: must be a JSON value, got bigint'],
      [Number.NaN, 'sessionContext.k: NaN is not a JSON value'],
      [Infinity, 'sessionContext.k: Infinity is not a JSON value'],
      [new Date(0), 'sessionContext.k: must be a JSON value, got Date'],
      [{ a: [1, { b: () => 1 }] }, 'sessionContext.k.a[1].b: must be a JSON value, got function'],
      [new Map(), 'sessionContext.k: must be a JSON value, got Map'],
    ];
    for (const [value, message] of cases) {
      expect(invalidMessage(() => mapToRecord(new Map([['k', value]]), 'sessionContext'))).to.equal(message);
    }
  });

  it('drops what JSON would drop, as Dynamics\' transport does: undefined members go, undefined items become null', () => {
    const context = new Map<string, unknown>([
      ['kept', 'x'],
      ['gone', undefined],
      ['nested', { a: [1, undefined], b: undefined }],
    ]);
    expect(mapToRecord(context, 'sessionContext')).to.deep.equal({ kept: 'x', nested: { a: [1, null] } });
  });

  it('refuses circular values, but not shared ones', () => {
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(invalidMessage(() => mapToRecord({ loop }, 'ctx'))).to.equal('ctx.loop.self: contains itself (a cycle), which JSON cannot carry');
    const shared = { x: 1 };
    expect(mapToRecord({ a: [shared, shared] }, 'ctx')).to.deep.equal({ a: [{ x: 1 }, { x: 1 }] });
  });

  it('describes an object without a usable constructor name as object', () => {
    const odd = Object.create({ constructor: { name: '' } }) as object;
    expect(invalidMessage(() => mapToRecord({ k: odd }, 'ctx'))).to.equal('ctx.k: must be a JSON value, got object');
  });
});

describe('parametersStr and session context (properties)', () => {
  const RUNS = { numRuns: 1000 };
  const json = fc.jsonValue() as fc.Arbitrary<JsonValue>;
  const pairs = fc.array(fc.tuple(fc.string({ minLength: 1 }), json), { maxLength: 8 });
  /** JSON.parse(JSON.stringify(x)): what survives the trip as text (-0 becomes 0). */
  const roundTrip = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

  it('reads any pair list as new Map(pairs) would, later keys winning', () => {
    fc.assert(
      fc.property(pairs, (list) => {
        expect(parseParametersStr(JSON.stringify(list))).to.deep.equal(roundTrip(Object.fromEntries(new Map(list))));
      }),
      RUNS,
    );
  });

  it('copies any Map of JSON values into an equal record', () => {
    fc.assert(
      fc.property(pairs, (list) => {
        expect(mapToRecord(new Map(list), 'sessionContext')).to.deep.equal(Object.fromEntries(new Map(list)));
      }),
      RUNS,
    );
  });

  it('either parses or throws INVALID_INPUT, never anything else', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.json(),
      fc.string({ unit: fc.constantFrom('[', ']', '{', '}', '"', ',', ':', '1', 'a', 'null', ' '), maxLength: 24 }),
    );
    fc.assert(
      fc.property(text, (input) => {
        try {
          const record = parseParametersStr(input);
          expect(Object.getPrototypeOf(record)).to.equal(Object.prototype);
        } catch (error) {
          expect(error).to.be.instanceOf(CifError);
          expect((error as CifError).code).to.equal('INVALID_INPUT');
          expect((error as CifError).message).to.match(/^sessionContext\.parametersStr(\[\S*\])*: /);
        }
      }),
      RUNS,
    );
  });
});
