/**
 * A host that a framework moves keeps its bridge: the provider's iframe reloads (the platform
 * reloads a moved iframe), says hello again and finds its sessions. A host removed for good lets
 * go of its Apm channels and of the page APIs' binding; two hosts each keep their own.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/bundle.js';
import type { CifCommPanel } from '../../src/elements/comm-panel/comm-panel.js';
import type { CifSessionHost } from '../../src/elements/session-host/session-host.js';
import { microsoft, pageConfig } from './page-setup.js';

const PROVIDER_ORIGIN = `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;
const PROVIDER_URL = `${PROVIDER_ORIGIN}/test/fixtures/provider/provider.html`;

interface Note {
  harness: 'note' | 'result';
  note?: string;
  id?: number;
  ok?: boolean;
  value?: unknown;
  error?: { code: string };
}

/** The next harness message from `source` that `accept` takes. */
function nextFrom(source: () => Window | null | undefined, accept: (data: Note) => boolean): Promise<Note> {
  return new Promise((resolve) => {
    const listener = (event: MessageEvent) => {
      const data = event.data as Note | null;
      if (event.source !== source() || !data || typeof data !== 'object' || !('harness' in data) || !accept(data)) return;
      window.removeEventListener('message', listener);
      resolve(data);
    };
    window.addEventListener('message', listener);
  });
}

let sequence = 0;
/** Runs Microsoft.CIFramework[method] in the provider's page and returns what it resolved with. */
async function providerCall(panel: CifCommPanel, method: string, ...args: unknown[]): Promise<unknown> {
  const id = ++sequence;
  const frame = () => panel.frame?.contentWindow;
  const answer = nextFrom(frame, (data) => data.harness === 'result' && data.id === id);
  frame()!.postMessage({ harness: 'run', id, action: 'cif', args: [method, ...args] }, PROVIDER_ORIGIN);
  const result = await answer;
  if (!result.ok) throw new Error(`${method} failed: ${result.error?.code}`);
  return result.value;
}

async function hostWithProvider(id: string): Promise<{ host: CifSessionHost; panel: CifCommPanel; initDone: Promise<Note> }> {
  const wrapper = await fixture<HTMLElement>(html`<div style="height: 500px"></div>`);
  const host = document.createElement('cif-session-host');
  host.id = id;
  host.setAttribute('persist', 'none');
  host.config = pageConfig;
  const panel = document.createElement('cif-comm-panel');
  panel.slot = 'panel';
  panel.src = PROVIDER_URL;
  host.append(panel);
  let frameWindow: Window | null | undefined;
  const initDone = nextFrom(() => frameWindow, (data) => data.note === 'init');
  wrapper.append(host);
  await panel.updateComplete;
  frameWindow = panel.frame?.contentWindow;
  return { host, panel, initDone };
}

describe('the bridge of a host that moves', () => {
  it('answers the provider again after the move, and the provider finds its sessions', async () => {
    const { host, panel, initDone } = await hostWithProvider('moving');
    await initDone;
    const sessionId = (await providerCall(panel, 'createSession', { templateName: 'contoso_chat', customer: 'Ann' })) as string;
    expect(host.getSession(sessionId).owner).to.equal(PROVIDER_ORIGIN);

    const elsewhere = await fixture<HTMLElement>(html`<section style="height: 500px"></section>`);
    elsewhere.append(host); // the panel's iframe reloads with its new place
    await panel.updateComplete;
    const reloaded = panel.frame!.contentWindow;
    await nextFrom(() => reloaded, (data) => data.note === 'init');
    expect(await providerCall(panel, 'getAllSessions')).to.deep.equal([sessionId]);
    expect(await providerCall(panel, 'getFocusedSession')).to.equal(sessionId);
  });
});

describe('a host removed for good', () => {
  it('closes its Apm channels and lets the page APIs fall back to the other host', async () => {
    const first = await hostWithProvider('first');
    const second = await hostWithProvider('second');
    await Promise.all([first.initDone, second.initDone]);
    second.host.bindGlobalApis();
    const cif = microsoft().CIFramework;
    const onSecond = (await cif.createSession!({ templateName: 'contoso_chat', customer: 'Second' })) as string;
    expect(second.host.getSession(onSecond).sessionId, 'bound: the page APIs talk to the second host').to.equal(onSecond);

    // a channel opens once a topic is handed out and something is published on it
    const topic = microsoft().Apm.getEventPublisherTopic!('ON_SESSION_SWITCH') as string;
    const listener = new BroadcastChannel(topic);
    const heard = new Promise((resolve) => (listener.onmessage = (event) => resolve(event.data)));
    await second.host.focusSession('home');
    expect(await heard).to.deep.equal({ previousSessionId: onSecond, newSessionId: 'home' });

    const closed: string[] = [];
    const close = BroadcastChannel.prototype.close;
    BroadcastChannel.prototype.close = function (this: BroadcastChannel) {
      closed.push(this.name);
      close.call(this);
    };
    try {
      second.host.remove();
    } finally {
      BroadcastChannel.prototype.close = close;
    }
    listener.close();
    expect(closed).to.deep.equal([topic]);
    expect((globalThis as Record<symbol, unknown>)[Symbol.for('cif-workspace.bound-host')]).to.equal(undefined);
    // the page APIs now speak for the host that is left
    const onFirst = (await cif.createSession!({ templateName: 'contoso_chat', customer: 'First' })) as string;
    expect(first.host.getSession(onFirst).title).to.equal('Chat with First');
    expect(second.host.sessions.map((s) => s.sessionId)).not.to.include(onFirst);
    // and each host's provider still talks to its own host
    expect(await providerCall(first.panel, 'getAllSessions')).to.deep.equal([]);
  });
});
