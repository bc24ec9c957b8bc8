/**
 * The CIF-compatible globals of the page: `window.Microsoft.CIFramework` and
 * `window.Microsoft.Apm`, bound to the first connected `<cif-session-host>` or to the one that
 * called `bindGlobalApis()`. Calls made before a host is ready wait for it (within CIF's 10 s);
 * `CIFInitDone` fires on `window` once one is. Page handlers hear every session's events; Apm
 * events go out on `BroadcastChannel`s.
 */
import type { ReactiveControllerHost } from '@lit/reactive-element';
import { CifError } from '../core/errors.js';
import { randomId } from '../core/ids.js';
import type { WorkspaceChange } from '../core/workspace/changes.js';
import { focusedSession, type WorkspaceState } from '../core/workspace/state.js';
import type { WorkspaceBinding } from '../binding.js';
import { BOUND_HOST } from '../binding.js';
import { Apm, APM_EVENTS, type ApmEventName } from './apm.js';
import { onCifEvents } from './cif-events.js';
import { CifFramework } from './ciframework.js';
import { checkEventName, HandlerRegistry, payloadString } from './handlers.js';
import { CALL_TIMEOUT_MS, cifMethods } from './protocol.js';

type BindableHost = HTMLElement & { readonly binding: WorkspaceBinding } & Partial<Pick<ReactiveControllerHost, 'addController'>>;

/** Identifies this page load in Apm topics. */
const PAGE_INSTANCE = randomId('session').slice('session-'.length);

/** The page's own `addHandler` registrations. */
export const pageHandlers = new HandlerRegistry();

/** Someone who wants page-raised events too (the bridge forwards them to providers). */
type RaiseListener = (host: EventTarget, name: string, payload: string) => void;
const raiseListeners = new Set<RaiseListener>();
export const onPageRaise = (listener: RaiseListener): void => void raiseListeners.add(listener);

const isBindable = (element: Element | undefined | null): element is BindableHost =>
  !!element && element.isConnected && 'binding' in element;

/** The host the page APIs talk to now, if any. */
export function currentHost(): BindableHost | undefined {
  const explicit = (globalThis as { [BOUND_HOST]?: Element })[BOUND_HOST];
  if (isBindable(explicit)) return explicit;
  return [...document.querySelectorAll('cif-session-host')].find(isBindable);
}

/** The current host, whose changes the page's handlers and Apm topics hear from now on. */
function watchedHost(): BindableHost | undefined {
  const host = currentHost();
  if (host) watch(host);
  return host;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The bound host's binding once it is ready, or TIMEOUT after 10 s. */
async function connect(): Promise<WorkspaceBinding> {
  const deadline = Date.now() + CALL_TIMEOUT_MS;
  for (;;) {
    const host = watchedHost();
    // a host that is there but not ready yet gets the time that is left
    if (host && (await Promise.race([host.binding.ready.then(() => true), sleep(deadline - Date.now())]))) return host.binding;
    if (Date.now() >= deadline) {
      throw new CifError('TIMEOUT', 'No <cif-session-host> became ready within 10 seconds.');
    }
    await sleep(50);
  }
}

/**
 * Every method reports a failure by rejecting, never by throwing (they are all async): a
 * provider's init awaits its calls, and a synchronous throw (say, on bad arguments) would kill it
 * whole.
 */
function createCIFramework() {
  const facade = new CifFramework(connect, null) as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
  const api: Record<string, (...args: unknown[]) => Promise<unknown>> = {
    addHandler: async (name: unknown, handler: unknown) => {
      pageHandlers.add(name, handler);
      void announceWhenReady(); // relay the bound host's events from now on
      return true;
    },
    removeHandler: async (name: unknown, handler: unknown) => pageHandlers.remove(name, handler),
    /** To the page's handlers and to every provider's. */
    raiseEvent: async (name: unknown, parameters?: unknown) => {
      const eventName = checkEventName(name);
      const binding = await connect();
      const payload = payloadString(parameters);
      for (const listener of raiseListeners) listener(binding.events, eventName, payload);
      pageHandlers.emit(eventName, payload);
      return true;
    },
  };
  // every CIF method, as the provider's client has them: same names, same arguments
  for (const [name] of cifMethods()) api[name] = facade[name]!.bind(facade);
  return api;
}

export type PageCIFramework = ReturnType<typeof createCIFramework>;

// ---- events: CIF handlers and Apm broadcast channels ----

/**
 * An event's topic: unique to the host and to this page load, so other browser tabs with the same
 * CRM never hear it, and nobody can listen to one that was not handed out by
 * `getEventPublisherTopic`. Only those are published (a switch costs no messaging when no one
 * listens), each on a channel of its own.
 */
const topicOf = (hostId: string, eventName: ApmEventName): string => `cif-workspace:${hostId}:${PAGE_INSTANCE}:${eventName}`;
const issuedTopics = new Set<string>();
const channels = new Map<string, BroadcastChannel>();

function issueTopic(hostId: string, eventName: ApmEventName): string {
  const topic = topicOf(hostId, eventName);
  issuedTopics.add(topic);
  return topic;
}

function publish(binding: WorkspaceBinding, eventName: ApmEventName, data: Record<string, unknown>): void {
  const topic = topicOf(binding.hostId, eventName);
  if (!issuedTopics.has(topic) || typeof BroadcastChannel === 'undefined') return;
  let channel = channels.get(topic);
  if (!channel) channels.set(topic, (channel = new BroadcastChannel(topic)));
  channel.postMessage(data);
}

/** A host that left the page publishes nothing: its channels close (and open again if it comes back). */
function closeChannels(hostId: string): void {
  for (const eventName of APM_EVENTS) {
    const topic = topicOf(hostId, eventName);
    channels.get(topic)?.close();
    channels.delete(topic);
  }
}

const watched = new WeakSet<EventTarget>();

/** Starts relaying a host's changes to the page's handlers and Apm topics (once per host). */
function watch(host: BindableHost): void {
  if (watched.has(host)) return;
  watched.add(host);
  const binding = host.binding;
  host.addController?.({ hostDisconnected: () => closeChannels(binding.hostId) });
  // page APIs speak for the bound host only; the page's handlers hear every event
  onCifEvents(binding, (name, payload) => {
    if (currentHost() === host) pageHandlers.emit(name, payload);
  });
  let last = focusPair(binding.workspace.state);
  binding.workspace.subscribe((state: WorkspaceState, changes: readonly WorkspaceChange[]) => {
    // no topic handed out: nothing to publish, only remember the focus
    if (issuedTopics.size === 0) {
      last = focusPair(state);
      return;
    }
    if (currentHost() !== host) return;
    for (const change of changes) {
      if (change.type === 'session-switched') {
        publish(binding, 'ON_SESSION_SWITCH', { previousSessionId: change.previousSessionId, newSessionId: change.sessionId });
      } else if (change.type === 'session-closed') {
        publish(binding, 'ON_SESSION_CLOSED', { sessionId: change.sessionId });
      }
    }
    const now = focusPair(state);
    if (changes.length && (now.sessionId !== last.sessionId || now.tabId !== last.tabId)) {
      publish(binding, 'ON_TAB_SWITCH', { previousSessionId: last.sessionId, previousTabId: last.tabId, sessionId: now.sessionId, tabId: now.tabId });
    }
    last = now;
  });
}

function focusPair(state: WorkspaceState) {
  const session = focusedSession(state);
  return { sessionId: session.sessionId, tabId: session.focusedTabId };
}

let initDone = false;
/** Watches the bound host and fires `CIFInitDone` once the first one is ready. */
async function announceWhenReady(): Promise<void> {
  const host = watchedHost();
  if (!host) return;
  await host.binding.ready;
  if (initDone) return;
  initDone = true;
  window.dispatchEvent(new Event('CIFInitDone'));
}

interface MicrosoftNamespace {
  CIFramework?: unknown;
  Apm?: unknown;
}

/**
 * Installs the globals (once per page; a second bundle keeps the first's). Returns what is
 * installed.
 */
export function installPageApis(win: Window & { Microsoft?: MicrosoftNamespace } = window): MicrosoftNamespace {
  const microsoft = (win.Microsoft ??= {});
  microsoft.CIFramework ??= createCIFramework();
  microsoft.Apm ??= new Apm(() => watchedHost()?.binding, issueTopic);
  // A host appears with the document or later by script; watch the page only until the first
  // one is ready (a busy CRM page mutates a lot). Later hosts are chosen with bindGlobalApis().
  const observer = new MutationObserver(() => void announceWhenReady().then(() => initDone && observer.disconnect()));
  observer.observe(win.document.documentElement, { childList: true, subtree: true });
  win.addEventListener('cif-workspace-bind', () => void announceWhenReady());
  void announceWhenReady();
  return microsoft;
}
