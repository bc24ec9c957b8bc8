// @ts-check
// The built bridge end to end: dist/cif-workspace.js in a CRM page, dist/cif-client.js in a
// provider page on a second origin (another port) in the comm panel, and the seed's CIF example
// (canCreateSession().then(createSession)) run verbatim as a classic script in the provider page.
// Run by scripts/e2e.mjs after `npm run build`.
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium, openPage, startStaticServer } from './helpers.mjs';

const SEED = readFileSync('test/fixtures/seeds/cif-create-session.js.txt', 'utf8');

/** @type {import('playwright-core').Browser} */
let browser;
/** @type {{ origin: string, close: () => Promise<void> }} */
let crm;
/** @type {{ origin: string, close: () => Promise<void> }} */
let provider;

before(async () => {
  crm = await startStaticServer();
  provider = await startStaticServer(); // another port: another origin
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await crm?.close();
  await provider?.close();
});

describe('dist/cif-client.js in a provider page on another origin', () => {
  test("the seed's CIF createSession example runs verbatim and starts a session the provider owns", async () => {
    assert.notEqual(crm.origin, provider.origin);
    const opened = await openPage(browser, `${crm.origin}/test/e2e/fixtures/bridge.html?provider=${provider.origin}`);
    try {
      const { page } = opened;
      /** @type {string[]} */
      const logs = [];
      page.on('console', (message) => {
        if (message.type() === 'log') logs.push(message.text());
      });
      await page.locator('cif-comm-panel iframe').waitFor();
      const frame = await (await page.locator('cif-comm-panel iframe').elementHandle())?.contentFrame();
      assert.ok(frame, 'the provider frame');
      await frame.waitForFunction(() => /** @type {any} */ (window).cifInitDone === true);
      assert.equal(new URL(frame.url()).origin, provider.origin);

      // verbatim, as a classic script: it declares `var input` and reads Microsoft.CIFramework
      await frame.addScriptTag({ content: SEED });
      await page.waitForFunction(() => /** @type {any} */ (document.getElementById('workspace')).sessions.length === 2);
      const session = await page.evaluate(() => {
        const host = /** @type {any} */ (document.getElementById('workspace'));
        const s = host.sessions[1];
        return { sessionId: s.sessionId, templateName: s.templateName, title: s.title, owner: s.owner, focused: host.focusedSessionId === s.sessionId };
      });
      assert.equal(session.templateName, 'msdyn_chat_session');
      assert.equal(session.owner, provider.origin, 'owned by the provider origin');
      assert.equal(session.focused, true);
      await page.locator(`cif-session-host [part~="session"][data-session-id="${session.sessionId}"][aria-selected="true"]`).waitFor();

      // the example logged the id (console.log in the provider's page)
      await waitFor(() => logs.includes(session.sessionId), 'the logged session id');
      // the provider heard the switch to its session, as a JSON string payload
      await frame.waitForFunction(() => /** @type {any} */ (window).heardSwitches.length === 1);
      assert.deepEqual(await frame.evaluate(() => /** @type {any} */ (window).heardSwitches[0]), {
        sessionId: session.sessionId,
        focused: true,
        focussed: true,
      });
      assert.deepEqual(opened.problems, []);
      assert.deepEqual(await opened.cspViolations(), []);
    } finally {
      await opened.close();
    }
  });
});

/** @param {() => boolean} check @param {string} what */
async function waitFor(check, what, timeout = 5000) {
  const deadline = Date.now() + timeout;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
