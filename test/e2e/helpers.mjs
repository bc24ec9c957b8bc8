// @ts-check
// Shared by the end-to-end tests (test/e2e/*.e2e.mjs, run by scripts/e2e.mjs): Debian's Chromium
// through playwright-core (never a downloaded browser), the repository served as static files on
// 127.0.0.1, and pages that record every error they see.
import { mkdirSync } from 'node:fs';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/browsers.mjs';
import { startStaticServer } from '../../scripts/serve-static.mjs';

export { startStaticServer };

export function launchChromium() {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}

/**
 * One browser and the repository served on 127.0.0.1 for a test file: started before its tests
 * (after `prepare`, e.g. a build), closed after them. Read `browser` and `origin` inside the tests.
 * @param {() => Promise<unknown>} [prepare]
 */
export function browserAndServer(prepare) {
  /** @type {{ browser: import('playwright-core').Browser, origin: string }} */
  const shared = /** @type {any} */ ({ origin: '' });
  /** @type {{ close: () => Promise<void> } | undefined} */
  let server;
  before(async () => {
    await prepare?.();
    server = await startStaticServer();
    shared.origin = server.origin;
    shared.browser = await launchChromium();
  });
  after(async () => {
    await shared.browser?.close();
    await server?.close();
  });
  return shared;
}

/**
 * Opens `url` in a fresh context and collects what went wrong there: uncaught exceptions, console
 * errors, failed or 4xx/5xx requests and Content-Security-Policy / Trusted Types violations.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {{ viewport?: { width: number, height: number } }} [options]
 */
export async function openPage(browser, url, { viewport = { width: 1280, height: 800 } } = {}) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  /** @type {string[]} */
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  // Runs before any of the page's scripts, so a violation while the bundle loads is seen too.
  await page.addInitScript(() => {
    /** @type {any} */ (window).__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      /** @type {any} */ (window).__cspViolations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`);
    });
  });
  await page.goto(url);
  return {
    page,
    problems,
    /** @returns {Promise<string[]>} */
    cspViolations: () => page.evaluate(() => /** @type {any} */ (window).__cspViolations),
    close: () => context.close(),
  };
}

/** @param {import('playwright-core').Page} page @param {string} name */
export async function screenshot(page, name) {
  mkdirSync('screenshots', { recursive: true });
  await page.screenshot({ path: `screenshots/${name}.png` });
}
