/**
 * Requests: how any element inside a host (or the page, on the host) asks for a change. They are
 * `CustomEvent`s that bubble, compose and can be canceled; the nearest host handles one during
 * dispatch, calls `preventDefault()` and `stopPropagation()`, and puts a `Promise` on
 * `detail.result` (left undefined when no host handled it).
 */
import type { JsonValue } from '../core/json.js';
import type { PanelMode } from '../core/config/types.js';

export interface RequestDetails {
  'cif-create-session': {
    templateName: string;
    templateParameters?: Record<string, JsonValue>;
    sessionContext?: Record<string, JsonValue>;
    isFocused?: boolean;
  };
  'cif-create-tab': {
    templateName: string;
    templateParameters?: Record<string, JsonValue>;
    isFocused?: boolean;
    sessionId?: string;
  };
  'cif-focus-session': { sessionId: string };
  'cif-close-session': { sessionId: string };
  'cif-focus-tab': { tabId: string };
  'cif-close-tab': { tabId: string };
  /** `sessionId`: whose mode (default: the focused session's); the panel's `mode` attribute sets Home's. */
  'cif-set-panel-mode': { mode: PanelMode; sessionId?: string };
  'cif-set-panel-width': { width: number };
}

export type RequestName = keyof RequestDetails;
export const REQUEST_NAMES = [
  'cif-create-session',
  'cif-create-tab',
  'cif-focus-session',
  'cif-close-session',
  'cif-focus-tab',
  'cif-close-tab',
  'cif-set-panel-mode',
  'cif-set-panel-width',
] as const satisfies readonly RequestName[];

/** What a handled request carries back. */
export interface RequestResult {
  result?: Promise<unknown>;
}

export type CifRequestEvent<Name extends RequestName = RequestName> = CustomEvent<RequestDetails[Name] & RequestResult>;

/**
 * Dispatches a request from `source` and returns the handling host's promise, or undefined when
 * no host answered.
 */
export function sendRequest<Name extends RequestName>(
  source: EventTarget,
  name: Name,
  detail: RequestDetails[Name],
): Promise<unknown> | undefined {
  const event: CifRequestEvent<Name> = new CustomEvent(name, {
    detail: { ...detail },
    bubbles: true,
    composed: true,
    cancelable: true,
  });
  source.dispatchEvent(event);
  return event.detail.result;
}

declare global {
  interface HTMLElementEventMap {
    'cif-create-session': CifRequestEvent<'cif-create-session'>;
    'cif-create-tab': CifRequestEvent<'cif-create-tab'>;
    'cif-focus-session': CifRequestEvent<'cif-focus-session'>;
    'cif-close-session': CifRequestEvent<'cif-close-session'>;
    'cif-focus-tab': CifRequestEvent<'cif-focus-tab'>;
    'cif-close-tab': CifRequestEvent<'cif-close-tab'>;
    'cif-set-panel-mode': CifRequestEvent<'cif-set-panel-mode'>;
    'cif-set-panel-width': CifRequestEvent<'cif-set-panel-width'>;
  }
}
