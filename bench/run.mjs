// @ts-check
// `npm run bench`: the workspace's speed, memory and size against a hand-written vanilla lower bound
// and two peers doing the same work, dockview-core 8 and Shoelace 2's tab group. Reported, never
// asserted: it always exits 0 when it could measure. See bench/README.md.
//
//   node bench/run.mjs [--samples 12] [--warmup 1] [--memory-samples 3] [--cycles 20]
//                      [--sessions 10] [--churn-warmup 40] [--churn-rounds 10] [--quick]
//
// Builds dist/ when it is missing or older than the sources, copies the bundle and bench/pages/
// into a temporary directory (so a concurrent `npm run build` cannot pull the bundle away or
// change it mid-run), bundles each peer into one script there (esbuild), serves that directory on
// 127.0.0.1, and drives Debian's Chromium with playwright-core. Every sample is a fresh browser
// context; the sides take turns within each round, starting with a different one every round.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem, type as osType, release as osRelease } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { ensureSetup } from '../scripts/ensure-setup.mjs';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/browsers.mjs';
import { startStaticServer } from '../scripts/serve-static.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(ROOT);

const { values: options } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    samples: { type: 'string' },
    warmup: { type: 'string' },
    'memory-samples': { type: 'string' },
    cycles: { type: 'string' },
    sessions: { type: 'string' },
    'churn-warmup': { type: 'string' },
    'churn-rounds': { type: 'string' },
  },
});
/** A flag's value; without it the default, or the `--quick` default (a fast look, wide intervals). */
const setting = (/** @type {keyof typeof options} */ name, /** @type {number} */ normal, /** @type {number} */ quick) =>
  Number(options[name] ?? (options.quick ? quick : normal));
const SAMPLES = setting('samples', 12, 5);
const WARMUP = setting('warmup', 1, 1);
const MEMORY_SAMPLES = setting('memory-samples', 3, 1);
const CYCLES = Math.max(1, setting('cycles', 20, 6));
const MEMORY_SESSIONS = setting('sessions', 10, 10);
// V8 keeps compiling optimised code for the first few dozen rounds (heap snapshots: +142 KB of
// code objects over rounds 6–15, no JS objects; after 60 rounds, 10 more change nothing), so the
// heap is read only once that has settled.
const CHURN_WARMUP = setting('churn-warmup', 40, 10);
const CHURN_ROUNDS = Math.max(1, setting('churn-rounds', 10, 4));
/** The cycle from which growth counts as steady (the second half). */
const SETTLED_CYCLE = CYCLES > 2 ? Math.floor(CYCLES / 2) - 1 : 0;

const BUNDLE = 'dist/cif-workspace.js';
/** The sides, in the table's order; vanilla is what every ratio divides by. */
const SIDES = /** @type {const} */ (['workspace', 'vanilla', 'dockview', 'shoelace']);
/** @type {Record<string, string>} */
const SIDE_NAMES = { workspace: 'cif-workspace', vanilla: 'vanilla lower bound', dockview: 'dockview-core 8', shoelace: 'Shoelace 2 tab group' };
const BASE = 'vanilla';
/** @type {Record<string, string>} */
const SCENARIOS = {
  open: 'open a 3-tab session, 9 open',
  switch: 'switch session, 10 open',
  tab: 'switch tab in a 3-tab session',
  openTab: 'open a tab (createTab), session has 3',
  switch100: 'switch among 100 tabs',
  churn: 'churn: open 30 tabs, close them (per round)',
  load: 'load: script evaluation to first render',
};
/** Extra flags: gc() for the page, unbucketed performance.memory, and frames not held to 60 Hz. */
const BENCH_ARGS = ['--js-flags=--expose-gc', '--enable-precise-memory-info', '--disable-frame-rate-limit', '--disable-gpu-vsync'];
const VIEWPORT = { width: 1280, height: 800 };

ensureSetup({ needBrowsers: false });
const { chromium } = await import('playwright-core');
const esbuild = await import('esbuild');

// ---- the bundle: build when missing or stale, wait out someone else's build ----

const sleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** @param {string} path @returns {number} newest mtime below path */
function newestMtime(path) {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/** A concurrent `npm run build` deletes dist/ for a while: give it time to write the bundle again. */
/** @param {number} seconds */
async function waitForBundle(seconds) {
  let waited = 0;
  for (; waited < seconds && !existsSync(BUNDLE); waited++) {
    if (waited === 0) process.stdout.write(`${BUNDLE} is missing; waiting up to ${seconds} s for a build in progress`);
    else if (waited % 5 === 0) process.stdout.write('.');
    await sleep(1000);
  }
  if (waited > 0) process.stdout.write(existsSync(BUNDLE) ? ' there.\n' : ' still missing.\n');
  return existsSync(BUNDLE);
}

async function ensureBundle() {
  await waitForBundle(90);
  const inputs = ['src', 'rollup.config.mjs', 'package.json', 'tsconfig.json'].filter((path) => existsSync(path));
  const sourcesChanged = Math.max(...inputs.map(newestMtime));
  if (existsSync(BUNDLE) && statSync(BUNDLE).mtimeMs >= sourcesChanged) return;
  console.log(existsSync(BUNDLE) ? `\n${BUNDLE} is older than its sources: npm run build` : `\n${BUNDLE} is missing: npm run build`);
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0 && existsSync(BUNDLE)) console.warn(`The build failed; benchmarking the previous ${BUNDLE}.`);
  if (!existsSync(BUNDLE) && !(await waitForBundle(90))) {
    console.error(`There is no ${BUNDLE} to benchmark. Fix the build and run npm run bench again.`);
    process.exit(1);
  }
}

// ---- the peers: one minified classic script each, built into the served directory ----

/**
 * dockview-core 8 ships its stylesheet only inside its UMD script, which injects it with
 * `s.textContent = "…"`; the ES module build has none. The page links it as a file instead, so
 * that its script is the tree-shaken ES build and its CSS is counted on its own.
 */
function dockviewCss() {
  const umd = readFileSync('node_modules/dockview-core/dist/dockview-core.js', 'utf8');
  const assignment = 's.textContent = ';
  const line = umd.split('\n').find((text) => text.trimStart().startsWith(`${assignment}"`));
  if (!line) throw new Error('dockview-core.js no longer injects its stylesheet as `s.textContent = "…"`: update dockviewCss() in bench/run.mjs');
  return /** @type {string} */ (JSON.parse(line.trim().slice(assignment.length, -1)));
}

/**
 * Each peer's entry (bench/peers/) bundled the way an application would ship it: minified, one
 * classic script exposing what the page needs as a global, Lit's production build (esbuild, like
 * rollup's node-resolve for our bundle, does not use the "development" export condition).
 * @param {string} root
 */
async function buildPeers(root) {
  mkdirSync(join(root, 'peers/shoelace/themes'), { recursive: true });
  for (const [name, globalName] of [
    ['dockview', 'BenchDockview'],
    ['shoelace', 'BenchShoelace'],
  ]) {
    await esbuild.build({
      entryPoints: [`bench/peers/${name}.js`],
      outfile: join(root, `peers/${name}.js`),
      bundle: true,
      format: 'iife',
      globalName,
      minify: true,
      target: 'es2021', // what our bundle's terser targets (rollup.config.mjs)
      legalComments: 'none', // our bundle keeps no comments either
      logLevel: 'warning',
    });
  }
  writeFileSync(join(root, 'peers/dockview.css'), dockviewCss());
  // the only stylesheet the tab group needs: the theme's design tokens
  cpSync('node_modules/@shoelace-style/shoelace/dist/themes/light.css', join(root, 'peers/shoelace/themes/light.css'));
}

/** What each side's page loads of the side itself: its script, and a stylesheet when it has one. */
const SIDE_FILES = {
  workspace: { script: BUNDLE, css: /** @type {string[]} */ ([]) }, // its styles are in the script (shadow DOM)
  vanilla: { script: 'bench/pages/vanilla.js', css: ['bench/pages/shell.css'] },
  dockview: { script: 'peers/dockview.js', css: ['peers/dockview.css'] },
  shoelace: { script: 'peers/shoelace.js', css: ['peers/shoelace/themes/light.css'] },
};

/** Raw and gzip -9 bytes (node's zlib, as scripts/size.mjs measures our budgets) of the served files. @param {string} root */
function measureSizes(root) {
  const size = (/** @type {string} */ path) => {
    const bytes = readFileSync(join(root, path));
    return { path, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  };
  return Object.fromEntries(
    SIDES.map((side) => {
      const script = size(SIDE_FILES[side].script);
      const css = SIDE_FILES[side].css.map(size);
      const cssGzip = css.reduce((sum, file) => sum + file.gzip, 0);
      return [side, { script, css, totalGzip: script.gzip + cssGzip }];
    }),
  );
}

/** Copies what the pages load into a directory of our own; returns it and the bundle's identity. */
async function snapshot() {
  for (let attempt = 0; ; attempt++) {
    try {
      const bundle = readFileSync(BUNDLE);
      const root = mkdtempSync(join(tmpdir(), 'cif-bench-'));
      mkdirSync(join(root, 'dist'));
      writeFileSync(join(root, BUNDLE), bundle);
      cpSync('bench/pages', join(root, 'bench/pages'), { recursive: true });
      return {
        root,
        bundle: { path: BUNDLE, bytes: bundle.length, sha256: createHash('sha256').update(bundle).digest('hex').slice(0, 16), built: statSync(BUNDLE).mtime.toISOString() },
      };
    } catch (error) {
      if (attempt >= 3) throw error;
      await waitForBundle(90); // deleted between the check and the read
    }
  }
}

// ---- statistics ----

/** Two-sided 95 % Student t quantiles for small samples; 1.96 beyond. */
const T95 = [NaN, 12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042];
const t95 = (/** @type {number} */ df) => (df < T95.length ? T95[df] : df < 60 ? 2.0 : 1.96);

/** @param {number[]} sorted */
function median(sorted) {
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** @param {number[]} values */
function describe(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const mean = sorted.reduce((sum, x) => sum + x, 0) / n;
  const sd = n > 1 ? Math.sqrt(sorted.reduce((sum, x) => sum + (x - mean) ** 2, 0) / (n - 1)) : 0;
  return { n, median: median(sorted), mean, ci95: n > 1 ? (t95(n - 1) * sd) / Math.sqrt(n) : NaN, sd, min: sorted[0], max: sorted[n - 1] };
}

/** A small deterministic PRNG (mulberry32), so that the bootstrap gives the same interval for the same data. */
/** @param {number} seed */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Ratio of medians a/b with a 95 % percentile-bootstrap interval. @param {number[]} a @param {number[]} b */
function ratioOfMedians(a, b, resamples = 2000) {
  const next = random(0xc1f);
  const draw = (/** @type {number[]} */ xs) => median(Array.from(xs, () => xs[Math.floor(next() * xs.length)]).sort((x, y) => x - y));
  const ratios = [];
  for (let i = 0; i < resamples; i++) ratios.push(draw(a) / draw(b));
  ratios.sort((x, y) => x - y);
  const point = median([...a].sort((x, y) => x - y)) / median([...b].sort((x, y) => x - y));
  return { ratio: point, low: ratios[Math.floor(resamples * 0.025)], high: ratios[Math.ceil(resamples * 0.975) - 1] };
}

const medianOf = (/** @type {number[]} */ xs) => median([...xs].sort((a, b) => a - b));

/** The sides in turn, starting with a different one each round, so that no side always goes first. @param {number} round */
const sideOrder = (round) => SIDES.map((_, i) => SIDES[(((i + round) % SIDES.length) + SIDES.length) % SIDES.length]);

/** Plain text table: a header, a rule, the rows, columns padded to their widest cell. @param {string[][]} rows */
function printTable(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const line = (/** @type {string[]} */ row) => row.map((text, i) => text.padEnd(widths[i])).join('  ').trimEnd();
  console.log(`\n${line(rows[0])}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of rows.slice(1)) console.log(line(row));
}

// ---- running ----

await ensureBundle();
const { root, bundle } = await snapshot();
// Ctrl+C before the browser is up: leave no temporary copy behind.
const removeRoot = () => rmSync(root, { recursive: true, force: true });
process.once('SIGINT', removeRoot);
await buildPeers(root);
const sizes = measureSizes(root);
const server = await startStaticServer({
  root,
  // cross-origin isolation: performance.now() at 5 µs instead of 100 µs
  headersFor: () => ({ 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' }),
});
const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: [...CHROMIUM_ARGS, ...BENCH_ARGS] });
// Ctrl+C: leave no browser and no temporary copy behind.
process.removeListener('SIGINT', removeRoot);
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.once(signal, () => {
    removeRoot();
    void Promise.allSettled([browser.close(), server.close()]).then(() => process.exit(130));
  });
}
const pageUrl = (/** @type {string} */ side) => `${server.origin}/bench/pages/${side}.html`;

/** @type {string[]} */
const problems = [];

/** A fresh context and page for `side`, ready for commands. @param {string} side */
async function openSide(side) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`${side}: page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${side}: console ${message.type()}: ${message.text()}`);
  });
  try {
    await page.goto(pageUrl(side));
    await page.waitForFunction(() => /** @type {any} */ (window).bench?.ready, undefined, { timeout: 20_000 });
    await page.evaluate(() => /** @type {any} */ (window).bench.ready);
  } catch (error) {
    await context.close();
    throw error;
  }
  return { context, page };
}

/** One timed sample of one scenario in a fresh context; retried once on a failure. @param {string} side @param {string} scenario */
async function sample(side, scenario) {
  for (let attempt = 0; ; attempt++) {
    const { context, page } = await openSide(side).catch((error) => ({ context: undefined, page: undefined, error }));
    try {
      if (!page) throw new Error(`could not open ${side}`);
      return await page.evaluate((name) => /** @type {any} */ (window).bench.run(name), scenario);
    } catch (error) {
      if (attempt >= 1) throw error;
      problems.push(`${side}/${scenario}: retried after ${/** @type {Error} */ (error).message.split('\n')[0]}`);
    } finally {
      await context?.close();
    }
  }
}

/** A fresh page of `side`, with `measure()`: the in-page heap and element counts plus CDP's DOM counters. @param {string} side */
async function openForMemory(side) {
  const { context, page } = await openSide(side);
  const cdp = await context.newCDPSession(page);
  const measure = async () => {
    const inPage = await page.evaluate(() => /** @type {any} */ (window).bench.measure());
    const counters = await cdp.send('Memory.getDOMCounters');
    return { ...inPage, domCounters: counters };
  };
  return { context, page, measure };
}

const MEASURES = /** @type {const} */ (['work', 'settled', 'frame', 'raf', 'painted']);
/** @type {Record<string, Record<string, Record<string, number[]>>>} */
const timings = Object.fromEntries(
  Object.keys(SCENARIOS).map((s) => [s, Object.fromEntries(SIDES.map((v) => [v, Object.fromEntries(MEASURES.map((m) => [m, []]))]))]),
);
/** @type {Record<string, Record<string, unknown>>} */
const visibleResults = Object.fromEntries(Object.keys(SCENARIOS).map((s) => [s, {}]));
/** @type {Record<string, number[]>} time from the start of the side's script to the end of its evaluation, per load sample */
const evaluated = Object.fromEntries(SIDES.map((side) => [side, []]));

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
const loadBefore = loadavg()[0];
try {
  const facts = await (async () => {
    const { context, page } = await openSide('workspace');
    const result = await page.evaluate(() => /** @type {any} */ (window).bench.facts());
    await context.close();
    return result;
  })();
  console.log(
    `Chromium ${browser.version()}, ${cpus().length} CPU(s); bundle ${bundle.path} ${(bundle.bytes / 1024).toFixed(1)} KiB (sha256 ${bundle.sha256}); ` +
      `crossOriginIsolated=${facts.crossOriginIsolated} gc=${facts.gc} performance.memory=${facts.memory}`,
  );
  console.log(`Timing: ${SAMPLES} samples per scenario and side after ${WARMUP} warm-up round(s), a fresh context each.`);
  for (let round = -WARMUP; round < SAMPLES; round++) {
    for (const scenario of Object.keys(SCENARIOS)) {
      for (const side of sideOrder(round)) {
        const result = await sample(side, scenario);
        if (round < 0) continue;
        for (const key of MEASURES) timings[scenario][side][key].push(result[key]);
        if (scenario === 'load') evaluated[side].push(result.evaluated);
        visibleResults[scenario][side] ??= result.visible;
      }
    }
    const label = round < 0 ? `warm-up ${round + WARMUP + 1}/${WARMUP}` : `round ${round + 1}/${SAMPLES}`;
    process.stdout.write(`\r  ${label}  (${elapsed()})   `);
  }
  process.stdout.write('\n');

  // ---- memory: fresh pages, the sides in turn ----
  console.log(
    `Memory: ${MEMORY_SAMPLES} sample(s) per side: ${MEMORY_SESSIONS} sessions × 3 tabs, ${CYCLES} open/close cycle(s); ` +
      `churn of 30 tabs, ${CHURN_WARMUP} warm-up + ${CHURN_ROUNDS} measured round(s).`,
  );
  /** @type {Record<string, any[]>} */
  const memorySamples = Object.fromEntries(SIDES.map((v) => [v, []]));
  /** @type {Record<string, any[]>} */
  const churnSamples = Object.fromEntries(SIDES.map((v) => [v, []]));
  for (let round = 0; round < MEMORY_SAMPLES; round++) {
    for (const side of sideOrder(round)) {
      {
        const { context, page, measure } = await openForMemory(side);
        const phases = { baseline: await measure(), open: undefined, closed: /** @type {any[]} */ ([]) };
        for (let cycle = 0; cycle < CYCLES; cycle++) {
          await page.evaluate((count) => /** @type {any} */ (window).bench.openAll(count), MEMORY_SESSIONS);
          if (cycle === 0) phases.open = await measure();
          await page.evaluate(() => /** @type {any} */ (window).bench.closeAll());
          phases.closed.push(await measure());
        }
        memorySamples[side].push(phases);
        await context.close();
      }
      {
        // churn in a page of its own: one session, 30 tabs opened and closed per round
        const { context, page, measure } = await openForMemory(side);
        await page.evaluate(() => /** @type {any} */ (window).bench.churnSetup());
        const start = await measure();
        await page.evaluate((rounds) => /** @type {any} */ (window).bench.churn(rounds), CHURN_WARMUP);
        const warm = await measure();
        await page.evaluate((rounds) => /** @type {any} */ (window).bench.churn(rounds), CHURN_ROUNDS);
        const end = await measure();
        churnSamples[side].push({ start, warm, end });
        if (JSON.stringify(end.visible) !== JSON.stringify(start.visible)) problems.push(`${side}: churn does not end where it started: ${JSON.stringify({ start: start.visible, end: end.visible })}`);
        await context.close();
      }
    }
    process.stdout.write(`\r  round ${round + 1}/${MEMORY_SAMPLES}  (${elapsed()})   `);
  }
  process.stdout.write('\n');

  // ---- summary ----
  const timingSummary = Object.fromEntries(
    Object.keys(SCENARIOS).map((scenario) => {
      const bySide = timings[scenario];
      const stats = Object.fromEntries(SIDES.map((side) => [side, Object.fromEntries(Object.entries(bySide[side]).map(([key, xs]) => [key, describe(xs)]))]));
      const ratio = Object.fromEntries(
        SIDES.map((side) => [
          side,
          Object.fromEntries(/** @type {const} */ (['work', 'settled', 'painted']).map((key) => [key, ratioOfMedians(bySide[side][key], bySide[BASE][key])])),
        ]),
      );
      const expected = JSON.stringify(visibleResults[scenario][BASE]);
      const differing = SIDES.filter((side) => JSON.stringify(visibleResults[scenario][side]) !== expected);
      for (const side of differing)
        problems.push(`${scenario}: ${side} shows something else than ${BASE}: ${JSON.stringify(visibleResults[scenario][side])} / ${expected}`);
      return [scenario, { description: SCENARIOS[scenario], stats, ratio, sameVisibleResult: differing.length === 0, visible: visibleResults[scenario][BASE] }];
    }),
  );
  // the memory pages end showing what vanilla shows too
  for (const side of SIDES) {
    const expected = JSON.stringify(memorySamples[BASE][0].open.visible);
    if (JSON.stringify(memorySamples[side][0].open.visible) !== expected) problems.push(`memory: ${side} shows something else than ${BASE} with ${MEMORY_SESSIONS} sessions open`);
  }

  const memorySummary = Object.fromEntries(
    SIDES.map((side) => {
      const runs = memorySamples[side];
      const churns = churnSamples[side];
      const heap = (/** @type {(r: any) => any} */ pick) => medianOf(runs.map((r) => pick(r).usedJSHeapSize));
      const nodes = (/** @type {(r: any) => any} */ pick) => medianOf(runs.map((r) => pick(r).domCounters.nodes));
      const last = (/** @type {any} */ r) => r.closed.at(-1);
      const first = (/** @type {any} */ r) => r.closed[0];
      const summary = {
        heapBaseline: heap((r) => r.baseline),
        heapOpen: heap((r) => r.open),
        heapAfterClose: heap(first),
        heapAfterLastClose: heap(last),
        heapOpenCost: medianOf(runs.map((r) => r.open.usedJSHeapSize - r.baseline.usedJSHeapSize)),
        heapRetainedAfterClose: medianOf(runs.map((r) => first(r).usedJSHeapSize - r.baseline.usedJSHeapSize)),
        // over the second half of the cycles: the first ones still grow while V8 tiers code up
        heapGrowthPerLaterCycle:
          CYCLES > 1 ? medianOf(runs.map((r) => (last(r).usedJSHeapSize - r.closed[SETTLED_CYCLE].usedJSHeapSize) / (CYCLES - 1 - SETTLED_CYCLE))) : null,
        elementsBaseline: runs[0].baseline.elements,
        elementsOpen: runs[0].open.elements,
        elementsAfterClose: runs[0].closed.at(-1).elements,
        domNodesBaseline: nodes((r) => r.baseline),
        domNodesOpen: nodes((r) => r.open),
        domNodesAfterLastClose: nodes(last),
        listenersOpen: medianOf(runs.map((r) => r.open.domCounters.jsEventListeners)),
        listenersAfterLastClose: medianOf(runs.map((r) => last(r).domCounters.jsEventListeners)),
        churn: {
          domNodesStart: medianOf(churns.map((c) => c.start.domCounters.nodes)),
          domNodesAfterWarmup: medianOf(churns.map((c) => c.warm.domCounters.nodes)),
          domNodesEnd: medianOf(churns.map((c) => c.end.domCounters.nodes)),
          listenersStart: medianOf(churns.map((c) => c.start.domCounters.jsEventListeners)),
          listenersEnd: medianOf(churns.map((c) => c.end.domCounters.jsEventListeners)),
          heapStart: medianOf(churns.map((c) => c.start.usedJSHeapSize)),
          heapGrowthPerRoundAfterWarmup: medianOf(churns.map((c) => (c.end.usedJSHeapSize - c.warm.usedJSHeapSize) / CHURN_ROUNDS)),
        },
      };
      return [side, summary];
    }),
  );

  // ---- report ----
  const ms = (/** @type {number} */ x) => x.toFixed(2);
  const ratioText = (/** @type {any} */ x) => `${x.ratio.toFixed(2)} [${x.low.toFixed(2)}–${x.high.toFixed(2)}]`;
  const mb = (/** @type {number} */ bytes) => (bytes / 1048576).toFixed(2);
  const kb = (/** @type {number} */ bytes) => (bytes / 1024).toFixed(1);

  // details: every measure of every scenario, with intervals
  const rows = [['scenario', 'side', 'work ms: median (mean ± 95% CI)', 'settled', 'frame', 'painted', 'ratio work [95% CI]', 'ratio settled', 'ratio painted']];
  for (const [scenario, summary] of Object.entries(timingSummary)) {
    for (const side of SIDES) {
      const s = summary.stats[side];
      const r = summary.ratio[side];
      const base = side === BASE;
      rows.push([
        side === SIDES[0] ? summary.description : '',
        side,
        `${ms(s.work.median)} (${ms(s.work.mean)} ± ${ms(s.work.ci95)})`,
        ms(s.settled.median),
        ms(s.frame.median),
        ms(s.painted.median),
        base ? '' : ratioText(r.work),
        base ? '' : ratioText(r.settled),
        base ? '' : ratioText(r.painted),
      ]);
    }
  }
  printTable(rows);
  console.log(
    "Medians in ms. settled: the operation's promise; frame: animation-frame callbacks + style + layout + paint of the next frame; work = settled + frame;\n" +
      `painted: wall time until that frame was rendered (includes the wait for the 60 Hz vsync). ratio = side / ${BASE}, medians.`,
  );

  const memRows = [
    ['side', 'heap baseline MB', `heap ${MEMORY_SESSIONS}×3 open MB`, 'open cost MB', 'retained after close MB', `growth/cycle KB (last ${CYCLES - 1 - SETTLED_CYCLE})`, 'elements open (light+shadow)', 'DOM nodes open', 'DOM nodes after close', 'churn DOM nodes start → end', 'churn listeners start → end'],
  ];
  for (const side of SIDES) {
    const m = memorySummary[side];
    memRows.push([
      side,
      mb(m.heapBaseline),
      mb(m.heapOpen),
      mb(m.heapOpenCost),
      (m.heapRetainedAfterClose / 1048576).toFixed(3),
      m.heapGrowthPerLaterCycle === null ? '-' : kb(m.heapGrowthPerLaterCycle),
      `${m.elementsOpen.total} (${m.elementsOpen.light}+${m.elementsOpen.shadow})`,
      String(m.domNodesOpen),
      `${m.domNodesAfterLastClose} (baseline ${m.domNodesBaseline})`,
      `${m.churn.domNodesStart} → ${m.churn.domNodesEnd}`,
      `${m.churn.listenersStart} → ${m.churn.listenersEnd}`,
    ]);
  }
  printTable(memRows);
  console.log(`heap = performance.memory.usedJSHeapSize after gc(), median of ${MEMORY_SAMPLES}; DOM nodes = CDP Memory.getDOMCounters (every live node, text and detached ones too).`);

  // the comparison: one row per kind of work, one column per side, median (ratio to vanilla)
  const cell = (/** @type {number} */ value, /** @type {number} */ base, /** @type {(x: number) => string} */ format) =>
    `${format(value)} (${(value / base).toFixed(2)}×)`;
  /** @type {string[][]} */
  const table = [['work', ...SIDES.map((side) => SIDE_NAMES[side])]];
  const timingRow = (/** @type {string} */ label, /** @type {string} */ scenario) =>
    table.push([label, ...SIDES.map((side) => cell(timingSummary[scenario].stats[side].work.median, timingSummary[scenario].stats[BASE].work.median, (x) => `${ms(x)} ms`))]);
  const valueRow = (/** @type {string} */ label, /** @type {(side: string) => number} */ value, /** @type {(x: number) => string} */ format, ratio = true) =>
    table.push([label, ...SIDES.map((side) => (ratio ? cell(value(side), value(BASE), format) : format(value(side))))]);
  timingRow('open a 3-tab session, sync (script + settle + layout)', 'open');
  timingRow('switch session (10 open), sync', 'switch');
  timingRow('switch tab (3 in the session), sync', 'tab');
  timingRow('open a tab (createTab), sync', 'openTab');
  timingRow('switch among 100 tabs, sync', 'switch100');
  timingRow('churn: open 30 tabs and close them, per round', 'churn');
  valueRow(
    `churn: DOM nodes after ${CHURN_WARMUP + CHURN_ROUNDS} rounds − at start`,
    (side) => memorySummary[side].churn.domNodesEnd - memorySummary[side].churn.domNodesStart,
    (x) => (x > 0 ? `+${x}` : String(x)),
    false,
  );
  valueRow(
    `churn: heap growth per round after ${CHURN_WARMUP} warm-up`,
    (side) => memorySummary[side].churn.heapGrowthPerRoundAfterWarmup,
    (x) => `${kb(x)} KB`,
    false,
  );
  valueRow(`heap for ${MEMORY_SESSIONS} sessions of 3 tabs`, (side) => memorySummary[side].heapOpen, (x) => `${mb(x)} MB`);
  valueRow('bundle: script, gzip -9', (side) => sizes[side].script.gzip, (x) => `${kb(x)} KB`);
  valueRow('bundle: script + its CSS, gzip -9', (side) => sizes[side].totalGzip, (x) => `${kb(x)} KB`);
  timingRow('load: script evaluation to first render', 'load');
  console.log(`\nComparison: medians, (ratio to ${SIDE_NAMES[BASE]}). ${SAMPLES} timing samples, ${MEMORY_SAMPLES} memory sample(s) per side.`);
  printTable(table);

  const loadAfter = loadavg()[0];
  if (Math.max(loadBefore, loadAfter) > cpus().length)
    problems.push(`the machine was busy (1-minute load ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after, ${cpus().length} CPUs): expect wide intervals`);
  const uniqueProblems = [...new Set(problems)];
  if (uniqueProblems.length) console.log(`\nProblems seen (${uniqueProblems.length}):\n  ${uniqueProblems.slice(0, 20).join('\n  ')}`);

  mkdirSync('bench/results', { recursive: true });
  const report = {
    date: new Date().toISOString(),
    durationSeconds: Math.round((Date.now() - started) / 1000),
    environment: {
      chromium: browser.version(),
      node: process.version,
      os: `${osType()} ${osRelease()}`,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      loadAverage1m: { before: loadBefore, after: loadAfter },
      flags: [...CHROMIUM_ARGS, ...BENCH_ARGS],
      viewport: VIEWPORT,
      page: facts,
    },
    bundle,
    peers: Object.fromEntries(
      ['dockview-core', '@shoelace-style/shoelace'].map((name) => [name, JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')).version]),
    ),
    settings: {
      samples: SAMPLES,
      warmupRounds: WARMUP,
      memorySamples: MEMORY_SAMPLES,
      memorySessions: MEMORY_SESSIONS,
      cycles: CYCLES,
      churnWarmupRounds: CHURN_WARMUP,
      churnRounds: CHURN_ROUNDS,
    },
    sides: SIDE_NAMES,
    comparison: table,
    sizes,
    timing: timingSummary,
    scriptEvaluation: Object.fromEntries(SIDES.map((side) => [side, describe(evaluated[side])])),
    samples: timings,
    memory: memorySummary,
    memorySamples,
    churnSamples,
    problems: uniqueProblems,
  };
  writeFileSync('bench/results/latest.json', `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWrote bench/results/latest.json (${report.durationSeconds} s).`);
} finally {
  await browser.close();
  await server.close();
  removeRoot();
}
