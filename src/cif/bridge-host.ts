/**
 * The workspace's end of the bridge (contract sections 7 and 9): `Microsoft.CIFramework` for a
 * channel provider whose page runs in an iframe the workspace created (the comm panel, or a tab)
 * and talks through `postMessage` (`cif-client.js`).
 *
 * A message is accepted only when (a) it comes from the window of such an iframe, (b) from an
 * origin allowed for THAT iframe (the comm panel: its `src` and `trusted-origins`; a tab: its
 * page's), never an opaque one, and (c) it is a well-formed protocol message. Anything else is
 * dropped without an answer. Answers and events go to the sender's exact origin, never `"*"`.
 *
 * Each provider origin gets its own `CifFramework` with `owner` = that origin: it sees and controls
 * only the sessions it started. Ownership is part of the persisted state, so a provider finds its
 * sessions again after its own reload or the page's.
 */
import type { ReactiveControllerHost } from '@lit/reactive-element';
import type { WorkspaceBinding } from '../binding.js';
import { CifError, type CifErrorData } from '../core/errors.js';
import { messageOf } from '../core/error-message.js';
import { originOf, type CifCommPanel } from '../elements/comm-panel/comm-panel.js';
import { onCifEvents } from './cif-events.js';
import { CifFramework } from './ciframework.js';
import { checkEventName, payloadString } from './handlers.js';
import { onPageRaise, pageHandlers } from './page-apis.js';
import { cifMethods, PROTOCOL, type ClientMessage, type EventMessage, type HostMessage, type RequestMessage } from './protocol.js';
import { isPlainObject } from '../core/json.js';
import { invalidInput } from '../core/validation.js';

/** What the bridge needs of a `<cif-session-host>`: the element (for its iframes) and its command API. */
export type BridgeHost = HTMLElement & { readonly binding: WorkspaceBinding } & Partial<Pick<ReactiveControllerHost, 'addController'>>;

/** The methods a provider may call: CIF's, and the event methods. Any other name is answered with an error at once. */
const METHODS = new Set([...cifMethods().map(([name]) => name), 'addHandler', 'removeHandler', 'raiseEvent']);
const MAX_ID_LENGTH = 100;
const MAX_ARGS = 10;

/** A string of `min` to 100 characters (an id, a method name, a correlation id). */
const isShortString = (value: unknown, min = 1): value is string => typeof value === 'string' && value.length >= min && value.length <= MAX_ID_LENGTH;

/** `data` as a well-formed message of the protocol (protocol.ts), or undefined. */
function parseMessage(data: unknown): ClientMessage | undefined {
  if (!isPlainObject(data) || data.cif !== PROTOCOL) return undefined;
  if (data.kind === 'hello') return { cif: PROTOCOL, kind: 'hello' };
  if (data.kind === 'key') {
    const { key, code } = data;
    // only what a key press is: two short strings and four flags
    const held = (flag: unknown) => flag === true;
    return isShortString(key) && isShortString(code, 0)
      ? { cif: PROTOCOL, kind: 'key', key, code, altKey: held(data.altKey), ctrlKey: held(data.ctrlKey), shiftKey: held(data.shiftKey), metaKey: held(data.metaKey) }
      : undefined;
  }
  const { id, method, args, correlationId } = data;
  const wellFormed =
    data.kind === 'request' &&
    isShortString(id) &&
    isShortString(method) &&
    Array.isArray(args) &&
    args.length <= MAX_ARGS &&
    (correlationId === undefined || isShortString(correlationId, 0));
  return wellFormed ? { cif: PROTOCOL, kind: 'request', id, method, args } : undefined;
}

function errorData(error: unknown): CifErrorData {
  const cif = error instanceof CifError ? error : new CifError('INVALID_INPUT', messageOf(error));
  return cif.toJSON();
}

/** One host's bridge: its providers' frameworks and the windows that said hello. */
class Bridge {
  readonly #host: BridgeHost;
  #binding: WorkspaceBinding | undefined;
  readonly #frameworks = new Map<string, CifFramework>();
  /** Windows that said hello, with the origin they said it from. */
  readonly #clients = new Map<Window, string>();

  constructor(host: BridgeHost) {
    this.#host = host;
    // the iframes go with the host; a re-inserted host's providers say hello again
    host.addController?.({ hostDisconnected: () => this.#clients.clear() });
  }

  /**
   * The origins allowed for `source` when it is the window of an iframe this host created
   * (its comm panel's, or one of its tabs'); undefined for any other window.
   */
  allowedOrigins(source: unknown): string[] | undefined {
    const found = this.#frameOf(source);
    if (!found) return undefined;
    if (found.element.localName === 'cif-comm-panel') return (found.element as CifCommPanel).allowedOrigins;
    const origin = originOf(found.frame.src);
    return origin ? [origin] : [];
  }

  /** The iframe whose window `source` is, among those this host created, and the element it is in. */
  #frameOf(source: unknown): { element: Element; frame: HTMLIFrameElement } | undefined {
    const host = this.#host;
    if (!source || !host.isConnected) return undefined;
    for (const element of host.querySelectorAll(':scope > cif-comm-panel, :scope > cif-app-tab')) {
      const frame = element.shadowRoot?.querySelector('iframe');
      if (frame?.contentWindow === source) return { element, frame };
    }
    return undefined;
  }

  receive(source: Window, origin: string, message: ClientMessage): void {
    const binding = this.#start();
    if (message.kind === 'hello') {
      void binding.ready.then(() => {
        this.#clients.set(source, origin);
        source.postMessage({ cif: PROTOCOL, kind: 'ready' } satisfies HostMessage, origin);
      });
      return;
    }
    if (message.kind === 'key') {
      // as if pressed on the iframe: the page's handlers and the workspace's shortcuts hear it
      if (this.#clients.has(source)) this.#frameOf(source)?.frame.dispatchEvent(new KeyboardEvent('keydown', { ...message, bubbles: true, composed: true, cancelable: true }));
      return;
    }
    const { id } = message;
    const respond = (answer: { ok: true; value: unknown } | { ok: false; error: CifErrorData }) =>
      source.postMessage({ cif: PROTOCOL, kind: 'response', id, ...answer } satisfies HostMessage, origin);
    const fail = (error: unknown) => respond({ ok: false, error: errorData(error) });
    this.#call(message, origin).then((value) => {
      try {
        respond({ ok: true, value });
      } catch (error) {
        // a value the structured clone cannot carry: still answer, so the call does not time out
        fail(error);
      }
    }, fail);
  }

  /** Sends an event the page raised to every connected provider of this host. */
  raised(name: string, payload: string): void {
    this.#send(name, payload, () => true);
  }

  async #call({ method, args }: RequestMessage, origin: string): Promise<unknown> {
    if (!METHODS.has(method)) invalidInput(method, 'not a Microsoft.CIFramework method');
    if (method === 'raiseEvent') return this.#raise(args[0], args[1]);
    // handlers live in the client; every event a provider may see is sent to it anyway
    if (method === 'addHandler' || method === 'removeHandler') return true;
    const framework = this.#framework(origin) as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
    return framework[method]!(...args);
  }

  /** A provider's `raiseEvent`: heard by the page's handlers. */
  #raise(name: unknown, parameters: unknown): boolean {
    pageHandlers.emit(checkEventName(name, MAX_ID_LENGTH), payloadString(parameters));
    return true;
  }

  #framework(origin: string): CifFramework {
    let framework = this.#frameworks.get(origin);
    if (!framework) {
      const binding = this.#start();
      framework = new CifFramework(() => binding.ready.then(() => binding), origin);
      this.#frameworks.set(origin, framework);
    }
    return framework;
  }

  /** Reads the binding and starts relaying events, on the first message (the host is built by then). */
  #start(): WorkspaceBinding {
    if (this.#binding) return this.#binding;
    const binding = (this.#binding = this.#host.binding);
    onCifEvents(binding, (name, payload, mayHear) => this.#send(name, payload, mayHear));
    return binding;
  }

  #send(name: string, payload: string, mayHear: (origin: string) => boolean): void {
    const message: EventMessage = { cif: PROTOCOL, kind: 'event', name, payload };
    for (const [client, origin] of this.#clients) {
      // a removed iframe, or one whose origin is no longer allowed, stops hearing anything
      if (!this.allowedOrigins(client)?.includes(origin)) {
        this.#clients.delete(client);
        continue;
      }
      if (mayHear(origin)) client.postMessage(message, origin);
    }
  }
}

const bridges = new WeakMap<EventTarget, Bridge>();
const hosts = new Set<WeakRef<BridgeHost>>();
let listening = false;

const reported = new Set<string>();

/**
 * Logs what looks like ours, once per reason (a window that is refused keeps saying hello); a
 * busy page receives plenty of other messages.
 */
function drop(data: unknown, reason: string): void {
  if (!isPlainObject(data) || !('cif' in data) || reported.has(reason)) return;
  reported.add(reason);
  console.debug(`cif-workspace: dropped bridge messages (${reason})`);
}

function onMessage(event: MessageEvent): void {
  const { source, origin, data } = event;
  for (const ref of hosts) {
    const host = ref.deref();
    if (!host) {
      hosts.delete(ref);
      continue;
    }
    const bridge = bridges.get(host)!;
    const allowed = bridge.allowedOrigins(source);
    if (!allowed) continue;
    if (origin === 'null' || !allowed.includes(origin)) return drop(data, `origin ${origin} is not allowed for this iframe`);
    const message = parseMessage(data);
    return message ? bridge.receive(source as Window, origin, message) : drop(data, 'malformed');
  }
  drop(data, 'not from an iframe of the workspace');
}

/**
 * Lets the channel providers in `host`'s iframes use `Microsoft.CIFramework` through
 * `cif-client.js`. The script-tag bundle does this for every `<cif-session-host>`; with the npm
 * package, call it once per host. Calling it again for the same host changes nothing.
 */
export function attachBridge(host: BridgeHost): void {
  if (bridges.has(host)) return;
  bridges.set(host, new Bridge(host));
  hosts.add(new WeakRef(host));
  if (listening) return;
  listening = true;
  window.addEventListener('message', onMessage);
  onPageRaise((target, name, payload) => bridges.get(target)?.raised(name, payload));
}
