/**
 * CIF's record group over the host's data adapter (contract section 10), through the page's
 * Microsoft.CIFramework and from a provider's iframe on a second origin: with and without an
 * adapter, an adapter that throws, one that hangs, and the ownership rules.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/bundle.js';
import type { DataAdapter, EntityMetadata, Row } from '../../src/core/data-adapter.js';
import type { Filter, ODataQuery } from '../../src/core/odata.js';
import type { CifSessionHost } from '../../src/elements/session-host/session-host.js';
import { microsoft, rejection } from './page-setup.js';
import { Provider, PROVIDER_ORIGIN, PROVIDER_URL } from './provider-driver.js';

const cif = () => microsoft().CIFramework as Record<string, (...args: unknown[]) => Promise<unknown>>;

const METADATA: Record<string, EntityMetadata> = {
  contact: {
    logicalName: 'contact',
    displayName: 'Contact',
    primaryIdAttribute: 'contactid',
    primaryNameAttribute: 'fullname',
    attributes: [
      { logicalName: 'fullname', displayName: 'Full name', type: 'string', required: true },
      { logicalName: 'mobilephone', displayName: 'Mobile phone', type: 'string' },
      { logicalName: 'telephone1', displayName: 'Business phone', type: 'string' },
    ],
  },
};

/** A small in-memory CRM that filters the way an adapter would, and records what it was asked. */
function memoryAdapter() {
  const tables: Record<string, Row[]> = {
    contact: [
      { contactid: 'c-1', fullname: 'Ann Lee', mobilephone: '+1 425 555 0142', telephone1: '' },
      { contactid: 'c-2', fullname: 'Bob Fischer', mobilephone: '+49 30 5550 1187', telephone1: '+49 30 5550 1000' },
      { contactid: 'c-3', fullname: 'Bo Lee', mobilephone: '', telephone1: '+1 425 555 0199' },
    ],
  };
  const queries: ODataQuery[] = [];
  const matches = (row: Row, filter: Filter | undefined): boolean => {
    if (!filter) return true;
    switch (filter.op) {
      case 'and':
        return filter.args.every((f) => matches(row, f));
      case 'or':
        return filter.args.some((f) => matches(row, f));
      case 'not':
        return !matches(row, filter.arg);
      case 'contains':
        return String(row[filter.attribute] ?? '').includes(filter.value);
      case 'eq':
        return row[filter.attribute] === filter.value;
      default:
        throw new Error(`unsupported ${filter.op}`);
    }
  };
  let next = 10;
  const adapter: DataAdapter = {
    async retrieve(entity, id, query) {
      queries.push(query);
      return tables[entity]?.find((row) => row[`${entity}id`] === id) ?? null;
    },
    async search(entity, query) {
      queries.push(query);
      return (tables[entity] ?? []).filter((row) => matches(row, query.filter));
    },
    async create(entity, data) {
      const id = `c-${++next}`;
      (tables[entity] ??= []).push({ ...data, [`${entity}id`]: id });
      return id;
    },
    async update(entity, id, data) {
      const row = tables[entity]?.find((r) => r[`${entity}id`] === id);
      if (!row) throw new Error(`no ${entity} ${id}`);
      Object.assign(row, data);
    },
    async remove(entity, id) {
      tables[entity] = (tables[entity] ?? []).filter((r) => r[`${entity}id`] !== id);
    },
    async metadata(entity) {
      const metadata = METADATA[entity];
      if (!metadata) throw new Error(`unknown entity ${entity}`);
      return metadata;
    },
  };
  return { adapter, tables, queries };
}

const config = {
  sessionTemplates: [
    {
      uniqueName: 'contoso_call',
      name: 'Call',
      type: 'generic',
      title: "Call · {$odata.contact.fullname.?$filter=mobilephone eq '{phone}'}",
      anchorTab: 'contoso_card',
      panelMode: 'docked',
    },
  ],
  appTabTemplates: [{ uniqueName: 'contoso_card', name: 'Card', title: 'Card', pageType: 'custom', parameters: { name: 'records-card' } }],
};
if (!customElements.get('records-card')) customElements.define('records-card', class extends HTMLElement {});

async function makeHost(withAdapter = true) {
  const wrapper = await fixture<HTMLElement>(html`<div style="height: 500px"></div>`);
  wrapper.innerHTML = `<cif-session-host persist="none" style="height: 500px"><cif-comm-panel slot="panel" label="Phone" src="${PROVIDER_URL}"></cif-comm-panel></cif-session-host>`;
  const host = wrapper.querySelector<CifSessionHost>('cif-session-host')!;
  host.config = config;
  const memory = memoryAdapter();
  if (withAdapter) host.dataAdapter = memory.adapter;
  await host.updateComplete;
  return { host, ...memory };
}

describe('the record group through the page\'s Microsoft.CIFramework', () => {
  it('creates, retrieves, updates and deletes with CIF\'s JSON shapes', async () => {
    const { tables } = await makeHost();
    const created = JSON.parse((await cif().createRecord!('contact', '{"fullname":"Cy Ng","mobilephone":"+1 555 0100","gone":null}')) as string);
    expect(created).to.deep.equal({ id: 'c-11', entityType: 'contact' });
    const row = JSON.parse((await cif().retrieveRecord!('contact', 'c-11', '?$select=fullname')) as string);
    expect(row, '$select applied, the primary id kept').to.deep.equal({ contactid: 'c-11', fullname: 'Cy Ng' });
    expect(JSON.parse((await cif().updateRecord!('contact', 'c-11', { telephone1: '+1 555 0111', skipped: undefined })) as string)).to.deep.equal({ id: 'c-11', entityType: 'contact' });
    expect(tables.contact!.find((r) => r.contactid === 'c-11')).to.deep.equal({ fullname: 'Cy Ng', mobilephone: '+1 555 0100', gone: null, contactid: 'c-11', telephone1: '+1 555 0111' });
    expect(JSON.parse((await cif().deleteRecord!('contact', 'c-11')) as string)).to.deep.equal({ id: 'c-11', entityType: 'contact' });
    const missing = await rejection(cif().retrieveRecord!('contact', 'c-11'));
    expect([missing.code, missing.errorCode, missing.message]).to.deep.equal(['RECORD_NOT_FOUND', 16, 'retrieveRecord: no contact with id "c-11"']);
  });

  it('gives the metadata, narrowed to the attributes asked for', async () => {
    await makeHost();
    const narrowed = JSON.parse((await cif().getEntityMetadata!('contact', ['fullname'])) as string) as EntityMetadata;
    expect(narrowed.primaryIdAttribute).to.equal('contactid');
    expect(narrowed.attributes.map((a) => a.logicalName)).to.deep.equal(['fullname']);
    const all = JSON.parse((await cif().getEntityMetadata!('contact')) as string) as EntityMetadata;
    expect(all.attributes).to.have.length(3);
  });

  it('searchAndOpenRecords: the rows as JSON; one match opens the record, several a search page', async () => {
    const { host, queries } = await makeHost();
    const query = "?$select=fullname&$filter=contains(mobilephone,'555 0142') or contains(telephone1,'555 0142')";
    const found = JSON.parse((await cif().searchAndOpenRecords!('contact', query, true)) as string);
    expect(found).to.deep.equal([{ contactid: 'c-1', fullname: 'Ann Lee' }]);
    expect(queries.at(-1)!.filter).to.deep.equal({
      op: 'or',
      args: [
        { op: 'contains', attribute: 'mobilephone', value: '555 0142' },
        { op: 'contains', attribute: 'telephone1', value: '555 0142' },
      ],
    });
    expect(host.sessions, 'searchOnly opens nothing').to.have.length(1);
    await cif().searchAndOpenRecords!('contact', query, false);
    const opened = host.getSession(host.focusedSessionId);
    expect(opened.templateName, 'from Home: a session of its own').to.equal('msdyn_entityrecord_session');
    expect(opened.tabs[0]!.parameters).to.deep.include({ entityName: 'contact', entityId: 'c-1' });
    expect(opened.tabs[0]!.title, 'titled by the record\'s primary name').to.equal('Ann Lee');
    const several = JSON.parse((await cif().searchAndOpenRecords!('contact', "$filter=contains(fullname,'Lee')&$top=5", false)) as string);
    expect(several.map((r: Row) => r.contactid)).to.deep.equal(['c-1', 'c-3']);
    const search = host.getSession(opened.sessionId).tabs.at(-1)!;
    expect([search.templateName, search.pageType, search.parameters.searchText]).to.deep.equal(['msdyn_search', 'search', "$filter=contains(fullname,'Lee')&$top=5"]);
    const top = JSON.parse((await cif().searchAndOpenRecords!('contact', '$top=1', true)) as string);
    expect(top, '$top applied').to.have.length(1);
    const bad = await rejection(cif().searchAndOpenRecords!('contact', '$filter=fullname like 1', true));
    expect([bad.code, bad.message]).to.deep.equal(['INVALID_INPUT', 'query: expected a comparison (eq, ne, gt, ge, lt, le) at character 18']);
  });

  it('renderSearchPage opens a search page; openForm a record form that resolves when closed', async () => {
    const { host } = await makeHost();
    await cif().renderSearchPage!('contact', 'Lee');
    const session = host.getSession(host.focusedSessionId);
    expect([session.templateName, session.tabs[0]!.parameters.searchText]).to.deep.equal(['msdyn_search_session', 'Lee']);
    const form = cif().openForm!(JSON.stringify({ entityName: 'contact' }), { fullname: 'New' });
    let tabId = '';
    for (let i = 0; i < 50 && !tabId; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      tabId = host.getSession(session.sessionId).tabs.find((t) => t.templateName === 'msdyn_entityrecord')?.tabId ?? '';
    }
    expect(host.getSession(session.sessionId).tabs.find((t) => t.tabId === tabId)!.parameters).to.deep.include({ entityName: 'contact', entityId: '' });
    await host.closeTab(tabId);
    expect(JSON.parse((await form) as string)).to.deep.equal({ savedEntityReference: [] });
  });

  it('answers NO_DATA_ADAPTER without one, and again once it is unset; a non-adapter is refused and the previous one stays', async () => {
    const { host, adapter } = await makeHost(false);
    expect((await rejection(cif().retrieveRecord!('contact', 'c-1'))).code).to.equal('NO_DATA_ADAPTER');
    const errors: unknown[] = [];
    const error = console.error;
    console.error = (...args: unknown[]) => errors.push(args[0]);
    try {
      host.dataAdapter = adapter;
      host.dataAdapter = { retrieve: () => null } as never;
    } finally {
      console.error = error;
    }
    expect(errors).to.deep.equal(['cif-workspace: dataAdapter: not a data adapter, it lacks search, create, update, remove, metadata; the previous one stays.']);
    expect(host.dataAdapter).to.equal(adapter);
    expect(JSON.parse((await cif().retrieveRecord!('contact', 'c-1')) as string).fullname).to.equal('Ann Lee');
    host.dataAdapter = undefined;
    expect((await rejection(cif().createRecord!('contact', {}))).code).to.equal('NO_DATA_ADAPTER');
  });

  it('keeps an adapter\'s own message as DATA_ADAPTER_ERROR, and cuts one that hangs at 10 s with TIMEOUT', async () => {
    const { host, adapter } = await makeHost();
    host.dataAdapter = { ...adapter, update: () => Promise.reject(new Error('the CRM is read-only today')), create: () => { throw new Error('sync failure'); } };
    const rejected = await rejection(cif().updateRecord!('contact', 'c-1', {}));
    expect([rejected.code, rejected.errorCode, rejected.message]).to.deep.equal(['DATA_ADAPTER_ERROR', 17, 'updateRecord: the CRM is read-only today']);
    expect((await rejection(cif().createRecord!('contact', {}))).message).to.equal('createRecord: sync failure');
    host.dataAdapter = { ...adapter, remove: () => new Promise<void>(() => {}) };
    // CIF's 10 s, without waiting them: the timer of that length fires at once
    const setTimeoutOf = window.setTimeout;
    window.setTimeout = ((handler: () => void, ms?: number) => setTimeoutOf(handler, ms === 10_000 ? 0 : ms)) as typeof setTimeout;
    try {
      const hung = await rejection(cif().deleteRecord!('contact', 'c-1'));
      expect([hung.code, hung.message]).to.deep.equal(['TIMEOUT', 'deleteRecord: the data adapter did not answer within 10 seconds']);
    } finally {
      window.setTimeout = setTimeoutOf;
    }
  });

  it('fills {$odata…} slugs through the adapter', async () => {
    const { host } = await makeHost();
    const id = await host.createSession({ templateName: 'contoso_call', templateParameters: { phone: '+1 425 555 0142' } });
    for (let i = 0; i < 50 && host.getSession(id).title !== 'Call · Ann Lee'; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(host.getSession(id).title).to.equal('Call · Ann Lee');
  });

  it('getEnvironment carries host.environment and the focused record', async () => {
    const { host } = await makeHost();
    await host.setConfig({ ...config, environment: { orgId: 'o-1', userId: 'from-config' } });
    host.environment = { userId: 'u-42', orgUrl: 'https://crm.example' };
    const home = JSON.parse((await cif().getEnvironment!()) as string);
    expect(home, 'the config key, then the property').to.deep.include({ orgId: 'o-1', userId: 'u-42', orgUrl: 'https://crm.example', pageType: 'dashboard', etn: null, id: null, appid: '', customParams: '' });
    const errors: unknown[] = [];
    const error = console.error;
    console.error = (...args: unknown[]) => errors.push(args[0]);
    try {
      host.environment = { bad: () => 1 } as never;
    } finally {
      console.error = error;
    }
    expect(String(errors[0])).to.match(/^cif-workspace: environment\.bad: /);
    expect(host.environment, 'the previous one stays').to.deep.equal({ userId: 'u-42', orgUrl: 'https://crm.example' });
    await cif().searchAndOpenRecords!('contact', "$filter=contactid eq 'c-2'", false);
    const onRecord = JSON.parse((await cif().getEnvironment!()) as string);
    expect(onRecord).to.deep.include({ pageType: 'entityrecord', etn: 'contact', id: 'c-2', userId: 'u-42' });
  });
});

describe('the record group from a provider\'s iframe', () => {
  it('works over the bridge with CIF\'s shapes and the ownership rules', async () => {
    const { host } = await makeHost();
    const panel = host.querySelector('cif-comm-panel')!;
    await panel.updateComplete;
    const provider = new Provider(() => panel.frame, PROVIDER_ORIGIN);
    await provider.note('init');
    expect(JSON.parse(await provider.call<string>('retrieveRecord', 'contact', 'c-2', '?$select=mobilephone'))).to.deep.equal({ contactid: 'c-2', mobilephone: '+49 30 5550 1187' });
    const created = JSON.parse(await provider.call<string>('createRecord', 'contact', JSON.stringify({ fullname: '<img src=x onerror=alert(1)>' })));
    expect(created.entityType).to.equal('contact');
    const missing = await provider.failure('retrieveRecord', 'contact', 'nope');
    expect([missing.code, missing.errorCode]).to.deep.equal(['RECORD_NOT_FOUND', 16]);
    // a search that opens the record: from Home, in a session the provider owns
    await provider.call('searchAndOpenRecords', 'contact', "$filter=contactid eq 'c-1'", false);
    const mine = host.getSession(host.focusedSessionId);
    expect(mine.owner).to.equal(PROVIDER_ORIGIN);
    // in a session of the page's own, the provider may not open pages
    await host.focusSession(await host.createSession({ templateName: 'contoso_call', templateParameters: { phone: 'x' } }));
    const refused = await provider.failure('searchAndOpenRecords', 'contact', "$filter=contactid eq 'c-1'", false);
    expect(refused.code).to.equal('NOT_PERMITTED');
    const rows = JSON.parse(await provider.call<string>('searchAndOpenRecords', 'contact', "$filter=contactid eq 'c-1'", true));
    expect(rows.map((r: Row) => r.contactid), 'searchOnly is fine anywhere').to.deep.equal(['c-1']);
  });
});
