/**
 * The CRM's data (contract section 10): in Dynamics, CIF's record calls reach Dataverse; in a
 * third-party CRM the embedding page hands the workspace a data adapter that owns the records.
 * Names here are the contract's.
 */
import type { JsonValue } from './json.js';
import { parseODataQuery, type ODataQuery } from './odata.js';

/** A record: attribute logical names to values; `"x@odata.bind": "/contacts(<id>)"` passes through as is. */
export type Row = Record<string, JsonValue>;

export interface EntityMetadata {
  logicalName: string;
  displayName: string;
  primaryIdAttribute: string;
  primaryNameAttribute: string;
  attributes: {
    logicalName: string;
    displayName: string;
    type: 'string' | 'memo' | 'number' | 'boolean' | 'datetime' | 'lookup' | 'choice';
    required?: boolean;
    options?: { value: number | string; label: string }[];
  }[];
}

/** Any object with these async methods; set, replaced or unset on the host at any time. */
export interface DataAdapter {
  retrieve(entity: string, id: string, query: ODataQuery): Promise<Row | null>;
  search(entity: string, query: ODataQuery): Promise<Row[]>;
  /** Resolves with the new record's id. */
  create(entity: string, data: Row): Promise<string>;
  update(entity: string, id: string, data: Row): Promise<void>;
  remove(entity: string, id: string): Promise<void>;
  metadata(entity: string): Promise<EntityMetadata>;
}

export const DATA_ADAPTER_METHODS = ['retrieve', 'search', 'create', 'update', 'remove', 'metadata'] as const;

/** The methods a value lacks to be a data adapter (none: it is one). */
export function missingAdapterMethods(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return [...DATA_ADAPTER_METHODS];
  return DATA_ADAPTER_METHODS.filter((name) => typeof (value as Record<string, unknown>)[name] !== 'function');
}

/**
 * What Dataverse answers for a `$select`: the attributes asked for and the primary id, always;
 * the whole row without one. The adapter may ignore `$select`; the workspace applies it.
 */
export function selectAttributes(row: Row, select: readonly string[] | undefined, primaryIdAttribute: string): Row {
  if (!select) return row;
  const wanted = new Set([...select, primaryIdAttribute]);
  return Object.fromEntries(Object.entries(row).filter(([name]) => wanted.has(name)));
}

/**
 * A `{$odata.entity.attribute.?query}` slug's value through the adapter: the attribute of the
 * first row that matches, or empty. (The workspace warns and leaves it empty on failure.)
 */
export async function lookUpOData(adapter: DataAdapter, entity: string, attribute: string, query: string): Promise<JsonValue> {
  const rows = await adapter.search(entity, parseODataQuery(query));
  return (Array.isArray(rows) ? rows[0]?.[attribute] : undefined) ?? '';
}
