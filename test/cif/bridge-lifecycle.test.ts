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
import { inbox, Provider, PROVIDER_ORIGIN, PROVIDER_URL } from './provider-driver.js';

async function hostWithProvider(id: string): Promise<{ host: CifSessionHost; panel: CifCommPanel; provider: Provider }> {
  const wrapper = await fixture<HTMLElement>(html`<div style="height: 500px"></div>`);
  const host = document.createElement('cif-session-host');
  host.id = id;
  host.setAttribute('persist', 'none');
  host.config = pageConfig;
  const panel = document.createElement('cif-comm-panel');
  panel.slot = 'panel';
  panel.src = PROVIDER_URL;
  host.append(panel);
  wrapper.append(host);
  await panel.updateComplete;
  return { host, panel, provider: new Provider(() => panel.frame, PROVIDER_ORIGIN) };
}

describe('the bridge of a host that moves', () => {
  it('answers the provider again after the move, and the provider finds its sessions', async () => {
    const { host, panel, provider } = await hostWithProvider('moving');
    await provider.note('init');
    const sessionId = await provider.call<string>('createSession', { templateName: 'contoso_chat', customer: 'Ann' });
    expect(host.getSession(sessionId).owner).to.equal(PROVIDER_ORIGIN);

    const elsewhere = await fixture<HTMLElement>(html`<section style="height: 500px"></section>`);
    const mark = inbox.length;
    elsewhere.append(host); // the panel's iframe reloads with its new place
    await panel.updateComplete;
    await provider.note('init', mark);
    expect(await provider.call('getAllSessions')).to.deep.equal([sessionId]);
    expect(await provider.call('getFocusedSession')).to.equal(sessionId);
  });
});

describe('a host removed for good', () => {
  it('closes its Apm channels and lets the page APIs fall back to the other host', async () => {
    const first = await hostWithProvider('first');
    const second = await hostWithProvider('second');
    await Promise.all([first.provider.note('init'), second.provider.note('init')]);
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
    expect(await first.provider.call('getAllSessions')).to.deep.equal([]);
  });
});
