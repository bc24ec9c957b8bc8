// Checks of the committed custom-elements.json (each is one test in `npm test`):
//   node scripts/manifest-check.mjs --fresh   regenerates the manifest into a temporary directory
//                                             and fails when it differs from the committed one
//   node scripts/manifest-check.mjs --docs    fails when a public element lacks a description or
//                                             summary, or one of its attributes, events, slots,
//                                             CSS parts or CSS properties lacks a description
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const MANIFEST = 'custom-elements.json';
const mode = process.argv[2];

if (mode === '--fresh') process.exit(checkFresh());
if (mode === '--docs') process.exit(checkDocs());
console.error('usage: node scripts/manifest-check.mjs --fresh | --docs');
process.exit(2);

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
