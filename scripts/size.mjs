// `npm run size` (after `npm run build`): raw and gzip -9 bytes of each script-tag bundle, checked
// against size-budget.json. Exits 1 when a bundle is over its budget or a budgeted bundle is
// missing although its entry point exists. Raising a budget is a deliberate commit that says why.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** @type {Record<string, { entry: string, raw?: number, gzip?: number, note?: string }>} */
const budgets = JSON.parse(readFileSync('size-budget.json', 'utf8')).bundles;

const kib = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
let over = 0;
for (const [file, budget] of Object.entries(budgets)) {
  if (!existsSync(file)) {
    if (!existsSync(budget.entry)) {
      console.log(`${file}: not built yet (${budget.entry} does not exist)`);
      continue;
    }
    console.error(`${file}: missing; run \`npm run build\` first`);
    over += 1;
    continue;
  }
  const source = readFileSync(file);
  const sizes = { raw: source.length, gzip: gzipSync(source, { level: 9 }).length };
  const verdicts = [];
  for (const kind of /** @type {const} */ (['raw', 'gzip'])) {
    const limit = budget[kind];
    if (limit === undefined) continue;
    const ok = sizes[kind] <= limit;
    if (!ok) over += 1;
    verdicts.push(`${kind} ${sizes[kind]} B (${kib(sizes[kind])}) of ${limit} B${ok ? '' : '  OVER BUDGET'}`);
  }
  console.log(`${file}: ${verdicts.join(', ')}`);
}
if (over) {
  console.error(`${over} size budget(s) exceeded (size-budget.json).`);
  process.exit(1);
}
