/**
 * Our schemas as draft-07 JSON Schema, so an editor can check and complete what an administrator
 * writes: scripts/config-schema.mjs writes schema/cif-config.schema.json with it. It reads what a
 * schema is made of (`type`, `entries`, `checks`…), never runs one. Nothing that validates at run
 * time imports this file, so the script-tag bundle does not carry it.
 *
 * Only what JSON text can break is expressed. A `guard`'s test is JavaScript's concern (a `Map`
 * must not pass as `{}`: in a JSON file every object is plain), so a guarded schema is written as
 * the schema it guards; `finite` says nothing either, as JSON text cannot hold NaN or Infinity. A
 * schema or check with no JSON Schema counterpart (`check`, `variant`, `nullable`) is an error.
 */
import type { Check } from './checks.js';
import type { Schema } from './schema.js';

export type JsonSchema = { [keyword: string]: unknown };

/** What a schema may be made of, whichever combinator built it. */
interface Parts extends Schema {
  readonly checks?: readonly Check<never>[];
  readonly entries?: Readonly<Record<string, Schema>>;
  readonly strict?: boolean;
  readonly item?: Schema;
  readonly value?: Schema;
  readonly options?: readonly unknown[];
  readonly wrapped?: Schema;
  readonly getter?: () => Schema;
  readonly literal?: unknown;
}

/**
 * `root` as a JSON Schema document. Each of `definitions` is written once under `$defs` and
 * referenced (`{ "$ref": "#/$defs/Name" }`) wherever that same schema object appears, which is
 * also how a recursive schema (through `lazy`) is written.
 */
export function toJsonSchema(root: Schema, definitions: Readonly<Record<string, Schema>>): JsonSchema {
  const names = new Map(Object.entries(definitions).map(([name, schema]) => [schema, name]));
  const context: Context = {
    convert: (schema) => {
      const name = names.get(schema);
      return name === undefined ? convertParts(schema as Parts, context) : { $ref: `#/$defs/${name}` };
    },
    isDefinition: (schema) => names.has(schema),
  };
  const $defs = Object.fromEntries(Object.entries(definitions).map(([name, schema]) => [name, convertParts(schema as Parts, context)]));
  return { $schema: 'http://json-schema.org/draft-07/schema#', ...context.convert(root), $defs };
}

interface Context {
  /** A schema as a reference to its definition, or else written out. */
  readonly convert: (schema: Schema) => JsonSchema;
  readonly isDefinition: (schema: Schema) => boolean;
}

/** `schema` written out, even when it is a definition (as under `$defs`). */
function convertParts(schema: Parts, { convert, isDefinition }: Context): JsonSchema {
  const json: JsonSchema = {};
  switch (schema.type) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'null':
      json.type = schema.type;
      break;
    case 'unknown':
      break;
    case 'literal':
      json.const = schema.literal;
      break;
    case 'picklist':
      json.enum = [...schema.options!];
      if (schema.options!.every((option) => typeof option === 'string')) json.type = 'string';
      break;
    case 'object': {
      const properties: JsonSchema = {};
      const required: string[] = [];
      for (const [key, entry] of Object.entries(schema.entries!)) {
        properties[key] = convert(entry);
        if (!entry.optional) required.push(key);
      }
      Object.assign(json, { type: 'object', properties, required });
      if (schema.strict) json.additionalProperties = false;
      break;
    }
    case 'array':
      Object.assign(json, { type: 'array', items: convert(schema.item!) });
      break;
    case 'record':
      Object.assign(json, { type: 'object', propertyNames: { type: 'string' }, additionalProperties: convert(schema.value!) });
      break;
    case 'union':
      json.anyOf = (schema.options as readonly Schema[]).map(convert);
      break;
    case 'optional':
      // Absence is the object's business (its `required` list); a present value is the wrapped one's.
      return convert(schema.wrapped!);
    case 'lazy': {
      // A schema that contains itself can only be written as a reference to itself.
      const target = schema.getter!();
      if (!isDefinition(target)) throw new Error('a lazy schema must lead to one of the definitions');
      return convert(target);
    }
    default:
      throw new Error(`a "${schema.type}" schema has no JSON Schema counterpart`);
  }
  for (const check of schema.checks ?? []) applyCheck(json, check);
  return json;
}

function applyCheck(json: JsonSchema, check: Check<never>): void {
  const { type, requirement } = check;
  const isArray = json.type === 'array';
  switch (type) {
    case 'min_length':
      json[isArray ? 'minItems' : 'minLength'] = requirement;
      break;
    case 'max_length':
      json[isArray ? 'maxItems' : 'maxLength'] = requirement;
      break;
    case 'regex':
      json.pattern = (requirement as RegExp).source;
      break;
    case 'integer':
      json.type = 'integer';
      break;
    case 'min_value':
      json.minimum = requirement;
      break;
    case 'max_value':
      json.maximum = requirement;
      break;
    case 'finite':
      break;
    default:
      throw new Error(`a "${type}" check has no JSON Schema counterpart`);
  }
}
