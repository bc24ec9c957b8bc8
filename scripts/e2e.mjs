// End-to-end tests: every test/e2e/*.e2e.mjs, run with node:test, each file in its own process,
// one at a time (each drives its own Chromium; two at once on two cores only adds noise).
// They exercise the built dist/, so build first (`npm run test:e2e` does; `npm test` builds once).
// The last line printed is "N passed, N failed", which scripts/test.mjs sums across runs.
//   node scripts/e2e.mjs [file…]    only the given files
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { pipeline } from 'node:stream/promises';

const DIR = 'test/e2e';
const requested = process.argv.slice(2);
const files = (requested.length ? requested : readdirSync(DIR).filter((f) => f.endsWith('.e2e.mjs')).map((f) => `${DIR}/${f}`))
  .map((f) => resolve(f))
  .sort();

let passed = 0;
let failed = 0;

if (!existsSync('dist/cif-workspace.js')) {
  console.error('dist/cif-workspace.js is missing: run `npm run build` first.');
  failed += 1;
} else if (files.length) {
  const stream = run({ files, concurrency: 1, timeout: 180_000 });
  // Count tests, not the suites around them; a skipped or todo test counts as failed (main carries
  // none), and a file that fails to load shows up as one failed test named after the file.
  stream.on('test:pass', (data) => {
    if (data.details?.type === 'suite') return;
    if (data.skip || data.todo) failed += 1;
    else passed += 1;
  });
  stream.on('test:fail', (data) => {
    if (data.details?.type !== 'suite') failed += 1;
  });
  await pipeline(stream, new spec(), process.stdout, { end: false });
} else {
  console.log(`no ${DIR}/*.e2e.mjs files`);
}

process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exitCode = failed === 0 ? 0 : 1;
