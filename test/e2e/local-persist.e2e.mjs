// @ts-check
// persist="local" in two browser tabs of the same page (one browser context: one localStorage).
// Each tab keeps its own sessions across its own reloads, neither overwrites the other's, and
// after both tabs are gone a fresh tab takes over the work one of them left behind.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { browserAndServer } from './helpers.mjs';

const PAGE = '/test/e2e/fixtures/local-persist.html';

const env = browserAndServer();

/** @param {import('playwright-core').Page} page */
const ready = (page) => page.evaluate(() => /** @type {any} */ (document.querySelector('cif-session-host')).ready.then(() => true));

/** @param {import('playwright-core').Page} page @param {string} customerName */
const openChat = (page, customerName) =>
  page.evaluate(
    (name) => /** @type {any} */ (window).Microsoft.CIFramework.createSession({ templateName: 'msdyn_chat_session', templateParameters: { customerName: name } }),
    customerName,
  );

/** @param {import('playwright-core').Page} page @returns {Promise<string[]>} */
const titles = (page) =>
  page.evaluate(() => /** @type {any} */ (document.querySelector('cif-session-host')).sessions.filter((/** @type {any} */ s) => !s.isDefault).map((/** @type {any} */ s) => s.title));

describe('persist="local" in two browser tabs of one page', () => {
  test('each tab keeps its own sessions; neither corrupts the other\'s snapshot', async () => {
    const context = await env.browser.newContext();
    const warnings = /** @type {string[]} */ ([]);
    const first = await context.newPage();
    const second = await context.newPage();
    for (const page of [first, second]) page.on('console', (m) => m.type() === 'error' && warnings.push(m.text()));
    await first.goto(`${env.origin}${PAGE}`);
    await ready(first);
    await second.goto(`${env.origin}${PAGE}`);
    await ready(second);

    await openChat(first, 'Ann');
    await openChat(second, 'Bob');
    await openChat(second, 'Cy');

    await first.reload();
    await ready(first);
    assert.deepEqual(await titles(first), ['Ann'], 'the first tab got its own session back');
    await second.reload();
    await ready(second);
    assert.deepEqual(await titles(second), ['Bob', 'Cy'], 'the second tab got its own sessions back');

    const stored = await first.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('cif-workspace:agent')).sort());
    assert.deepEqual(stored, ['cif-workspace:agent', 'cif-workspace:agent#2'], 'two snapshots, one per tab');

    // Both tabs closed (the browser quit); a new tab takes over work left behind, not an empty slot
    await first.close();
    await second.close();
    const fresh = await context.newPage();
    await fresh.goto(`${env.origin}${PAGE}`);
    await ready(fresh);
    const restored = await titles(fresh);
    assert.ok(
      JSON.stringify(restored) === JSON.stringify(['Ann']) || JSON.stringify(restored) === JSON.stringify(['Bob', 'Cy']),
      `a left-over snapshot was restored whole, got ${JSON.stringify(restored)}`,
    );
    assert.deepEqual(warnings, []);
    await context.close();
  });
});
