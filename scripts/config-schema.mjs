// @ts-check
// Generates schema/cif-config.schema.json from the schema of the configuration
// (src/core/config/schema.ts), so editors can autocomplete and check a config file.
//
//   node scripts/config-schema.mjs           write the file
//   node scripts/config-schema.mjs --check   exit 1 when the file on disk differs from a fresh build
//
// The schema and its JSON Schema writer (src/core/schema/json-schema.ts) are TypeScript: esbuild
// bundles them in memory and we import the bundle from a data: URL, so nothing is written besides
// the JSON file.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const source = resolve(root, 'src/core/config/schema.ts');
const writer = resolve(root, 'src/core/schema/json-schema.ts');
const docsSource = resolve(root, 'src/core/config/schema-docs.ts');
const target = resolve(root, 'schema/cif-config.schema.json');

/** @returns {Promise<Record<string, any>>} the module's exports */
async function importTypeScript(/** @type {string[]} */ ...entries) {
  const result = await build({
    // one bundle, so every module (and every schema object) exists once
    stdin: { contents: entries.map((entry) => `export * from ${JSON.stringify(entry)};`).join('\n'), resolveDir: root },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

async function generate() {
  const { toJsonSchema, ...schemas } = await importTypeScript(source, writer);
  // Named definitions keep the file readable and make the recursive JSON value expressible.
  const jsonSchema = toJsonSchema(schemas.WorkspaceConfigSchema, {
    SessionTemplate: schemas.SessionTemplateSchema,
    AppTabTemplate: schemas.AppTabTemplateSchema,
    NotificationTemplate: schemas.NotificationTemplateSchema,
    AppProfile: schemas.AppProfileSchema,
    Routes: schemas.RoutesSchema,
    JsonValue: schemas.JsonValueSchema,
  });
  describe(jsonSchema, (await importTypeScript(docsSource)).SCHEMA_DOCS);
  const { $schema, ...rest } = jsonSchema;
  const document = {
    $schema,
    $id: 'urn:cif-workspace:schema:cif-config',
    title: 'cif-workspace configuration',
    description:
      'Session, application tab and notification templates, app profile and routes of a cif-workspace ' +
      '(<cif-session-host>). Cross-template rules (references, duplicates, page parameters) are checked ' +
      'by the workspace when it loads the file.',
    ...rest,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/**
 * Writes the descriptions of src/core/config/schema-docs.ts into the JSON Schema. Every property
 * must have one and every description must land somewhere, so neither side can drift.
 * @param {Record<string, any>} jsonSchema @param {Record<string, string>} docs
 */
function describe(jsonSchema, docs) {
  const unused = new Set(Object.keys(docs));
  const missing = [];
  /** @param {Record<string, any>} node @param {string} key */
  const set = (node, key) => {
    if (node.$ref) return; // a named definition describes itself
    if (key in docs) {
      node.description = docs[key];
      unused.delete(key);
    } else if (!key.endsWith('[]')) missing.push(key);
    if (node.items && !node.items.$ref) set(node.items, `${key}[]`);
    for (const [property, child] of Object.entries(node.properties ?? {})) set(child, `${key}.${property}`);
  };
  /** @param {Record<string, any>} definition @param {string} name */
  const describeDefinition = (definition, name) => {
    if (name in docs) {
      definition.description = docs[name];
      unused.delete(name);
    }
    for (const [property, node] of Object.entries(definition.properties ?? {})) set(node, `${name}.${property}`);
  };
  for (const [name, definition] of Object.entries(jsonSchema.$defs ?? {})) if (name !== 'JsonValue') describeDefinition(definition, name);
  describeDefinition(jsonSchema, 'WorkspaceConfig');
  if (missing.length || unused.size) {
    throw new Error(`schema-docs.ts: ${[...missing.map((k) => `no description for ${k}`), ...[...unused].map((k) => `${k} describes nothing`)].join('; ')}`);
  }
}

async function readCurrent() {
  try {
    return await readFile(target, 'utf8');
  } catch {
    return undefined;
  }
}

const text = await generate();
const shownPath = relative(process.cwd(), target);
if (process.argv.includes('--check')) {
  if ((await readCurrent()) !== text) {
    console.error(`${shownPath} is stale: run "npm run schema" and commit the result.`);
    process.exit(1);
  }
  console.log(`${shownPath} is up to date.`);
} else {
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, text);
  console.log(`wrote ${shownPath}`);
}
