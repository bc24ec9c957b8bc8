/**
 * The pages the workspace renders itself when the page has a data adapter and a record, list or
 * search tab has neither a page renderer nor a route (contract section 10): those always win.
 */
import { html } from '../template.js';
import type { DataAdapter, Row } from '../../core/data-adapter.js';
import type { TabState } from '../../core/workspace/state.js';
import { sendRequest } from '../../events/requests.js';
import { isNonEmptyString, isPlainObject, parsedIfJson } from '../../core/json.js';
import type { CifRecordForm } from './record-form.js';
import type { CifRecordList } from './record-list.js';
import { stringsContext } from '../../context.js';
import { sayEnglish, type Say } from '../../core/strings.js';
import type { ReactiveHost } from '../reactive-host.js';
import { ContextSubscription } from '../context-subscription.js';

export const NATIVE_PAGE_TYPES: readonly string[] = ['entityrecord', 'entitylist', 'search'];

/** The page for `tab`, or undefined when it is not one the workspace can render. */
export function createNativePage(tab: TabState, adapter: DataAdapter, setTitle: (title: string) => void): HTMLElement | undefined {
  const { pageType, parameters } = tab;
  const entityName = parameters.entityName;
  if (!isNonEmptyString(entityName) || !NATIVE_PAGE_TYPES.includes(pageType)) return undefined;
  if (pageType === 'entityrecord') {
    const form = document.createElement('cif-record-form') as CifRecordForm;
    Object.assign(form, { adapter, entityName, entityId: textOf(parameters.entityId), initial: recordOf(parameters.data), onTitle: setTitle });
    return form;
  }
  const list = document.createElement('cif-record-list') as CifRecordList;
  Object.assign(list, { adapter, entityName, searchText: pageType === 'search' ? textOf(parameters.searchText) : undefined });
  return list;
}

const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');

/** A form's initial values: an object, or JSON text of one (Dynamics passes either as `data`). */
function recordOf(value: unknown): Row {
  const parsed = parsedIfJson(value);
  return isPlainObject(parsed) ? (parsed as Row) : {};
}

/** Opens a record as a tab of the page's own session (the host dedupes one already open). */
export function openRecord(source: Element, entityName: string, entityId: string): Promise<unknown> | undefined {
  return sendRequest(source, 'cif-create-tab', { templateName: 'msdyn_entityrecord', templateParameters: { entityName, entityId } });
}

/** What a page shows until its records are in, or the CRM's message when they could not be read. */
export const loadingOrFailed = (message: string, say: Say) => html`<p role=${message ? 'alert' : 'status'}>${message || say('loading')}</p>`;

/** The workspace's texts for one of its pages, now and as they change (English outside a workspace). */
export function followStrings(page: ReactiveHost): () => Say {
  let say = sayEnglish;
  new ContextSubscription(page, stringsContext, (value) => {
    say = value;
    page.requestUpdate();
  });
  return () => say;
}
