import { expect } from '@open-wc/testing';
import { validateConfig } from '../../../src/core/config/validate.js';
import { CifError, SESSION_LIMIT_MESSAGE, TAB_LIMIT_MESSAGE } from '../../../src/core/errors.js';
import { sequentialIds } from '../../../src/core/ids.js';
import type { WorkspaceChange } from '../../../src/core/workspace/changes.js';
import { HOME_SESSION_ID } from '../../../src/core/workspace/state.js';
import { Workspace, type WorkspaceOptions } from '../../../src/core/workspace/workspace.js';
import type { JsonValue } from '../../../src/core/json.js';
import { testConfig } from '../fixtures.js';
import { expectInvariants } from './invariants.js';

const config = validateConfig(testConfig);

function setup(options: WorkspaceOptions = {}) {
  const warnings: string[] = [];
  const ws = new Workspace({ config, generateId: sequentialIds(), warn: (m) => warnings.push(m), ...options });
  const log: WorkspaceChange[][] = [];
  ws.subscribe((_state, changes) => log.push([...changes]));
  return { ws, log, warnings, changes: () => log.flat() };
}

function expectCifError(run: () => unknown, code: string, message?: string | RegExp): CifError {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(CifError);
    const cif = error as CifError;
    expect(cif.code).to.equal(code);
    if (typeof message === 'string') expect(cif.message).to.equal(message);
    else if (message) expect(cif.message).to.match(message);
    return cif;
  }
  throw new Error(`expected a CifError ${code}`);
}

/** Runs a command that must fail, and checks it changed nothing and told no one. */
function expectNoChange(ws: Workspace, log: unknown[], run: () => unknown, code: string, message?: string | RegExp) {
  const before = ws.state;
  const notifications = log.length;
  const error = expectCifError(run, code, message);
  expect(ws.state).to.equal(before);
  expect(log.length).to.equal(notifications);
  return error;
}

const chat = (customerName = 'Ann', extra: Record<string, unknown> = {}) => ({
  templateName: 'contoso_chat',
  templateParameters: { customerName },
  ...extra,
});

describe('Workspace', () => {
  describe('Home', () => {
    it('starts with Home only, focused, without tabs', () => {
      const { ws } = setup();
      expect(ws.state.sessions.map((s) => s.sessionId)).to.deep.equal([HOME_SESSION_ID]);
      const home = ws.getSession('home');
      expect(home).to.include({ isDefault: true, canClose: false, focusedTabId: null, templateName: null, panelMode: 'docked' });
      expect(ws.focusedSessionId).to.equal('home');
      expect(ws.canCreateSession()).to.equal(true);
      expect(ws.canCreateTab()).to.equal(false);
    });

    it('takes its panel mode from the options', () => {
      expect(new Workspace({ homePanelMode: 'hidden' }).panelMode).to.equal('hidden');
    });

    it('cannot be closed, renamed or given tabs', () => {
      const { ws, log } = setup();
      expectNoChange(ws, log, () => ws.closeSession('home'), 'NOT_PERMITTED', 'The Home session cannot be closed.');
      expectNoChange(ws, log, () => ws.setSessionTitle('home', 'x'), 'NOT_PERMITTED');
      expectNoChange(ws, log, () => ws.createTab({ templateName: 'contoso_notes' }), 'NOT_PERMITTED');
    });
  });

  describe('createSession', () => {
    it('opens the anchor and the additional tabs in template order, resolved, with the anchor focused', () => {
      const { ws } = setup();
      const id = ws.createSession(chat('Ann Lee', { templateParameters: { customerName: 'Ann Lee', topic: 'refunds' } }));
      const session = ws.getSession(id);
      expect(session.title).to.equal('Chat with Ann Lee');
      expect(session.templateName).to.equal('contoso_chat');
      expect(session.tabs.map((t) => t.templateName)).to.deep.equal(['contoso_customer', 'contoso_kb', 'contoso_site']);
      const [anchor, kb, site] = session.tabs;
      expect(anchor).to.include({ isAnchor: true, canClose: false, title: 'Ann Lee', pageType: 'custom' });
      expect(anchor!.parameters).to.deep.equal({ name: 'crm-customer-card', data: '{"customer":"Ann Lee"}' });
      expect(kb).to.include({ title: 'KB: refunds', canClose: true, keepAlive: true });
      expect(kb!.parameters).to.deep.equal({ webresourceName: 'kb.html', data: 'refunds' });
      expect(site!.parameters.url).to.equal('https://www.example.com/search?q=Ann%20Lee');
      expect(site!.canClose).to.equal(false);
      expect(session.focusedTabId).to.equal(anchor!.tabId);
      expect(ws.focusedSessionId).to.equal(id);
      expectInvariants(ws.state, { maxSessions: 10, maxTabs: 10 });
    });

    it('reports created session, every tab, then the switch', () => {
      const { ws, changes } = setup();
      const id = ws.createSession(chat());
      expect(changes().map((c) => c.type)).to.deep.equal([
        'session-created', 'tab-created', 'tab-created', 'tab-created', 'session-switched',
      ]);
      expect(changes()[0]).to.deep.equal({ type: 'session-created', sessionId: id, templateName: 'contoso_chat' });
      expect(changes()[4]).to.deep.equal({ type: 'session-switched', previousSessionId: 'home', sessionId: id });
    });

    it('applies the template panel mode and reports the change', () => {
      const { ws, changes } = setup();
      ws.createSession({ templateName: 'contoso_call', templateParameters: { customerName: 'x' } });
      expect(ws.panelMode).to.equal('minimized');
      expect(changes().at(-1)).to.deep.equal({ type: 'panel-mode-changed', mode: 'minimized', previousMode: 'docked' });
    });

    it('starts in the background with isFocused: false', () => {
      const { ws, changes } = setup();
      const id = ws.createSession(chat('Ann', { isFocused: false }));
      expect(ws.focusedSessionId).to.equal('home');
      expect(ws.getSession(id).focusedTabId).to.equal(ws.getSession(id).tabs[0]!.tabId);
      expect(changes().map((c) => c.type)).not.to.include('session-switched');
    });

    it('follows the precedence: per tab > global > session context > configured value', () => {
      const { ws } = setup();
      const id = ws.createSession({
        templateName: 'contoso_chat',
        templateParameters: { topic: 'global', contoso_kb: { data: 'per-tab' }, customerName: 'From parameters' },
        sessionContext: { topic: 'context', customerName: 'From context' },
      });
      const [anchor, kb] = ws.getSession(id).tabs;
      expect(kb!.parameters.data).to.equal('per-tab');
      expect(kb!.title).to.equal('KB: global');
      expect(anchor!.title).to.equal('From parameters');
      const other = ws.createSession({ templateName: 'contoso_chat', sessionContext: { topic: 'context', customerName: 'C' } });
      expect(ws.getSession(other).tabs[1]!.parameters.data).to.equal('context');
      expect(ws.getSession(other).title).to.equal('Chat with C');
    });

    it('keeps the session context, with parametersStr entries feeding tab parameters', () => {
      const { ws } = setup();
      const id = ws.createSession({
        templateName: 'contoso_case',
        sessionContext: {
          parametersStr: '[["entityName", "incident"], ["entityId", "fac04293-1ab0-eb11-8236-000d3a5c49ed"]]',
          channel: 'email',
        },
      });
      const session = ws.getSession(id);
      expect(session.tabs[0]!.parameters).to.deep.equal({ entityName: 'incident', entityId: 'fac04293-1ab0-eb11-8236-000d3a5c49ed' });
      expect(ws.getContext(id)).to.deep.equal({ channel: 'email', entityName: 'incident', entityId: 'fac04293-1ab0-eb11-8236-000d3a5c49ed' });
      expect(session.panelMode).to.equal('hidden');
    });

    it('falls back to the template name when the title resolves to nothing', () => {
      const { ws } = setup();
      const id = ws.createSession({ templateName: 'contoso_chat' });
      expect(ws.getSession(id).tabs[0]!.title).to.equal('Customer');
      expect(ws.getSession(id).title).to.equal('Chat with');
    });

    it('refuses unknown templates, non-generic ones through CIF, and templates outside the profile', () => {
      const { ws, log } = setup();
      expectNoChange(ws, log, () => ws.createSession({ templateName: 'contoso_none' }), 'TEMPLATE_NOT_FOUND', 'No session template named "contoso_none".');
      expectNoChange(ws, log, () => ws.createSession({ templateName: 'contoso_case' }, { genericOnly: true }), 'TEMPLATE_NOT_GENERIC');
      const profiled = new Workspace({ config: validateConfig({ ...testConfig, appProfile: { uniqueName: 'contoso_agent', sessionTemplates: ['contoso_call'] } }) });
      expectCifError(() => profiled.createSession(chat()), 'TEMPLATE_NOT_IN_PROFILE', /not in the app profile "contoso_agent"/);
      const allowed = profiled.createSession({ templateName: 'contoso_call' });
      expect(profiled.getSession(allowed).templateName).to.equal('contoso_call');
    });

    it('stops at max-sessions with CIF\'s message', () => {
      const { ws, log } = setup({ maxSessions: 2 });
      ws.createSession(chat());
      ws.createSession(chat());
      expect(ws.canCreateSession()).to.equal(false);
      expectNoChange(ws, log, () => ws.createSession(chat()), 'SESSION_LIMIT_REACHED', SESSION_LIMIT_MESSAGE);
    });

    it('refuses a template with more tabs than max-tabs, creating nothing', () => {
      const { ws, log } = setup({ maxTabs: 2 });
      expectNoChange(ws, log, () => ws.createSession(chat()), 'TAB_LIMIT_REACHED', TAB_LIMIT_MESSAGE);
    });

    it('refuses an unsafe URL and an empty required parameter, creating nothing', () => {
      const { ws, log } = setup();
      expectNoChange(ws, log, () => ws.createSession({ templateName: 'contoso_link', templateParameters: { link: 'javascript:alert(1)' } }), 'UNSAFE_URL');
      expectNoChange(ws, log, () => ws.createSession({ templateName: 'contoso_link' }), 'INVALID_INPUT', /parameters\.url of tab template "contoso_anysite": required/);
      const id = ws.createSession({ templateName: 'contoso_link', templateParameters: { link: 'https://contoso.example/p?a=1' } });
      expect(ws.getSession(id).tabs[1]!.parameters.url).to.equal('https://contoso.example/p?a=1');
    });

    it('checks its input and names the bad path', () => {
      const { ws, log } = setup();
      expectNoChange(ws, log, () => ws.createSession({} as never), 'INVALID_INPUT', /^input\.templateName: /);
      expectNoChange(ws, log, () => ws.createSession(null as never), 'INVALID_INPUT', /^input: /);
      expectNoChange(ws, log, () => ws.createSession({ templateName: 'contoso_chat', sessionContext: new Map() as never }), 'INVALID_INPUT', /^input\.sessionContext: must be a plain object/);
      expectNoChange(ws, log, () => ws.createSession({ templateName: 'contoso_chat', isFocused: 'yes' as never }), 'INVALID_INPUT', /^input\.isFocused: must be a boolean/);
      expectNoChange(ws, log, () => ws.createSession({ templateName: 'contoso_chat', templateParameters: { f: (() => 1) as never } }), 'INVALID_INPUT', /^input\.templateParameters\.f: must be a JSON value/);
      expectNoChange(ws, log, () => ws.createSession({ templateName: 'contoso_chat', templateParameters: { data: { when: new Date(0) } } as never }), 'INVALID_INPUT', /^input\.templateParameters\.data\.when: must be/);
      expectNoChange(ws, log, () => ws.createSession({ templateName: 'contoso_chat', templateParameters: { data: [new Map([['a', 1]])] } as never }), 'INVALID_INPUT', /^input\.templateParameters\.data\[0\]: must be/);
      expectNoChange(ws, log, () => ws.createSession({ templateName: 'contoso_chat', extra: 1 } as never), 'INVALID_INPUT', /^input\.extra: unknown property/);
      expectNoChange(ws, log, () => ws.createSession({ templateName: 'contoso_case', sessionContext: { parametersStr: '[oops' } }), 'INVALID_INPUT', /parametersStr/);
    });

    it('accepts undefined optional members as "not given"', () => {
      const { ws } = setup();
      const id = ws.createSession({ templateName: 'contoso_chat', isFocused: undefined, templateParameters: undefined } as never);
      expect(ws.focusedSessionId).to.equal(id);
    });

    it('records the owner', () => {
      const { ws } = setup();
      const id = ws.createSession(chat(), { owner: 'https://softphone.example' });
      expect(ws.getSession(id).owner).to.equal('https://softphone.example');
      expect(ws.getSession(ws.createSession(chat())).owner).to.equal(null);
    });
  });

  describe('focus', () => {
    it('switches sessions, remembers the previous one and returns to it on close', () => {
      const { ws, changes, log } = setup();
      const a = ws.createSession(chat('A'));
      const b = ws.createSession(chat('B'));
      const c = ws.createSession(chat('C'));
      ws.focusSession(a);
      ws.focusSession(c);
      log.length = 0;
      ws.closeSession(c);
      expect(ws.focusedSessionId).to.equal(a);
      expect(changes()).to.deep.equal([
        { type: 'session-switched', previousSessionId: c, sessionId: a },
        { type: 'session-closed', sessionId: c },
      ]);
      ws.closeSession(a);
      expect(ws.focusedSessionId).to.equal(b);
      ws.closeSession(b);
      expect(ws.focusedSessionId).to.equal('home');
    });

    it('keeps focus when a background session closes', () => {
      const { ws, changes, log } = setup();
      const a = ws.createSession(chat('A'));
      const b = ws.createSession(chat('B'));
      log.length = 0;
      ws.closeSession(a);
      expect(ws.focusedSessionId).to.equal(b);
      expect(changes()).to.deep.equal([{ type: 'session-closed', sessionId: a }]);
    });

    it('does nothing when the session is already focused', () => {
      const { ws, log } = setup();
      const a = ws.createSession(chat());
      const before = ws.state;
      const notifications = log.length;
      ws.focusSession(a);
      expect(ws.state).to.equal(before);
      expect(log.length).to.equal(notifications);
    });

    it('follows each session\'s own panel mode', () => {
      const { ws, changes, log } = setup();
      const call = ws.createSession({ templateName: 'contoso_call' });
      const chatId = ws.createSession(chat());
      ws.setPanelMode('collapsed');
      log.length = 0;
      ws.focusSession(call);
      expect(ws.panelMode).to.equal('minimized');
      expect(changes()[1]).to.deep.equal({ type: 'panel-mode-changed', mode: 'minimized', previousMode: 'collapsed' });
      ws.focusSession(chatId);
      expect(ws.panelMode).to.equal('collapsed');
      ws.focusSession('home');
      expect(ws.panelMode).to.equal('docked');
    });

    it('focusTab focuses the tab\'s session too', () => {
      const { ws, changes, log } = setup();
      const a = ws.createSession(chat('A'));
      const kb = ws.getSession(a).tabs[1]!.tabId;
      ws.createSession(chat('B'));
      log.length = 0;
      ws.focusTab(kb);
      expect(ws.focusedSessionId).to.equal(a);
      expect(ws.getSession(a).focusedTabId).to.equal(kb);
      expect(changes().map((c) => c.type)).to.deep.equal(['session-switched', 'tab-switched']);
    });

    it('reports unknown ids', () => {
      const { ws, log } = setup();
      expectNoChange(ws, log, () => ws.focusSession('session-x'), 'SESSION_NOT_FOUND', 'No session with id "session-x".');
      expectNoChange(ws, log, () => ws.focusTab('tab-x'), 'TAB_NOT_FOUND', 'No tab with id "tab-x".');
      expectNoChange(ws, log, () => ws.focusSession(42 as never), 'INVALID_INPUT', /^sessionId: /);
    });
  });

  describe('tabs', () => {
    it('opens a tab in the focused session and focuses it', () => {
      const { ws, changes, log } = setup();
      const id = ws.createSession(chat());
      log.length = 0;
      const tab = ws.createTab({ templateName: 'contoso_notes', templateParameters: { n: 1 } });
      const session = ws.getSession(id);
      expect(session.tabs.at(-1)).to.include({ tabId: tab, title: 'Notes 1', isAnchor: false });
      expect(session.tabs.at(-1)!.parameters).to.deep.equal({ name: 'crm-notes', data: 1 });
      expect(session.focusedTabId).to.equal(tab);
      expect(changes().map((c) => c.type)).to.deep.equal(['tab-created', 'tab-switched']);
    });

    it('opens in the background with isFocused: false, in another session when asked', () => {
      const { ws } = setup();
      const a = ws.createSession(chat('A'));
      const b = ws.createSession(chat('B'));
      const tab = ws.createTab({ templateName: 'contoso_notes', isFocused: false }, a);
      expect(ws.focusedSessionId).to.equal(b);
      expect(ws.getSession(a).tabs.at(-1)!.tabId).to.equal(tab);
      expect(ws.getSession(a).focusedTabId).to.equal(ws.getSession(a).tabs[0]!.tabId);
      ws.createTab({ templateName: 'contoso_notes', templateParameters: { n: 2 } }, a);
      expect(ws.focusedSessionId).to.equal(a);
    });

    it('does not duplicate a tab with the same template and parameters: it focuses it', () => {
      const { ws, changes, log } = setup({ maxTabs: 5 });
      const id = ws.createSession(chat());
      const first = ws.createTab({ templateName: 'contoso_notes', templateParameters: { n: 1 } });
      ws.focusTab(ws.getSession(id).tabs[0]!.tabId);
      log.length = 0;
      expect(ws.createTab({ templateName: 'contoso_notes', templateParameters: { n: 1 } })).to.equal(first);
      expect(ws.getSession(id).tabs).to.have.length(5 - 1);
      expect(ws.getSession(id).focusedTabId).to.equal(first);
      expect(changes().map((c) => c.type)).to.deep.equal(['tab-switched']);
      // at the limit, the existing tab is still found
      ws.createTab({ templateName: 'contoso_notes', templateParameters: { n: 2 } });
      expect(ws.createTab({ templateName: 'contoso_notes', templateParameters: { n: 1 } })).to.equal(first);
      expectNoChange(ws, log, () => ws.createTab({ templateName: 'contoso_notes', templateParameters: { n: 3 } }), 'TAB_LIMIT_REACHED', TAB_LIMIT_MESSAGE);
      expect(ws.canCreateTab(id)).to.equal(false);
    });

    it('refuses unknown templates and sessions', () => {
      const { ws, log } = setup();
      ws.createSession(chat());
      expectNoChange(ws, log, () => ws.createTab({ templateName: 'contoso_none' }), 'TEMPLATE_NOT_FOUND');
      expectNoChange(ws, log, () => ws.createTab({ templateName: 'contoso_notes' }, 'session-x'), 'SESSION_NOT_FOUND');
      expectNoChange(ws, log, () => ws.createTab({ templateName: '' }), 'INVALID_INPUT', /^input\.templateName/);
    });

    it('never closes the anchor, nor a tab marked not closable', () => {
      const { ws, log } = setup();
      const id = ws.createSession(chat());
      const [anchor, , site] = ws.getSession(id).tabs;
      expectNoChange(ws, log, () => ws.closeTab(anchor!.tabId), 'TAB_NOT_CLOSABLE', /anchor tab/);
      expectNoChange(ws, log, () => ws.closeTab(site!.tabId), 'TAB_NOT_CLOSABLE', /not closable/);
      expectNoChange(ws, log, () => ws.setTabClosable(anchor!.tabId, true), 'NOT_PERMITTED');
    });

    it('hands focus to the left neighbour when the focused tab closes', () => {
      const { ws, changes, log } = setup();
      const id = ws.createSession(chat());
      const one = ws.createTab({ templateName: 'contoso_notes', templateParameters: { n: 1 } });
      const two = ws.createTab({ templateName: 'contoso_notes', templateParameters: { n: 2 } });
      ws.focusTab(one);
      log.length = 0;
      ws.closeTab(one);
      const site = ws.getSession(id).tabs[2]!.tabId;
      expect(ws.getSession(id).focusedTabId).to.equal(site);
      expect(changes()).to.deep.equal([
        { type: 'tab-closed', sessionId: id, tabId: one },
        { type: 'tab-switched', sessionId: id, previousTabId: one, tabId: site },
      ]);
      log.length = 0;
      ws.closeTab(ws.getSession(id).tabs[1]!.tabId); // a background tab
      expect(ws.getSession(id).focusedTabId).to.equal(site);
      expect(changes().map((c) => c.type)).to.deep.equal(['tab-closed']);
      expect(ws.getSession(id).tabs.map((t) => t.tabId)).to.include(two);
    });

    it('refreshes, renames and changes closability', () => {
      const { ws, changes, log } = setup();
      const id = ws.createSession(chat());
      const kb = ws.getSession(id).tabs[1]!.tabId;
      log.length = 0;
      ws.refreshTab(kb);
      ws.refreshTab(kb);
      expect(ws.getTab(kb).refreshCount).to.equal(2);
      ws.setTabTitle(kb, 'Articles');
      ws.setTabClosable(kb, false);
      expect(ws.getTab(kb)).to.include({ title: 'Articles', canClose: false });
      expect(changes().map((c) => c.type)).to.deep.equal(['tab-refreshed', 'tab-refreshed', 'tab-updated', 'tab-updated']);
      expectCifError(() => ws.setTabTitle(kb, 5 as never), 'INVALID_INPUT', /^title: /);
    });
  });

  describe('sessions', () => {
    it('renames, re-resolves the title with new slug values, and marks not closable', () => {
      const { ws, log } = setup();
      const id = ws.createSession(chat('Ann'));
      ws.setSessionTitle(id, 'VIP');
      expect(ws.getSession(id).title).to.equal('VIP');
      ws.retitleSession(id, { customerName: 'Bob' });
      expect(ws.getSession(id).title).to.equal('Chat with Bob');
      ws.setSessionClosable(id, false);
      expectNoChange(ws, log, () => ws.closeSession(id), 'NOT_PERMITTED', /not closable/);
    });

    it('counts unread activity and attention requests on background sessions only, cleared on focus', () => {
      const { ws, log } = setup();
      const a = ws.createSession(chat('A'));
      const b = ws.createSession(chat('B'));
      ws.notifyNewActivity(a, 3);
      ws.requestAttention(a);
      ws.requestAttention(a);
      ws.notifyNewActivity(b, 5);
      ws.requestAttention(b);
      expect(ws.getSession(a)).to.include({ unread: 3, attention: 2 });
      expect(ws.getSession(b)).to.include({ unread: 0, attention: 0 });
      expectNoChange(ws, log, () => ws.notifyNewActivity(a, -1), 'INVALID_INPUT', /^count: must not be negative/);
      expectNoChange(ws, log, () => ws.notifyNewActivity(a, 1.5), 'INVALID_INPUT', /^count: must be a whole number/);
      ws.focusSession(a);
      expect(ws.getSession(a)).to.include({ unread: 0, attention: 0 });
    });

    it('updates, deletes and reads context, and resolves slugs against it', () => {
      const { ws, log } = setup();
      const id = ws.createSession(chat('A'));
      ws.updateContext(id, { caseId: 'CAS-1', note: "it's" });
      expect(ws.getContext(id)).to.deep.equal({ caseId: 'CAS-1', note: "it's" });
      ws.updateContext(id, { note: '' }, true);
      expect(ws.getContext(id)).to.deep.equal({ caseId: 'CAS-1' });
      expect(ws.resolveSlug(id, 'Case {caseId}{missing}')).to.equal('Case CAS-1');
      expectNoChange(ws, log, () => ws.updateContext(id, [] as never), 'INVALID_INPUT', /^values: /);
    });

    it('sets panel modes per session, checked', () => {
      const { ws, changes, log } = setup();
      const a = ws.createSession(chat());
      const b = ws.createSession(chat(), {});
      log.length = 0;
      ws.setPanelMode('hidden', a);
      expect(changes()).to.deep.equal([{ type: 'session-updated', sessionId: a }]);
      ws.setPanelMode('hidden', a);
      expect(log).to.have.length(1);
      expect(ws.getSession(b).panelMode).to.equal('docked');
      expectNoChange(ws, log, () => ws.setPanelMode(1 as never), 'INVALID_INPUT', /^mode: must be one of "docked"/);
    });
  });

  describe('values from the data adapter', () => {
    const deferred = () => {
      let resolve!: (v: JsonValue) => void;
      let reject!: (e: unknown) => void;
      const promise = new Promise<JsonValue>((res, rej) => ((resolve = res), (reject = rej)));
      return { promise, resolve, reject };
    };
    const tick = () => new Promise((r) => setTimeout(r));

    it('creates the session at once and fills {anchor.*} in when the value arrives', async () => {
      const calls: string[][] = [];
      const lookup = deferred();
      const { ws, changes, log } = setup({
        resolveOData: (entity, attribute, query) => {
          calls.push([entity, attribute, query]);
          return lookup.promise;
        },
      });
      const id = ws.createSession({ templateName: 'contoso_case', sessionContext: { entityName: 'incident', entityId: "c'1" } });
      expect(ws.getSession(id).title).to.equal('Case');
      expect(calls).to.deep.equal([['incident', 'title', "?$select=title&$filter=incidentid eq 'c''1'"]]);
      log.length = 0;
      lookup.resolve('Printer on fire');
      await tick();
      expect(ws.getSession(id).title).to.equal('Printer on fire');
      expect(ws.getSession(id).tabs[0]!.title).to.equal('Printer on fire'); // applyTitleToAnchorTab
      expect(changes().map((c) => c.type)).to.deep.equal(['session-updated', 'tab-updated']);
    });

    it('resolves {$odata…} slugs, and keeps titles the agent set', async () => {
      const { ws } = setup({ resolveOData: async (entity, attribute) => `${entity}/${attribute}` });
      const id = ws.createSession({
        templateName: 'contoso_chat',
        templateParameters: { customerName: "{$odata.contact.fullname.?$filter=contactid eq '{cid}'}", cid: "O'Neil" },
      });
      const kb = ws.getSession(id).tabs[1]!.tabId;
      ws.setTabTitle(ws.getSession(id).tabs[0]!.tabId, 'Pinned');
      await tick();
      const session = ws.getSession(id);
      expect(session.title).to.equal('Chat with contact/fullname');
      expect(session.tabs[0]!.title).to.equal('Pinned');
      expect(session.tabs[0]!.parameters.data).to.equal('{"customer":"contact/fullname"}');
      expect(ws.getTab(kb).title).to.equal('KB:');
    });

    it('leaves a failed lookup empty and warns, never undoing the session', async () => {
      const { ws, warnings } = setup({ resolveOData: () => Promise.reject(new Error('503')) });
      const id = ws.createSession({ templateName: 'contoso_case', sessionContext: { entityName: 'incident', entityId: '1' } });
      await tick();
      expect(ws.getSession(id).title).to.equal('Case');
      expect(warnings.join()).to.match(/incident\.title failed \(Error: 503\)/);
    });

    it('survives a hook that throws synchronously', async () => {
      const { ws, warnings } = setup({ resolveOData: () => { throw new Error('boom'); } });
      ws.createSession({ templateName: 'contoso_case', sessionContext: { entityName: 'incident', entityId: '1' } });
      await tick();
      expect(warnings.join()).to.match(/boom/);
    });

    it('warns once when there is no hook', () => {
      const { ws, warnings } = setup();
      ws.createSession({ templateName: 'contoso_case', sessionContext: { entityName: 'incident', entityId: '1' } });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/no resolveOData hook/);
    });

    it('ignores a value that arrives after the session closed', async () => {
      const lookup = deferred();
      const { ws, log } = setup({ resolveOData: () => lookup.promise });
      const id = ws.createSession({ templateName: 'contoso_case', sessionContext: { entityName: 'incident', entityId: '1' } });
      ws.closeSession(id);
      const notifications = log.length;
      lookup.resolve('late');
      await tick();
      expect(log.length).to.equal(notifications);
    });

    it('looks values up for tabs opened later too', async () => {
      const { ws } = setup({ resolveOData: async () => 'Jo' });
      const id = ws.createSession({ templateName: 'contoso_case', sessionContext: { entityName: 'incident', entityId: '1' } });
      const tab = ws.createTab({ templateName: 'contoso_notes', templateParameters: { n: '{anchor.title}' } });
      await tick();
      expect(ws.getTab(tab).title).to.equal('Notes Jo');
      expect(ws.getSession(id).title).to.equal('Jo');
    });
    it('waits with every parameter that needs a lookup, even one an earlier parameter already asked for', async () => {
      const sharedLookup = validateConfig({
        ...testConfig,
        appTabTemplates: [
          ...testConfig.appTabTemplates,
          // the required page name comes after another parameter that asks for the same value
          { uniqueName: 'contoso_article', name: 'Article', title: 'Article', pageType: 'webresource', parameters: { data: '{anchor.title}', webresourceName: '{anchor.title}' } },
        ],
      });
      const calls: string[] = [];
      const ws = new Workspace({ config: sharedLookup, generateId: sequentialIds(), resolveOData: async (_entity, attribute) => (calls.push(attribute), 'kb-42') });
      ws.createSession({ templateName: 'contoso_case', sessionContext: { entityName: 'incident', entityId: '1' } });
      const tab = ws.createTab({ templateName: 'contoso_article' });
      await tick();
      expect(ws.getTab(tab).parameters).to.deep.equal({ data: 'kb-42', webresourceName: 'kb-42' });
      expect(calls, 'one lookup, shared by the session title and both parameters').to.deep.equal(['title']);
    });
  });

  describe('restore and limits', () => {
    it('restores a state silently', () => {
      const { ws, log } = setup();
      const other = new Workspace({ config, generateId: sequentialIds() });
      other.createSession(chat());
      log.length = 0;
      ws.restore(other.state);
      expect(ws.state).to.deep.equal(other.state);
      expect(log).to.deep.equal([[]]);
    });

    it('keeps the sessions opened before the restore, after the restored ones, with their focus', () => {
      const { ws, log, warnings } = setup({ generateId: (kind) => `${kind}-live-${Math.random()}` });
      const earlier = ws.createSession(chat('Early'));
      const other = new Workspace({ config, generateId: sequentialIds() });
      const restoredA = other.createSession(chat('A'));
      const restoredB = other.createSession(chat('B'));
      log.length = 0;
      ws.restore(other.state);
      expect(ws.state.sessions.map((s) => s.sessionId)).to.deep.equal([HOME_SESSION_ID, restoredA, restoredB, earlier]);
      expect(ws.focusedSessionId, 'the agent is still where the live session put it').to.equal(earlier);
      // the agent came to the live session from Home, after the restored ones were last seen
      expect(ws.state.focusHistory).to.deep.equal([restoredA, restoredB, HOME_SESSION_ID]);
      expect(log, 'nothing was created, closed or switched').to.deep.equal([[]]);
      expect(warnings).to.deep.equal([]);
      expectInvariants(ws.state, { maxSessions: 10, maxTabs: 10 });
      // the live session still closes normally, back to where the agent was
      ws.closeSession(earlier);
      expect(ws.focusedSessionId).to.equal(HOME_SESSION_ID);
    });

    it('takes the restored focus when the live focus is Home', () => {
      const { ws } = setup({ generateId: (kind) => `${kind}-live-${Math.random()}` });
      const background = ws.createSession({ ...chat('Early'), isFocused: false });
      const other = new Workspace({ config, generateId: sequentialIds() });
      const restored = other.createSession(chat('A'));
      ws.restore(other.state);
      expect(ws.focusedSessionId).to.equal(restored);
      expect(ws.state.sessions.map((s) => s.sessionId)).to.deep.equal([HOME_SESSION_ID, restored, background]);
      expectInvariants(ws.state, { maxSessions: 10, maxTabs: 10 });
    });

    it('lets a live session win over a restored one with the same ids, and says so', () => {
      const { ws, warnings } = setup();
      const live = ws.createSession(chat('Live'));
      const other = new Workspace({ config, generateId: sequentialIds() });
      const clash = other.createSession(chat('Stored'));
      expect(clash).to.equal(live);
      ws.restore(other.state);
      expect(ws.state.sessions.map((s) => s.title)).to.deep.equal(['Home', 'Chat with Live']);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(`restored session "${clash}" clashes`);
      expectInvariants(ws.state, { maxSessions: 10, maxTabs: 10 });
    });

    it('never reuses a live id, whatever the generator says', () => {
      const { ws } = setup();
      const other = new Workspace({ config, generateId: sequentialIds() });
      other.createSession(chat());
      ws.restore(other.state);
      const id = ws.createSession(chat());
      expect(other.state.sessions.map((s) => s.sessionId)).not.to.include(id);
    });

    it('validates the limits', () => {
      const ws = new Workspace();
      expect(ws.maxSessions).to.equal(10);
      expect(ws.maxTabs).to.equal(10);
      ws.maxSessions = 3;
      expect(ws.maxSessions).to.equal(3);
      expectCifError(() => (ws.maxTabs = -2), 'INVALID_INPUT', /^maxTabs: /);
    });
  });

  describe('reordering', () => {
    function threeSessions() {
      const setup_ = setup();
      const ids = ['Ann', 'Bo', 'Cy'].map((customerName) => setup_.ws.createSession({ templateName: 'contoso_chat', templateParameters: { customerName } }));
      setup_.log.length = 0;
      return { ...setup_, ids };
    }
    const order = (ws: Workspace) => ws.state.sessions.map((s) => s.sessionId);

    it('moves a session to a place after Home, and says so in one change', () => {
      const { ws, ids, changes } = threeSessions();
      const focused = ws.focusedSessionId;
      ws.moveSession(ids[2]!, 1);
      expect(order(ws)).to.deep.equal([HOME_SESSION_ID, ids[2], ids[0], ids[1]]);
      ws.moveSession(ids[2]!, 3);
      expect(order(ws)).to.deep.equal([HOME_SESSION_ID, ids[0], ids[1], ids[2]]);
      expect(changes()).to.deep.equal([
        { type: 'session-moved', sessionId: ids[2], index: 1 },
        { type: 'session-moved', sessionId: ids[2], index: 3 },
      ]);
      expect(ws.focusedSessionId, 'focus stays').to.equal(focused);
      const before = ws.state;
      ws.moveSession(ids[2]!, 3);
      expect(ws.state, 'already there: nothing happens').to.equal(before);
    });

    it('never moves Home, nor past the first place or the end', () => {
      const { ws, log, ids } = threeSessions();
      expectNoChange(ws, log, () => ws.moveSession(HOME_SESSION_ID, 2), 'NOT_PERMITTED', 'The Home session cannot move.');
      expectNoChange(ws, log, () => ws.moveSession(ids[0]!, 0), 'INVALID_INPUT', 'index: must be an integer from 1 to 3, the places after the first');
      expectNoChange(ws, log, () => ws.moveSession(ids[0]!, 4), 'INVALID_INPUT', /^index: /);
      expectNoChange(ws, log, () => ws.moveSession(ids[0]!, 1.5), 'INVALID_INPUT', /^index: /);
      expectNoChange(ws, log, () => ws.moveSession('session-nope', 1), 'SESSION_NOT_FOUND');
    });

    it('moves a tab within its session behind the anchor, which never moves', () => {
      const { ws, log, ids, changes } = threeSessions();
      const first = ids[0]!;
      const notes = ws.createTab({ templateName: 'contoso_notes', templateParameters: { n: 1 } }, first);
      const more = ws.createTab({ templateName: 'contoso_notes', templateParameters: { n: 2 } }, first);
      const [anchor, ...others] = ws.getSession(first).tabs.map((t) => t.tabId);
      expect(others.slice(-2)).to.deep.equal([notes, more]);
      log.length = 0;
      ws.moveTab(more, 1);
      expect(ws.getSession(first).tabs.map((t) => t.tabId)).to.deep.equal([anchor, more, ...others.slice(0, -1)]);
      expect(changes()).to.deep.equal([{ type: 'tab-moved', sessionId: first, tabId: more, index: 1 }]);
      expectNoChange(ws, log, () => ws.moveTab(anchor!, 2), 'NOT_PERMITTED', /anchor tab, which stays first/);
      expectNoChange(ws, log, () => ws.moveTab(notes, 0), 'INVALID_INPUT', /^index: /);
      expectNoChange(ws, log, () => ws.moveTab('tab-nope', 1), 'TAB_NOT_FOUND');
    });
  });
});
