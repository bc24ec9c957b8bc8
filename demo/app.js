// Contoso CRM's page code: fills the Home dashboard, starts sessions in the workspace from the
// dashboard, the search box and the demo controls, and logs what the workspace reports. It uses
// the public API of <cif-session-host> (contract sections 5 and 6) and, like a Dynamics form
// script, window.Microsoft.Apm and Microsoft.CIFramework (section 7).
import { customers, cases, orders, openCases, customerById, caseById } from './crm/data.js';
import { h, pill, ago, avatar, DEMO_NOW } from './crm/ui.js';
import { openContosoAdapter } from './crm/adapter.js';

await customElements.whenDefined('cif-session-host');
const host = /** @type {any} */ (document.getElementById('workspace'));
const byId = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));

// ---------------------------------------------------------------------------------------------
// The CRM's data for the workspace: CIF's record calls (a softphone looking up its caller,
// creating a case, logging the call) reach Contoso's records through this adapter, and records
// they open render with Contoso's own pages.

host.dataAdapter = await openContosoAdapter();
host.environment = { userId: 'USR-7001', userName: 'Megan Bowen', orgUrl: location.origin };
host.registerPageRenderer('entityrecord', (/** @type {any} */ parameters) => {
  const { entityName, entityId } = parameters;
  /** @param {string} tag @param {Record<string, string>} data */
  const page = (tag, data) => Object.assign(document.createElement(tag), { data });
  if (entityName === 'contact') return page('contoso-customer-record', { customerId: entityId, customerName: customerById(entityId)?.name ?? '' });
  if (entityName === 'incident') return page('contoso-case-record', { caseId: entityId });
  // accounts and phone calls: the workspace's own record form, built from the adapter's metadata
  return undefined;
});

// ---------------------------------------------------------------------------------------------
// Starting sessions

/** What incoming customers say first, and what the knowledge search looks for. */
const CONVERSATIONS = [
  { customerId: 'CUS-1001', topic: 'Hi! My dock stopped working after the firmware update.', searchText: 'dock firmware' },
  { customerId: 'CUS-1003', topic: 'Our 25 tablets still show no tracking update.', searchText: 'delayed shipment' },
  { customerId: 'CUS-1006', topic: 'The pallet scale arrived with a cracked display.', searchText: 'damaged arrival' },
  { customerId: 'CUS-1002', topic: 'Our invoice shows the old VAT number.', searchText: 'VAT invoice' },
  { customerId: 'CUS-1005', topic: "I can't assign the license seats we bought.", searchText: 'license seats' },
  { customerId: 'CUS-1008', topic: 'Is the wine cooler shipment insured?', searchText: 'insurance fragile' },
  { customerId: 'CUS-1007', topic: 'My headset only pairs with one device.', searchText: 'multipoint pairing' },
  { customerId: 'CUS-1009', topic: 'The volume discount was not applied to my order.', searchText: 'volume discount' },
  { customerId: 'CUS-1010', topic: 'When can you install the conference room kits?', searchText: 'installation' },
  { customerId: 'CUS-1004', topic: 'I forgot my customer portal password.', searchText: 'password' },
];

/** @returns {any[]} every session but Home */
const openSessions = () => host.sessions.filter((/** @type {any} */ s) => !s.isDefault);

/** The `data` parameter of a session's anchor tab (our templates all carry one). */
const anchorData = (/** @type {any} */ session) => session.tabs[0]?.parameters?.data ?? {};

/** Picks the next conversation whose customer has no session open, round-robin across reloads. */
function nextConversation() {
  const busy = new Set(openSessions().map((s) => anchorData(s).customerId).filter(Boolean));
  const start = Number(sessionStorage.getItem('contoso-demo:next') ?? 0);
  for (let i = 0; i < CONVERSATIONS.length; i++) {
    const index = (start + i) % CONVERSATIONS.length;
    if (!busy.has(CONVERSATIONS[index].customerId)) {
      sessionStorage.setItem('contoso-demo:next', String(index + 1));
      return CONVERSATIONS[index];
    }
  }
  sessionStorage.setItem('contoso-demo:next', String(start + 1));
  return CONVERSATIONS[start % CONVERSATIONS.length];
}

/**
 * Starts a chat or call session for a customer.
 * @param {'chat' | 'call'} channel
 * @param {{ id?: string, name: string }} customer
 * @param {{ topic?: string, searchText?: string }} [details]
 * @returns {Promise<string>} the session id
 */
function startConversation(channel, customer, details = {}) {
  return host.createSession({
    templateName: channel === 'chat' ? 'contoso_chat' : 'contoso_call',
    templateParameters: {
      customerName: customer.name,
      customerId: customer.id ?? '',
      channel,
      topic: details.topic ?? '',
      searchText: details.searchText ?? '',
    },
  });
}

/**
 * Opens a case in its own session, or focuses the session that already shows it. A case session
 * comes from an entity template, which CIF's createSession refuses: it is opened the way Dynamics
 * opens records, with Microsoft.Apm.createSession and a `parametersStr` (synchronous).
 */
async function openCase(/** @type {import('./crm/data.js').Case} */ item) {
  const existing = openSessions().find((s) => s.templateName === 'contoso_case' && anchorData(s).caseId === item.id);
  if (existing) return host.focusSession(existing.sessionId).then(() => existing.sessionId);
  const customer = customerById(item.customerId);
  const sessionContext = new Map();
  sessionContext.set(
    'parametersStr',
    JSON.stringify([
      ['entityName', 'incident'],
      ['entityId', item.id],
      ['caseId', item.id],
      ['caseNumber', item.number],
      ['customerId', item.customerId],
      ['customerName', customer?.name ?? ''],
    ]),
  );
  return /** @type {any} */ (window).Microsoft.Apm.createSession({ templateName: 'contoso_case', sessionContext });
}

/** Opens a customer in its own session, or focuses a session already about that customer. */
async function openCustomer(/** @type {import('./crm/data.js').Customer} */ customer) {
  const existing = openSessions().find((s) => anchorData(s).customerId === customer.id && s.templateName !== 'contoso_case');
  if (existing) return host.focusSession(existing.sessionId).then(() => existing.sessionId);
  return host.createSession({
    templateName: 'contoso_record',
    templateParameters: { customerName: customer.name, customerId: customer.id },
  });
}

/** Runs a workspace command and shows its error (e.g. SESSION_LIMIT_REACHED) to the agent. */
function attempt(/** @type {() => Promise<unknown>} */ command) {
  command().catch((error) => toast(error?.message ?? String(error), 'error'));
}

function simulate(/** @type {'chat' | 'call'} */ channel) {
  const conversation = nextConversation();
  const customer = /** @type {import('./crm/data.js').Customer} */ (customerById(conversation.customerId));
  attempt(() => startConversation(channel, customer, conversation));
}

function simulateCase() {
  const busy = new Set(openSessions().map((s) => anchorData(s).caseId).filter(Boolean));
  const item = openCases().find((c) => !busy.has(c.id)) ?? openCases()[0];
  attempt(() => openCase(item));
}

byId('simulate-chat').addEventListener('click', () => simulate('chat'));
byId('simulate-call').addEventListener('click', () => simulate('call'));
byId('simulate-case').addEventListener('click', simulateCase);
byId('demo-theme').addEventListener('change', (event) => {
  host.theme = /** @type {HTMLSelectElement} */ (event.target).value;
});
byId('reset-demo').addEventListener('click', async () => {
  for (const session of openSessions()) await host.closeSession(session.sessionId);
  sessionStorage.removeItem('contoso-demo:next');
  toast('All sessions closed.');
});

// ---------------------------------------------------------------------------------------------
// The Home dashboard

byId('home-date').textContent = new Intl.DateTimeFormat('en-US', { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' }).format(DEMO_NOW);

/** Time left on the case's SLA, "Breached", or "Paused" while waiting on the customer. */
function sla(/** @type {import('./crm/data.js').Case} */ item) {
  if (item.status === 'Waiting on customer') return h('span', { class: 'sla muted' }, 'Paused');
  const due = new Date(item.created).getTime() + item.slaHours * 3600_000;
  const hours = Math.round((due - DEMO_NOW.getTime()) / 3600_000);
  return hours < 0 ? h('span', { class: 'sla breached' }, 'Breached') : h('span', { class: `sla${hours <= 2 ? ' soon' : ''}` }, `${hours} h left`);
}

const priorityRank = { High: 0, Normal: 1, Low: 2 };

/** The key figures and the queue, from the cases as they are now. */
function renderQueue() {
  const open = openCases();
  byId('kpi-open').textContent = String(open.length);
  byId('kpi-unassigned').textContent = String(open.filter((c) => c.owner === 'Unassigned').length);
  byId('queue-count').textContent = `${open.length} cases`;
  byId('queue-rows').replaceChildren(
  ...[...open]
    .sort((a, b) => priorityRank[a.priority] - priorityRank[b.priority] || a.created.localeCompare(b.created))
    .map((item) =>
      h(
        'tr',
        { onclick: (/** @type {MouseEvent} */ event) => !(/** @type {Element} */ (event.target).closest('button')) && attempt(() => openCase(item)) },
        h('td', { class: 'mono' }, item.number),
        h('td', {}, h('button', { type: 'button', class: 'link', onclick: () => attempt(() => openCase(item)) }, item.title)),
        h('td', {}, customerById(item.customerId)?.name ?? ''),
        h('td', {}, pill(item.priority)),
        h('td', {}, pill(item.status)),
        h('td', {}, sla(item)),
        h('td', { class: 'muted' }, ago(item.created)),
      ),
    ),
  );
}
renderQueue();

// a provider created or changed a record through the workspace: the CRM shows it
window.addEventListener('contoso-data-changed', (/** @type {any} */ event) => {
  const { entity, row, action } = event.detail;
  if (entity === 'incident') renderQueue();
  if (action === 'create' && entity === 'incident') logActivity(`Case ${row.ticketnumber} created: ${row.title}`, 'open');
  if (action === 'create' && entity === 'phonecall') logActivity(`Phone call logged: ${row.subject}`, 'tab');
});

const lastContact = (/** @type {string} */ customerId) =>
  cases.filter((c) => c.customerId === customerId).map((c) => c.created).sort().at(-1) ?? '';
byId('recent-customers').replaceChildren(
  ...[...customers]
    .sort((a, b) => lastContact(b.id).localeCompare(lastContact(a.id)))
    .slice(0, 6)
    .map((customer) =>
      h(
        'li',
        {},
        h(
          'button',
          { type: 'button', class: 'person', onclick: () => attempt(() => openCustomer(customer)) },
          avatar(customer.name),
          h('span', { class: 'person-text' }, h('span', { class: 'person-name' }, customer.name), h('span', { class: 'muted' }, customer.company)),
          h('span', { class: 'muted person-when' }, lastContact(customer.id) ? ago(lastContact(customer.id)) : ''),
        ),
      ),
    ),
);

// ---------------------------------------------------------------------------------------------
// Global search: a case number, an order number, or a customer's name, company or email

byId('global-search').addEventListener('submit', (event) => {
  event.preventDefault();
  const input = /** @type {HTMLInputElement} */ (byId('search-input'));
  const query = input.value.trim().toLowerCase();
  if (!query) return;
  const item = caseById(query.toUpperCase()) ?? cases.find((c) => c.number.toLowerCase().includes(query));
  const order = orders.find((o) => o.id.toLowerCase() === query);
  const matching = order ? [customerById(order.customerId)] : customers.filter((c) => `${c.name} ${c.company} ${c.email}`.toLowerCase().includes(query));
  if (item && query.startsWith('cas')) attempt(() => openCase(item));
  else if (matching.length === 1 && matching[0]) attempt(() => openCustomer(matching[0]));
  // anything else: the workspace's own search page over the CRM's contacts (through the data adapter)
  else attempt(() => window.Microsoft.CIFramework.renderSearchPage('contact', input.value.trim()));
  input.value = '';
});

// ---------------------------------------------------------------------------------------------
// Presence: the workspace owns it (the rail has a control, providers call setPresence); the
// header's control sets host.presence and follows cif-presence-changed.

function showPresence(/** @type {string} */ text) {
  /** @type {HTMLSelectElement} */ (byId('presence')).value = text;
  byId('presence-dot').dataset.presence = text.toLowerCase().replaceAll(' ', '-');
}
byId('presence').addEventListener('change', (event) => (host.presence = /** @type {HTMLSelectElement} */ (event.target).value));
host.addEventListener('cif-presence-changed', (/** @type {any} */ event) => {
  showPresence(event.presenceInfo.presenceText);
  logActivity(`Presence: ${event.presenceInfo.presenceText}`, 'tab');
});
showPresence(host.presence);

// ---------------------------------------------------------------------------------------------
// What the workspace reports

const titles = new Map();
const freshSessions = new Set();

function logActivity(/** @type {string} */ text, /** @type {string} */ kind) {
  const list = byId('activity');
  list.querySelector('li.muted')?.remove();
  const time = new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', second: '2-digit' }).format(new Date());
  list.prepend(h('li', { class: `activity-${kind}` }, h('span', {}, text), h('time', { class: 'muted' }, time)));
  while (list.children.length > 8) list.lastElementChild?.remove();
}

host.addEventListener('cif-session-created', (/** @type {any} */ event) => {
  const { title } = host.getSession(event.sessionId);
  titles.set(event.sessionId, title);
  freshSessions.add(event.sessionId);
  queueMicrotask(() => freshSessions.delete(event.sessionId)); // its template's tabs follow synchronously
  logActivity(`Opened ${title}`, 'open');
});
host.addEventListener('cif-session-closed', (/** @type {any} */ event) => {
  logActivity(`Closed ${titles.get(event.sessionId) ?? 'a session'}`, 'close');
  titles.delete(event.sessionId);
});
host.addEventListener('cif-tab-created', (/** @type {any} */ event) => {
  if (freshSessions.has(event.sessionId)) return;
  const tab = host.getSession(event.sessionId).tabs.find((/** @type {any} */ t) => t.tabId === event.tabId);
  logActivity(`Opened tab ${tab?.title ?? ''} in ${titles.get(event.sessionId) ?? host.getSession(event.sessionId).title}`, 'tab');
});
host.addEventListener('cif-config-error', (/** @type {any} */ event) => toast(`Workspace configuration refused: ${event.error?.message}`, 'error'));
for (const session of openSessions()) titles.set(session.sessionId, session.title); // restored after a reload

// ---------------------------------------------------------------------------------------------
// The softphone (another origin, in the comm panel) uses Microsoft.CIFramework through the
// workspace's bridge: it starts chat and call sessions itself. A routed case needs an entity
// session, which CIF cannot start, so it raises `contoso.openCase` and the page opens the case.

const [softphoneOrigin, chatOrigin] = [...document.querySelectorAll('cif-comm-panel[slot="panel"]')].map(
  (panel) => new URL(panel.getAttribute('src') ?? '', location.href).origin,
);
byId('provider-hint').textContent = `The softphone runs on ${softphoneOrigin}, the chat widget on ${chatOrigin}.`;

const CIFramework = /** @type {any} */ (window).Microsoft.CIFramework;
CIFramework.addHandler('contoso.openCase', (/** @type {string} */ payload) => {
  const { caseNumber } = JSON.parse(payload); // handlers receive JSON strings, as in Dynamics
  const item = typeof caseNumber === 'string' ? caseById(caseNumber) : undefined;
  if (!item) return toast(`The softphone asked for an unknown case ${String(caseNumber ?? '')}.`, 'error');
  attempt(() => openCase(item));
});

// ---------------------------------------------------------------------------------------------

/** Shows a message for a few seconds; the same message again only restarts its timer. */
function toast(/** @type {string} */ message, kind = 'info') {
  const shown = [...byId('toasts').children].find((node) => node.textContent === message);
  const note = /** @type {HTMLElement & { timer?: number }} */ (shown ?? h('div', { class: `toast toast-${kind}` }, message));
  byId('toasts').append(note);
  clearTimeout(note.timer);
  note.timer = window.setTimeout(() => note.remove(), 4500);
}
