import { expect } from '@open-wc/testing';
import * as s from '../../../src/core/schema/index.js';
import { toJsonSchema } from '../../../src/core/schema/json-schema.js';

const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';

/** The JSON Schema of `schema` alone, without the document's `$schema` and `$defs`. */
function jsonOf(schema: s.Schema): Record<string, unknown> {
  const { $schema, $defs, ...rest } = toJsonSchema(schema, {});
  expect([$schema, $defs]).to.deep.equal([DRAFT_07, {}]);
  return rest;
}

describe('toJsonSchema', () => {
  it('writes types and the checks JSON text can break, in the order they were given', () => {
    expect(jsonOf(s.pipe(s.string(), s.nonEmpty('x'), s.regex(/^a_.+$/, 'x')))).to.deep.equal({ type: 'string', minLength: 1, pattern: '^a_.+$' });
    expect(jsonOf(s.pipe(s.string(), s.minLength(2), s.maxLength(9)))).to.deep.equal({ type: 'string', minLength: 2, maxLength: 9 });
    const timeout = jsonOf(s.pipe(s.number(), s.integer(), s.minValue(0), s.maxValue(500)));
    expect(JSON.stringify(timeout)).to.equal('{"type":"integer","minimum":0,"maximum":500}');
    expect(jsonOf(s.pipe(s.number(), s.finite('x'))), 'JSON text holds no NaN or Infinity').to.deep.equal({ type: 'number' });
    expect(jsonOf(s.boolean())).to.deep.equal({ type: 'boolean' });
    expect(jsonOf(s.null())).to.deep.equal({ type: 'null' });
    expect(jsonOf(s.unknown())).to.deep.equal({});
  });

  it('writes exact values as const and enum', () => {
    expect(jsonOf(s.literal(1))).to.deep.equal({ const: 1 });
    expect(JSON.stringify(jsonOf(s.picklist(['a', 'b'])))).to.equal('{"enum":["a","b"],"type":"string"}');
  });

  it('writes objects with their required keys; a strict one closes them', () => {
    const entries = { name: s.string(), note: s.exactOptional(s.string()), tags: s.optional(s.array(s.string())) };
    expect(jsonOf(s.strictObject(entries))).to.deep.equal({
      type: 'object',
      properties: { name: { type: 'string' }, note: { type: 'string' }, tags: { type: 'array', items: { type: 'string' } } },
      required: ['name'],
      additionalProperties: false,
    });
    expect(jsonOf(s.object(entries))).not.to.have.property('additionalProperties');
  });

  it('writes arrays with their item count limits and records with their values', () => {
    expect(jsonOf(s.pipe(s.array(s.number()), s.minLength(1), s.maxLength(4)))).to.deep.equal({
      type: 'array',
      items: { type: 'number' },
      minItems: 1,
      maxItems: 4,
    });
    expect(jsonOf(s.record(s.boolean()))).to.deep.equal({
      type: 'object',
      propertyNames: { type: 'string' },
      additionalProperties: { type: 'boolean' },
    });
  });

  it('writes a guarded schema as the schema it guards', () => {
    expect(jsonOf(s.guard(() => true, 'x', s.record(s.string())))).to.deep.equal(jsonOf(s.record(s.string())));
  });

  it('refers to definitions wherever the same schema object appears, recursion included', () => {
    type Tree = string | Tree[];
    const TreeSchema: s.Schema<Tree> = s.union([s.string(), s.array(s.lazy(() => TreeSchema))], 'x');
    const Leaf = s.strictObject({ id: s.string() });
    const Root = s.strictObject({ tree: TreeSchema, leaf: s.exactOptional(Leaf), leaves: s.array(Leaf) });
    expect(toJsonSchema(Root, { Leaf, Tree: TreeSchema })).to.deep.equal({
      $schema: DRAFT_07,
      type: 'object',
      properties: {
        tree: { $ref: '#/$defs/Tree' },
        leaf: { $ref: '#/$defs/Leaf' },
        leaves: { type: 'array', items: { $ref: '#/$defs/Leaf' } },
      },
      required: ['tree', 'leaves'],
      additionalProperties: false,
      $defs: {
        Leaf: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'], additionalProperties: false },
        Tree: { anyOf: [{ type: 'string' }, { type: 'array', items: { $ref: '#/$defs/Tree' } }] },
      },
    });
  });

  it('refuses what JSON Schema cannot say, naming it', () => {
    const refusals: [s.Schema, string][] = [
      [s.pipe(s.array(s.string()), s.check(() => true, 'x')), 'a "check" check has no JSON Schema counterpart'],
      [s.nullable(s.string()), 'a "nullable" schema has no JSON Schema counterpart'],
      [s.variant('kind', [s.object({ kind: s.literal('a') })]), 'a "variant" schema has no JSON Schema counterpart'],
      [s.lazy(() => s.string()), 'a lazy schema must lead to one of the definitions'],
    ];
    for (const [schema, message] of refusals) expect(() => toJsonSchema(schema, {}), message).to.throw(message);
  });
});
