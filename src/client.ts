/**
 * `dist/cif-client.js`: the script a channel provider's page loads when it runs in an iframe of
 * the workspace (the comm panel, or a tab). It installs `window.Microsoft.CIFramework`, which
 * forwards every call to the workspace over `postMessage` (the protocol in cif/protocol.ts).
 *
 * It says hello to its parent every 250 ms until the workspace answers `ready`; from then on it
 * accepts messages only from its parent window, only from the origin that answered, and posts only
 * to that origin. Calls made before are queued; every call fails after 10 s without an answer,
 * except those that wait for the agent (notifyEvent).
 * `CIFInitDone` fires on `window` once ready. Handlers (`addHandler`) live here and receive their
 * payload as a JSON string, as Dynamics delivers it. Kept tiny on purpose: its budget is 3 KiB.
 */
import { CALL_TIMEOUT_MS, CIF_METHODS, PROTOCOL, UNTIMED_METHODS } from './cif/protocol.js';
import type { ErrorData, HostMessage, KeyMessage, RequestMessage } from './cif/protocol.js';

type Handler = (payload: string) => unknown;
type Settle = [resolve: (value: unknown) => void, reject: (error: Error) => void];

const win = window as Window & { Microsoft?: { CIFramework?: unknown } };
const microsoft = (win.Microsoft ??= {});

/** An Error whose `errorCode`, `code` and `message` are CIF's (samples read `error.message`). */
const failure = ({ errorCode, code, message }: ErrorData): Error => Object.assign(new Error(message), { name: 'CifError', errorCode, code });

if (!microsoft.CIFramework) {
  const parent = win.parent;
  /** The workspace's origin, once it answered. */
  let hostOrigin: string | undefined;
  let sequence = 0;
  const queue: RequestMessage[] = [];
  const pending = new Map<string, Settle>();
  const handlers = new Map<string, Set<Handler>>();

  const send = (message: RequestMessage): void => {
    try {
      parent.postMessage(message, hostOrigin!);
    } catch (error) {
      // arguments the structured clone cannot carry (a function…)
      pending.get(message.id)?.[1](failure({ errorCode: 1, code: 'INVALID_INPUT', message: (error as Error).message }));
    }
  };

  const call = (method: string, args: unknown[], correlationId?: unknown): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const id = String(++sequence);
      // a call that waits for the agent (notifyEvent) has no timeout
      const timer = UNTIMED_METHODS.split(' ').includes(method)
        ? undefined
        : setTimeout(
            () => pending.get(id)?.[1](failure({ errorCode: 13, code: 'TIMEOUT', message: `${method}: no answer from the workspace within 10 seconds` })),
            CALL_TIMEOUT_MS,
          );
      const done =
        <T>(settle: (value: T) => void) =>
        (value: T) => {
          clearTimeout(timer);
          pending.delete(id);
          settle(value);
        };
      pending.set(id, [done(resolve), done(reject)]);
      const message: RequestMessage = { cif: PROTOCOL, kind: 'request', id, method, args };
      if (typeof correlationId === 'string') message.correlationId = correlationId;
      if (hostOrigin) send(message);
      else queue.push(message);
    });

  const api: Record<string, unknown> = {
    addHandler(name: string, handler: Handler) {
      if (typeof handler !== 'function') return Promise.reject(failure({ errorCode: 1, code: 'INVALID_INPUT', message: 'addHandler: the handler must be a function' }));
      if (!handlers.has(name)) handlers.set(name, new Set());
      handlers.get(name)!.add(handler);
      return Promise.resolve(true);
    },
    removeHandler: (name: string, handler: Handler) => Promise.resolve(!!handlers.get(name)?.delete(handler)),
    raiseEvent: (name: string, parameters?: unknown, correlationId?: unknown) => call('raiseEvent', [name, parameters], correlationId),
  };
  for (const entry of CIF_METHODS.split(' ')) {
    const method = entry.slice(0, -1);
    const arity = +entry.slice(-1);
    api[method] = (...args: unknown[]) => call(method, args.slice(0, arity), args[arity]);
  }
  microsoft.CIFramework = api;

  win.addEventListener('message', (event) => {
    const message = event.data as HostMessage;
    if (event.source !== parent || message?.cif !== PROTOCOL) return;
    if (!hostOrigin) {
      if (message.kind !== 'ready') return;
      hostOrigin = event.origin;
      queue.splice(0).forEach(send);
      win.dispatchEvent(new Event('CIFInitDone'));
    } else if (event.origin !== hostOrigin) {
      return;
    } else if (message.kind === 'response') {
      const settle = pending.get(message.id);
      if (settle) message.ok ? settle[0](message.value) : settle[1](failure(message.error));
    } else if (message.kind === 'event') {
      for (const handler of [...(handlers.get(message.name) ?? [])]) {
        try {
          void handler(message.payload);
        } catch (error) {
          console.error(error);
        }
      }
    }
  });

  // The workspace's shortcuts work while focus is in here: a press with Control, Alt or Meta goes
  // to the workspace (plain typing never does), unless this page took it.
  win.addEventListener('keydown', ({ defaultPrevented, key, code, altKey, ctrlKey, shiftKey, metaKey }) => {
    if (hostOrigin && !defaultPrevented && (altKey || ctrlKey || metaKey)) {
      parent.postMessage({ cif: PROTOCOL, kind: 'key', key, code, altKey, ctrlKey, shiftKey, metaKey } satisfies KeyMessage, hostOrigin);
    }
  });

  // The first hello cannot name the workspace's origin (we do not know it yet); it carries nothing.
  const hello = (): void => {
    if (hostOrigin) return;
    parent.postMessage({ cif: PROTOCOL, kind: 'hello' }, '*');
    setTimeout(hello, 250);
  };
  hello();
}
