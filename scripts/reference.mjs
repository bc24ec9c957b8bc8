// @ts-check
// Writes docs/reference.md, the reference people read, from the two generated sources of truth:
// custom-elements.json (elements: attributes, properties, methods, events, slots, parts, CSS
// custom properties) and schema/cif-config.schema.json (the configuration, field by field).
//
//   node scripts/reference.mjs           write the file
//   node scripts/reference.mjs --check   exit 1 when the file on disk differs from a fresh build
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const read = (/** @type {string} */ path) => JSON.parse(readFileSync(resolve(root, path), 'utf8'));
const manifest = read('custom-elements.json');
const schema = read('schema/cif-config.schema.json');
const TARGET = 'docs/reference.md';

/** A table cell: one line, pipes escaped. */
const cell = (/** @type {unknown} */ text) => String(text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
const code = (/** @type {string | undefined} */ text) => (text ? `\`${text.replace(/`/g, "'")}\`` : '');

/** @param {string[]} head @param {unknown[][]} rows */
function table(head, rows) {
  if (!rows.length) return '';
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n') + '\n';
}

/** @param {any} element */
function elementSection(element) {
  // the element's own API; what its base class brings (controllers, updateComplete) is the platform's plumbing
  const members = (element.members ?? []).filter((/** @type {any} */ m) => (m.privacy ?? 'public') === 'public' && !m.static && !m.name.startsWith('#') && !m.inheritedFrom);
  const fields = members.filter((/** @type {any} */ m) => m.kind === 'field');
  const methods = members.filter((/** @type {any} */ m) => m.kind === 'method');
  // an attribute declared in JSDoc (a plain element) names no field: the field is its camelCase
  const camel = (/** @type {string} */ name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
  const attributes = (element.attributes ?? []).map((/** @type {any} */ a) => ({ ...a, fieldName: a.fieldName ?? fields.find((/** @type {any} */ f) => f.name === camel(a.name))?.name }));
  const reflected = new Set(attributes.map((/** @type {any} */ a) => a.fieldName));
  const parts = [
    `## \`<${element.tagName}>\`\n`,
    `${element.summary ?? ''}\n`,
    element.description ? `${element.description}\n` : '',
    table(['Attribute', 'Property', 'Type', 'Default', 'Description'], attributes.map((/** @type {any} */ a) => [code(a.name), code(a.fieldName), code(a.type?.text), code(a.default), a.description])),
    table(
      ['Property', 'Type', 'Description'],
      fields.filter((/** @type {any} */ f) => !reflected.has(f.name)).map((/** @type {any} */ f) => [code(f.name) + (f.readonly ? ' (read-only)' : ''), code(f.type?.text), f.description]),
    ),
    table(
      ['Method', 'Description'],
      methods.map((/** @type {any} */ m) => [
        code(`${m.name}(${(m.parameters ?? []).map((/** @type {any} */ p) => `${p.name}${p.optional ? '?' : ''}`).join(', ')})`) + (m.return?.type?.text ? ` → ${code(m.return.type.text)}` : ''),
        m.description,
      ]),
    ),
    table(['Event', 'Description'], (element.events ?? []).map((/** @type {any} */ e) => [code(e.name), e.description])),
    table(['Slot', 'Description'], (element.slots ?? []).map((/** @type {any} */ s) => [s.name ? code(s.name) : '(default)', s.description])),
    table(['Part', 'Description'], (element.cssParts ?? []).map((/** @type {any} */ p) => [code(p.name), p.description])),
    table(['CSS custom property', 'Description'], (element.cssProperties ?? []).map((/** @type {any} */ p) => [code(p.name), p.description])),
  ];
  return parts.filter(Boolean).join('\n');
}

/** A JSON Schema type in words: `string`, `SessionTemplate[]`, `"docked" | "minimized"`. */
function typeOf(/** @type {any} */ node) {
  if (!node) return '';
  if (node.$ref) return node.$ref.split('/').pop();
  if (node.enum) return node.enum.map((/** @type {unknown} */ v) => JSON.stringify(v)).join(' \\| ');
  if (node.const !== undefined) return JSON.stringify(node.const);
  if (node.anyOf || node.oneOf) return (node.anyOf ?? node.oneOf).map(typeOf).join(' \\| ');
  if (node.type === 'array') return `${typeOf(node.items)}[]`;
  if (node.type === 'object' && node.additionalProperties && typeof node.additionalProperties === 'object') return `{ [key]: ${typeOf(node.additionalProperties)} }`;
  return Array.isArray(node.type) ? node.type.join(' \\| ') : (node.type ?? 'any');
}

/** The fields of one object of the schema, as a table. */
function fieldsTable(/** @type {any} */ node) {
  const required = new Set(node.required ?? []);
  const rows = Object.entries(node.properties ?? {})
    .filter(([name]) => name !== '$schema')
    .map(([name, field]) => [code(name) + (required.has(name) ? ' (required)' : ''), code(typeOf(field)), /** @type {any} */ (field).description ?? '']);
  return table(['Field', 'Type', 'Description'], rows);
}

function configurationSection() {
  const definitions = Object.entries(schema.$defs ?? {}).filter(([, node]) => /** @type {any} */ (node).properties);
  return [
    '## Configuration\n',
    `${schema.description}\n`,
    'Give it as a child `<script type="application/json">`, the `config-src` URL, or the `config` property. Editors check a file that names the schema: `"$schema": "node_modules/cif-workspace/schema/cif-config.schema.json"`.\n',
    fieldsTable(schema),
    ...definitions.flatMap(([name, node]) => [`### ${name}\n`, /** @type {any} */ (node).description ? `${/** @type {any} */ (node).description}\n` : '', fieldsTable(node)]),
  ]
    .filter(Boolean)
    .join('\n');
}

/** The host first, then what a page places or meets, then what the workspace creates itself. */
const ORDER = ['cif-session-host', 'cif-comm-panel', 'cif-app-tab', 'cif-record-form', 'cif-record-list'];
const rank = (/** @type {string} */ tag) => (ORDER.includes(tag) ? ORDER.indexOf(tag) : ORDER.length);
const elements = manifest.modules
  .flatMap((/** @type {any} */ m) => m.declarations ?? [])
  .filter((/** @type {any} */ d) => d.tagName)
  .sort((/** @type {any} */ a, /** @type {any} */ b) => rank(a.tagName) - rank(b.tagName) || a.tagName.localeCompare(b.tagName));
const text = [
  '<!-- Generated from custom-elements.json and schema/cif-config.schema.json by scripts/reference.mjs: do not edit. -->\n',
  '# Reference\n',
  'Every element, attribute, property, method, event, slot, part and CSS custom property, and every field of the configuration. How to put them together: the [README](../README.md).\n',
  ...elements.map((/** @type {any} */ e) => `- [\`<${e.tagName}>\`](#${e.tagName}): ${e.summary ?? ''}`),
  '- [Configuration](#configuration)\n',
  ...elements.map(elementSection),
  configurationSection(),
].join('\n');

if (process.argv.includes('--check')) {
  let onDisk = '';
  try {
    onDisk = readFileSync(resolve(root, TARGET), 'utf8');
  } catch {}
  if (onDisk !== text) {
    console.error(`${TARGET} is stale: run \`node scripts/reference.mjs\` (after \`npm run analyze\` and \`npm run schema\`).`);
    process.exit(1);
  }
  console.log(`${TARGET} is up to date.`);
} else {
  writeFileSync(resolve(root, TARGET), text);
  console.log(`wrote ${TARGET}`);
}
