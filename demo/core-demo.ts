// A preview of the workspace core on a plain page: the state machine, templates and slugs, rendered
// with a few lines of DOM. The web components replace this rendering; the core stays the same.
import { validateConfig } from '../src/core/config/validate.js';
import { Workspace } from '../src/core/workspace/workspace.js';
import type { WorkspaceState } from '../src/core/workspace/state.js';

const customers = ['Ann Lee', 'Bob Fischer', 'Chandra Rao', "Dan O'Neil"];
const workspace = new Workspace({
  config: validateConfig({ sessionTemplates: [], appTabTemplates: [] }),
  resolveOData: async (_entity, attribute) => (attribute === 'title' ? 'Printer jams on every job' : ''),
});

const element = (id: string) => document.getElementById(id)!;
const pick = () => customers[Math.floor(Math.random() * customers.length)]!;

function run(action: () => unknown) {
  element('error').textContent = '';
  try {
    action();
  } catch (error) {
    element('error').textContent = (error as Error).message;
  }
}

function render(state: WorkspaceState) {
  const rail = state.sessions.map((session) => {
    const item = document.createElement('li');
    item.textContent = session.title + (session.unread ? ` (${session.unread})` : '');
    item.setAttribute('aria-current', String(session.sessionId === state.focusedSessionId));
    item.onclick = () => run(() => workspace.focusSession(session.sessionId));
    if (session.canClose) {
      const close = document.createElement('button');
      close.textContent = '×';
      close.setAttribute('aria-label', `Close ${session.title}`);
      close.onclick = (event) => (event.stopPropagation(), run(() => workspace.closeSession(session.sessionId)));
      item.append(' ', close);
    }
    return item;
  });
  element('rail').replaceChildren(...rail);
  const session = state.sessions.find((s) => s.sessionId === state.focusedSessionId)!;
  element('tabs').replaceChildren(
    ...session.tabs.map((tab) => {
      const item = document.createElement('li');
      item.textContent = tab.title;
      item.setAttribute('aria-current', String(tab.tabId === session.focusedTabId));
      item.onclick = () => run(() => workspace.focusTab(tab.tabId));
      return item;
    }),
  );
  const tab = session.tabs.find((t) => t.tabId === session.focusedTabId);
  element('page').textContent = tab
    ? `${tab.pageType} page\n${JSON.stringify(tab.parameters, null, 2)}`
    : 'Home: the CRM dashboard lives here.';
}

workspace.subscribe(render);
render(workspace.state);
element('chat').onclick = () =>
  run(() => workspace.createSession({ templateName: 'msdyn_chat_session', templateParameters: { customerName: pick() } }));
element('call').onclick = () =>
  run(() => workspace.createSession({ templateName: 'msdyn_voicecall_session', templateParameters: { customerName: pick() } }));
element('case').onclick = () =>
  run(() =>
    workspace.createSession({
      templateName: 'case_entity_session_default_template',
      sessionContext: { parametersStr: `[["entityName","incident"],["entityId","${crypto.getRandomValues(new Uint32Array(1))[0]}"]]` },
    }),
  );
