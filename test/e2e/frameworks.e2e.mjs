// @ts-check
// The framework examples in a real browser, as their users run them: examples/react (React 19 in
// StrictMode, cif-workspace from npm) and examples/vue (Vue 3, the bundle from a script tag in
// <head>). Each is built with esbuild (scripts/build-examples.mjs) from the built dist/, and then
// clicked through: config as a property and through a re-render, events, slotted children, a
// framework component as a tab's page, unmount and remount, and Microsoft.CIFramework.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildExamples } from '../../scripts/build-examples.mjs';
import { browserAndServer, openPage } from './helpers.mjs';

const env = browserAndServer(buildExamples);

/** What every example must do; `name` is the folder under examples/. */
for (const name of ['react', 'vue']) {
  describe(`examples/${name}`, () => {
    /** @type {Awaited<ReturnType<typeof openPage>>} */
    let opened;
    before(async () => {
      opened = await openPage(env.browser, `${env.origin}/examples/${name}/index.html`);
    });
    after(() => opened?.close());

    const page = () => opened.page;
    const mirrored = () => page().getByRole('list', { name: 'Mirrored sessions' }).locator('li').allTextContents();
    const log = () => page().getByRole('list', { name: 'Log' }).locator('li').allTextContents();
    /** Problems but the console line of the invalid config the test itself gives. */
    const unexpectedProblems = () => opened.problems.filter((problem) => !problem.includes('cif-workspace: sessionTemplates: expected'));

    test('mounts with config as a property, becomes ready, and slots the page\'s children', async () => {
      const facts = await page().evaluate(async () => {
        const host = /** @type {any} */ (document.querySelector('cif-session-host'));
        await host.ready;
        const panel = host.querySelector('cif-comm-panel');
        return {
          configAttribute: host.getAttribute('config'),
          templates: host.config.sessionTemplates.map((/** @type {any} */ t) => t.uniqueName),
          plainJson: JSON.stringify(JSON.parse(JSON.stringify(host.config))) === JSON.stringify(host.config),
          panelSlot: panel?.assignedSlot?.name,
          homeContent: host.querySelector('.home')?.assignedSlot ? host.querySelector('.home').textContent : null,
          cif: typeof (/** @type {any} */ (window).Microsoft?.CIFramework?.createSession),
        };
      });
      assert.deepEqual(facts, {
        configAttribute: null,
        templates: ['contoso_chat'],
        plainJson: true,
        panelSlot: 'panel',
        homeContent: 'Home: no customer yet.',
        cif: 'function',
      });
      assert.deepEqual(unexpectedProblems(), []);
    });

    test('Microsoft.CIFramework starts a session; its record tab is a framework component; events and the mirror follow', async () => {
      await page().getByRole('button', { name: 'Start chat' }).click();
      await page().getByText(/^CIF session session-/).waitFor();
      assert.deepEqual(await mirrored(), ['Home (0 tabs)', 'Chat with Ann Lee (2 tabs)']);
      assert.ok((await log()).includes('created contoso_chat'), 'cif-session-created reached the handler');
      const card = page().locator('cif-app-tab .customer-card');
      assert.equal(await card.locator('h2').textContent(), 'Customer C-7');
      assert.deepEqual(await page().evaluate(() => window.examplePages), { mounted: 1, unmounted: 0 });
    });

    test('the component keeps its state while the agent switches tabs, and a title change is mirrored', async () => {
      const host = page().locator('cif-session-host');
      await page().locator('cif-app-tab .customer-card input').fill('VIP, calls back at 3');
      await host.locator('[part~="tab"]', { hasText: 'Open case' }).click();
      await host.locator('[part~="session"][data-session-id="home"]').click();
      await host.locator('[part~="session"]', { hasText: 'Chat with Ann Lee' }).click();
      await host.locator('[part~="tab"]', { hasText: 'Ann Lee' }).click();
      assert.equal(await page().locator('cif-app-tab .customer-card input').inputValue(), 'VIP, calls back at 3');
      await page().evaluate(async () => {
        const element = /** @type {any} */ (document.querySelector('cif-session-host'));
        await element.setTabTitle(element.sessions[1].tabs[0].tabId, 'Ann Lee (VIP)');
      });
      await page().getByText('Chat with Ann Lee (2 tabs)').waitFor(); // mirrored again, unchanged title of the session
      const titles = await page().evaluate(() => /** @type {any} */ (document.querySelector('cif-session-host')).sessions[1].tabs.map((/** @type {any} */ t) => t.title));
      assert.deepEqual(titles, ['Ann Lee (VIP)', 'Open case']);
      assert.deepEqual(await page().evaluate(() => window.examplePages), { mounted: 1, unmounted: 0 }, 'never rebuilt');
    });

    test('a new config through a re-render applies to the next session', async () => {
      await page().getByRole('checkbox', { name: 'Case tab' }).uncheck();
      await page().getByRole('button', { name: 'Start chat' }).click();
      await page().getByText('Chat with Ann Lee (1 tabs)').waitFor();
      assert.deepEqual(await mirrored(), ['Home (0 tabs)', 'Chat with Ann Lee (2 tabs)', 'Chat with Ann Lee (1 tabs)']);
    });

    test('an invalid config is reported as an event, never thrown: the app and the old config stay', async () => {
      await page().getByRole('button', { name: 'Break config' }).click();
      await page().getByText(/^config refused: sessionTemplates: /).waitFor();
      assert.ok(await page().getByRole('button', { name: 'Start chat' }).isVisible(), 'the app is still there');
      const templates = await page().evaluate(() => /** @type {any} */ (document.querySelector('cif-session-host')).config.sessionTemplates.length);
      assert.equal(templates, 1);
      assert.deepEqual(unexpectedProblems(), []);
    });

    test('unmounted and mounted again, the workspace restores its sessions and their pages', async () => {
      const before = await page().evaluate(() => /** @type {any} */ (document.querySelector('cif-session-host')).sessions.map((/** @type {any} */ s) => s.sessionId));
      await page().getByRole('button', { name: 'Unmount workspace' }).click();
      assert.equal(await page().locator('cif-session-host').count(), 0);
      await page().getByRole('button', { name: 'Mount workspace' }).click();
      const after = await page().evaluate(async () => {
        const host = /** @type {any} */ (document.querySelector('cif-session-host'));
        await host.ready;
        return host.sessions.map((/** @type {any} */ s) => s.sessionId);
      });
      assert.deepEqual(after, before, 'the same sessions, restored from sessionStorage');
      await page().getByText('Chat with Ann Lee (1 tabs)').waitFor(); // the mirror starts from the restored state
      const host = page().locator('cif-session-host');
      await host.locator('[part~="session"]', { hasText: 'Chat with Ann Lee' }).first().click();
      await host.locator('[part~="tab"]', { hasText: 'Ann Lee' }).first().click();
      assert.equal(await page().locator('cif-app-tab[active] .customer-card h2').textContent(), 'Customer C-7');
    });

    test('closing a session unmounts its component', async () => {
      const before = await page().evaluate(() => ({ ...window.examplePages }));
      await page().evaluate(async () => {
        const host = /** @type {any} */ (document.querySelector('cif-session-host'));
        for (const session of host.sessions.slice(1)) await host.closeSession(session.sessionId);
      });
      await page().getByText('Home (0 tabs)').waitFor();
      const pages = await page().evaluate(() => window.examplePages);
      assert.equal(pages.unmounted - before.unmounted, 2, 'both record pages that were mounted after the remount');
      assert.equal(await page().locator('cif-app-tab').count(), 0);
      assert.deepEqual(unexpectedProblems(), []);
    });
  });
}
