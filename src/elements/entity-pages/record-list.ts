import { html, nothing } from '../template.js';
import type { DataAdapter, EntityMetadata, Row } from '../../core/data-adapter.js';
import { compareRows, displayText, searchQuery, type Attribute } from '../../core/record-values.js';
import { entityPageStyles } from './entity-page.styles.js';
import { followStrings, loadingOrFailed, openRecord } from './native-pages.js';
import { messageOf } from '../../core/error-message.js';
import { ReactiveHost } from '../reactive-host.js';

/** Dataverse's cap on what one query returns. */
const MAX_ROWS = 5000;
/** Columns a list shows: the name, then the first attributes that fit in a row. */
const MAX_COLUMNS = 5;

/**
 * The native `entitylist` and `search` pages: the entity's records (or those matching the search)
 * in a table whose columns sort on click, each record's name a button that opens it as a tab.
 *
 * @tagname cif-record-list
 * @summary A list of records, for `entitylist` and `search` tabs without a renderer or route.
 * @fires cif-create-tab - A request to open a record as a tab of this page's session (a lookup, a row).
 * @cssproperty --cif-font - Font of the page. Default 14px/1.4 system-ui.
 * @cssproperty --cif-color - Text colour. Default #0f172a; #e2e8f0 in the dark theme.
 * @cssproperty --cif-surface - Background of the buttons. Default #fff; #0f172a in the dark theme.
 * @cssproperty --cif-border-color - Row lines. Default #cbd5e1; #334155 in the dark theme.
 * @cssproperty --cif-accent - Record links and the focus ring. Default #2563eb; #60a5fa in the dark theme.
 * @cssproperty --cif-muted-color - The count of records. Default #334155; #94a3b8 in the dark theme.
 * @cssproperty --cif-badge-background - Error text. Default #dc2626.
 */
export class CifRecordList extends ReactiveHost {
  static override styles = entityPageStyles;

  /** The CRM's records: the host's data adapter. */
  adapter!: DataAdapter;
  entityName = '';
  /** Words, or OData text (`?$filter=…`), to search for; undefined lists every record. */
  searchText: string | undefined;

  #metadata: EntityMetadata | undefined;
  #rows: Row[] = [];
  #sort: { attribute: Attribute; descending: boolean } | undefined;
  #message = '';
  #loading = false;
  readonly #say = followStrings(this);

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.#metadata && !this.#loading) void this.#load();
  }

  async #load(): Promise<void> {
    this.#loading = true;
    try {
      const metadata = await this.adapter.metadata(this.entityName);
      const query = searchQuery(metadata, this.searchText ?? '');
      const rows = await this.adapter.search(this.entityName, query);
      if (!Array.isArray(rows)) throw new Error(this.#say()('notAList'));
      this.#rows = rows.slice(0, Math.min(query.top ?? MAX_ROWS, MAX_ROWS));
      this.#metadata = metadata;
    } catch (error) {
      this.#message = messageOf(error);
    }
    this.#loading = false;
    this.requestUpdate();
  }

  #columns(metadata: EntityMetadata): Attribute[] {
    const name = metadata.attributes.find((a) => a.logicalName === metadata.primaryNameAttribute) ?? {
      logicalName: metadata.primaryNameAttribute,
      displayName: this.#say()('nameColumn'),
      type: 'string' as const,
    };
    const others = metadata.attributes.filter((a) => a !== name && a.type !== 'memo');
    return [name, ...others].slice(0, MAX_COLUMNS);
  }

  #sortBy(attribute: Attribute): void {
    const descending = this.#sort?.attribute === attribute && !this.#sort.descending;
    this.#sort = { attribute, descending };
    this.requestUpdate();
  }

  #open(metadata: EntityMetadata, row: Row): void {
    openRecord(this, this.entityName, String(row[metadata.primaryIdAttribute] ?? ''))?.catch((error: unknown) => {
      this.#message = messageOf(error);
      this.requestUpdate();
    });
  }

  protected override render() {
    const metadata = this.#metadata;
    const say = this.#say();
    if (!metadata) return loadingOrFailed(this.#message, say);
    const columns = this.#columns(metadata);
    const sort = this.#sort;
    const rows = sort ? [...this.#rows].sort(compareRows(sort.attribute, sort.descending)) : this.#rows;
    return html`<h2>${this.searchText === undefined ? metadata.displayName : say('searchFor', { text: this.searchText })}</h2>
      <p role="alert">${this.#message}</p>
      <p role="status">${say('records', { count: rows.length })}</p>
      <table>
        <thead>
          <tr>
            ${columns.map(
              (column) => html`<th aria-sort=${sort?.attribute === column ? (sort.descending ? 'descending' : 'ascending') : nothing}>
                <button @click=${() => this.#sortBy(column)}>${column.displayName}</button>
              </th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) => html`<tr>
              <td>
                <button class="link" @click=${() => this.#open(metadata, row)}>
                  ${displayText(columns[0]!, row) || String(row[metadata.primaryIdAttribute] ?? '')}
                </button>
              </td>
              ${columns.slice(1).map((column) => html`<td>${displayText(column, row)}</td>`)}
            </tr>`,
          )}
        </tbody>
      </table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cif-record-list': CifRecordList;
  }
}
