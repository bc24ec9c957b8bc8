// @ts-check
// The demo (demo/index.html, "Contoso CRM") end to end against the built dist/cif-workspace.js,
// clicked through the way an agent would: a chat arrives, notes survive tab and session switches,
// a call arrives, the rail is used with the mouse and the keyboard, a tab is closed, the page is
// reloaded, a chat is announced and accepted in the workspace, a phone number is clicked to
// call, presence changes, everything is closed. The softphone comes from a second origin: the
// same static server under the other loopback name (demo/provider-origin.js does that for any
// port but 8000); the chat widget from a third: a second server, named by ?chat=.
// Run by scripts/e2e.mjs after `npm run build`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openCases } from '../../demo/crm/data.js';
import { launchChromium, openPage, screenshot, startStaticServer } from './helpers.mjs';

const VIEWPORT = { width: 1440, height: 900 };

/** @type {import('playwright-core').Browser} */
let browser;
/** @type {{ origin: string, close: () => Promise<void> }} */
let server;
/** @type {Awaited<ReturnType<typeof openPage>>} */
let opened;
/** Where the softphone must come from: the CRM's port under the other loopback name. */
let providerOrigin = '';
/** The chat widget's server: a third origin. */
/** @type {{ origin: string, close: () => Promise<void> }} */
let chatServer;
let chatOrigin = '';

/** @returns {import('playwright-core').Page} */
const page = () => opened.page;

/**
 * The workspace as the page sees it: every session (rail order) with its tabs, and the focus.
 * @returns {Promise<{ focusedSessionId: string, sessions: { sessionId: string, title: string, isDefault: boolean, focusedTabId: string | null, tabs: { tabId: string, templateName: string, title: string, canClose: boolean }[] }[] }>}
 */
const workspace = () =>
  page().evaluate(() => {
    const host = /** @type {any} */ (document.getElementById('workspace'));
    return {
      focusedSessionId: host.focusedSessionId,
      sessions: host.sessions.map((/** @type {any} */ s) => ({
        sessionId: s.sessionId,
        title: s.title,
        isDefault: s.isDefault,
        focusedTabId: s.focusedTabId,
        tabs: s.tabs.map((/** @type {any} */ t) => ({ tabId: t.tabId, templateName: t.templateName, title: t.title, canClose: t.canClose })),
      })),
    };
  });

/** Waits until the workspace has `count` sessions besides Home, and returns it. */
async function waitForSessions(/** @type {number} */ count) {
  await page().waitForFunction(
    (n) => /** @type {any} */ (document.getElementById('workspace'))?.sessions?.filter((/** @type {any} */ s) => !s.isDefault).length === n,
    count,
  );
  await page().evaluate(() => /** @type {any} */ (document.getElementById('workspace')).updateComplete);
  return workspace();
}

/** Waits until `sessionId` is the focused session and its rail entry says so. */
async function waitForFocusedSession(/** @type {string} */ sessionId) {
  await page().waitForFunction((id) => /** @type {any} */ (document.getElementById('workspace')).focusedSessionId === id, sessionId);
  await page().locator(`cif-session-host [part~="session"][data-session-id="${sessionId}"][aria-selected="true"]`).waitFor();
}

const railEntry = (/** @type {string} */ sessionId) => page().locator(`cif-session-host [part~="session"][data-session-id="${sessionId}"]`);
const tabHeader = (/** @type {string} */ tabId) => page().locator(`cif-session-host [part~="tab"][data-tab-id="${tabId}"]`);
const appTab = (/** @type {string} */ tabId) => page().locator(`cif-app-tab[tab-id="${tabId}"]`);
/** The notes box of a customer record (inside the record's open shadow root). */
const notesBox = (/** @type {string} */ tabId) => appTab(tabId).locator('contoso-customer-record textarea#note');

/** The rail entry that has keyboard focus inside the host's shadow root, by session id. */
const focusedRailEntry = () =>
  page().evaluate(() => {
    const active = /** @type {HTMLElement | null} */ (document.getElementById('workspace')?.shadowRoot?.activeElement ?? null);
    return active?.getAttribute('part')?.split(' ').includes('session') ? active.dataset.sessionId : null;
  });

/** The iframe element of a web page tab, and its frame. */
async function tabFrame(/** @type {string} */ tabId) {
  const element = await appTab(tabId).locator('iframe').elementHandle();
  const frame = await element?.contentFrame();
  assert.ok(frame, `tab ${tabId} shows an iframe`);
  return frame;
}

before(async () => {
  server = await startStaticServer();
  const { port } = new URL(server.origin);
  assert.notEqual(port, '8000', 'the demo picks the second origin only off port 8000');
  providerOrigin = `http://localhost:${port}`;
  chatServer = await startStaticServer();
  chatOrigin = `http://localhost:${new URL(chatServer.origin).port}`;
  browser = await launchChromium();
  opened = await openPage(browser, `${server.origin}/demo/?chat=${chatOrigin}`, { viewport: VIEWPORT });
  page().setDefaultTimeout(10_000);
  // Counts the workspace's notifications on every later load of the page (the reload test).
  await page().addInitScript(() => {
    /** @type {any} */ (window).__cifEvents = [];
    for (const name of ['cif-session-created', 'cif-session-switched', 'cif-tab-created', 'cif-tab-switched', 'cif-restore-failed', 'cif-config-error']) {
      document.addEventListener(name, () => /** @type {any} */ (window).__cifEvents.push(name), true);
    }
  });
});

after(async () => {
  await opened?.close();
  await browser?.close();
  await server?.close();
  await chatServer?.close();
});

const softphonePanel = () => page().locator('cif-comm-panel[label="Contoso Softphone"]');
const chatPanel = () => page().locator('cif-comm-panel[label="Contoso Chat"]');
/** The workspace's shown notification. */
const notification = () => page().locator('cif-session-host [part~="notification"]');

describe('the demo, an agent session from start to finish', () => {
  /** The chat session and its tabs: [customer record, knowledge search, cases]. */
  let chat = { sessionId: '', tabs: /** @type {string[]} */ ([]) };
  /** The call session. */
  let call = { sessionId: '', tabs: /** @type {string[]} */ ([]) };

  test('loads on Home with no errors; the softphone runs on the other origin', async () => {
    await page().locator('cif-session-host [part~="session"][data-session-id="home"][aria-selected="true"]').waitFor();
    const state = await workspace();
    assert.deepEqual(state.sessions.map((s) => s.sessionId), ['home'], 'a fresh page has only Home');
    assert.equal(state.focusedSessionId, 'home');
    const open = openCases().length;
    assert.ok(open > 0, 'the demo data has open cases');
    assert.equal(await page().locator('#queue-rows tr').count(), open, 'the dashboard lists every open case in its queue');
    assert.equal(await page().locator('#queue-count').textContent(), `${open} cases`);

    const src = await softphonePanel().locator('iframe').getAttribute('src');
    assert.equal(src, `${providerOrigin}/demo/provider/widget.html`);
    assert.notEqual(new URL(src ?? '').origin, server.origin);
    assert.equal(await chatPanel().locator('iframe').getAttribute('src'), `${chatOrigin}/demo/provider/widget.html?channel=chat`);
    assert.match(await page().locator('#provider-hint').textContent() ?? '', new RegExp(providerOrigin.replaceAll('.', '\\.')));
    assert.equal(await chatPanel().getAttribute('inactive'), '', 'Home shows the first provider; the chat waits beside it');

    // the widget really loaded and ran there, and sees the CRM as its embedder
    const widget = page().frameLocator('cif-comm-panel[label="Contoso Softphone"] iframe');
    await widget.locator('button[data-kind="call"]').waitFor();
    const frame = page().frames().find((f) => f.url().startsWith(`${providerOrigin}/`));
    assert.ok(frame, 'a frame from the provider origin');
    assert.equal(await frame.evaluate(() => location.ancestorOrigins[0]), server.origin);
    assert.deepEqual(opened.problems, []);
  });

  test('"Simulate incoming chat" opens a focused session with its anchor and additional tabs', async () => {
    await page().getByRole('button', { name: 'Simulate incoming chat' }).click();
    const state = await waitForSessions(1);
    const session = state.sessions[1];
    chat = { sessionId: session.sessionId, tabs: session.tabs.map((t) => t.tabId) };
    assert.equal(session.title, 'Chat · Ann Lee');
    assert.deepEqual(session.tabs.map((t) => t.templateName), ['contoso_customer', 'contoso_kbsearch', 'contoso_caselist']);
    assert.equal(state.focusedSessionId, chat.sessionId);
    assert.equal(session.focusedTabId, chat.tabs[0], 'the anchor tab is focused');

    await waitForFocusedSession(chat.sessionId);
    assert.equal(await railEntry('home').getAttribute('aria-selected'), 'false');
    assert.match(await railEntry(chat.sessionId).textContent() ?? '', /Chat · Ann Lee/);
    const headers = page().locator('cif-session-host [part~="tab"]');
    assert.deepEqual(await headers.evaluateAll((nodes) => nodes.map((n) => /** @type {HTMLElement} */ (n).dataset.tabId)), chat.tabs);
    assert.deepEqual(await headers.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-selected'))), ['true', 'false', 'false']);
    assert.equal(await tabHeader(chat.tabs[0]).locator('[part~="close"]').count(), 0, 'the anchor tab cannot be closed');
    assert.equal(await tabHeader(chat.tabs[1]).locator('[part~="close"]').count(), 1);

    // the customer record renders in the anchor tab; Home's content is hidden
    await appTab(chat.tabs[0]).locator('contoso-customer-record h1', { hasText: 'Ann Lee' }).waitFor();
    assert.equal(await page().locator('#home-heading').isVisible(), false, 'Home is hidden');
    // the knowledge search (a web resource) got the conversation's search text as ?data=
    const kb = await tabFrame(chat.tabs[1]);
    await kb.waitForLoadState();
    assert.equal(new URL(kb.url()).pathname, '/demo/webresources/knowledge-search.html');
    assert.equal(await kb.locator('#query').inputValue(), 'dock firmware');
    assert.deepEqual(opened.problems, []);
  });

  test('a note typed in the customer record survives switching tabs and going Home (keep-alive)', async () => {
    const NOTE = 'Customer will retry the firmware update tonight.';
    const textarea = await notesBox(chat.tabs[0]).elementHandle();
    assert.ok(textarea);
    await notesBox(chat.tabs[0]).fill(NOTE);
    const kb = await tabFrame(chat.tabs[1]);
    await kb.evaluate(() => (/** @type {any} */ (window).__e2eKept = true));

    await tabHeader(chat.tabs[1]).click();
    await page().locator(`cif-app-tab[tab-id="${chat.tabs[1]}"][active]`).waitFor();
    assert.equal(await tabHeader(chat.tabs[1]).getAttribute('aria-selected'), 'true');
    assert.equal(await notesBox(chat.tabs[0]).isVisible(), false, 'the record is hidden, not removed');

    await railEntry('home').click();
    await waitForFocusedSession('home');
    await page().locator('#home-heading').waitFor({ state: 'visible' });

    await railEntry(chat.sessionId).click();
    await waitForFocusedSession(chat.sessionId);
    assert.equal(await tabHeader(chat.tabs[1]).getAttribute('aria-selected'), 'true', 'the session remembers its focused tab');
    assert.equal(await (await tabFrame(chat.tabs[1])).evaluate(() => /** @type {any} */ (window).__e2eKept), true, 'the web resource was not reloaded');

    await tabHeader(chat.tabs[0]).click();
    await notesBox(chat.tabs[0]).waitFor({ state: 'visible' });
    assert.equal(await notesBox(chat.tabs[0]).inputValue(), NOTE);
    const same = await page().evaluate(
      ([element, tabId]) =>
        element === document.querySelector(`cif-app-tab[tab-id="${tabId}"] contoso-customer-record`)?.shadowRoot?.querySelector('textarea#note'),
      /** @type {const} */ ([textarea, chat.tabs[0]]),
    );
    assert.equal(same, true, 'the very same textarea element');
    assert.deepEqual(opened.problems, []);
  });

  test('"Simulate incoming call" opens a second session; the rail switches between them', async () => {
    await page().getByRole('button', { name: 'Simulate incoming call' }).click();
    const state = await waitForSessions(2);
    const session = state.sessions[2];
    call = { sessionId: session.sessionId, tabs: session.tabs.map((t) => t.tabId) };
    assert.match(session.title, /^Call · /);
    assert.notEqual(session.title, 'Call · Ann Lee', 'a customer with no open session');
    assert.deepEqual(session.tabs.map((t) => t.templateName), ['contoso_customer', 'contoso_caselist']);
    await waitForFocusedSession(call.sessionId);
    assert.equal(await railEntry(chat.sessionId).getAttribute('aria-selected'), 'false');
    await appTab(call.tabs[0]).locator('contoso-customer-record h1').waitFor();
    assert.deepEqual(
      await page().locator('cif-session-host [part~="tab"]').evaluateAll((nodes) => nodes.map((n) => /** @type {HTMLElement} */ (n).dataset.tabId)),
      call.tabs,
      'the strip shows the focused session only',
    );

    await railEntry(chat.sessionId).click();
    await waitForFocusedSession(chat.sessionId);
    assert.equal(await railEntry(call.sessionId).getAttribute('aria-selected'), 'false');
    assert.equal(await notesBox(chat.tabs[0]).isVisible(), true);
    assert.match(await notesBox(chat.tabs[0]).inputValue(), /firmware update tonight/);

    // the picture: Contoso CRM with an active chat session, a call waiting in the rail
    await (await tabFrame(chat.tabs[1])).waitForLoadState();
    await page().evaluate(() => document.fonts.ready);
    await screenshot(page(), 'demo');
    // the same in the dark theme (the CRM's own pages keep their colours)
    const workspace = page().locator('#workspace');
    await page().getByLabel('Workspace theme').selectOption('dark');
    assert.equal(await workspace.evaluate((host) => getComputedStyle(/** @type {Element} */ (host.shadowRoot?.querySelector('.frame'))).backgroundColor), 'rgb(15, 23, 42)');
    await screenshot(page(), 'demo-dark');
    await page().getByLabel('Workspace theme').selectOption('auto');
    assert.equal(await workspace.getAttribute('theme'), 'auto');

    await railEntry(call.sessionId).click();
    await waitForFocusedSession(call.sessionId);
    assert.deepEqual(opened.problems, []);
  });

  test('the rail works from the keyboard: arrows move and activate, Delete closes', async () => {
    await railEntry(call.sessionId).focus();
    assert.equal(await focusedRailEntry(), call.sessionId);

    await page().keyboard.press('ArrowUp');
    await waitForFocusedSession(chat.sessionId);
    assert.equal(await focusedRailEntry(), chat.sessionId, 'focus follows the selection');

    await page().keyboard.press('ArrowDown');
    await waitForFocusedSession(call.sessionId);
    assert.equal(await focusedRailEntry(), call.sessionId);

    await page().keyboard.press('ArrowDown'); // wraps to Home
    await waitForFocusedSession('home');
    assert.equal(await focusedRailEntry(), 'home');

    await page().keyboard.press('Delete'); // Home cannot be closed
    await page().evaluate(() => /** @type {any} */ (document.getElementById('workspace')).updateComplete);
    assert.equal((await workspace()).sessions.length, 3, 'Delete on Home does nothing');

    await page().keyboard.press('ArrowUp'); // wraps to the last session
    await waitForFocusedSession(call.sessionId);
    assert.equal(await focusedRailEntry(), call.sessionId);

    await page().keyboard.press('Delete');
    await railEntry(call.sessionId).waitFor({ state: 'detached' });
    const state = await waitForSessions(1);
    assert.deepEqual(state.sessions.map((s) => s.sessionId), ['home', chat.sessionId]);
    assert.equal(await page().locator(`cif-app-tab[session-id="${call.sessionId}"]`).count(), 0, 'its tab elements are gone');
    assert.equal(state.focusedSessionId, 'home', 'the previously focused session (Home) is focused again');
    await waitForFocusedSession('home');
    assert.equal(await focusedRailEntry(), 'home', 'keyboard focus stays on the selected rail entry');
    assert.deepEqual(opened.problems, []);
  });

  test("a tab's close button closes it", async () => {
    await railEntry(chat.sessionId).click();
    await waitForFocusedSession(chat.sessionId);
    const cases = chat.tabs[2];
    await tabHeader(cases).click();
    await page().locator(`cif-app-tab[tab-id="${cases}"][active]`).waitFor();

    await tabHeader(cases).locator('[part~="close"]').click();
    await tabHeader(cases).waitFor({ state: 'detached' });
    await appTab(cases).waitFor({ state: 'detached' });
    const session = (await workspace()).sessions.find((s) => s.sessionId === chat.sessionId);
    assert.deepEqual(session?.tabs.map((t) => t.tabId), chat.tabs.slice(0, 2));
    assert.equal(session?.focusedTabId, chat.tabs[1], 'its left neighbour is focused');
    assert.equal(await tabHeader(chat.tabs[1]).getAttribute('aria-selected'), 'true');
    chat.tabs = chat.tabs.slice(0, 2);
    assert.deepEqual(opened.problems, []);
  });

  test('after a reload the sessions come back with the same ids and render their pages', async () => {
    await page().getByRole('button', { name: 'Simulate incoming call' }).click();
    const before = await waitForSessions(2);
    call = { sessionId: before.sessions[2].sessionId, tabs: before.sessions[2].tabs.map((t) => t.tabId) };
    await railEntry(chat.sessionId).click(); // the chat, on its knowledge search tab, is focused
    await waitForFocusedSession(chat.sessionId);
    const expected = await workspace();

    await page().reload();
    await page().waitForFunction(() => /** @type {any} */ (document.getElementById('workspace'))?.sessions?.length === 3);
    await page().evaluate(() => /** @type {any} */ (document.getElementById('workspace')).updateComplete);
    assert.deepEqual(await workspace(), expected, 'sessions, tabs, titles and focus as before');

    await waitForFocusedSession(chat.sessionId);
    for (const session of expected.sessions.slice(1)) assert.match(await railEntry(session.sessionId).textContent() ?? '', new RegExp(session.title));
    assert.equal(await tabHeader(chat.tabs[1]).getAttribute('aria-selected'), 'true');
    const kb = await tabFrame(chat.tabs[1]);
    await kb.waitForLoadState();
    assert.equal(await kb.locator('#query').inputValue(), 'dock firmware', 'the web resource loads again');
    // every tab element exists again and the custom pages render (the record waits for its module)
    for (const session of expected.sessions.slice(1)) {
      for (const tab of session.tabs) assert.equal(await appTab(tab.tabId).getAttribute('session-id'), session.sessionId);
    }
    await appTab(chat.tabs[0]).locator('contoso-customer-record h1', { hasText: 'Ann Lee' }).waitFor({ state: 'attached' });
    assert.deepEqual(await page().evaluate(() => /** @type {any} */ (window).__cifEvents), [], 'restoring fires no created, switched or failure events');

    await railEntry(call.sessionId).click();
    await waitForFocusedSession(call.sessionId);
    await appTab(call.tabs[0]).locator('contoso-customer-record h1').waitFor();
    await tabHeader(call.tabs[1]).click();
    await appTab(call.tabs[1]).locator('contoso-case-list').waitFor();

    assert.equal(await softphonePanel().locator('iframe').getAttribute('src'), `${providerOrigin}/demo/provider/widget.html`);
    assert.deepEqual(opened.problems, []);
  });

  /** The chat the agent accepts from the workspace's notification. */
  let accepted = { sessionId: '', tabs: /** @type {string[]} */ ([]) };

  test('a chat on the third origin is announced in the workspace; Accept there opens its session', async () => {
    // the focused session is the page's own: the agent picks the chat widget beside the softphone
    await page().locator('cif-session-host [part~="panel-switcher"] button', { hasText: 'Contoso Chat' }).click();
    await page().waitForFunction(() => !document.querySelector('cif-comm-panel[label="Contoso Chat"]')?.hasAttribute('inactive'));
    const widget = page().frameLocator('cif-comm-panel[label="Contoso Chat"] iframe');
    await widget.getByRole('button', { name: 'Chat' }).click();
    await notification().waitFor();
    assert.equal(await notification().getAttribute('role'), 'alertdialog');
    assert.match(await notification().locator('strong').textContent() ?? '', /^Incoming chat · /);
    assert.deepEqual(await notification().locator('dt').allTextContents(), ['Customer', 'Email', 'Message']);
    await notification().locator('[data-action="accept"]').click();
    const state = await waitForSessions(3);
    const session = state.sessions[3];
    accepted = { sessionId: session.sessionId, tabs: session.tabs.map((t) => t.tabId) };
    assert.match(session.title, /^Chat · /);
    await waitForFocusedSession(session.sessionId);
    await notification().waitFor({ state: 'detached' });
    await appTab(session.tabs[0].tabId).locator('contoso-customer-record h1').waitFor();
    // the session is the chat widget's: its panel is the one shown, and it heard the answer
    assert.equal(await chatPanel().getAttribute('inactive'), null);
    assert.equal(await softphonePanel().getAttribute('inactive'), '');
    await widget.getByText('session opened in the CRM').waitFor();
    assert.deepEqual(opened.problems, []);
  });

  test('a phone number in the customer record calls the customer through the softphone (click-to-act)', async () => {
    const phone = appTab(accepted.tabs[0]).locator('contoso-customer-record button[data-cif-click-to-act]');
    const number = (await phone.textContent()) ?? '';
    assert.match(number, /^\+/);
    await phone.click();
    const state = await waitForSessions(4);
    const call = state.sessions[4];
    assert.match(call.title, /^Call · /);
    await waitForFocusedSession(call.sessionId);
    // the softphone owns the call: its panel shows, it dials, and it marks the agent Busy
    assert.equal(await softphonePanel().getAttribute('inactive'), null);
    const softphone = page().frameLocator('cif-comm-panel[label="Contoso Softphone"] iframe');
    await softphone.locator('#conversation', { hasText: 'Outbound call' }).waitFor();
    assert.match(await softphone.locator('#conversation').innerText(), new RegExp(number.replaceAll('+', '\\+')));
    await page().waitForFunction(() => /** @type {any} */ (document.getElementById('workspace')).presence === 'Busy');
    assert.equal(await page().locator('cif-session-host [part~="presence"]').inputValue(), 'Busy');
    assert.equal(await page().locator('#presence').inputValue(), 'Busy', 'the CRM header follows');
    assert.deepEqual(opened.problems, []);
  });

  test('presence set in the rail reaches the CRM header and both providers', async () => {
    await page().locator('cif-session-host [part~="presence"]').selectOption('Away');
    assert.equal(await page().locator('#presence').inputValue(), 'Away');
    for (const label of ['Contoso Softphone', 'Contoso Chat']) {
      await page().frameLocator(`cif-comm-panel[label="${label}"] iframe`).locator('.status-text b', { hasText: 'Away' }).waitFor({ state: 'attached' });
    }
    await page().locator('#presence').selectOption('Available');
    await page().waitForFunction(() => /** @type {any} */ (document.getElementById('workspace')).presence === 'Available');
    assert.deepEqual(opened.problems, []);
  });

  test('the softphone looks the caller up, opens the contact, creates a case and logs the call through the CRM\'s data adapter', async () => {
    const softphone = page().frameLocator('cif-comm-panel[label="Contoso Softphone"] iframe');
    const queueBefore = Number((await page().locator('#queue-count').textContent())?.split(' ')[0]);
    await softphone.getByRole('button', { name: 'Call' }).click();
    await notification().waitFor();
    // searchAndOpenRecords(searchOnly) by phone number found the caller in the CRM's IndexedDB
    const caller = (await notification().locator('dd').first().textContent()) ?? '';
    assert.match(await notification().locator('strong').textContent() ?? '', new RegExp(`^Incoming call · ${caller}$`));
    await notification().locator('[data-action="accept"]').click();
    const state = await waitForSessions(5);
    const session = state.sessions[5];
    assert.equal(session.title, `Call · ${caller}`);
    await waitForFocusedSession(session.sessionId);
    // the contact opened in the call's session, as a record page the CRM renders itself
    await page().waitForFunction((id) => /** @type {any} */ (document.getElementById('workspace')).getSession(id).tabs.some((/** @type {any} */ t) => t.templateName === 'msdyn_entityrecord'), session.sessionId);
    const contactTab = (await workspace()).sessions[5].tabs.find((t) => t.templateName === 'msdyn_entityrecord');
    assert.equal(contactTab?.title, caller);
    await appTab(contactTab?.tabId ?? '').locator('contoso-customer-record h1', { hasText: caller }).waitFor({ state: 'attached' });

    await softphone.getByRole('button', { name: 'Create case' }).click();
    await softphone.getByText(/^Case .* opened in the CRM$/).waitFor();
    const tabs = (await workspace()).sessions[5].tabs.filter((t) => t.templateName === 'msdyn_entityrecord');
    assert.equal(tabs.length, 2, 'the new case opened in a tab of the call');
    assert.equal(await page().locator('#queue-count').textContent(), `${queueBefore + 1} cases`, 'the CRM\'s own dashboard shows the new case');

    await softphone.getByRole('button', { name: 'Hang up' }).click();
    await page().locator('#activity li', { hasText: `Phone call logged: Call with ${caller}` }).waitFor({ state: 'attached' });
    assert.deepEqual(opened.problems, []);
  });

  test('a search with several matches opens the workspace\'s own search page, whose rows open records', async () => {
    const { focusedSessionId } = await workspace();
    await page().locator('#search-input').fill('.example');
    await page().locator('#search-input').press('Enter');
    // renderSearchPage opens it in the focused session, as CIF does
    const tabsOf = () => page().evaluate((id) => /** @type {any} */ (document.getElementById('workspace')).getSession(id).tabs.map((/** @type {any} */ t) => ({ tabId: t.tabId, templateName: t.templateName })), focusedSessionId);
    await page().waitForFunction((id) => /** @type {any} */ (document.getElementById('workspace')).getSession(id).tabs.some((/** @type {any} */ t) => t.templateName === 'msdyn_search'), focusedSessionId);
    const search = (await tabsOf()).find((t) => t.templateName === 'msdyn_search');
    // every contact's email matches: the CRM's rows through the data adapter, sortable by name
    const list = appTab(search?.tabId ?? '').locator('cif-record-list');
    await list.locator('[role="status"]', { hasText: '10 records' }).waitFor();
    await list.getByRole('button', { name: 'Full name' }).click();
    assert.equal((await list.locator('tbody tr td:first-child').first().textContent())?.trim(), 'Ann Lee');
    const before = (await tabsOf()).length;
    await list.getByRole('button', { name: 'Hugo Martin' }).click();
    await page().waitForFunction(([id, n]) => /** @type {any} */ (document.getElementById('workspace')).getSession(id).tabs.length === n, /** @type {const} */ ([focusedSessionId, before + 1]));
    const record = (await tabsOf()).at(-1);
    await appTab(record?.tabId ?? '').locator('contoso-customer-record h1', { hasText: 'Hugo Martin' }).waitFor({ state: 'attached' });
    for (const tab of [record, search]) await tabHeader(tab?.tabId ?? '').locator('[part~="close"]').click();
    assert.equal((await tabsOf()).length, before - 1);
    assert.deepEqual(opened.problems, []);
  });

  test('axe finds no accessibility violation with sessions, tabs, a notification, a native record page and two providers', async () => {
    // a native record page (an account: the CRM leaves accounts to the workspace's own form) and an alert waiting
    await page().evaluate(() => {
      const cif = /** @type {any} */ (window).Microsoft.CIFramework;
      void cif.openForm(JSON.stringify({ entityName: 'account' }));
      const host = /** @type {any} */ (document.getElementById('workspace'));
      void host.notifyEvent({ templateName: 'contoso_incoming_chat', templateParameters: { customerName: 'Axe Tester', email: 'axe@example.com', topic: 'Audit' } });
    });
    await page().locator('cif-app-tab[active] cif-record-form form').waitFor();
    await notification().waitFor();
    assert.equal(await page().locator('cif-comm-panel').count(), 2, 'two providers');
    await page().addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
    const audit = () => page().evaluate(async () => {
      // the WCAG 2.1 A and AA rules (axe's best practices also want one visible <main> and <h1>,
      // which the CRM's Home page has only while Home is shown)
      const runOnly = { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] };
      const results = await /** @type {any} */ (window).axe.run(document, { runOnly, resultTypes: ['violations'] });
      return results.violations.map((/** @type {any} */ v) => `${v.id}: ${v.nodes.map((/** @type {any} */ n) => JSON.stringify(n.target)).join(', ')}`);
    });
    assert.deepEqual(await audit(), [], 'the light theme');
    const workspace = page().locator('#workspace');
    await workspace.evaluate((host) => host.setAttribute('theme', 'dark'));
    assert.deepEqual(await audit(), [], 'the dark theme');
    await workspace.evaluate((host) => host.setAttribute('theme', 'auto'));
    await notification().locator('[data-action="reject"]').click();
    await notification().waitFor({ state: 'detached' });
    await tabHeader(await page().locator('cif-app-tab[active]').getAttribute('tab-id') ?? '').locator('[part~="close"]').click();
    assert.deepEqual(opened.problems, []);
  });

  test('closing every session leaves Home, also after another reload', async () => {
    // one with the rail's close button, the rest with the demo's "Reset demo"
    await railEntry(call.sessionId).locator('[part~="close"]').click();
    await railEntry(call.sessionId).waitFor({ state: 'detached' });
    await waitForSessions(4);
    await page().getByRole('button', { name: 'Reset demo' }).click();
    const state = await waitForSessions(0);
    assert.deepEqual(state.sessions.map((s) => s.sessionId), ['home']);
    await waitForFocusedSession('home');
    assert.equal(await page().locator('cif-app-tab').count(), 0, 'no tab element is left');
    assert.equal(await page().locator('cif-session-host [part~="tab"]').count(), 0, 'no tab strip on Home');
    await page().locator('#home-heading').waitFor({ state: 'visible' });

    await page().reload();
    await page().locator('cif-session-host [part~="session"][data-session-id="home"][aria-selected="true"]').waitFor();
    assert.deepEqual((await workspace()).sessions.map((s) => s.sessionId), ['home'], 'nothing comes back');
    assert.deepEqual(opened.problems, []);
  });
});
