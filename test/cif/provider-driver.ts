/**
 * Drives the test provider's page (test/fixtures/provider/: cif-client.js from source and a
 * harness) in an iframe of the workspace, on the test page's origin or on the other loopback
 * name, through postMessage. Shared by the bridge's tests.
 */
import { expect } from '@open-wc/testing';
import { PROTOCOL } from '../../src/cif/protocol.js';

export const PAGE_ORIGIN = location.origin;
/** The same server under the other loopback name: another origin. */
export const PROVIDER_ORIGIN = `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;
export const PROVIDER_PATH = '/test/fixtures/provider/provider.html';
export const PROVIDER_URL = `${PROVIDER_ORIGIN}${PROVIDER_PATH}`;

export interface ErrorData {
  errorCode: number;
  code: string;
  message: string;
  isError: boolean;
}
export type Answer = { ok: true; value: unknown } | { ok: false; error: ErrorData };
export interface HarnessMessage {
  harness: 'note' | 'result';
  note?: 'loaded' | 'init';
  id?: number;
}

/** Every message the harnesses sent to this page, with its source. */
export const inbox: { source: MessageEventSource | null; origin: string; data: HarnessMessage & Answer }[] = [];
window.addEventListener('message', (event) => {
  if (event.data && typeof event.data === 'object' && 'harness' in event.data) inbox.push({ source: event.source, origin: event.origin, data: event.data });
});

/** The windows of every client hello that reached this page, in order (the bridge sees each one too). */
export const hellos: (MessageEventSource | null)[] = [];
window.addEventListener('message', (event) => {
  const data = event.data as { cif?: unknown; kind?: unknown } | null;
  if (data && typeof data === 'object' && data.cif === PROTOCOL && data.kind === 'hello') hellos.push(event.source);
});

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function until<T>(find: () => T | undefined | false, what: string, timeout = 5000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

let sequence = 0;

/** The provider page in some iframe, driven through its harness. */
export class Provider {
  constructor(
    private readonly frame: () => HTMLIFrameElement | null | undefined,
    /** Where the harness is now (requests to it are posted to this origin only). */
    public origin = PROVIDER_ORIGIN,
  ) {}

  get window(): Window {
    const win = this.frame()?.contentWindow;
    if (!win) throw new Error('the provider frame is gone');
    return win;
  }

  /** Resolves when the harness has said `note` since inbox position `after`. */
  note(note: 'loaded' | 'init', after = 0, timeout = 5000) {
    return until(() => inbox.slice(after).find((m) => m.source === this.window && m.data.note === note), `the provider's "${note}"`, timeout);
  }

  async run(action: string, ...args: unknown[]): Promise<Answer> {
    const id = ++sequence;
    this.window.postMessage({ harness: 'run', id, action, args }, this.origin);
    const { data } = await until(() => inbox.find((m) => m.source === this.window && m.data.harness === 'result' && m.data.id === id), `the answer to ${action}`, 12_000);
    return data;
  }

  /** Microsoft.CIFramework[method](...args) in the provider's page; its value, or throws its error data. */
  async call<T = unknown>(method: string, ...args: unknown[]): Promise<T> {
    const answer = await this.run('cif', method, ...args);
    if (!answer.ok) throw Object.assign(new Error(`${method} failed: ${answer.error.message}`), { data: answer.error });
    return answer.value as T;
  }

  /** The error data of a call that must fail. */
  async failure(method: string, ...args: unknown[]): Promise<ErrorData> {
    const answer = await this.run('cif', method, ...args);
    if (answer.ok) throw new Error(`${method} was expected to fail, got ${JSON.stringify(answer.value)}`);
    return answer.error;
  }

  async value<T>(action: string, ...args: unknown[]): Promise<T> {
    const answer = await this.run(action, ...args);
    if (!answer.ok) throw new Error(`${action}: ${answer.error.message}`);
    return answer.value as T;
  }

  /** The JSON payloads heard for `name`, once there are at least `count`; then forgets them. */
  async heard(name: string, count: number): Promise<Record<string, unknown>[]> {
    let list: unknown[] = [];
    const deadline = Date.now() + 5000;
    for (;;) {
      list = await this.value<unknown[]>('heard', name);
      if (list.length >= count || Date.now() > deadline) break;
      await sleep(20);
    }
    await this.value('heard', name, true);
    for (const payload of list) expect(payload, `${name} payload`).to.be.a('string'); // as Dynamics delivers them
    return list.map((payload) => JSON.parse(payload as string) as Record<string, unknown>);
  }

  /** Bridge messages the page received (outside the client's own handling). */
  received(): Promise<{ kind: string }[]> {
    return this.value('received');
  }

  /** How many hellos from this frame's window reached the page so far. */
  hellos(): number {
    return hellos.filter((source) => source === this.window).length;
  }

  /**
   * Resolves once `count` more hellos (sent every 250 ms until the workspace answers) reached the
   * page: whatever the bridge made of the messages before them, it has made it by then, and any
   * reply it posted reaches the frame before a later request of the test.
   */
  async moreHellos(count = 2): Promise<void> {
    const target = this.hellos() + count;
    await until(() => this.hellos() >= target, `${count} more hellos`);
  }
}

