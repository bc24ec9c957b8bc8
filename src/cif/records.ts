/**
 * CIF's record group (contract section 10) over the host's data adapter, with CIF's shapes: JSON
 * strings in and out. Every adapter call is guarded: no adapter is NO_DATA_ADAPTER, a missing row
 * RECORD_NOT_FOUND, an adapter that throws or rejects DATA_ADAPTER_ERROR with its own message, and
 * one that does not answer within CIF's 10 seconds TIMEOUT.
 */
import type { WorkspaceBinding } from '../binding.js';
import { selectAttributes, type DataAdapter, type EntityMetadata, type Row } from '../core/data-adapter.js';
import { CifError } from '../core/errors.js';
import { messageOf } from '../core/error-message.js';
import { parseODataQuery, type ODataQuery } from '../core/odata.js';
import { isNonEmptyString, isPlainObject } from '../core/json.js';
import { nonEmptyString, parseInput } from '../core/validation.js';
import { jsonRecord } from './json-input.js';
import { CALL_TIMEOUT_MS } from './protocol.js';

/** Dataverse's own cap on what one search returns. */
export const MAX_SEARCH_RESULTS = 5000;

const parseName = (value: unknown, name: string): string => parseInput(nonEmptyString(), value, name);

/** The adapter's answer, or the contract's errors; never waits past CIF's timeout. */
async function ask<T>(method: string, call: () => Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CifError('TIMEOUT', `${method}: the data adapter did not answer within 10 seconds`)), CALL_TIMEOUT_MS);
  });
  try {
    return await Promise.race([Promise.resolve().then(call), timeout]);
  } catch (error) {
    if (error instanceof CifError) throw error;
    throw new CifError('DATA_ADAPTER_ERROR', `${method}: ${messageOf(error)}`);
  } finally {
    clearTimeout(timer);
  }
}

export class RecordGroup {
  /** Metadata asked for once per adapter and entity: every $select needs the primary id's name. */
  readonly #metadata = new WeakMap<DataAdapter, Map<string, Promise<EntityMetadata>>>();

  readonly #connect: () => Promise<WorkspaceBinding>;

  constructor(connect: () => Promise<WorkspaceBinding>) {
    this.#connect = connect;
  }

  async #adapter(method: string): Promise<DataAdapter> {
    const adapter = (await this.#connect()).dataAdapter();
    if (!adapter) throw new CifError('NO_DATA_ADAPTER', `${method}: this workspace has no data adapter for the CRM's records.`);
    return adapter;
  }

  async #metadataOf(adapter: DataAdapter, entity: string): Promise<EntityMetadata> {
    let cache = this.#metadata.get(adapter);
    if (!cache) this.#metadata.set(adapter, (cache = new Map()));
    let metadata = cache.get(entity);
    if (!metadata) {
      metadata = ask('getEntityMetadata', () => adapter.metadata(entity));
      cache.set(entity, metadata);
      metadata.catch(() => cache.delete(entity)); // a failure is not remembered
    }
    return metadata;
  }

  /** Resolves with `'{"id":"…","entityType":"…"}'`, as Dynamics does. */
  async create(entity: unknown, data: unknown): Promise<string> {
    const adapter = await this.#adapter('createRecord');
    const name = parseName(entity, 'entityLogicalName');
    const row = jsonRecord(data, 'data') as Row;
    const id = await ask('createRecord', () => adapter.create(name, row));
    if (!isNonEmptyString(id)) throw new CifError('DATA_ADAPTER_ERROR', 'createRecord: the data adapter answered no record id');
    return reference(id, name);
  }

  async retrieve(entity: unknown, id: unknown, query?: unknown): Promise<string> {
    const adapter = await this.#adapter('retrieveRecord');
    const [name, recordId, parsed] = [parseName(entity, 'entityLogicalName'), parseName(id, 'id'), parseODataQuery(query)];
    const row = await ask('retrieveRecord', () => adapter.retrieve(name, recordId, parsed));
    if (row === null || row === undefined) throw new CifError('RECORD_NOT_FOUND', `retrieveRecord: no ${name} with id "${recordId}"`);
    if (!isPlainObject(row)) throw new CifError('DATA_ADAPTER_ERROR', 'retrieveRecord: the data adapter answered something other than a row');
    const { primaryIdAttribute } = await this.#metadataOf(adapter, name);
    return JSON.stringify(selectAttributes(row as Row, parsed.select, primaryIdAttribute));
  }

  async update(entity: unknown, id: unknown, data: unknown): Promise<string> {
    const adapter = await this.#adapter('updateRecord');
    const [name, recordId, row] = [parseName(entity, 'entityLogicalName'), parseName(id, 'id'), jsonRecord(data, 'data') as Row];
    await ask('updateRecord', () => adapter.update(name, recordId, row));
    return reference(recordId, name);
  }

  async remove(entity: unknown, id: unknown): Promise<string> {
    const adapter = await this.#adapter('deleteRecord');
    const [name, recordId] = [parseName(entity, 'entityLogicalName'), parseName(id, 'id')];
    await ask('deleteRecord', () => adapter.remove(name, recordId));
    return reference(recordId, name);
  }

  /** The metadata as JSON; `attributes` (an array or a comma-separated string) narrows its attributes. */
  async metadata(entity: unknown, attributes?: unknown): Promise<string> {
    const adapter = await this.#adapter('getEntityMetadata');
    const metadata = await this.#metadataOf(adapter, parseName(entity, 'entityLogicalName'));
    const wanted = typeof attributes === 'string' ? attributes.split(',').map((a) => a.trim()) : Array.isArray(attributes) ? attributes : undefined;
    return JSON.stringify(wanted ? { ...metadata, attributes: metadata.attributes.filter((a) => wanted.includes(a.logicalName)) } : metadata);
  }

  /** The rows matching `query`, `$select` and `$top` applied, at most 5000. */
  async search(entity: unknown, query: unknown): Promise<{ entity: string; query: ODataQuery; rows: Row[]; metadata: EntityMetadata }> {
    const adapter = await this.#adapter('searchAndOpenRecords');
    const [name, parsed] = [parseName(entity, 'entityLogicalName'), parseODataQuery(query)];
    const rows = await ask('searchAndOpenRecords', () => adapter.search(name, parsed));
    if (!Array.isArray(rows) || !rows.every(isPlainObject)) throw new CifError('DATA_ADAPTER_ERROR', 'searchAndOpenRecords: the data adapter answered something other than rows');
    const metadata = await this.#metadataOf(adapter, name);
    const top = Math.min(parsed.top ?? MAX_SEARCH_RESULTS, MAX_SEARCH_RESULTS);
    const selected = (rows as Row[]).slice(0, top).map((row) => selectAttributes(row, parsed.select, metadata.primaryIdAttribute));
    return { entity: name, query: parsed, rows: selected, metadata };
  }
}

const reference = (id: string, entityType: string): string => JSON.stringify({ id, entityType });
