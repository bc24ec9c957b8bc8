import { expect } from '@open-wc/testing';
import { BUILTIN_TEMPLATES, PAGE_TYPES, PANEL_MODES } from '../../../src/core/config/index.js';
import { validConfig } from './helpers.js';

/** The subset of JSON Schema the generated file uses. */
interface Schema {
  $ref?: string;
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  enum?: unknown[];
  pattern?: string;
  minLength?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  anyOf?: Schema[];
  $defs?: Record<string, Schema>;
  [key: string]: unknown;
}

let document: Schema;

function deref(schema: Schema): Schema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.replace('#/$defs/', '');
  const target = document.$defs?.[name];
  if (!target) throw new Error(`dangling $ref ${schema.$ref}`);
  return deref(target);
}

/**
 * A small structural validator: enough to show that a valid config fits the file's declared
 * properties, required keys, types, enums and patterns. Returns the paths that do not fit.
 */
function misfits(value: unknown, raw: Schema, path = 'config'): string[] {
  const schema = deref(raw);
  if (schema.anyOf) {
    return schema.anyOf.some((option) => misfits(value, option, path).length === 0) ? [] : [`${path}: no anyOf option fits`];
  }
  const problems: string[] = [];
  if (schema.enum && !schema.enum.includes(value)) problems.push(`${path}: not in enum`);
  switch (schema.type) {
    case 'string':
      if (typeof value !== 'string') return [`${path}: not a string`];
      if (schema.pattern && !new RegExp(schema.pattern).test(value)) problems.push(`${path}: pattern`);
      if (schema.minLength !== undefined && value.length < schema.minLength) problems.push(`${path}: too short`);
      break;
    case 'number':
    case 'integer':
      if (typeof value !== 'number') return [`${path}: not a number`];
      break;
    case 'boolean':
      if (typeof value !== 'boolean') return [`${path}: not a boolean`];
      break;
    case 'null':
      if (value !== null) return [`${path}: not null`];
      break;
    case 'array':
      if (!Array.isArray(value)) return [`${path}: not an array`];
      if (schema.maxItems !== undefined && value.length > schema.maxItems) problems.push(`${path}: too many items`);
      value.forEach((item, index) => problems.push(...misfits(item, schema.items ?? {}, `${path}[${index}]`)));
      break;
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${path}: not an object`];
      const record = value as Record<string, unknown>;
      for (const key of schema.required ?? []) if (!(key in record)) problems.push(`${path}.${key}: missing`);
      for (const [key, child] of Object.entries(record)) {
        const declared = schema.properties?.[key];
        if (declared) problems.push(...misfits(child, declared, `${path}.${key}`));
        else if (schema.additionalProperties === false) problems.push(`${path}.${key}: not allowed`);
        else if (typeof schema.additionalProperties === 'object') {
          problems.push(...misfits(child, schema.additionalProperties, `${path}.${key}`));
        }
      }
      break;
    }
  }
  return problems;
}

describe('schema/cif-config.schema.json', () => {
  before(async () => {
    const response = await fetch('/schema/cif-config.schema.json');
    expect(response.ok, 'the generated schema file is served from the repository root').to.equal(true);
    document = (await response.json()) as Schema;
  });

  it('is a draft-07 JSON Schema with an id and a title', () => {
    expect(document.$schema).to.equal('http://json-schema.org/draft-07/schema#');
    expect(document.$id).to.equal('urn:cif-workspace:schema:cif-config');
    expect(document.title).to.equal('cif-workspace configuration');
  });

  it('requires the two template lists, allows $schema and closes the top level', () => {
    expect(document.type).to.equal('object');
    expect(document.required).to.deep.equal(['sessionTemplates', 'appTabTemplates']);
    expect(document.additionalProperties).to.equal(false);
    expect(Object.keys(document.properties ?? {})).to.deep.equal([
      '$schema',
      'sessionTemplates',
      'appTabTemplates',
      'notificationTemplates',
      'appProfile',
      'routes',
      'environment',
    ]);
  });

  it('describes session templates like the contract', () => {
    const session = deref(document.properties!['sessionTemplates']!.items!);
    expect(session.additionalProperties).to.equal(false);
    expect(session.required).to.have.members(['uniqueName', 'name', 'type', 'title', 'anchorTab', 'panelMode']);
    expect(session.properties!['panelMode']!.enum).to.deep.equal([...PANEL_MODES]);
    expect(session.properties!['type']!.enum).to.deep.equal(['generic', 'entity']);
  });

  it('describes application tab templates like the contract', () => {
    const tab = deref(document.properties!['appTabTemplates']!.items!);
    expect(tab.required).to.have.members(['uniqueName', 'name', 'title', 'pageType', 'parameters']);
    expect(tab.properties!['pageType']!.enum).to.deep.equal([...PAGE_TYPES]);
  });

  it('limits notification fields and timeouts', () => {
    const notification = deref(document.properties!['notificationTemplates']!.items!);
    expect(notification.properties!['fields']!.maxItems).to.equal(4);
    expect(notification.properties!['timeoutSeconds']).to.include({ type: 'integer', minimum: 0, maximum: 500 });
  });

  it('has a unique-name pattern that accepts the built-in names and refuses a short prefix', () => {
    const pattern = new RegExp(deref(document.properties!['sessionTemplates']!.items!).properties!['uniqueName']!.pattern!);
    for (const template of [...BUILTIN_TEMPLATES.sessionTemplates, ...BUILTIN_TEMPLATES.appTabTemplates]) {
      expect(pattern.test(template.uniqueName), template.uniqueName).to.equal(true);
    }
    expect(pattern.test('ab_x')).to.equal(false);
  });

  it('accepts a valid config and the built-ins written as a config', () => {
    expect(misfits(validConfig(), document)).to.deep.equal([]);
    expect(misfits(BUILTIN_TEMPLATES, document)).to.deep.equal([]);
  });

  it('refuses a typo, a missing key and a value outside an enum', () => {
    const config = structuredClone(validConfig()) as Record<string, unknown> & ReturnType<typeof validConfig>;
    config['appProfiles'] = {};
    (config.sessionTemplates[0] as Record<string, unknown>)['panelMode'] = 'open';
    delete (config.appTabTemplates[0] as Partial<(typeof config.appTabTemplates)[0]>).parameters;
    expect(misfits(config, document)).to.have.members([
      'config.appProfiles: not allowed',
      'config.sessionTemplates[0].panelMode: not in enum',
      'config.appTabTemplates[0].parameters: missing',
    ]);
  });
});
