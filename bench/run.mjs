// @ts-check
// `npm run bench`: the workspace's speed and memory against a hand-written vanilla lower bound.
// Reported, never asserted: it always exits 0 when it could measure. See bench/README.md.
//
//   node bench/run.mjs [--samples 20] [--warmup 2] [--memory-samples 5] [--cycles 20]
//
// Builds dist/ when it is missing or older than the sources, copies the bundle and bench/pages/
// into a temporary directory (so a concurrent `npm run build` cannot pull the bundle away or
// change it mid-run), serves that on 127.0.0.1, and drives Debian's Chromium with playwright-core.
// Every sample is a fresh browser context; variants alternate within each round, and the order
// flips every round.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem, type as osType, release as osRelease } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureSetup } from '../scripts/ensure-setup.mjs';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/browsers.mjs';
import { startStaticServer } from '../scripts/serve-static.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(ROOT);

const { values: options } = parseArgs({
  options: {
    samples: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '2' },
    'memory-samples': { type: 'string', default: '5' },
    cycles: { type: 'string', default: '20' },
    sessions: { type: 'string', default: '10' },
  },
});
const SAMPLES = Number(options.samples);
const WARMUP = Number(options.warmup);
const MEMORY_SAMPLES = Number(options['memory-samples']);
const CYCLES = Math.max(1, Number(options.cycles));
const MEMORY_SESSIONS = Number(options.sessions);
/** The cycle from which growth counts as steady (the second half). */
const SETTLED_CYCLE = CYCLES > 2 ? Math.floor(CYCLES / 2) - 1 : 0;

const BUNDLE = 'dist/cif-workspace.js';
const VARIANTS = /** @type {const} */ (['workspace', 'vanilla']);
/** @type {Record<string, string>} */
const SCENARIOS = {
  open: 'open a session (3 tabs), 5 open',
  switch: 'switch session, 10 open',
  tab: 'switch tab in a session',
  openTab: 'open a tab (createTab), session has 3',
};
/** Extra flags: gc() for the page, unbucketed performance.memory, and frames not held to 60 Hz. */
const BENCH_ARGS = ['--js-flags=--expose-gc', '--enable-precise-memory-info', '--disable-frame-rate-limit', '--disable-gpu-vsync'];
const VIEWPORT = { width: 1280, height: 800 };

ensureSetup({ needBrowsers: false });
const { chromium } = await import('playwright-core');

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

// ---- running ----

await ensureBundle();
const { root, bundle } = await snapshot();
const server = await startStaticServer({
  root,
  // cross-origin isolation: performance.now() at 5 µs instead of 100 µs
  headersFor: () => ({ 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' }),
});
const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: [...CHROMIUM_ARGS, ...BENCH_ARGS] });
// Ctrl+C: leave no browser and no temporary copy behind.
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.once(signal, () => {
    rmSync(root, { recursive: true, force: true });
    void Promise.allSettled([browser.close(), server.close()]).then(() => process.exit(130));
  });
}
const pageUrl = (/** @type {string} */ variant) => `${server.origin}/bench/pages/${variant}.html`;

/** @type {string[]} */
const problems = [];

/** A fresh context and page for `variant`, ready for commands. @param {string} variant */
async function openVariant(variant) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`${variant}: page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${variant}: console ${message.type()}: ${message.text()}`);
  });
  try {
    await page.goto(pageUrl(variant));
    await page.waitForFunction(() => /** @type {any} */ (window).bench?.ready, undefined, { timeout: 20_000 });
    await page.evaluate(() => /** @type {any} */ (window).bench.ready);
  } catch (error) {
    await context.close();
    throw error;
  }
  return { context, page };
}

/** One timed sample of one scenario in a fresh context; retried once on a failure. @param {string} variant @param {string} scenario */
async function sample(variant, scenario) {
  for (let attempt = 0; ; attempt++) {
    const { context, page } = await openVariant(variant).catch((error) => ({ context: undefined, page: undefined, error }));
    try {
      if (!page) throw new Error(`could not open ${variant}`);
      return await page.evaluate((name) => /** @type {any} */ (window).bench.run(name), scenario);
    } catch (error) {
      if (attempt >= 1) throw error;
      problems.push(`${variant}/${scenario}: retried after ${/** @type {Error} */ (error).message.split('\n')[0]}`);
    } finally {
      await context?.close();
    }
  }
}

const MEASURES = /** @type {const} */ (['work', 'settled', 'frame', 'raf', 'painted']);
/** @type {Record<string, Record<string, Record<string, number[]>>>} */
const timings = Object.fromEntries(
  Object.keys(SCENARIOS).map((s) => [s, Object.fromEntries(VARIANTS.map((v) => [v, Object.fromEntries(MEASURES.map((m) => [m, []]))]))]),
);
/** @type {Record<string, Record<string, unknown>>} */
const visibleResults = Object.fromEntries(Object.keys(SCENARIOS).map((s) => [s, {}]));

const started = Date.now();
const loadBefore = loadavg()[0];
try {
  const facts = await (async () => {
    const { context, page } = await openVariant('workspace');
    const result = await page.evaluate(() => /** @type {any} */ (window).bench.facts());
    await context.close();
    return result;
  })();
  console.log(
    `Chromium ${browser.version()}, ${cpus().length} CPU(s); bundle ${bundle.path} ${(bundle.bytes / 1024).toFixed(1)} KiB (sha256 ${bundle.sha256}); ` +
      `crossOriginIsolated=${facts.crossOriginIsolated} gc=${facts.gc} performance.memory=${facts.memory}`,
  );
  console.log(`Timing: ${SAMPLES} samples per scenario and variant after ${WARMUP} warm-up round(s), a fresh context each.`);
  for (let round = -WARMUP; round < SAMPLES; round++) {
    const order = round % 2 === 0 ? VARIANTS : [...VARIANTS].reverse();
    for (const scenario of Object.keys(SCENARIOS)) {
      for (const variant of order) {
        const result = await sample(variant, scenario);
        if (round < 0) continue;
        for (const key of MEASURES) timings[scenario][variant][key].push(result[key]);
        visibleResults[scenario][variant] ??= result.visible;
      }
    }
    const label = round < 0 ? `warm-up ${round + WARMUP + 1}/${WARMUP}` : `round ${round + 1}/${SAMPLES}`;
    process.stdout.write(`\r  ${label}  (${((Date.now() - started) / 1000).toFixed(0)} s)   `);
  }
  process.stdout.write('\n');

  // ---- memory: one fresh page per sample, round-robin ----
  console.log(`Memory: ${MEMORY_SAMPLES} samples per variant, ${MEMORY_SESSIONS} sessions × 3 tabs, ${CYCLES} open/close cycle(s).`);
  /** @type {Record<string, any[]>} */
  const memorySamples = Object.fromEntries(VARIANTS.map((v) => [v, []]));
  for (let round = 0; round < MEMORY_SAMPLES; round++) {
    for (const variant of round % 2 === 0 ? VARIANTS : [...VARIANTS].reverse()) {
      const { context, page } = await openVariant(variant);
      const cdp = await context.newCDPSession(page);
      const measure = async () => {
        const inPage = await page.evaluate(() => /** @type {any} */ (window).bench.measure());
        const counters = await cdp.send('Memory.getDOMCounters');
        return { ...inPage, domCounters: counters };
      };
      const phases = { baseline: await measure(), open: undefined, closed: /** @type {any[]} */ ([]) };
      for (let cycle = 0; cycle < CYCLES; cycle++) {
        await page.evaluate((count) => /** @type {any} */ (window).bench.openAll(count), MEMORY_SESSIONS);
        if (cycle === 0) phases.open = await measure();
        await page.evaluate(() => /** @type {any} */ (window).bench.closeAll());
        phases.closed.push(await measure());
      }
      memorySamples[variant].push(phases);
      await context.close();
    }
    process.stdout.write(`\r  round ${round + 1}/${MEMORY_SAMPLES}  (${((Date.now() - started) / 1000).toFixed(0)} s)   `);
  }
  process.stdout.write('\n');

  // ---- summary ----
  const timingSummary = Object.fromEntries(
    Object.keys(SCENARIOS).map((scenario) => {
      const byVariant = timings[scenario];
      const stats = Object.fromEntries(
        VARIANTS.map((variant) => [variant, Object.fromEntries(Object.entries(byVariant[variant]).map(([key, xs]) => [key, describe(xs)]))]),
      );
      const ratio = Object.fromEntries(
        /** @type {const} */ (['work', 'settled', 'painted']).map((key) => [key, ratioOfMedians(byVariant.workspace[key], byVariant.vanilla[key])]),
      );
      const same = JSON.stringify(visibleResults[scenario].workspace) === JSON.stringify(visibleResults[scenario].vanilla);
      if (!same) problems.push(`${scenario}: the variants show different results: ${JSON.stringify(visibleResults[scenario])}`);
      return [scenario, { description: SCENARIOS[scenario], stats, ratio, sameVisibleResult: same, visible: visibleResults[scenario].workspace }];
    }),
  );

  const mb = (/** @type {number} */ bytes) => bytes / 1048576;
  const medianOf = (/** @type {number[]} */ xs) => median([...xs].sort((a, b) => a - b));
  const memorySummary = Object.fromEntries(
    VARIANTS.map((variant) => {
      const runs = memorySamples[variant];
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
      };
      return [variant, summary];
    }),
  );

  // ---- report ----
  const ms = (/** @type {number} */ x) => x.toFixed(2);
  const ratioText = (/** @type {any} */ x) => `${x.ratio.toFixed(2)} [${x.low.toFixed(2)}–${x.high.toFixed(2)}]`;
  const rows = [['scenario', 'variant', 'work ms: median (mean ± 95% CI)', 'settled', 'frame', 'painted', 'ratio work [95% CI]', 'ratio settled', 'ratio painted']];
  for (const [scenario, summary] of Object.entries(timingSummary)) {
    for (const variant of VARIANTS) {
      const s = summary.stats[variant];
      const isWs = variant === 'workspace';
      rows.push([
        isWs ? summary.description : '',
        variant,
        `${ms(s.work.median)} (${ms(s.work.mean)} ± ${ms(s.work.ci95)})`,
        ms(s.settled.median),
        ms(s.frame.median),
        ms(s.painted.median),
        isWs ? ratioText(summary.ratio.work) : '',
        isWs ? ratioText(summary.ratio.settled) : '',
        isWs ? ratioText(summary.ratio.painted) : '',
      ]);
    }
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const line = (/** @type {string[]} */ row) => row.map((text, i) => text.padEnd(widths[i])).join('  ');
  console.log(`\n${line(rows[0])}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of rows.slice(1)) console.log(line(row));
  console.log(
    'Medians in ms. settled: the operation\'s promise; frame: style+layout+paint of the next frame; work = settled + frame;\n' +
      'painted: wall time until that frame was rendered (includes the wait for the 60 Hz vsync). ratio = workspace / vanilla, medians.',
  );

  const memRows = [['variant', 'heap baseline MB', `heap ${MEMORY_SESSIONS}×3 open MB`, 'open cost MB', 'retained after close MB', `growth/cycle KB (last ${CYCLES - 1 - SETTLED_CYCLE})`, `elements open (light+shadow)`, 'DOM nodes open', 'DOM nodes after close']];
  for (const variant of VARIANTS) {
    const m = memorySummary[variant];
    memRows.push([
      variant,
      mb(m.heapBaseline).toFixed(2),
      mb(m.heapOpen).toFixed(2),
      mb(m.heapOpenCost).toFixed(2),
      mb(m.heapRetainedAfterClose).toFixed(3),
      m.heapGrowthPerLaterCycle === null ? '-' : (m.heapGrowthPerLaterCycle / 1024).toFixed(1),
      `${m.elementsOpen.total} (${m.elementsOpen.light}+${m.elementsOpen.shadow})`,
      String(m.domNodesOpen),
      `${m.domNodesAfterLastClose} (baseline ${m.domNodesBaseline})`,
    ]);
  }
  const memWidths = memRows[0].map((_, i) => Math.max(...memRows.map((row) => row[i].length)));
  const memLine = (/** @type {string[]} */ row) => row.map((text, i) => text.padEnd(memWidths[i])).join('  ');
  console.log(`\n${memLine(memRows[0])}\n${memWidths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of memRows.slice(1)) console.log(memLine(row));
  console.log(`heap = performance.memory.usedJSHeapSize after gc(), median of ${MEMORY_SAMPLES}; DOM nodes = CDP Memory.getDOMCounters (every live node, text and detached ones too).`);

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
    settings: { samples: SAMPLES, warmupRounds: WARMUP, memorySamples: MEMORY_SAMPLES, memorySessions: MEMORY_SESSIONS, cycles: CYCLES },
    timing: timingSummary,
    samples: timings,
    memory: memorySummary,
    memorySamples,
    problems: uniqueProblems,
  };
  writeFileSync('bench/results/latest.json', `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWrote bench/results/latest.json (${report.durationSeconds} s).`);
} finally {
  await browser.close();
  await server.close();
  rmSync(root, { recursive: true, force: true });
}
