/**
 * Turns a request event (contract section 6) into a host command: data down, intent up. The
 * host handles a request during dispatch and puts the command's promise on `detail.result`; a
 * close request counts as the agent's, so it goes through the cancelable before-event.
 */
import type { PanelMode } from '../../core/config/types.js';
import type { CreateSessionInput, CreateTabInput } from '../../core/workspace/inputs.js';
import type { CifRequestEvent, RequestName } from '../../events/requests.js';

/** The host's commands a request can reach. */
export interface RequestTarget {
  createSession(input: CreateSessionInput): Promise<string>;
  createTab(input: CreateTabInput, sessionId?: string): Promise<string>;
  focusSession(sessionId: string): Promise<void>;
  focusTab(tabId: string): Promise<void>;
  /** A close the agent asked for: the page may veto it. */
  requestSessionClose(sessionId: string): Promise<boolean>;
  requestTabClose(tabId: string): Promise<boolean>;
  setPanelMode(mode: PanelMode, sessionId?: string): Promise<void>;
  /** The panel that sent the request is the one resized. */
  setPanelWidth(width: number, event: Event): Promise<void>;
  /** The session of the element that sent the request, if it sits in a tab. */
  sessionOf(event: Event): string | undefined;
}

function run(target: RequestTarget, name: RequestName, event: CifRequestEvent): Promise<unknown> {
  const { result: _result, ...detail } = (event.detail ?? {}) as unknown as Record<string, unknown>;
  switch (name) {
    case 'cif-create-session':
      return target.createSession(detail as unknown as CreateSessionInput);
    case 'cif-create-tab': {
      const { sessionId, ...input } = detail;
      return target.createTab(input as unknown as CreateTabInput, typeof sessionId === 'string' ? sessionId : target.sessionOf(event));
    }
    case 'cif-focus-session':
      return target.focusSession(detail.sessionId as string);
    case 'cif-close-session':
      return target.requestSessionClose(detail.sessionId as string);
    case 'cif-focus-tab':
      return target.focusTab(detail.tabId as string);
    case 'cif-close-tab':
      return target.requestTabClose(detail.tabId as string);
    case 'cif-set-panel-mode':
      return target.setPanelMode(detail.mode as PanelMode, detail.sessionId as string | undefined);
    case 'cif-set-panel-width':
      return target.setPanelWidth(detail.width as number, event);
  }
}

export function handleRequest(target: RequestTarget, name: RequestName, event: CifRequestEvent): void {
  event.preventDefault();
  event.stopPropagation();
  let result: Promise<unknown>;
  try {
    result = run(target, name, event);
  } catch (error) {
    result = Promise.reject(error);
  }
  // the caller may ignore the promise; an unhandled rejection would only add noise
  result.catch(() => {});
  if (event.detail) (event.detail as { result?: Promise<unknown> }).result = result;
}
