// Checks of the committed custom-elements.json (each is one test in `npm test`):
//   node scripts/manifest-check.mjs --fresh   regenerates the manifest into a temporary directory
//                                             and fails when it differs from the committed one
//   node scripts/manifest-check.mjs --docs    fails when a public element lacks a description or
//                                             summary, or one of its attributes, events, slots,
//                                             CSS parts or CSS properties lacks a description
//   node scripts/manifest-check.mjs --complete
//                                             fails when an element (src/elements/<name>/) reads a
//                                             --cif-* custom property or fires an event that its
//                                             manifest entry does not list (see checkComplete)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const MANIFEST = 'custom-elements.json';
const ELEMENTS = 'src/elements';
const NOTIFICATIONS = 'src/events/notifications.ts';

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const mode = process.argv[2];
  if (mode === '--fresh') process.exit(checkFresh());
  if (mode === '--docs') process.exit(checkDocs());
  if (mode === '--complete') process.exit(checkComplete());
  console.error('usage: node scripts/manifest-check.mjs --fresh | --docs | --complete');
  process.exit(2);
}

function checkFresh() {
  if (!existsSync(MANIFEST)) {
    console.error(`${MANIFEST} is missing: run \`npm run analyze\` and commit it.`);
    return 1;
  }
  const dir = mkdtempSync(join(tmpdir(), 'cif-cem-'));
  try {
    // the analyzer joins outdir to the working directory, so it must be relative
    const result = spawnSync('node_modules/.bin/cem', ['analyze', '--quiet', '--outdir', relative(process.cwd(), dir)], {
      stdio: 'inherit',
    });
    if (result.status !== 0) {
      console.error('cem analyze failed');
      return 1;
    }
    const fresh = readFileSync(join(dir, MANIFEST), 'utf8');
    if (fresh !== readFileSync(MANIFEST, 'utf8')) {
      console.error(`${MANIFEST} is stale: run \`npm run analyze\` and commit the result.`);
      return 1;
    }
    return 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function checkDocs() {
  /** @type {{ modules: { path: string, declarations?: any[] }[] }} */
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  const problems = [];
  const elements = manifest.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((/** @type {any} */ d) => d.customElement && !isPrivate(d))
      .map((/** @type {any} */ d) => ({ ...d, path: module.path })),
  );
  if (!elements.length) problems.push('no public custom element in the manifest');
  for (const element of elements) {
    const where = element.tagName ? `<${element.tagName}> (${element.path})` : `${element.name} (${element.path})`;
    // registered elsewhere (a loop over a table, say) the analyzer cannot see the tag
    if (!element.tagName) problems.push(`${where}: no tag name; add \`@tagname <tag>\` to the class's JSDoc`);
    if (!hasText(element.description) && !hasText(element.summary)) problems.push(`${where}: no description or @summary`);
    const lists = {
      attribute: element.attributes,
      event: element.events,
      slot: element.slots,
      'CSS part': element.cssParts,
      'CSS property': element.cssProperties,
    };
    for (const [kind, items] of Object.entries(lists)) {
      for (const item of items ?? []) {
        if (isPrivate(item)) continue;
        // the default slot has the empty name
        const name = item.name === '' && kind === 'slot' ? '(default)' : item.name;
        if (!hasText(name)) problems.push(`${where}: a ${kind} without a name${item.type ? ` (${item.type.text})` : ''}`);
        else if (!hasText(item.description) && !hasText(item.summary)) problems.push(`${where}: ${kind} "${name}" has no description`);
      }
    }
  }
  for (const problem of problems) console.error(`${MANIFEST}: ${problem}`);
  if (problems.length) {
    console.error('Document them in the elements\' JSDoc (@summary, @fires, @slot, @csspart, @cssprop, @tagname), then `npm run analyze`.');
    return 1;
  }
  console.log(`${MANIFEST}: ${elements.length} public element(s), all documented`);
  return 0;
}

/** @param {unknown} text */
function hasText(text) {
  return typeof text === 'string' && text.trim() !== '';
}

/** @param {{ privacy?: string, name?: string }} item */
function isPrivate(item) {
  return item.privacy === 'private' || item.privacy === 'protected';
}

/**
 * Every custom property an element reads and every event it fires is in its manifest entry. An
 * element is a folder src/elements/<name>/; what it uses is found by scanning all its .ts files
 * (its styles file, its helpers such as session-host/change-events.ts, whose notificationFor()
 * maps workspace changes to the notification events the host fires):
 *   - CSS properties: `var(--cif-…)`
 *   - events: `new Cif…Event(` (named by the class's `static readonly eventName` in
 *     src/events/notifications.ts), and the requests `sendRequest(this, 'cif-…'` and
 *     `this.#request('cif-…'`.
 */
function checkComplete() {
  /** @type {{ modules: { path: string, declarations?: any[] }[] }} */
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  const eventNameOf = eventNamesOfClasses(readFileSync(NOTIFICATIONS, 'utf8'));
  const problems = [];
  let count = 0;
  for (const folder of readdirSync(ELEMENTS, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()) {
    const dir = `${ELEMENTS}/${folder}`;
    const declaration = manifest.modules
      .filter((module) => module.path.startsWith(`${dir}/`))
      .flatMap((module) => module.declarations ?? [])
      .find((d) => d.customElement);
    if (!declaration) {
      problems.push(`${dir}/: no custom element of this folder in ${MANIFEST}`);
      continue;
    }
    count += 1;
    const sources = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .map((file) => file.replaceAll('\\', '/'))
      .filter((file) => file.endsWith('.ts'))
      .sort()
      .map((file) => ({ path: `${dir}/${file}`, text: readFileSync(`${dir}/${file}`, 'utf8') }));
    problems.push(...missingFromManifest(declaration, usedByElement(sources, eventNameOf)));
  }
  for (const problem of problems) console.error(`${MANIFEST}: ${problem}`);
  if (problems.length) {
    console.error(
      `${problems.length} missing. Document them in the element's JSDoc (@cssproperty --cif-…, @fires cif-…), then \`npm run analyze\`.`,
    );
    return 1;
  }
  console.log(`${MANIFEST}: ${count} element(s) list every CSS custom property they read and every event they fire`);
  return 0;
}

/**
 * The notification classes' event names: `class CifXEvent extends Event { static readonly eventName = 'cif-x'`.
 * @param {string} source the text of src/events/notifications.ts
 * @returns {Map<string, string>} class name -> event name
 */
export function eventNamesOfClasses(source) {
  const names = new Map();
  for (const [, className, body] of source.matchAll(/\bclass\s+(\w+)\s+extends\b([\s\S]*?)(?=\bclass\s+\w+\s+extends\b|$)/g)) {
    const eventName = /static\s+readonly\s+eventName\s*=\s*['"`]([^'"`]+)['"`]/.exec(body ?? '');
    if (className && eventName?.[1]) names.set(className, eventName[1]);
  }
  return names;
}

/**
 * What an element's sources read and fire, each with the first file it was found in.
 * @param {{ path: string, text: string }[]} sources
 * @param {Map<string, string>} eventNameOf class name -> event name
 */
export function usedByElement(sources, eventNameOf) {
  /** @type {Map<string, string>} */
  const cssProperties = new Map();
  /** @type {Map<string, string>} */
  const events = new Map();
  /** @type {{ className: string, path: string }[]} */
  const unknownClasses = [];
  for (const { path, text } of sources) {
    for (const [, name] of text.matchAll(/var\(\s*(--cif-[\w-]+)/g)) if (name && !cssProperties.has(name)) cssProperties.set(name, path);
    for (const [, className] of text.matchAll(/\bnew\s+(Cif\w*Event)\s*\(/g)) {
      if (!className) continue;
      const name = eventNameOf.get(className);
      if (!name) unknownClasses.push({ className, path });
      else if (!events.has(name)) events.set(name, path);
    }
    for (const [, name] of text.matchAll(/(?:\bsendRequest\(\s*this\s*,|\bthis\.#request\()\s*['"`](cif-[\w-]+)['"`]/g)) {
      if (name && !events.has(name)) events.set(name, path);
    }
  }
  return { cssProperties, events, unknownClasses };
}

/**
 * What `used` names that the element's manifest declaration does not list, one line each.
 * @param {{ tagName?: string, name?: string, cssProperties?: { name: string }[], events?: { name?: string }[] }} declaration
 * @param {ReturnType<typeof usedByElement>} used
 * @returns {string[]}
 */
export function missingFromManifest(declaration, used) {
  const element = declaration.tagName ? `<${declaration.tagName}>` : (declaration.name ?? '(unnamed element)');
  const listedProperties = new Set((declaration.cssProperties ?? []).map((p) => p.name));
  const listedEvents = new Set((declaration.events ?? []).map((e) => e.name));
  const problems = [];
  for (const [name, path] of used.cssProperties) {
    if (!listedProperties.has(name)) problems.push(`${element}: CSS property ${name} is not listed (read in ${path})`);
  }
  for (const [name, path] of used.events) {
    if (!listedEvents.has(name)) problems.push(`${element}: event ${name} is not listed (fired in ${path})`);
  }
  for (const { className, path } of used.unknownClasses) {
    problems.push(`${element}: event class ${className} (in ${path}) has no \`static readonly eventName\` in ${NOTIFICATIONS}`);
  }
  return problems;
}
