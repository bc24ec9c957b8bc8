// `npm test`: every test run, in both browsers, then one line "N passed, N failed" summing them.
//   1. the core in Chromium, with its coverage threshold (src/core ≥ 95 % of lines)
//   2. everything else in Chromium
//   3. everything in Firefox ESR
//   4. the end-to-end tests: the built bundles in real pages (scripts/e2e.mjs, playwright-core)
//   5. the tests of these scripts, test/scripts/*.test.mjs, with node's own test runner
// after one build (type-check + rollup) and the checks of generated and built files: the config
// schema and custom-elements.json are fresh, every public element is documented, every CSS custom
// property an element reads and every event it fires is in the manifest, the bundles fit their
// size budgets, the React and Vue declarations are fresh and the examples type-check with them,
// and the reference generated from the manifest and the schema is fresh.
// Each run ends with its own totals (see totalsReporter, scripts/totals.mjs); this script adds
// them up.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { ensureSetup } from './ensure-setup.mjs';
import { runTotals } from './totals.mjs';

ensureSetup();

/** Test files under test/, as paths relative to it. */
const testFiles = readdirSync('test', { recursive: true, encoding: 'utf8' }).map((f) => f.replaceAll('\\', '/'));
const SCRIPT_TESTS = /^scripts\/.*\.test\.mjs$/;

/** @type {{ name: string, command?: string, args: string[], skipWithout?: RegExp, totals?: 'summary' | 'tap' }[]} */
const runs = [
  { name: 'core (Chromium, coverage)', args: ['--config', 'web-test-runner.core.config.mjs', '--coverage'] },
  { name: 'elements (Chromium)', args: ['--config', 'web-test-runner.config.mjs'], skipWithout: /^(?!core\/|e2e\/).*\.test\.ts$/ },
  { name: 'all (Firefox ESR)', args: ['--config', 'web-test-runner.firefox.config.mjs'] },
  { name: 'end-to-end (Chromium, dist/)', command: 'node', args: ['scripts/e2e.mjs'], skipWithout: /^e2e\/.*\.e2e\.mjs$/ },
  {
    name: 'scripts (node)',
    command: 'node',
    args: ['--test', '--test-reporter=tap', ...testFiles.filter((f) => SCRIPT_TESTS.test(f)).sort().map((f) => `test/${f}`)],
    skipWithout: SCRIPT_TESTS,
    totals: 'tap',
  },
];

/** @param {string} command @param {string[]} args @returns {Promise<{code: number, output: string}>} */
function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

let passed = 0;
let failed = 0;

// One build for everything below that reads dist/ (the size check, the end-to-end run). It starts
// with `tsc`, so it is also the type-check of sources and tests.
// Generated files must match their sources; each check counts as one test.
const checks = [
  { name: 'npm run build (type-check, npm modules, script-tag bundles)', command: ['npm', 'run', '--silent', 'build'] },
  { name: 'schema/cif-config.schema.json is fresh', command: ['node', 'scripts/config-schema.mjs', '--check'] },
  { name: 'custom-elements.json is fresh', command: ['node', 'scripts/manifest-check.mjs', '--fresh'] },
  { name: 'custom-elements.json documents every public element', command: ['node', 'scripts/manifest-check.mjs', '--docs'] },
  {
    name: 'custom-elements.json lists every CSS custom property and event of each element',
    command: ['node', 'scripts/manifest-check.mjs', '--complete'],
  },
  { name: 'bundles within size-budget.json', command: ['node', 'scripts/size.mjs'] },
  { name: 'types/react.d.ts and types/vue.d.ts are fresh', command: ['node', 'scripts/framework-types.mjs', '--check'] },
  { name: 'the React and Vue examples type-check with them', command: ['node_modules/.bin/tsc', '-p', 'examples'] },
  { name: 'docs/reference.md is fresh', command: ['node', 'scripts/reference.mjs', '--check'] },
];
console.log('=== build and checks ===');
for (const { name, command } of checks) {
  const result = spawnSync(command[0], command.slice(1), { stdio: 'inherit' });
  if (result.status === 0) passed += 1;
  else {
    console.error(`check failed: ${name}`);
    failed += 1;
  }
}

for (const { name, command = 'node_modules/.bin/wtr', args, skipWithout, totals: format = 'summary' } of runs) {
  // wtr fails when a config matches no file; a run with nothing to test yet is simply not made
  if (skipWithout && !testFiles.some((f) => skipWithout.test(f))) continue;
  console.log(`\n=== ${name} ===`);
  const { code, output } = await run(command, args);
  const totals = runTotals(output, format);
  if (!totals) {
    console.error(`${name}: no totals line; counting the run as one failure (exit code ${code}).`);
    failed += 1;
    continue;
  }
  passed += totals.passed;
  failed += totals.failed;
  // a run can fail with every test green (a coverage threshold): count that as a failure too
  if (code !== 0 && totals.failed === 0) {
    console.error(`${name}: exited with ${code} although its tests passed (coverage threshold?).`);
    failed += 1;
  }
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
