// @ts-check
// A provider page written for Dynamics loads the CIF library from the CRM's
// /webresources/Widget/msdyn_ciLibrary.js (named by ?ucilib=, or in a script tag with Dynamics'
// data attributes). A CRM that serves dist/cif-client.js at that path runs such a page unchanged.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium, openPage, startStaticServer } from './helpers.mjs';

/** @type {import('playwright-core').Browser} */
let browser;
/** @type {{ origin: string, close: () => Promise<void> }} */
let crm;
/** @type {{ origin: string, close: () => Promise<void> }} */
let provider;

before(async () => {
  crm = await startStaticServer({ aliases: { '/webresources/Widget/msdyn_ciLibrary.js': 'dist/cif-client.js' } });
  provider = await startStaticServer();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await crm?.close();
  await provider?.close();
});

describe('cif-client.js served where Dynamics keeps its library', () => {
  for (const load of ['ucilib', 'script']) {
    test(`a provider page written for Dynamics runs unchanged (${load === 'ucilib' ? '?ucilib=' : 'script tag with data-crmurl'})`, async () => {
      const opened = await openPage(browser, `${crm.origin}/test/e2e/fixtures/dynamics-host.html?provider=${provider.origin}&load=${load}`);
      try {
        const frame = await (await opened.page.locator('cif-comm-panel iframe').elementHandle())?.contentFrame();
        assert.ok(frame, 'the provider frame');
        await frame.locator('#status', { hasText: /^Session / }).waitFor();
        const sessions = await opened.page.evaluate(() =>
          /** @type {any} */ (document.getElementById('workspace')).sessions.map((/** @type {any} */ s) => [s.title, s.owner]),
        );
        assert.deepEqual(sessions, [['Home', null], ['Dynamics caller', provider.origin]]);
        const library = frame.url().includes('ucilib=') ? new URL(frame.url()).searchParams.get('ucilib') : `${crm.origin}/webresources/Widget/msdyn_ciLibrary.js`;
        assert.equal(library, `${crm.origin}/webresources/Widget/msdyn_ciLibrary.js`);
        assert.deepEqual(opened.problems, []);
      } finally {
        await opened.close();
      }
    });
  }
});
