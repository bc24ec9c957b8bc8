// A channel provider's widget, as it ships in the communication panel. The same code runs as two
// providers on two origins: the Contoso Softphone (calls and routed cases; `npm start`:
// http://localhost:8001) and, with `?channel=chat`, Contoso Chat (web chats; localhost:8002). It
// simulates customers contacting the contact centre, rings, lets the agent accept or decline,
// and keeps a view of each active conversation.
//
// Incoming work is announced in the workspace too: notifyEvent with the CRM's notification
// templates, so the agent can accept or reject it where they are; the widget's own buttons
// withdraw that notification (cancelEvent). The softphone dials a phone number the agent clicks
// in the CRM (onclicktoact) and marks the agent Busy while a call is on (setPresence).
//
// It talks to the CRM only through Microsoft.CIFramework, from the workspace's cif-client.js
// (the page's bridge checks that we are the panel's iframe and come from its origin):
//   - Accept on a chat or call: createSession() with a generic session template; the session is
//     ours, so we hear onSessionSwitched / onSessionClosed about it (and only about ours).
//   - Accept on a routed case: cases open in an entity session, which CIF's createSession cannot
//     start, so we raiseEvent('contoso.openCase') and the CRM page opens it (Microsoft.Apm).

/** The provider's own view of its customers: what its channels tell it, not CRM records. */
const CONTACTS = [
  { name: 'Ann Lee', email: 'ann.lee@northwind.example', phone: '+1 425 555 0142', topic: 'Hi! My dock stopped working after the firmware update.', searchText: 'dock firmware' },
  { name: 'Chandra Rao', email: 'chandra.rao@tailspin.example', phone: '+91 80 5550 3321', topic: 'Our 25 tablets still show no tracking update.', searchText: 'delayed shipment' },
  { name: 'Farid Haddad', email: 'farid@wideworld.example', phone: '+971 4 555 0164', topic: 'The pallet scale arrived with a cracked display.', searchText: 'damaged arrival' },
  { name: 'Bob Fischer', email: 'b.fischer@fabrikam.example', phone: '+49 30 5550 1187', topic: 'Our invoice shows the old VAT number.', searchText: 'VAT invoice' },
  { name: 'Elena Petrova', email: 'elena.petrova@litware.example', phone: '+44 20 5550 7731', topic: "I can't assign the license seats we bought.", searchText: 'license seats' },
  { name: 'Hugo Martin', email: 'hugo.martin@cohowinery.example', phone: '+33 1 5550 2290', topic: 'Is the wine cooler shipment insured?', searchText: 'insurance fragile' },
  { name: 'Grace Kim', email: 'grace.kim@proseware.example', phone: '+82 2 5550 4410', topic: 'My headset only pairs with one device.', searchText: 'multipoint pairing' },
  { name: 'Isabel Santos', email: 'isabel.santos@alpineski.example', phone: '+55 11 5550 8812', topic: 'The volume discount was not applied to my order.', searchText: 'volume discount' },
  { name: 'Priya Natarajan', email: 'priya.n@newcustomer.example', phone: '+1 312 555 0107', topic: 'Hello, I would like to know more about your business plans.', searchText: 'business plans' },
];

/** Cases the routing engine pushes to this agent. */
const ROUTED_CASES = [
  { caseNumber: 'CAS-01044', name: 'Chandra Rao', topic: 'Shipment of 25 tablets delayed' },
  { caseNumber: 'CAS-01045', name: 'Farid Haddad', topic: 'Pallet scale arrived damaged' },
  { caseNumber: 'CAS-01046', name: 'Isabel Santos', topic: 'Bulk discount not applied' },
  { caseNumber: 'CAS-01043', name: 'Hugo Martin', topic: 'Insurance for fragile shipment' },
];

const CUSTOMER_REPLIES = [
  'Thanks, that helps!',
  'OK, let me check that on my side.',
  'Great, how long will that take?',
  'Perfect, thank you for the quick answer.',
];

const RING_SECONDS = 45;

/** Which provider this copy of the widget is: the chat widget, or the softphone. */
const CHANNEL = new URLSearchParams(location.search).get('channel') === 'chat' ? 'chat' : 'voice';
const PRODUCT = CHANNEL === 'chat' ? 'Contoso Chat' : 'Contoso Softphone';
/** The kinds of contact each provider takes. */
const KINDS = CHANNEL === 'chat' ? ['chat'] : ['call', 'case'];
/** The CRM's notification template for each kind of incoming contact. */
const NOTIFICATION_TEMPLATES = { chat: 'contoso_incoming_chat', call: 'contoso_incoming_call', case: 'contoso_case_assigned' };

/**
 * @typedef {{ id: string, kind: 'chat' | 'call' | 'case', name: string, email?: string, phone?: string,
 *   topic: string, searchText?: string, caseNumber?: string, arrived: number, accepted?: number, sessionId?: string, opened?: boolean,
 *   state: 'ringing' | 'waiting' | 'connecting' | 'active' | 'wrap-up', error?: string,
 *   messages: { from: 'customer' | 'agent' | 'system', text: string, at: number }[],
 *   draft: string, muted: boolean, held: boolean, unread: number, ended?: number, crmId?: string }} Contact
 */

/** @type {Contact[]} */
let contacts = [];
let selectedId = /** @type {string | null} */ (null);
let nextContact = 0;
let nextCase = 0;
let sequence = 0;

// ---------------------------------------------------------------------------------------------
// Talking to the CRM: Microsoft.CIFramework from the workspace's cif-client.js

/**
 * Where Contoso CRM runs, and so where its cif-client.js comes from: `?crm=` (the CRM page puts it
 * in the panel's src), else the page that embeds us. A real widget knows its CRM's URL; this demo
 * runs on loopback addresses only, so it accepts nothing else.
 */
const crmOrigin = (() => {
  const candidates = [new URLSearchParams(location.search).get('crm'), document.referrer];
  for (const candidate of candidates) {
    try {
      const url = new URL(candidate ?? '');
      if (url.protocol === 'http:' && (url.hostname === '127.0.0.1' || url.hostname === 'localhost')) return url.origin;
    } catch {
      // not a URL: try the next
    }
  }
  return null;
})();
const embedded = window.parent !== window && crmOrigin !== null;

/** @returns {any} Microsoft.CIFramework, once cif-client.js has loaded */
const cif = () => /** @type {any} */ (window).Microsoft?.CIFramework;
let connected = false;

/** Loads the client; CIFInitDone fires once the workspace has answered. */
function connect() {
  if (!embedded) return;
  window.addEventListener('CIFInitDone', onInitDone, { once: true });
  const script = document.createElement('script');
  script.src = `${crmOrigin}/dist/cif-client.js`;
  script.onerror = () => renderFooter(`Could not load cif-client.js from ${crmOrigin}.`);
  document.head.append(script);
}

function onInitDone() {
  connected = true;
  cif().addHandler('onPresenceChange', (/** @type {string} */ payload) => showPresence(JSON.parse(payload).presenceInfo));
  void cif().getPresence().then((/** @type {string} */ text) => showPresence({ presenceText: text }));
  // phone numbers are the softphone's business: the chat widget turns click-to-act off, so the
  // workspace hands every click to the softphone, even from a chat's session
  if (CHANNEL === 'voice') cif().addHandler('onclicktoact', (/** @type {string} */ payload) => dial(JSON.parse(payload)));
  else void cif().setClickToAct(false);
  // Dynamics delivers handler payloads as JSON strings
  cif().addHandler('onSessionSwitched', (/** @type {string} */ payload) => {
    const { sessionId, focused } = JSON.parse(payload);
    focusedSession = focused ? sessionId : focusedSession === sessionId ? null : focusedSession;
    const contact = contacts.find((c) => c.sessionId === sessionId);
    if (contact && focused) contact.unread = 0; // the workspace clears its badge when the agent looks
    if (contact && focused && isActive(contact)) {
      selectedId = contact.id;
      render();
    }
  });
  cif().addHandler('onSessionClosed', (/** @type {string} */ payload) => {
    const { sessionId } = JSON.parse(payload);
    const contact = contacts.find((c) => c.sessionId === sessionId);
    if (!contact) return;
    contact.sessionId = undefined;
    contact.messages.push({ from: 'system', text: 'The agent closed the session in the CRM', at: Date.now() });
    if (contact.state === 'active') end(contact);
    else render();
  });
  renderFooter();
}

/** Opens the CRM side of an accepted contact; resolves with our session's id (none for a case). */
async function openInCrm(/** @type {Contact} */ contact) {
  if (!connected) throw new Error('Not connected to Contoso CRM.');
  if (contact.kind === 'case') {
    // an entity session: the CRM page opens it when it hears this
    await cif().raiseEvent('contoso.openCase', { caseNumber: contact.caseNumber });
    return undefined;
  }
  if (!(await cif().canCreateSession())) throw new Error('Maximum sessions reached. Close a session before opening another.');
  return cif().createSession({
    templateName: contact.kind === 'chat' ? 'contoso_chat' : 'contoso_call',
    templateParameters: { customerName: contact.name, channel: contact.kind, topic: contact.topic, searchText: contact.searchText ?? '' },
  });
}

// ---------------------------------------------------------------------------------------------
// Contacts

function simulate(/** @type {'chat' | 'call' | 'case'} */ kind) {
  /** @type {Contact} */
  let contact;
  const base = { id: `c${++sequence}`, kind, arrived: Date.now(), state: /** @type {const} */ ('waiting'), messages: [], draft: '', muted: false, held: false, unread: 0 };
  if (kind === 'case') {
    const routed = ROUTED_CASES[nextCase++ % ROUTED_CASES.length];
    contact = { ...base, name: routed.name, topic: routed.topic, caseNumber: routed.caseNumber };
  } else {
    const person = CONTACTS[nextContact++ % CONTACTS.length];
    contact = { ...base, ...person };
    if (kind === 'chat') contact.messages.push({ from: 'customer', text: person.topic, at: Date.now() });
  }
  contacts.push(contact);
  ringNext();
  render();
}

/** Rings the oldest waiting contact when nothing is ringing. */
function ringNext() {
  if (contacts.some((c) => c.state === 'ringing')) return;
  const next = contacts.find((c) => c.state === 'waiting');
  if (next) {
    next.state = 'ringing';
    next.arrived = Date.now();
    announce(next);
  }
}

/**
 * Announces a ringing contact in the workspace with the CRM's notification template. The agent's
 * answer there is as good as our own buttons; a routed case is assigned at once (its template
 * accepts by itself and just tells the agent).
 */
async function announce(/** @type {Contact} */ contact) {
  if (!connected) return;
  if (contact.kind === 'call') await lookUpCaller(contact);
  const templateParameters = { customerName: contact.name, topic: contact.topic, email: contact.email ?? '', phone: contact.phone ?? '', caseNumber: contact.caseNumber ?? '' };
  cif()
    .notifyEvent({ templateName: NOTIFICATION_TEMPLATES[contact.kind], templateParameters }, undefined, contact.id)
    .then((/** @type {string} */ answer) => {
      const { actionName } = JSON.parse(answer); // a JSON string, as Dynamics answers
      if (contact.state !== 'ringing') return;
      if (actionName === 'Accept') void accept(contact, false);
      else if (actionName === 'Reject') decline(contact, false);
    })
    .catch((/** @type {Error} */ error) => renderFooter(`Notification failed: ${error.message}`));
}

// ---------------------------------------------------------------------------------------------
// The CRM's records, through CIF's record calls (the CRM's data adapter answers them)

/** Looks the caller up by phone number, as a Dynamics softphone does; a single match names the caller. */
async function lookUpCaller(/** @type {Contact} */ contact) {
  if (!contact.phone) return;
  const phone = contact.phone.replaceAll("'", "''");
  const query = `?$select=fullname,mobilephone&$filter=contains(mobilephone,'${phone}') or contains(telephone1,'${phone}')`;
  try {
    const rows = JSON.parse(await cif().searchAndOpenRecords('contact', query, true));
    if (rows.length === 1) {
      contact.crmId = rows[0].contactid;
      contact.name = rows[0].fullname;
    }
  } catch (error) {
    renderFooter(`CRM lookup failed: ${/** @type {Error} */ (error).message}`);
  }
}

/** Opens a record in the focused session (ours: the call's), as searchAndOpenRecords does with one match. */
const openRecord = (/** @type {string} */ entity, /** @type {string} */ idAttribute, /** @type {string} */ id) =>
  cif().searchAndOpenRecords(entity, `?$filter=${idAttribute} eq '${id.replaceAll("'", "''")}'`, false);

/** Creates a case from the call, for its caller, and opens it in the call's session. */
async function createCase(/** @type {Contact} */ contact) {
  try {
    const { id } = JSON.parse(await cif().createRecord('incident', JSON.stringify({ title: contact.topic, caseorigincode: 'Phone', 'customerid_contact@odata.bind': `/contacts(${contact.crmId})` })));
    const { ticketnumber } = JSON.parse(await cif().retrieveRecord('incident', id, '?$select=ticketnumber'));
    await openRecord('incident', 'incidentid', id);
    contact.caseNumber = ticketnumber ?? id;
  } catch (error) {
    contact.error = /** @type {Error} */ (error).message;
  }
  render();
}

/** Logs the finished call as a phone-call activity, with its parties bound the Dataverse way. */
async function logCall(/** @type {Contact} */ contact) {
  if (!contact.crmId) return;
  const { userId } = JSON.parse(await cif().getEnvironment());
  const contactRef = `/contacts(${contact.crmId})`;
  await cif().createRecord('phonecall', JSON.stringify({
    subject: `Call with ${contact.name}`,
    description: contact.topic,
    directioncode: contact.topic === 'Outbound call',
    'regardingobjectid_contact@odata.bind': contactRef,
    phonecall_activity_parties: [
      { 'partyid_contact@odata.bind': contactRef, participationtypemask: 1 },
      { 'partyid_systemuser@odata.bind': `/systemusers(${userId})`, participationtypemask: 2 },
    ],
  }));
}

/** Our own buttons answered: the workspace's notification goes away. */
function withdraw(/** @type {Contact} */ contact) {
  if (connected && contact.kind !== 'case') cif().cancelEvent(contact.id).catch(() => {});
}

async function accept(/** @type {Contact} */ contact, fromWidget = true) {
  if (fromWidget) withdraw(contact);
  contact.state = 'connecting';
  contact.accepted = Date.now();
  selectedId = contact.id;
  ringNext();
  render();
  try {
    contact.sessionId = await openInCrm(contact);
    contact.state = 'active';
    contact.opened = true;
    contact.messages.push({ from: 'system', text: `${labelOf(contact.kind)} accepted · session opened in the CRM`, at: Date.now() });
    if (contact.kind === 'call') void cif().setPresence('Busy');
    if (contact.kind === 'call' && contact.crmId) await openRecord('contact', 'contactid', contact.crmId);
  } catch (error) {
    contact.state = 'active';
    // CIF's errors carry errorCode, code and message
    contact.error = /** @type {Error} */ (error).message;
  }
  render();
}

function decline(/** @type {Contact} */ contact, fromWidget = true) {
  if (fromWidget) withdraw(contact);
  contacts = contacts.filter((c) => c !== contact);
  ringNext();
  render();
}

function end(/** @type {Contact} */ contact) {
  if (contact.state === 'wrap-up') {
    contacts = contacts.filter((c) => c !== contact);
    const handled = byId('stat-handled');
    handled.textContent = String(Number(handled.textContent) + 1);
    if (selectedId === contact.id) selectedId = contacts.find((c) => isActive(c))?.id ?? null;
  } else {
    contact.state = 'wrap-up';
    contact.ended = Date.now();
    contact.messages.push({ from: 'system', text: contact.kind === 'call' ? 'Call ended' : 'Conversation ended', at: Date.now() });
    if (contact.kind === 'call' && connected) {
      void logCall(contact).catch((/** @type {Error} */ error) => renderFooter(`Could not log the call: ${error.message}`));
      if (!contacts.some((c) => c.kind === 'call' && c.state === 'active')) void cif().setPresence('Available');
    }
  }
  render();
}

/** Click-to-call: the agent clicked a phone number in the CRM, and the softphone dials it. */
async function dial(/** @type {{ value: string, name: string }} */ { value }) {
  const digits = (/** @type {string} */ text) => text.replace(/\D/g, '');
  const person = CONTACTS.find((p) => digits(p.phone) === digits(value));
  /** @type {Contact} */
  const contact = {
    id: `c${++sequence}`, kind: 'call', name: person?.name ?? value, phone: value, topic: 'Outbound call',
    arrived: Date.now(), state: 'waiting', messages: [], draft: '', muted: false, held: false, unread: 0,
  };
  contacts.push(contact);
  await lookUpCaller(contact);
  await accept(contact, false);
}

/** The agent's presence, which the workspace owns: shown in our status bar. */
function showPresence(/** @type {{ presenceText: string }} */ { presenceText }) {
  const status = document.querySelector('.status-text b');
  if (status) status.textContent = presenceText === 'Available' ? 'Ready' : presenceText;
  document.querySelector('.status-bar .presence')?.setAttribute('data-presence', presenceText.toLowerCase().replaceAll(' ', '-'));
}

/** The id of the session the agent is looking at, when it is ours. */
let focusedSession = /** @type {string | null} */ (null);

function send(/** @type {Contact} */ contact) {
  const text = contact.draft.trim();
  if (!text) return;
  contact.messages.push({ from: 'agent', text, at: Date.now() });
  contact.draft = '';
  render(true);
  setTimeout(() => {
    if (contact.state !== 'active') return;
    contact.messages.push({ from: 'customer', text: CUSTOMER_REPLIES[contact.messages.length % CUSTOMER_REPLIES.length], at: Date.now() });
    // the agent is elsewhere: an unread badge on our session in the rail
    if (contact.sessionId && contact.sessionId !== focusedSession) void cif().notifyNewActivity(contact.sessionId, ++contact.unread);
    render();
  }, 1400);
}

const isActive = (/** @type {Contact} */ c) => c.state === 'active' || c.state === 'connecting' || c.state === 'wrap-up';
const labelOf = (/** @type {Contact['kind']} */ kind) => ({ chat: 'Chat', call: 'Call', case: 'Case' })[kind];

// ---------------------------------------------------------------------------------------------
// Rendering (DOM nodes only; customer text never becomes markup)

/**
 * @param {string} tag
 * @param {Record<string, unknown>} [props]
 * @param {...(Node | string | null | undefined | false)} children
 */
function h(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), /** @type {EventListener} */ (value));
    else if (key === 'value') /** @type {HTMLInputElement} */ (node).value = String(value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) node.append(child);
  return node;
}

const byId = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));
const initials = (/** @type {string} */ name) => name.split(/\s+/).slice(0, 2).map((p) => p[0]).join('').toUpperCase();
const clock = (/** @type {number} */ ms) => {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
};
const timeOf = (/** @type {number} */ at) => new Date(at).toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' });

/** @param {boolean} [focusComposer] put the caret back in the chat box (after sending) */
function render(focusComposer = false) {
  const composerFocused = document.activeElement?.id === 'composer';
  renderIncoming();
  renderQueueLine();
  renderList();
  renderConversation();
  if (focusComposer || composerFocused) document.getElementById('composer')?.focus();
  tick();
}

function renderIncoming() {
  const ringing = contacts.find((c) => c.state === 'ringing');
  if (!ringing) return byId('incoming').replaceChildren();
  byId('incoming').replaceChildren(
    h(
      'div',
      { class: `incoming ${ringing.kind}`, role: 'alertdialog', 'aria-label': `Incoming ${labelOf(ringing.kind).toLowerCase()} from ${ringing.name}` },
      h('div', { class: 'incoming-head' }, h('span', { class: `glyph ${ringing.kind}`, 'aria-hidden': 'true' }), h('span', {}, `Incoming ${labelOf(ringing.kind).toLowerCase()}`), h('span', { class: 'countdown', 'data-countdown': ringing.id })),
      h('div', { class: 'who' }, h('span', { class: 'avatar ring', 'aria-hidden': 'true' }, initials(ringing.name)), h('div', {}, h('strong', {}, ringing.name), h('span', { class: 'sub' }, ringing.caseNumber ?? (ringing.kind === 'call' ? ringing.phone : ringing.email) ?? ''))),
      h('p', { class: 'topic' }, ringing.topic),
      h(
        'div',
        { class: 'incoming-actions' },
        h('button', { type: 'button', class: 'decline', onclick: () => decline(ringing) }, 'Decline'),
        h('button', { type: 'button', class: 'accept', onclick: () => accept(ringing) }, 'Accept'),
      ),
    ),
  );
}

function renderQueueLine() {
  const waiting = contacts.filter((c) => c.state === 'waiting').length;
  byId('queue-line').textContent = waiting ? `${waiting} more waiting in the queue` : 'Queue is empty';
}

function renderList() {
  const active = contacts.filter(isActive);
  if (!selectedId || !active.some((c) => c.id === selectedId)) selectedId = active[0]?.id ?? null;
  byId('conversation-list').replaceChildren(
    ...(active.length
      ? active.map((c) =>
          h(
            'button',
            { type: 'button', class: `chip ${c.kind}`, 'aria-pressed': String(c.id === selectedId), onclick: () => ((selectedId = c.id), render()) },
            h('span', { class: `glyph ${c.kind}`, 'aria-hidden': 'true' }),
            h('span', { class: 'chip-name' }, c.name),
            c.state === 'wrap-up' ? h('span', { class: 'chip-state' }, 'wrap-up') : h('span', { class: 'chip-time', 'data-since': String(c.accepted ?? c.arrived) }),
          ),
        )
      : [h('p', { class: 'empty' }, 'No active conversations. Accept a contact to start one.')]),
  );
}

function renderConversation() {
  const contact = contacts.find((c) => c.id === selectedId);
  if (!contact) return byId('conversation').replaceChildren();
  const status =
    contact.state === 'connecting'
      ? h('p', { class: 'note' }, 'Opening a session in the CRM…')
      : contact.error
        ? h('p', { class: 'note error' }, contact.error)
        : contact.sessionId
          ? h('p', { class: 'note ok' }, 'Session open in Contoso CRM')
          : contact.kind === 'case' && contact.opened
            ? h('p', { class: 'note ok' }, 'Case opened in Contoso CRM')
            : null;
  const head = h(
    'div',
    { class: 'conv-head' },
    h('span', { class: 'avatar', 'aria-hidden': 'true' }, initials(contact.name)),
    h('div', { class: 'conv-who' }, h('strong', {}, contact.name), h('span', { class: 'sub' }, contact.caseNumber ?? (contact.kind === 'chat' ? contact.email : contact.phone) ?? '')),
    h('button', { type: 'button', class: contact.state === 'wrap-up' ? 'done' : 'end', onclick: () => end(contact) }, contact.state === 'wrap-up' ? 'Done' : contact.kind === 'call' ? 'Hang up' : 'End'),
  );
  const body = contact.kind === 'chat' ? chatView(contact) : contact.kind === 'call' ? callView(contact) : caseView(contact);
  byId('conversation').replaceChildren(head, status ?? '', body);
  const log = document.querySelector('.transcript');
  if (log) log.scrollTop = log.scrollHeight;
}

function chatView(/** @type {Contact} */ contact) {
  const composer = /** @type {HTMLTextAreaElement} */ (
    h('textarea', {
      id: 'composer',
      rows: 2,
      placeholder: contact.state === 'wrap-up' ? 'Conversation ended' : `Message ${contact.name.split(' ')[0]}…`,
      disabled: contact.state !== 'active',
      'aria-label': 'Message',
      value: contact.draft,
      oninput: (/** @type {Event} */ e) => (contact.draft = /** @type {HTMLTextAreaElement} */ (e.target).value),
      onkeydown: (/** @type {KeyboardEvent} */ e) => {
        if (e.key === 'Enter' && !e.shiftKey) {
          e.preventDefault();
          send(contact);
        }
      },
    })
  );
  return h(
    'div',
    { class: 'chat-view' },
    h('ol', { class: 'transcript', 'aria-label': 'Transcript', 'aria-live': 'polite' }, ...contact.messages.map((m) => h('li', { class: `msg ${m.from}` }, h('span', { class: 'bubble' }, m.text), h('time', {}, timeOf(m.at))))),
    h('div', { class: 'composer' }, composer, h('button', { type: 'button', class: 'send', disabled: contact.state !== 'active', onclick: () => send(contact) }, 'Send')),
  );
}

function callView(/** @type {Contact} */ contact) {
  const toggle = (/** @type {'muted' | 'held'} */ key, /** @type {string} */ on, /** @type {string} */ off) =>
    h('button', { type: 'button', class: 'call-button', 'aria-pressed': String(contact[key]), disabled: contact.state !== 'active', onclick: () => ((contact[key] = !contact[key]), render()) }, contact[key] ? on : off);
  return h(
    'div',
    { class: 'call-view' },
    h(
      'div',
      { class: 'call-timer', 'data-since': String(contact.accepted ?? Date.now()), 'data-stopped': contact.ended ? 'true' : null },
      clock((contact.ended ?? Date.now()) - (contact.accepted ?? Date.now())),
    ),
    h('p', { class: 'sub' }, contact.state === 'wrap-up' ? 'Call ended · add wrap-up notes in the CRM' : contact.held ? 'On hold' : contact.muted ? 'Muted' : 'Connected · HD voice'),
    h('div', { class: 'call-buttons' }, toggle('muted', 'Unmute', 'Mute'), toggle('held', 'Resume', 'Hold'), h('button', { type: 'button', class: 'call-button', disabled: contact.state !== 'active' }, 'Transfer')),
    h('p', { class: 'topic' }, `IVR: “${contact.topic}”`),
    contact.crmId
      ? h('p', { class: 'crm-line' }, contact.caseNumber ? `Case ${contact.caseNumber} opened in the CRM` : h('button', { type: 'button', class: 'call-button', onclick: () => void createCase(contact) }, 'Create case'))
      : h('p', { class: 'sub' }, 'Caller not found in the CRM'),
  );
}

function caseView(/** @type {Contact} */ contact) {
  return h(
    'div',
    { class: 'case-view' },
    h('p', {}, h('strong', {}, contact.caseNumber ?? ''), ` · ${contact.topic}`),
    h('p', { class: 'sub' }, 'Routed by Contoso unified routing · Tier 1 queue'),
  );
}

/** Updates clocks and countdowns in place, so typing is never interrupted. */
function tick() {
  const now = Date.now();
  byId('clock').textContent = new Date(now).toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' });
  for (const node of document.querySelectorAll('[data-since]')) {
    if (/** @type {HTMLElement} */ (node).dataset.stopped) continue;
    node.textContent = clock(now - Number(/** @type {HTMLElement} */ (node).dataset.since));
  }
  const ringing = contacts.find((c) => c.state === 'ringing');
  const countdown = document.querySelector('[data-countdown]');
  if (ringing && countdown) {
    const left = RING_SECONDS - Math.floor((now - ringing.arrived) / 1000);
    if (left <= 0) {
      // unanswered: back to the end of the queue, as a real ACD would
      withdraw(ringing);
      ringing.state = 'waiting';
      contacts = [...contacts.filter((c) => c !== ringing), ringing];
      ringNext();
      render();
      return;
    }
    countdown.textContent = `${left}s`;
  }
}

// ---------------------------------------------------------------------------------------------

for (const button of /** @type {NodeListOf<HTMLButtonElement>} */ (document.querySelectorAll('.simulate-buttons button'))) {
  const kind = /** @type {'chat' | 'call' | 'case'} */ (button.dataset.kind);
  button.hidden = !KINDS.includes(kind);
  button.addEventListener('click', () => simulate(kind));
}
document.title = PRODUCT;
byId('product').textContent = PRODUCT;

/** The connection line; `problem` replaces it when something went wrong. */
function renderFooter(/** @type {string} */ problem = '') {
  byId('footer').replaceChildren(
    problem
      ? h('span', {}, problem)
      : !embedded
        ? h('span', {}, 'Not embedded: open Contoso CRM to take contacts.')
        : connected
          ? h('span', {}, h('span', { class: 'link-dot', 'aria-hidden': 'true' }), `Connected to ${crmOrigin} · widget on ${location.origin}`)
          : h('span', {}, `Connecting to ${crmOrigin}…`),
  );
}

renderFooter();
connect();
render();
setInterval(tick, 1000);
