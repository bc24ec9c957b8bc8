// @ts-check
// Chromium run of every test except the core's, which has its own run with coverage
// (web-test-runner.core.config.mjs). `npm test` runs all configs and sums their totals.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/browsers.mjs';


/** Prints "N passed, N failed" alone on the last line, which scripts/test.mjs sums across runs. */
export function totalsReporter() {
  /** @type {import('@web/test-runner').Reporter} */
  const reporter = {
    stop({ sessions }) {
      let passed = 0;
      let failed = 0;
      /** @param {any} suite */
      const walk = (suite) => {
        for (const t of suite.tests ?? []) {
          if (t.passed) passed++;
          else failed++; // a skipped test counts as failed: main carries none
        }
        for (const s of suite.suites ?? []) walk(s);
      };
      for (const s of sessions) {
        if (s.testResults) walk(s.testResults);
        // a file that failed to load has no results at all: count it, or it would vanish
        if (!s.passed && !s.testResults?.tests?.length && !s.testResults?.suites?.length) failed++;
      }
      process.once('exit', () => process.stdout.write(`\n${passed} passed, ${failed} failed\n`));
    },
  };
  return reporter;
}

/** Options shared by every browser run. */
export const baseConfig = {
  nodeResolve: true,
  plugins: [
    // target must not be 'auto': for the newest Chromium that means 'esnext', which leaves
    // TC39 decorators untransformed.
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
  ],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), totalsReporter()],
  /** @param {{ args: unknown[] }} log */
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
};

export const chromium = () =>
  chromeLauncher({ launchOptions: { executablePath: chromiumPath(), headless: true, args: ['--headless=new', ...CHROMIUM_ARGS] } });

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  ...baseConfig,
  files: ['test/**/*.test.ts', '!test/core/**/*.test.ts', '!test/e2e/**'],
  browsers: [chromium()],
};
