/**
 * How the native entity pages read and write a record's values (contract section 10): what an
 * attribute shows as text, the value a form control edits, the order of a sortable column, and
 * the filter behind a search box. Pure, so every type's rules are tested without a browser.
 */
import type { EntityMetadata, Row } from './data-adapter.js';
import type { JsonValue } from './json.js';
import type { Filter, ODataQuery } from './odata.js';
import { parseODataQuery } from './odata.js';
import { valueToText } from './slugs.js';

export type Attribute = EntityMetadata['attributes'][number];

/**
 * The attribute as the agent reads it: the CRM's formatted value when it sent one (Dataverse's
 * annotation for a lookup's name or a choice's label).
 */
export function displayText(attribute: Attribute, row: Row): string {
  const formatted = row[`${attribute.logicalName}@OData.Community.Display.V1.FormattedValue`];
  if (typeof formatted === 'string') return formatted;
  const value = row[attribute.logicalName];
  if (value === null || value === undefined) return '';
  if (attribute.type === 'boolean') return value ? 'Yes' : 'No';
  if (attribute.type === 'choice') return attribute.options?.find((option) => option.value === value)?.label ?? String(value);
  if (attribute.type === 'datetime') {
    const date = new Date(String(value));
    return Number.isNaN(date.getTime()) ? String(value) : date.toLocaleString();
  }
  return valueToText(value);
}

/** An ISO date-time as `<input type="datetime-local">` wants it, in the agent's time zone. */
export function toLocalInput(value: JsonValue | undefined): string {
  const date = new Date(typeof value === 'string' ? value : NaN);
  if (Number.isNaN(date.getTime())) return '';
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

/**
 * What a form control's text means as the attribute's value: empty is null (the CRM clears it),
 * a number field a number, a date-time an ISO instant, a choice its option's own value.
 */
export function valueFromInput(attribute: Attribute, text: string): JsonValue {
  if (text === '') return null;
  if (attribute.type === 'number') return Number(text);
  if (attribute.type === 'datetime') return new Date(text).toISOString();
  if (attribute.type === 'choice') return attribute.options?.find((option) => String(option.value) === text)?.value ?? text;
  return text;
}

/** Sort order for a column: numbers by size, text as people sort it; empty values last either way. */
export function compareRows(attribute: Attribute, descending: boolean): (a: Row, b: Row) => number {
  return (a, b) => {
    const [x, y] = [a[attribute.logicalName], b[attribute.logicalName]];
    const [emptyX, emptyY] = [x === null || x === undefined || x === '', y === null || y === undefined || y === ''];
    if (emptyX || emptyY) return Number(emptyX) - Number(emptyY);
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : displayText(attribute, a).localeCompare(displayText(attribute, b), undefined, { numeric: true });
    return descending ? -order : order;
  };
}

/**
 * A search page's query: OData text (`?$filter=…`, as searchAndOpenRecords passes it) as is;
 * anything else is words to find in the entity's text attributes.
 */
export function searchQuery(metadata: EntityMetadata, searchText: string): ODataQuery {
  const text = searchText.trim();
  if (text === '' || text.startsWith('?') || text.startsWith('$')) return parseODataQuery(text);
  const args: Filter[] = metadata.attributes
    .filter((attribute) => attribute.type === 'string' || attribute.type === 'memo')
    .map((attribute) => ({ op: 'contains', attribute: attribute.logicalName, value: text }));
  return { text: '', filter: args.length === 1 ? args[0] : { op: 'or', args } };
}
