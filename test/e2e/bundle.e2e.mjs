// @ts-check
// The built script-tag bundle, dist/cif-workspace.js, in pages that know nothing of npm or Lit:
// a plain page with an inline config, and a page under a strict Content-Security-Policy with
// Trusted Types. Run by scripts/e2e.mjs after `npm run build`.
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium, openPage, screenshot, startStaticServer } from './helpers.mjs';

const TAGS = ['cif-session-host', 'cif-app-tab', 'cif-comm-panel'];
const CSP = "script-src 'self'; require-trusted-types-for 'script'";
const CSP_PAGE = '/test/e2e/fixtures/csp.html';
/** What `CifWorkspace.version` must say. */
const VERSION = JSON.parse(readFileSync('package.json', 'utf8')).version;

/** @type {import('playwright-core').Browser} */
let browser;
/** @type {{ origin: string, close: () => Promise<void> }} */
let server;

before(async () => {
  server = await startStaticServer({
    headersFor: (pathname) => /** @type {Record<string, string>} */ (pathname === CSP_PAGE ? { 'content-security-policy': CSP } : {}),
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

describe('dist/cif-workspace.js in a plain page', () => {
  /** @type {Awaited<ReturnType<typeof openPage>>} */
  let opened;
  before(async () => {
    opened = await openPage(browser, `${server.origin}/test/e2e/fixtures/plain.html`);
  });
  after(() => opened?.close());

  const host = () => opened.page.locator('cif-session-host');
  /** A rail entry; `[part~=…]` because an element may carry more parts than one. */
  const railEntry = (/** @type {string} */ sessionId) => host().locator(`[part~="session"][data-session-id="${sessionId}"]`);
  const tabHeader = (/** @type {string} */ tabId) => host().locator(`[part~="tab"][data-tab-id="${tabId}"]`);

  /** @param {Record<string, string>} templateParameters */
  const createSession = (templateParameters) =>
    opened.page.evaluate(async (parameters) => {
      const element = /** @type {any} */ (document.querySelector('cif-session-host'));
      const sessionId = await element.createSession({ templateName: 'e2e_chat_session', templateParameters: parameters });
      await element.updateComplete;
      return /** @type {string} */ (sessionId);
    }, templateParameters);

  test('exposes window.CifWorkspace and defines the elements', async () => {
    const facts = await opened.page.evaluate((tags) => {
      const api = /** @type {any} */ (window).CifWorkspace ?? {};
      const exported = Object.values(api);
      return {
        version: api.version,
        cifError: typeof api.CifError,
        cifErrorCode: typeof api.CifError === 'function' ? new api.CifError('TAB_NOT_FOUND', 'x').errorCode : undefined,
        defined: tags.filter((tag) => customElements.get(tag)),
        classesExported: tags.filter((tag) => exported.includes(customElements.get(tag))),
      };
    }, TAGS);
    assert.equal(facts.version, VERSION, 'CifWorkspace.version is the package version');
    assert.equal(facts.cifError, 'function', 'CifWorkspace.CifError');
    assert.equal(facts.cifErrorCode, 8, 'CifWorkspace.CifError numbers its codes');
    assert.deepEqual(facts.defined, TAGS, 'defined elements');
    assert.deepEqual(facts.classesExported, TAGS, 'element classes on window.CifWorkspace');
    assert.deepEqual(opened.problems, []);
  });

  test('loading the bundle a second time does not throw', async () => {
    const outcome = await opened.page.evaluate(
      () =>
        new Promise((resolve) => {
          const first = customElements.get('cif-session-host');
          const script = document.createElement('script');
          script.src = '/dist/cif-workspace.js?again';
          script.onload = () =>
            resolve({
              loaded: true,
              keptDefinition: customElements.get('cif-session-host') === first,
              version: /** @type {any} */ (window).CifWorkspace?.version,
            });
          script.onerror = () => resolve({ loaded: false });
          document.head.append(script);
        }),
    );
    assert.deepEqual(outcome, { loaded: true, keptDefinition: true, version: VERSION });
    assert.deepEqual(opened.problems, [], 'no error while loading it again');
  });

  test('creates a session from a template, shows it in the rail with its tabs and the page element', async () => {
    const sessionId = await createSession({ customerName: 'Ann Lee' });
    const created = await opened.page.evaluate((id) => {
      const element = /** @type {any} */ (document.querySelector('cif-session-host'));
      return { templateName: element.getSession(id).templateName, focused: element.focusedSessionId };
    }, sessionId);
    assert.deepEqual(created, { templateName: 'e2e_chat_session', focused: sessionId });
    await railEntry(sessionId).waitFor();
    assert.equal(await railEntry(sessionId).getAttribute('aria-selected'), 'true');
    assert.match((await railEntry(sessionId).textContent()) ?? '', /Chat with Ann Lee/);

    const tabs = await opened.page.evaluate(
      (id) => /** @type {any} */ (document.querySelector('cif-session-host')).getSession(id).tabs.map((/** @type {any} */ t) => t.tabId),
      sessionId,
    );
    assert.equal(tabs.length, 2, 'anchor tab and the additional tab');
    for (const tabId of tabs) await tabHeader(tabId).waitFor();
    assert.equal(await tabHeader(tabs[0]).getAttribute('aria-selected'), 'true', 'the anchor tab is focused');

    // the page's own element renders in the anchor tab, its JSON `data` parsed and slug-filled
    const card = opened.page.locator(`cif-app-tab[tab-id="${tabs[0]}"] e2e-customer-card`);
    await card.waitFor();
    assert.equal(await card.textContent(), 'Customer: Ann Lee');

    await screenshot(opened.page, 'plain');
    assert.deepEqual(opened.problems, []);
  });

  test('clicking a rail entry focuses that session', async () => {
    const first = await createSession({ customerName: 'Bo Chen' });
    const second = await createSession({ customerName: 'Cy Diaz' });
    await railEntry(second).waitFor();
    assert.equal(await railEntry(second).getAttribute('aria-selected'), 'true');

    await railEntry(first).click();
    await opened.page.waitForFunction(
      (id) => /** @type {any} */ (document.querySelector('cif-session-host')).focusedSessionId === id,
      first,
    );
    assert.equal(await railEntry(first).getAttribute('aria-selected'), 'true');
    assert.equal(await railEntry(second).getAttribute('aria-selected'), 'false');
    assert.deepEqual(opened.problems, []);
  });

  test("a tab's close button closes it", async () => {
    const sessionId = await createSession({ customerName: 'Di Evans' });
    const [anchor, notes] = await opened.page.evaluate(
      (id) => /** @type {any} */ (document.querySelector('cif-session-host')).getSession(id).tabs.map((/** @type {any} */ t) => t.tabId),
      sessionId,
    );
    await tabHeader(notes).waitFor();
    assert.equal(await tabHeader(anchor).locator('[part~="close"]').count(), 0, 'the anchor tab has no close button');

    await tabHeader(notes).locator('[part~="close"]').click();
    await tabHeader(notes).waitFor({ state: 'detached' });
    await opened.page.locator(`cif-app-tab[tab-id="${notes}"]`).waitFor({ state: 'detached' });
    const left = await opened.page.evaluate(
      (id) => /** @type {any} */ (document.querySelector('cif-session-host')).getSession(id).tabs.map((/** @type {any} */ t) => t.tabId),
      sessionId,
    );
    assert.deepEqual(left, [anchor]);
    assert.deepEqual(opened.problems, []);
  });
});

describe(`dist/cif-workspace.js under "${CSP}"`, () => {
  test('defines the elements and creates a session without a violation', async () => {
    const opened = await openPage(browser, `${server.origin}${CSP_PAGE}`);
    try {
      const { page } = opened;
      // the page's own script (csp-page.js) starts the session and records the outcome
      await page.waitForFunction(() => /** @type {any} */ (window).e2eResult !== undefined, null, { timeout: 10_000 });
      const result = await page.evaluate(() => /** @type {any} */ (window).e2eResult);
      assert.equal(result.error, undefined, 'createSession under the CSP');
      assert.equal(typeof result.sessionId, 'string');
      await page.locator(`cif-session-host [part~="session"][data-session-id="${result.sessionId}"]`).waitFor();
      await page.locator('cif-app-tab e2e-customer-card').waitFor();
      assert.equal(await page.locator('cif-app-tab e2e-customer-card').textContent(), 'Customer: Csp Tester');
      assert.deepEqual(
        await page.evaluate((tags) => tags.filter((tag) => customElements.get(tag)), TAGS),
        TAGS,
      );
      assert.deepEqual(await opened.cspViolations(), []);
      assert.deepEqual(opened.problems, []);
    } finally {
      await opened.close();
    }
  });

  test('the policy is really enforced (an inline script is refused)', async () => {
    // guards the test above against a server that forgot the header
    const opened = await openPage(browser, `${server.origin}${CSP_PAGE}`);
    try {
      const ran = await opened.page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.e2eInline = true';
        document.head.append(script);
        return /** @type {any} */ (window).e2eInline === true;
      }).catch(() => false);
      assert.equal(ran, false);
      // refused by Trusted Types, before script-src could even look at it
      const violations = await opened.cspViolations();
      assert.equal(violations.length, 1, violations.join('\n'));
      assert.match(violations[0], /^require-trusted-types-for: trusted-types-sink HTMLScriptElement textContent\|window\.e2eInline = true$/);
    } finally {
      await opened.close();
    }
  });
});
