// @ts-check
// The README's "your first provider", examples/provider, as a newcomer runs it: a CRM page with
// the workspace on 127.0.0.1, the provider's widget on localhost (another origin) in its panel,
// and the widget's "Incoming call" opening a session through Microsoft.CIFramework.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserAndServer, openPage } from './helpers.mjs';

const env = browserAndServer();

test('the widget on another origin connects, opens a session from a click, and hears the switch', async () => {
  assert.match(env.origin, /^http:\/\/127\.0\.0\.1:/, 'the page is on 127.0.0.1, so localhost is another origin');
  const opened = await openPage(env.browser, `${env.origin}/examples/provider/index.html`);
  const page = opened.page;
  const widget = page.frameLocator('cif-comm-panel iframe');
  await widget.getByText('Connected').waitFor();
  assert.match((await page.locator('cif-comm-panel iframe').getAttribute('src')) ?? '', /^http:\/\/localhost:\d+\/examples\/provider\/widget\.html$/);
  await widget.getByRole('button', { name: 'Incoming call' }).click();
  await widget.getByText(/^Opened session-/).waitFor(); // createSession resolved with the id
  await widget.getByText(/^Agent is on session-/).waitFor(); // and onSessionSwitched said so
  const session = await page.evaluate(() => {
    const host = /** @type {any} */ (document.getElementById('workspace'));
    const focused = host.getSession(host.focusedSessionId);
    return { title: focused.title, tabs: focused.tabs.map((/** @type {any} */ t) => t.title) };
  });
  assert.deepEqual(session, { title: 'Call · Ann Lee', tabs: ['Ann Lee'] });
  assert.equal(await page.locator('cif-app-tab[active] first-customer-card h2').textContent(), 'Ann Lee');
  assert.equal(await page.locator('cif-app-tab[active] first-customer-card p').textContent(), 'Calling from +1 425 555 0142');
  assert.deepEqual(opened.problems, []);
  await opened.close();
});
