/**
 * The workspace's own record, list and search pages (contract section 10): with a data adapter
 * and no renderer or route, `entityrecord` tabs show a form built from the metadata that saves,
 * `entitylist` and `search` tabs a sortable list that opens records; unsaved changes veto a close;
 * whatever the CRM holds is shown as text, never as markup.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { DataAdapter, EntityMetadata, Row } from '../../src/core/data-adapter.js';
import type { CifAppTab } from '../../src/elements/app-tab/app-tab.js';
import type { CifRecordForm } from '../../src/elements/entity-pages/record-form.js';
import type { CifRecordList } from '../../src/elements/entity-pages/record-list.js';
import type { CifSessionHost } from '../../src/elements/session-host/session-host.js';
import type { CifRecordSavedEvent } from '../../src/events/notifications.js';
import { microsoft, pageConfig, pageHost } from '../cif/page-setup.js';

const contactsList = { uniqueName: 'contoso_contacts', name: 'Contacts', title: 'Contacts', pageType: 'entitylist', parameters: { entityName: 'contact' } };

const CASE: EntityMetadata = {
  logicalName: 'incident',
  displayName: 'Case',
  primaryIdAttribute: 'incidentid',
  primaryNameAttribute: 'title',
  attributes: [
    { logicalName: 'title', displayName: 'Case title', type: 'string', required: true },
    { logicalName: 'description', displayName: 'Description', type: 'memo' },
    { logicalName: 'hours', displayName: 'Hours spent', type: 'number' },
    { logicalName: 'escalated', displayName: 'Escalated', type: 'boolean' },
    { logicalName: 'followupby', displayName: 'Follow up by', type: 'datetime' },
    { logicalName: 'prioritycode', displayName: 'Priority', type: 'choice', options: [{ value: 1, label: 'High' }, { value: 2, label: 'Normal' }] },
    { logicalName: '_customerid_value', displayName: 'Customer', type: 'lookup' },
    { logicalName: '_ownerid_value', displayName: 'Owner', type: 'lookup' },
  ],
};
const CONTACT: EntityMetadata = {
  logicalName: 'contact',
  displayName: 'Contact',
  primaryIdAttribute: 'contactid',
  primaryNameAttribute: 'fullname',
  attributes: [
    { logicalName: 'fullname', displayName: 'Full name', type: 'string', required: true },
    { logicalName: 'city', displayName: 'City', type: 'string' },
    { logicalName: 'visits', displayName: 'Visits', type: 'number' },
  ],
};

function crm(metadata: Record<string, EntityMetadata> = { incident: CASE, contact: CONTACT }) {
  const tables: Record<string, Row[]> = {
    incident: [
      {
        incidentid: 'case-1', title: 'Router keeps rebooting', description: 'Since Monday', hours: 2.5, escalated: true,
        followupby: '2026-12-01T09:30:00.000Z', prioritycode: 1, _customerid_value: 'c-2',
        '_customerid_value@OData.Community.Display.V1.FormattedValue': 'Bob Fischer', '_customerid_value@Microsoft.Dynamics.CRM.lookuplogicalname': 'contact',
        _ownerid_value: 'u-7', '_ownerid_value@OData.Community.Display.V1.FormattedValue': 'Megan Bowen',
      },
    ],
    contact: [
      { contactid: 'c-1', fullname: 'Ann Lee', city: 'Seattle', visits: 12 },
      { contactid: 'c-2', fullname: 'Bob Fischer', city: 'Berlin', visits: 3 },
      { contactid: 'c-3', fullname: 'Bo Lee', city: 'Austin', visits: 30 },
    ],
  };
  const calls: [string, ...unknown[]][] = [];
  const idOf = (entity: string) => metadata[entity]!.primaryIdAttribute;
  const adapter: DataAdapter = {
    async retrieve(entity, id) {
      calls.push(['retrieve', entity, id]);
      return tables[entity]?.find((row) => row[idOf(entity)] === id) ?? null;
    },
    async search(entity, query) {
      calls.push(['search', entity, query]);
      const words = query.filter?.op === 'or' ? query.filter.args : query.filter ? [query.filter] : [];
      return (tables[entity] ?? []).filter((row) => words.length === 0 || words.some((f) => 'value' in f && String(row[f.attribute] ?? '').includes(String(f.value))));
    },
    async create(entity, data) {
      calls.push(['create', entity, data]);
      const id = `${entity}-new`;
      (tables[entity] ??= []).push({ ...data, [idOf(entity)]: id });
      return id;
    },
    async update(entity, id, data) {
      calls.push(['update', entity, id, data]);
      Object.assign(tables[entity]!.find((row) => row[idOf(entity)] === id)!, data);
    },
    async remove() {
      throw new Error('not in these tests');
    },
    async metadata(entity) {
      if (!metadata[entity]) throw new Error(`Contoso has no ${entity} records`);
      return metadata[entity]!;
    },
  };
  return { adapter, tables, calls };
}

const tabElement = (host: CifSessionHost, tabId: string) => host.querySelector<CifAppTab>(`cif-app-tab[tab-id="${tabId}"]`)!;

async function loadedForm(host: CifSessionHost, tabId: string): Promise<CifRecordForm> {
  const form = await waitUntil(() => tabElement(host, tabId).querySelector('cif-record-form'), 'a native form').then(() => tabElement(host, tabId).querySelector('cif-record-form')!);
  await waitUntil(() => form.shadowRoot?.querySelector('form'), 'the form loaded');
  await form.updateComplete;
  return form;
}

async function loadedList(host: CifSessionHost, tabId: string): Promise<CifRecordList> {
  await waitUntil(() => tabElement(host, tabId).querySelector('cif-record-list')?.shadowRoot?.querySelector('table'), 'the list loaded');
  return tabElement(host, tabId).querySelector('cif-record-list')!;
}

/** Opens a record in a session of its own, the way searchAndOpenRecords does from Home. */
async function openRecordSession(host: CifSessionHost, entityName: string, entityId: string) {
  const sessionId = await host.createSession({ templateName: 'msdyn_entityrecord_session', templateParameters: { entityName, entityId } });
  return { sessionId, tabId: host.getSession(sessionId).tabs[0]!.tabId };
}

const control = (form: CifRecordForm, name: string) => form.shadowRoot!.querySelector<HTMLInputElement>(`[name="${name}"]`)!;

function type(field: HTMLInputElement, value: string) {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

const closeRequest = (from: Element, name: 'cif-close-tab' | 'cif-close-session', detail: object) => {
  const event = new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: true });
  from.dispatchEvent(event);
  return (event.detail as { result: Promise<unknown> }).result;
};

describe('the native record form', () => {
  it('shows every attribute type from the metadata, required ones marked, lookups by name (Dataverse\'s annotations), and titles the tab', async () => {
    const host = await pageHost();
    host.dataAdapter = crm().adapter;
    const { sessionId, tabId } = await openRecordSession(host, 'incident', 'case-1');
    const form = await loadedForm(host, tabId);
    const root = form.shadowRoot!;
    expect(root.querySelector('h2')!.textContent).to.equal('Router keeps rebooting');
    await waitUntil(() => host.getSession(sessionId).tabs[0]!.title === 'Router keeps rebooting', 'the tab named after the record');
    expect(control(form, 'title').value).to.equal('Router keeps rebooting');
    expect([control(form, 'title').required, control(form, 'title').type]).to.deep.equal([true, 'text']);
    expect(root.querySelector('label')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Case title *');
    expect(control(form, 'description').tagName).to.equal('TEXTAREA');
    expect(control(form, 'description').value).to.equal('Since Monday');
    expect([control(form, 'hours').type, control(form, 'hours').value]).to.deep.equal(['number', '2.5']);
    expect([control(form, 'escalated').type, control(form, 'escalated').checked]).to.deep.equal(['checkbox', true]);
    expect(control(form, 'followupby').type).to.equal('datetime-local');
    expect(new Date(control(form, 'followupby').value).toISOString(), 'shown in local time, the same instant').to.equal('2026-12-01T09:30:00.000Z');
    const priority = control(form, 'prioritycode') as unknown as HTMLSelectElement;
    expect([...priority.options].map((o) => o.textContent)).to.deep.equal(['', 'High', 'Normal']);
    expect(priority.selectedOptions[0]!.textContent).to.equal('High');
    expect(root.querySelector('button.link')!.textContent, 'named and opened by Dataverse\'s annotations').to.equal('Bob Fischer');
    expect(root.querySelector('.value')!.textContent, 'without its entity: named, not a link').to.equal('Megan Bowen');
  });

  it('saves only what changed, tells the page, and opens a lookup\'s record in the same session', async () => {
    const host = await pageHost();
    const { adapter, calls, tables } = crm();
    host.dataAdapter = adapter;
    const { sessionId, tabId } = await openRecordSession(host, 'incident', 'case-1');
    const form = await loadedForm(host, tabId);
    type(control(form, 'title'), 'Router fixed');
    type(control(form, 'hours'), '4');
    const priority = control(form, 'prioritycode');
    priority.value = '2';
    priority.dispatchEvent(new Event('change', { bubbles: true }));
    const escalated = control(form, 'escalated');
    escalated.click();
    expect(form.dirty).to.equal(true);
    const saved: CifRecordSavedEvent[] = [];
    host.addEventListener('cif-record-saved', (event) => saved.push(event));
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitUntil(() => saved.length === 1, 'saved');
    expect(calls.find((c) => c[0] === 'update')).to.deep.equal(['update', 'incident', 'case-1', { title: 'Router fixed', hours: 4, prioritycode: 2, escalated: false }]);
    expect(tables.incident![0]!.title).to.equal('Router fixed');
    expect([saved[0]!.tabId, saved[0]!.entityType, saved[0]!.id, saved[0]!.name]).to.deep.equal([tabId, 'incident', 'case-1', 'Router fixed']);
    await form.updateComplete;
    expect(form.dirty).to.equal(false);
    expect(form.shadowRoot!.querySelector('[role=status]')!.textContent).to.equal('Saved.');
    await waitUntil(() => host.getSession(sessionId).tabs[0]!.title === 'Router fixed', 'the tab renamed');

    form.shadowRoot!.querySelector<HTMLButtonElement>('button.link')!.click();
    await waitUntil(() => host.getSession(sessionId).tabs.length === 2, 'the customer opened');
    expect(host.getSession(sessionId).tabs[1]!.parameters).to.deep.include({ entityName: 'contact', entityId: 'c-2' });
  });

  it('vetoes closing its tab or session while it has unsaved changes, until Cancel brings back the saved record', async () => {
    const host = await pageHost();
    host.dataAdapter = crm().adapter;
    const { sessionId, tabId } = await openRecordSession(host, 'incident', 'case-1');
    await host.createTab({ templateName: 'msdyn_entityrecord', templateParameters: { entityName: 'contact', entityId: 'c-1' } });
    const form = await loadedForm(host, tabId);
    type(control(form, 'title'), 'Half typed');
    expect(await closeRequest(host, 'cif-close-session', { sessionId }), 'session close vetoed').to.equal(false);
    await form.updateComplete;
    expect(form.shadowRoot!.querySelector('[role=alert]')!.textContent).to.equal('Unsaved changes: save or cancel them first.');
    const other = host.getSession(sessionId).tabs[1]!.tabId;
    expect(await closeRequest(host, 'cif-close-tab', { tabId: other }), 'another tab closes').to.equal(true);
    type(control(form, 'title'), 'Router keeps rebooting');
    expect(form.dirty, 'typing back the saved value is no change').to.equal(false);
    type(control(form, 'title'), 'Half typed again');
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[type=reset]')!.click();
    await form.updateComplete;
    expect([form.dirty, control(form, 'title').value]).to.deep.equal([false, 'Router keeps rebooting']);
    expect(await closeRequest(host, 'cif-close-session', { sessionId })).to.equal(true);
    expect(host.sessions).to.have.length(1);
  });

  it('creates a new record through openForm, which resolves with the saved reference; required fields come first', async () => {
    const host = await pageHost();
    const { adapter, calls } = crm();
    host.dataAdapter = adapter;
    const opened = microsoft().CIFramework.openForm!(JSON.stringify({ entityName: 'contact' }), JSON.stringify({ city: 'Oslo' }));
    await waitUntil(() => host.sessions.length === 2, 'the form opened');
    const tabId = host.getSession(host.focusedSessionId).tabs[0]!.tabId;
    const form = await loadedForm(host, tabId);
    expect(form.shadowRoot!.querySelector('h2')!.textContent).to.equal('New Contact');
    expect(control(form, 'city').value, 'the form parameters').to.equal('Oslo');
    form.shadowRoot!.querySelector('form')!.requestSubmit();
    await form.updateComplete;
    expect(calls.some((c) => c[0] === 'create'), 'an empty required field stops the save').to.equal(false);
    type(control(form, 'fullname'), 'Dee Ray');
    form.shadowRoot!.querySelector('form')!.requestSubmit();
    expect(JSON.parse((await opened) as string)).to.deep.equal({ savedEntityReference: [{ entityType: 'contact', id: 'contact-new', name: 'Dee Ray' }] });
    expect(calls.find((c) => c[0] === 'create')).to.deep.equal(['create', 'contact', { city: 'Oslo', fullname: 'Dee Ray' }]);
    expect(form.entityId).to.equal('contact-new');
  });

  it('shows the CRM\'s own message when loading or saving fails, and keeps the agent\'s changes', async () => {
    const host = await pageHost();
    const { adapter } = crm();
    host.dataAdapter = { ...adapter, update: async () => Promise.reject(new Error('Case is closed and read-only')) };
    const { tabId } = await openRecordSession(host, 'incident', 'case-1');
    const form = await loadedForm(host, tabId);
    type(control(form, 'title'), 'Edited');
    form.shadowRoot!.querySelector('form')!.requestSubmit();
    await waitUntil(() => form.shadowRoot!.querySelector('[role=alert]')!.textContent === 'Case is closed and read-only', 'the message');
    expect([form.dirty, control(form, 'title').value]).to.deep.equal([true, 'Edited']);
    const missing = await host.createTab({ templateName: 'msdyn_entityrecord', templateParameters: { entityName: 'incident', entityId: 'case-404' } });
    await waitUntil(() => tabElement(host, missing).querySelector('cif-record-form')?.shadowRoot?.querySelector('[role=alert]'), 'the error');
    expect(tabElement(host, missing).querySelector('cif-record-form')!.shadowRoot!.querySelector('[role=alert]')!.textContent).to.equal('There is no Case with id "case-404".');
  });
});

describe('the native list and search pages', () => {
  it('lists an entity\'s records in a table that sorts by any column and opens a record as a tab, once', async () => {
    const host = await pageHost({ ...pageConfig, appTabTemplates: [...pageConfig.appTabTemplates, contactsList] });
    host.dataAdapter = crm().adapter;
    const sessionId = await host.createSession({ templateName: 'contoso_call' });
    const tabId = await host.createTab({ templateName: 'contoso_contacts' });
    const list = await loadedList(host, tabId);
    const root = list.shadowRoot!;
    const names = () => [...root.querySelectorAll('tbody tr td:first-child')].map((td) => td.textContent!.trim());
    expect([...root.querySelectorAll('th')].map((th) => th.textContent!.trim())).to.deep.equal(['Full name', 'City', 'Visits']);
    expect(names()).to.deep.equal(['Ann Lee', 'Bob Fischer', 'Bo Lee']);
    expect(root.querySelector('[role=status]')!.textContent).to.equal('3 records');
    const [, city, visits] = [...root.querySelectorAll<HTMLButtonElement>('th button')];
    visits!.click();
    await list.updateComplete;
    expect(names(), 'numbers by size').to.deep.equal(['Bob Fischer', 'Ann Lee', 'Bo Lee']);
    expect(root.querySelectorAll('th')[2]!.getAttribute('aria-sort')).to.equal('ascending');
    visits!.click();
    await list.updateComplete;
    expect(names()).to.deep.equal(['Bo Lee', 'Ann Lee', 'Bob Fischer']);
    expect(root.querySelectorAll('th')[2]!.getAttribute('aria-sort')).to.equal('descending');
    city!.click();
    await list.updateComplete;
    expect(names()).to.deep.equal(['Bo Lee', 'Bob Fischer', 'Ann Lee']);
    expect(root.querySelectorAll('th')[2]!.hasAttribute('aria-sort')).to.equal(false);

    const annLee = [...root.querySelectorAll<HTMLButtonElement>('tbody button')].find((b) => b.textContent!.trim() === 'Ann Lee')!;
    annLee.click();
    await waitUntil(() => host.getSession(sessionId).tabs.length === 3, 'the record opened');
    const record = host.getSession(sessionId).tabs[2]!;
    expect(record.parameters).to.deep.include({ entityName: 'contact', entityId: 'c-1' });
    await waitUntil(() => host.getSession(sessionId).tabs[2]!.title === 'Ann Lee', 'titled by the record');
    await host.focusTab(tabId);
    annLee.click();
    await waitUntil(() => host.getSession(sessionId).focusedTabId === record.tabId, 'the open record focused');
    expect(host.getSession(sessionId).tabs, 'not opened twice').to.have.length(3);
  });

  it('shows search results for words (renderSearchPage) and for OData text (searchAndOpenRecords)', async () => {
    const host = await pageHost();
    host.dataAdapter = crm().adapter;
    await microsoft().CIFramework.renderSearchPage!('contact', 'Lee');
    const words = await loadedList(host, host.getSession(host.focusedSessionId).tabs[0]!.tabId);
    expect(words.shadowRoot!.querySelector('h2')!.textContent).to.equal('Search: Lee');
    expect([...words.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => tr.querySelector('td')!.textContent!.trim())).to.deep.equal(['Ann Lee', 'Bo Lee']);
    await microsoft().CIFramework.searchAndOpenRecords!('contact', "?$filter=contains(city,'e')", false);
    const odata = await loadedList(host, host.getSession(host.focusedSessionId).tabs.at(-1)!.tabId);
    expect([...odata.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => tr.querySelector('td')!.textContent!.trim())).to.deep.equal(['Ann Lee', 'Bob Fischer']);
  });
});

describe('which page a record tab shows', () => {
  it('a renderer or a route always wins; without an adapter a placeholder, replaced once one is set', async () => {
    const host = await pageHost({
      ...pageConfig,
      appTabTemplates: [...pageConfig.appTabTemplates, contactsList],
      routes: { entitylist: 'https://crm.example/lists/{entityName}' },
    });
    const record = await openRecordSession(host, 'contact', 'c-1');
    expect(tabElement(host, record.tabId).shadowRoot!.querySelector('[part=placeholder]'), 'no adapter yet').to.exist;
    host.dataAdapter = crm().adapter;
    await loadedForm(host, record.tabId);
    const routed = await host.createTab({ templateName: 'contoso_contacts' });
    await host.updateComplete;
    expect(tabElement(host, routed).shadowRoot!.querySelector('iframe')!.src, 'the route wins').to.equal('https://crm.example/lists/contact');
    const search = await host.createTab({ templateName: 'msdyn_search', templateParameters: { searchText: 'Lee', entityName: 'contact' } });
    await loadedList(host, search);
    host.registerPageRenderer('entityrecord', () => Object.assign(document.createElement('p'), { className: 'crm-own', textContent: 'the CRM\'s page' }));
    expect(tabElement(host, record.tabId).querySelector('.crm-own'), 'the renderer wins').to.exist;
    expect(tabElement(host, record.tabId).querySelector('cif-record-form')).to.equal(null);
    host.dataAdapter = undefined;
    expect(host.querySelectorAll('cif-record-list'), 'without an adapter the page goes').to.have.length(0);
    await host.updateComplete;
    expect(tabElement(host, search).shadowRoot!.querySelector('[part=placeholder]'), 'and its placeholder is back').to.exist;
    expect(tabElement(host, record.tabId).querySelector('.crm-own'), 'the renderer\'s page stays').to.exist;
  });
});

describe('hostile values in the CRM\'s data', () => {
  it('are shown as text in every place the native pages show them', async () => {
    const evil = (where: string) => `<img src=x onerror="window.__xss='${where}'"><script>window.__xss='${where}'</script>`;
    const metadata: EntityMetadata = {
      logicalName: 'contact',
      displayName: evil('displayName'),
      primaryIdAttribute: 'contactid',
      primaryNameAttribute: 'fullname',
      attributes: [
        { logicalName: 'fullname', displayName: evil('label'), type: 'string', required: true },
        { logicalName: 'notes', displayName: evil('memo label'), type: 'memo' },
        { logicalName: 'kind', displayName: evil('choice label'), type: 'choice', options: [{ value: evil('option value'), label: evil('option') }] },
        { logicalName: 'owner', displayName: evil('lookup label'), type: 'lookup' },
        { logicalName: `x" onfocus="window.__xss='name'`, displayName: 'Odd name', type: 'string' },
      ],
    };
    const row: Row = {
      contactid: 'c-1', fullname: evil('value'), notes: evil('memo'), kind: evil('option value'), owner: evil('lookup'),
      'owner@OData.Community.Display.V1.FormattedValue': evil('formatted'), [`x" onfocus="window.__xss='name'`]: evil('odd'),
    };
    const adapter: DataAdapter = {
      retrieve: async () => row,
      search: async () => [row],
      create: async () => 'c-2',
      update: async () => {},
      remove: async () => {},
      metadata: async () => metadata,
    };
    const host = await pageHost();
    host.dataAdapter = adapter;
    const { sessionId, tabId } = await openRecordSession(host, 'contact', 'c-1');
    const form = await loadedForm(host, tabId);
    const list = await loadedList(host, await host.createTab({ templateName: 'msdyn_search', templateParameters: { searchText: evil('search'), entityName: 'contact' } }, sessionId));
    for (const root of [form.shadowRoot!, list.shadowRoot!]) {
      expect(root.querySelectorAll('img, script'), 'no markup from the data').to.have.length(0);
      expect([...root.querySelectorAll('*')].filter((element) => [...element.attributes].some((a) => a.name.startsWith('on'))), 'no handlers').to.have.length(0);
    }
    expect(form.shadowRoot!.querySelector('h2')!.textContent).to.equal(evil('value'));
    expect(control(form, 'notes').value).to.equal(evil('memo'));
    expect(form.shadowRoot!.querySelector('.value')!.textContent).to.equal(evil('formatted'));
    expect(form.shadowRoot!.querySelector('option[value]:not([value=""])')!.textContent).to.equal(evil('option'));
    expect(list.shadowRoot!.querySelector('h2')!.textContent).to.equal(`Search: ${evil('search')}`);
    expect(list.shadowRoot!.querySelector('tbody td')!.textContent!.trim()).to.equal(evil('value'));
    expect(host.getSession(sessionId).tabs[0]!.title).to.equal(evil('value'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as { __xss?: string }).__xss).to.equal(undefined);
  });
});
