// Contoso CRM's data adapter for the workspace (cif-workspace contract section 10): the CRM's
// records in the browser's IndexedDB, seeded once from data.js, under the Dataverse names that
// provider code written for Dynamics uses (contact, account, incident, phonecall). CIF's record
// calls (retrieveRecord, searchAndOpenRecords, createRecord…) reach these methods; the workspace
// parses the OData query into a filter tree and applies $select and $top itself.
//
// New cases join data.js's `cases` too, and every change is announced with a
// `contoso-data-changed` event on window, so the CRM's own pages show what providers create.
import { cases, customers } from './data.js';

const DATABASE = 'contoso-crm';
const ENTITIES = ['contact', 'account', 'incident', 'phonecall'];
/** Each entity's primary id attribute, as in Dataverse (activities share activityid). */
const ID = { contact: 'contactid', account: 'accountid', incident: 'incidentid', phonecall: 'activityid' };

/** @type {Record<string, any>} */
const METADATA = {
  contact: {
    logicalName: 'contact', displayName: 'Contact', primaryIdAttribute: 'contactid', primaryNameAttribute: 'fullname',
    attributes: [
      { logicalName: 'fullname', displayName: 'Full name', type: 'string', required: true },
      { logicalName: 'emailaddress1', displayName: 'Email', type: 'string' },
      { logicalName: 'mobilephone', displayName: 'Mobile phone', type: 'string' },
      { logicalName: 'address1_city', displayName: 'City', type: 'string' },
      { logicalName: '_parentcustomerid_value', displayName: 'Company', type: 'lookup' },
    ],
  },
  account: {
    logicalName: 'account', displayName: 'Account', primaryIdAttribute: 'accountid', primaryNameAttribute: 'name',
    attributes: [{ logicalName: 'name', displayName: 'Account name', type: 'string', required: true }],
  },
  incident: {
    logicalName: 'incident', displayName: 'Case', primaryIdAttribute: 'incidentid', primaryNameAttribute: 'title',
    attributes: [
      { logicalName: 'title', displayName: 'Case title', type: 'string', required: true },
      { logicalName: 'ticketnumber', displayName: 'Case number', type: 'string' },
      { logicalName: 'prioritycode', displayName: 'Priority', type: 'choice', options: [{ value: 1, label: 'High' }, { value: 2, label: 'Normal' }, { value: 3, label: 'Low' }] },
      { logicalName: '_customerid_value', displayName: 'Customer', type: 'lookup', required: true },
    ],
  },
  phonecall: {
    logicalName: 'phonecall', displayName: 'Phone call', primaryIdAttribute: 'activityid', primaryNameAttribute: 'subject',
    attributes: [
      { logicalName: 'subject', displayName: 'Subject', type: 'string', required: true },
      { logicalName: 'description', displayName: 'Description', type: 'memo' },
      { logicalName: '_regardingobjectid_value', displayName: 'Regarding', type: 'lookup' },
    ],
  },
};

const PRIORITY = { High: 1, Normal: 2, Low: 3 };

/** Each lookup's entity, for the annotations Dataverse puts on a row it returns. */
const LOOKUPS = /** @type {Record<string, Record<string, string>>} */ ({
  contact: { _parentcustomerid_value: 'account' },
  incident: { _customerid_value: 'contact' },
  phonecall: { _regardingobjectid_value: 'contact' },
});

/** data.js's records as Dataverse rows. */
function seedRows() {
  const accounts = [...new Set(customers.map((c) => c.company))].map((name, index) => ({ accountid: `ACC-${2001 + index}`, name }));
  return {
    account: accounts,
    contact: customers.map((c) => ({
      contactid: c.id, fullname: c.name, emailaddress1: c.email, mobilephone: c.phone, address1_city: c.city,
      _parentcustomerid_value: accounts.find((a) => a.name === c.company)?.accountid ?? null,
    })),
    incident: cases.map(caseRow),
    phonecall: [],
  };
}

/** @param {import('./data.js').Case} item */
function caseRow(item) {
  return { incidentid: item.id, ticketnumber: item.number, title: item.title, prioritycode: PRIORITY[item.priority], statuscode: item.status, caseorigincode: item.origin, _customerid_value: item.customerId, createdon: item.created };
}

/** A Dataverse row back as data.js's case, for the CRM's own pages. */
function caseFromRow(/** @type {any} */ row) {
  const priority = /** @type {any} */ (Object.keys(PRIORITY).find((key) => PRIORITY[/** @type {keyof PRIORITY} */ (key)] === row.prioritycode) ?? 'Normal');
  return {
    id: row.incidentid, number: row.ticketnumber, customerId: row._customerid_value, title: row.title, priority,
    status: row.statuscode ?? 'New', origin: row.caseorigincode ?? 'Phone', created: row.createdon, owner: 'Megan Bowen', slaHours: 8,
    description: row.description ?? '',
  };
}

/** `"customerid_contact@odata.bind": "/contacts(CUS-1)"` sets the lookup `_customerid_value`. */
function applyBindings(/** @type {Record<string, any>} */ data) {
  const row = { ...data };
  for (const [key, value] of Object.entries(data)) {
    const bind = /^(.+?)(?:_[a-z]+)?@odata\.bind$/.exec(key);
    const target = typeof value === 'string' ? /\(([^)]+)\)$/.exec(value) : null;
    if (bind && target) row[`_${bind[1]}_value`] = target[1];
  }
  return row;
}

/** Does `row` match the workspace's filter tree? */
function matches(/** @type {any} */ row, /** @type {any} */ filter) {
  if (!filter) return true;
  const value = row[filter.attribute];
  const text = String(value ?? '').toLowerCase();
  switch (filter.op) {
    case 'and': return filter.args.every((/** @type {any} */ f) => matches(row, f));
    case 'or': return filter.args.some((/** @type {any} */ f) => matches(row, f));
    case 'not': return !matches(row, filter.arg);
    case 'contains': return text.includes(filter.value.toLowerCase());
    case 'startswith': return text.startsWith(filter.value.toLowerCase());
    case 'endswith': return text.endsWith(filter.value.toLowerCase());
    case 'eq': return value === filter.value || (value == null && filter.value === null);
    case 'ne': return value !== filter.value;
    case 'gt': return value > filter.value;
    case 'ge': return value >= filter.value;
    case 'lt': return value < filter.value;
    case 'le': return value <= filter.value;
    default: throw new Error(`Contoso CRM cannot filter with "${filter.op}"`);
  }
}

/** @template T @param {IDBRequest<T>} request @returns {Promise<T>} */
const done = (request) => new Promise((resolve, reject) => {
  request.onsuccess = () => resolve(request.result);
  request.onerror = () => reject(request.error);
});

function open() {
  const request = indexedDB.open(DATABASE, 1);
  request.onupgradeneeded = () => {
    const seed = seedRows();
    for (const entity of ENTITIES) {
      const store = request.result.createObjectStore(entity, { keyPath: ID[/** @type {keyof ID} */ (entity)] });
      for (const row of seed[/** @type {keyof seed} */ (entity)]) store.put(row);
    }
  };
  return done(request);
}

let sequence = Date.now() % 100000;

/** The adapter; its first call opens (and, the first time ever, seeds) the database. */
export async function openContosoAdapter() {
  const db = await open();
  const store = (/** @type {string} */ entity, mode = /** @type {IDBTransactionMode} */ ('readonly')) => {
    if (!ENTITIES.includes(entity)) throw new Error(`Contoso CRM has no "${entity}" records`);
    return db.transaction(entity, mode).objectStore(entity);
  };
  const changed = (/** @type {string} */ entity, /** @type {any} */ row, /** @type {string} */ action) =>
    window.dispatchEvent(new CustomEvent('contoso-data-changed', { detail: { entity, row, action } }));

  // the CRM's pages read data.js: they see the cases providers created on earlier visits too
  for (const row of await done(store('incident').getAll())) if (!cases.some((c) => c.id === row.incidentid)) cases.push(caseFromRow(row));

  return {
    async retrieve(/** @type {string} */ entity, /** @type {string} */ id) {
      const row = await done(store(entity).get(id));
      if (!row) return null;
      // as Dataverse does: each lookup's name and entity ride along as annotations, so the
      // workspace's own record page shows the name and opens the related record
      for (const [attribute, target] of Object.entries(LOOKUPS[entity] ?? {})) {
        const related = row[attribute] ? await done(store(target).get(row[attribute])) : undefined;
        if (!related) continue;
        row[`${attribute}@OData.Community.Display.V1.FormattedValue`] = related[METADATA[target].primaryNameAttribute];
        row[`${attribute}@Microsoft.Dynamics.CRM.lookuplogicalname`] = target;
      }
      return row;
    },
    async search(/** @type {string} */ entity, /** @type {any} */ query) {
      const rows = (await done(store(entity).getAll())).filter((row) => matches(row, query.filter));
      for (const { attribute, descending } of [...(query.orderBy ?? [])].reverse()) {
        rows.sort((a, b) => (a[attribute] > b[attribute] ? 1 : a[attribute] < b[attribute] ? -1 : 0) * (descending ? -1 : 1));
      }
      return rows;
    },
    async create(/** @type {string} */ entity, /** @type {Record<string, any>} */ data) {
      const id = entity === 'incident' ? `case-${++sequence}` : `${entity.slice(0, 3).toUpperCase()}-${++sequence}`;
      const row = { ...applyBindings(data), [ID[/** @type {keyof ID} */ (entity)]]: id, createdon: new Date().toISOString() };
      if (entity === 'incident') {
        row.ticketnumber ??= `CAS-${String(sequence).slice(-5)}`;
        cases.push(caseFromRow(row));
      }
      await done(store(entity, 'readwrite').put(row));
      changed(entity, row, 'create');
      return id;
    },
    async update(/** @type {string} */ entity, /** @type {string} */ id, /** @type {Record<string, any>} */ data) {
      const existing = await done(store(entity).get(id));
      if (!existing) throw new Error(`No ${entity} ${id} to update`);
      const row = { ...existing, ...applyBindings(data) };
      await done(store(entity, 'readwrite').put(row));
      changed(entity, row, 'update');
    },
    async remove(/** @type {string} */ entity, /** @type {string} */ id) {
      await done(store(entity, 'readwrite').delete(id));
      changed(entity, { [ID[/** @type {keyof ID} */ (entity)]]: id }, 'delete');
    },
    async metadata(/** @type {string} */ entity) {
      const metadata = METADATA[entity];
      if (!metadata) throw new Error(`Contoso CRM has no "${entity}" records`);
      return metadata;
    },
  };
}
