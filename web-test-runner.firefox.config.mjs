// @ts-check
// Every test (core included) in Firefox ESR, driven by puppeteer-core over WebDriver BiDi:
// no geckodriver and no patched Firefox needed. V8 coverage does not exist here: never
// pass --coverage with this config (it would silently write an empty report).
import * as puppeteerCore from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import { baseConfig } from './web-test-runner.config.mjs';
import { firefoxPath } from './scripts/browsers.mjs';

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  ...baseConfig,
  files: ['test/**/*.test.ts', '!test/e2e/**'],
  browsers: [
    chromeLauncher({
      // a custom puppeteer makes launchOptions.browser honoured
      puppeteer: /** @type {any} */ (puppeteerCore),
      launchOptions: { browser: 'firefox', executablePath: firefoxPath(), headless: true },
    }),
  ],
};
