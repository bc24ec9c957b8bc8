import { html } from '../template.js';
import type { DataAdapter, EntityMetadata, Row } from '../../core/data-adapter.js';
import { isNonEmptyString } from '../../core/json.js';
import { parseODataQuery } from '../../core/odata.js';
import { displayText, toLocalInput, valueFromInput, type Attribute } from '../../core/record-values.js';
import { CifRecordSavedEvent, type CifTabCloseEvent } from '../../events/notifications.js';
import type { CifAppTab } from '../app-tab/app-tab.js';
import { entityPageStyles } from './entity-page.styles.js';
import { followStrings, loadingOrFailed, openRecord } from './native-pages.js';
import { messageOf } from '../../core/error-message.js';
import { ReactiveHost } from '../reactive-host.js';

/**
 * The native `entityrecord` page: a form built from the entity's metadata that edits a record
 * through the host's data adapter and saves it (`update`, or `create` for a new one). While it
 * has unsaved changes it vetoes the close of its tab and of its session.
 *
 * The controls bind the saved values as their defaults (attributes, a textarea's
 * `defaultValue`): Cancel is a plain form reset back to the saved record, and a save makes the
 * new values the defaults.
 *
 * @tagname cif-record-form
 * @summary The form of a record, for `entityrecord` tabs without a renderer or route.
 * @fires cif-create-tab - A request to open a record as a tab of this page's session (a lookup, a row).
 * @fires cif-record-saved - The record was created or updated (`tabId`, `entityType`, `id`, `name`).
 * @cssproperty --cif-font - Font of the page. Default 14px/1.4 system-ui.
 * @cssproperty --cif-color - Text colour. Default #0f172a; #e2e8f0 in the dark theme.
 * @cssproperty --cif-surface - Background of the controls. Default #fff; #0f172a in the dark theme.
 * @cssproperty --cif-border-color - Borders of the controls. Default #cbd5e1; #334155 in the dark theme.
 * @cssproperty --cif-accent - The Save button and the focus ring. Default #2563eb; #60a5fa in the dark theme.
 * @cssproperty --cif-on-accent - Text of the Save button. Default #fff; #0f172a in the dark theme.
 * @cssproperty --cif-muted-color - Status text. Default #334155; #94a3b8 in the dark theme.
 * @cssproperty --cif-badge-background - Error text. Default #dc2626.
 */
export class CifRecordForm extends ReactiveHost {
  static override styles = entityPageStyles;

  /** The CRM's records: the host's data adapter. */
  adapter!: DataAdapter;
  entityName = '';
  /** The record; empty for a new one until it is saved. */
  entityId = '';
  /** What a new record starts with (openForm's form parameters). */
  initial: Row = {};
  /** Names the tab after the record. */
  onTitle: (title: string) => void = () => {};

  #metadata: EntityMetadata | undefined;
  /** The record as the CRM has it (a new one: its initial values). */
  #saved: Row = {};
  /** The agent's changes since, by attribute. */
  #edits: Row = {};
  #message = '';
  #status = '';
  #busy = false;
  #host: Element | null = null;
  readonly #say = followStrings(this);

  /** True while the form holds changes the CRM has not saved. */
  get dirty(): boolean {
    return Object.keys(this.#edits).length > 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#host = this.closest('cif-session-host');
    this.#host?.addEventListener('cif-tab-close', this.#vetoClose);
    this.#host?.addEventListener('cif-session-close', this.#vetoClose);
    if (!this.#metadata) void this.#run(() => this.#load());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#host?.removeEventListener('cif-tab-close', this.#vetoClose);
    this.#host?.removeEventListener('cif-session-close', this.#vetoClose);
  }

  /** Keeps the agent's unsaved work: closing this tab, or its session, waits for Save or Cancel. */
  readonly #vetoClose = (event: Event): void => {
    const tab = this.closest<CifAppTab>('cif-app-tab');
    const close = event as Partial<CifTabCloseEvent> & { sessionId: string };
    const mine = close.tabId === undefined ? close.sessionId === tab?.sessionId : close.tabId === tab?.tabId;
    if (!mine || !this.dirty) return;
    event.preventDefault();
    this.#message = this.#say()('unsavedChanges');
    this.requestUpdate();
  };

  async #load(): Promise<void> {
    const metadata = await this.adapter.metadata(this.entityName);
    const row = this.entityId ? await this.adapter.retrieve(this.entityName, this.entityId, parseODataQuery('')) : { ...this.initial };
    if (!row) throw new Error(this.#say()('noSuchRecord', { entity: metadata.displayName, id: this.entityId }));
    this.#metadata = metadata;
    this.#saved = row;
    this.onTitle(this.#title());
  }

  #title(): string {
    const metadata = this.#metadata!;
    const name = this.#saved[metadata.primaryNameAttribute];
    return isNonEmptyString(name) ? name : this.#say()('newRecord', { entity: metadata.displayName });
  }

  /** Runs an adapter call with the form busy; a failure shows the CRM's own message. */
  async #run(work: () => Promise<void>): Promise<void> {
    this.#busy = true;
    this.#message = '';
    this.requestUpdate();
    try {
      await work();
    } catch (error) {
      this.#message = messageOf(error);
    }
    this.#busy = false;
    this.requestUpdate();
  }

  readonly #edit = (event: Event): void => {
    const control = event.target as HTMLInputElement;
    const attribute = this.#metadata?.attributes.find((a) => a.logicalName === control.name);
    if (!attribute) return;
    const value = control.type === 'checkbox' ? control.checked : valueFromInput(attribute, control.value);
    const { [attribute.logicalName]: _, ...others } = this.#edits;
    // back to what is saved is no change at all
    this.#edits = JSON.stringify(value) === JSON.stringify(this.#saved[attribute.logicalName] ?? null) ? others : { ...others, [attribute.logicalName]: value };
    this.#status = '';
    this.requestUpdate();
  };

  readonly #save = (event: SubmitEvent): void => {
    event.preventDefault(); // the browser checked required fields before it fired this
    if (this.#busy) return;
    void this.#run(async () => {
      const { adapter, entityName } = this;
      const changes = this.#edits;
      if (this.entityId) await adapter.update(entityName, this.entityId, changes);
      else {
        const id = await adapter.create(entityName, { ...this.#saved, ...changes });
        if (!isNonEmptyString(id)) throw new Error(this.#say()('noNewRecordId'));
        this.entityId = id;
      }
      this.#saved = (await adapter.retrieve(entityName, this.entityId, parseODataQuery(''))) ?? { ...this.#saved, ...changes };
      this.#edits = {};
      this.#status = this.#say()('saved');
      const title = this.#title();
      this.onTitle(title);
      const tabId = this.closest<CifAppTab>('cif-app-tab')?.tabId ?? '';
      this.dispatchEvent(new CifRecordSavedEvent(tabId, entityName, this.entityId, title));
    });
  };

  readonly #cancel = (): void => {
    this.#edits = {};
    this.#message = '';
    this.requestUpdate();
  };

  protected override render() {
    const metadata = this.#metadata;
    const say = this.#say();
    if (!metadata) return loadingOrFailed(this.#message, say);
    return html`<form @input=${this.#edit} @change=${this.#edit} @submit=${this.#save} @reset=${this.#cancel}>
      <h2>${this.#title()}</h2>
      <p role="alert">${this.#message}</p>
      <p role="status">${this.#status}</p>
      ${metadata.attributes.map((attribute) => this.#field(attribute))}
      <button type="submit" ?disabled=${this.#busy}>${say('save')}</button>
      <button type="reset" ?disabled=${!this.dirty}>${say('cancel')}</button>
    </form>`;
  }

  #field(attribute: Attribute) {
    const { logicalName: name, required = false } = attribute;
    const value = this.#saved[name];
    const label = html`<span>${attribute.displayName}${required ? ' *' : ''}</span>`;
    if (attribute.type === 'lookup') {
      // named and typed the way Dataverse annotates a lookup; with its entity known it opens
      const [shown, entity] = [displayText(attribute, this.#saved), this.#saved[`${name}@Microsoft.Dynamics.CRM.lookuplogicalname`]];
      const link = typeof entity === 'string' && typeof value === 'string';
      return html`<div class="field">
        ${label}${link ? html`<button type="button" class="link" @click=${() => openRecord(this, entity, value)}>${shown}</button>` : html`<span class="value">${shown}</span>`}
      </div>`;
    }
    const text = value === null || value === undefined ? '' : String(value);
    let control;
    if (attribute.type === 'memo') control = html`<textarea name=${name} ?required=${required} rows="4" .defaultValue=${text}></textarea>`;
    else if (attribute.type === 'boolean') control = html`<input type="checkbox" name=${name} ?checked=${value === true} />`;
    else if (attribute.type === 'choice') {
      control = html`<select name=${name} ?required=${required}>
        <option value=""></option>
        ${(attribute.options ?? []).map((option) => html`<option value=${String(option.value)} ?selected=${option.value === value}>${option.label}</option>`)}
      </select>`;
    } else {
      const type = attribute.type === 'number' ? 'number' : attribute.type === 'datetime' ? 'datetime-local' : 'text';
      control = html`<input type=${type} step="any" name=${name} ?required=${required} value=${attribute.type === 'datetime' ? toLocalInput(value) : text} />`;
    }
    return html`<label>${label}${control}</label>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cif-record-form': CifRecordForm;
  }
}
