/**
 * The bridge's wire format between a provider's page (`cif-client.js`, in an iframe the workspace
 * created) and the workspace host. Types and constants only: the client must stay tiny, so it
 * imports nothing else; the host validates every message it receives (bridge-host.ts).
 *
 *   client → host  { cif, kind: 'hello' }                                 (until answered)
 *   host → client  { cif, kind: 'ready' }                                 (then CIFInitDone fires)
 *   client → host  { cif, kind: 'request', id, method, args, correlationId? }
 *   host → client  { cif, kind: 'response', id, ok: true, value }
 *                  { cif, kind: 'response', id, ok: false, error: { errorCode, code, message } }
 *   host → client  { cif, kind: 'event', name, payload }                  (payload: a JSON string, as Dynamics delivers)
 *   client → host  { cif, kind: 'key', key, code, altKey, ctrlKey, shiftKey, metaKey }
 *                  (a key pressed with Control, Alt or Meta: the workspace's shortcuts work in the iframe)
 */
export const PROTOCOL = 'cif-workspace/1';

/** CIF's own rule: a call that gets no answer within 10 s fails. */
export const CALL_TIMEOUT_MS = 10_000;

/**
 * CIF's `Microsoft.CIFramework` methods (contract sections 7 and 10), each followed by how many
 * arguments it takes before CIF's optional trailing `correlationId` (`getTabs(templateName, tags,
 * correlationId)` is `getTabs2`). Where CIF puts arguments after the correlation id
 * (`notifyEvent(input, correlationId, cancellationToken)`, `searchAndOpenRecords(…, searchOnly,
 * correlationId, searchType)`), the count takes them all in and the host skips the id. One
 * string keeps the client small; both `Microsoft.CIFramework` objects are built from it. Besides
 * these, `raiseEvent` (and `addHandler`/`removeHandler`, which each side keeps to itself).
 */
export const CIF_METHODS =
  'canCreateSession0 createSession1 getSession1 getFocusedSession0 getAllSessions0 requestFocusSession1 setSessionTitle1 ' +
  'createTab1 getTabs2 focusTab1 getFocusedTab0 refreshTab1 setTabTitle2 closeTab1 setMode1 getMode0 setWidth1 getWidth0 ' +
  'updateContext3 getEnvironment0 notifyEvent3 cancelEvent1 notifyNewActivity2 notifyKpiBreach3 setPresence1 getPresence0 ' +
  'setClickToAct1 getClickToAct0 logAnalyticsEvent2 updateConversation2 createRecord2 retrieveRecord3 updateRecord3 ' +
  'deleteRecord2 getEntityMetadata2 searchAndOpenRecords5 openForm2 renderSearchPage4';

/** Methods that wait for the agent, so the 10 s call timeout does not apply (contract section 7). */
export const UNTIMED_METHODS = 'notifyEvent openForm';

/** `[name, arity]` of every CIF method. */
export const cifMethods = (): [string, number][] => CIF_METHODS.split(' ').map((entry) => [entry.slice(0, -1), +entry.slice(-1)]);

export interface HelloMessage {
  cif: typeof PROTOCOL;
  kind: 'hello';
}

export interface ReadyMessage {
  cif: typeof PROTOCOL;
  kind: 'ready';
}

export interface RequestMessage {
  cif: typeof PROTOCOL;
  kind: 'request';
  id: string;
  method: string;
  args: unknown[];
  correlationId?: string;
}

export interface ErrorData {
  errorCode: number;
  code: string;
  message: string;
}

export type ResponseMessage =
  | { cif: typeof PROTOCOL; kind: 'response'; id: string; ok: true; value: unknown }
  | { cif: typeof PROTOCOL; kind: 'response'; id: string; ok: false; error: ErrorData };

export interface EventMessage {
  cif: typeof PROTOCOL;
  kind: 'event';
  name: string;
  payload: string;
}

export interface KeyMessage {
  cif: typeof PROTOCOL;
  kind: 'key';
  key: string;
  code: string;
  altKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
}

export type ClientMessage = HelloMessage | RequestMessage | KeyMessage;
export type HostMessage = ReadyMessage | ResponseMessage | EventMessage;
