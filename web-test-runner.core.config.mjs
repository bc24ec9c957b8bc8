// @ts-check
// The pure core, in Chromium, with V8 coverage of src/core alone: its figure must come from
// the core's own tests, not from element tests that happen to pass through it.
import { baseConfig, chromium } from './web-test-runner.config.mjs';

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  ...baseConfig,
  files: ['test/core/**/*.test.ts'],
  browsers: [chromium()],
  coverageConfig: {
    include: ['src/core/**/*.ts'],
    threshold: { lines: 95, statements: 95, functions: 95, branches: 90 },
    reportDir: 'coverage/core',
  },
};
