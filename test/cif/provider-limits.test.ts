/**
 * Providers control only their own (contract section 7), and the page's Microsoft.CIFramework
 * reports every bad argument by rejecting with a CifError, never by throwing.
 */
import { expect } from '@open-wc/testing';
import { CifError } from '../../src/core/errors.js';
import { CifFramework } from '../../src/cif/ciframework.js';
import type { CifSessionHost } from '../../src/elements/session-host/session-host.js';
import { microsoft, pageHost, rejection } from './page-setup.js';

const PROVIDER = 'https://provider.example';

/** What the bridge gives a provider: a CifFramework that owns what it creates. */
const providerOf = (host: CifSessionHost, origin = PROVIDER) => new CifFramework(async () => host.binding, origin);

describe('a provider controls only its own', () => {
  it('sets the panel\'s mode and width only while Home or one of its sessions is focused', async () => {
    const host = await pageHost();
    host.querySelector('cif-comm-panel')!.trustedOrigins = PROVIDER; // the provider's own panel
    const provider = providerOf(host);
    await provider.setMode(0);
    expect(host.panelMode, 'on Home').to.equal('minimized');
    const own = await provider.createSession({ templateName: 'contoso_chat', customer: 'Own' });
    await provider.setMode(1);
    expect(host.getSession(own).panelMode).to.equal('docked');
    await provider.setWidth(420);
    expect(await provider.getWidth()).to.equal(420);

    const pages = await host.createSession({ templateName: 'contoso_call' });
    const mode = await rejection(provider.setMode(1));
    expect(mode.code).to.equal('NOT_PERMITTED');
    expect(mode.message).to.match(/^setMode: /);
    const width = await rejection(provider.setWidth(500));
    expect(width.code).to.equal('NOT_PERMITTED');
    expect(host.getSession(pages).panelMode, 'the page\'s session keeps its mode').to.equal('minimized');
    expect(await provider.getWidth()).to.equal(420);
  });

  it('focuses tabs of the focused session only: focusTab never switches sessions', async () => {
    const host = await pageHost();
    const provider = providerOf(host);
    const own = await provider.createSession({ templateName: 'contoso_chat', customer: 'Own' });
    const [anchor, notes] = host.getSession(own).tabs.map((t) => t.tabId);
    await provider.focusTab(anchor);
    expect(host.getSession(own).focusedTabId).to.equal(anchor);
    await provider.focusTab(notes);
    expect(host.getSession(own).focusedTabId).to.equal(notes);

    await host.focusSession('home');
    const error = await rejection(provider.focusTab(anchor));
    expect(error.code).to.equal('NOT_PERMITTED');
    expect(host.focusedSessionId, 'no switch').to.equal('home');
    expect(host.getSession(own).focusedTabId).to.equal(notes);
    // the page's own facade follows CIF too
    const page = await rejection(microsoft().CIFramework.focusTab!(anchor) as Promise<unknown>);
    expect(page.code).to.equal('NOT_PERMITTED');
  });

  it('never learns another\'s session from getEnvironment', async () => {
    const host = await pageHost();
    const provider = providerOf(host);
    const other = providerOf(host, 'https://other.example');
    await other.createSession({ templateName: 'contoso_chat', customer: 'Theirs' });
    // the other provider opens a record in its session: only it may see which
    await other.createTab({ templateName: 'msdyn_entityrecord', templateParameters: { entityName: 'contact', entityId: 'c-7' } });
    expect(JSON.parse(await other.getEnvironment())).to.deep.include({ pageType: 'entityrecord', etn: 'contact', id: 'c-7' });
    expect(JSON.parse(await provider.getEnvironment())).to.deep.include({ pageType: 'session', etn: null, id: null });
    await provider.createSession({ templateName: 'contoso_chat', customer: 'Own' });
    await provider.createTab({ templateName: 'msdyn_entityrecord', templateParameters: { entityName: 'incident', entityId: 'i-1' } });
    expect(JSON.parse(await provider.getEnvironment())).to.deep.include({ pageType: 'entityrecord', etn: 'incident', id: 'i-1' });
  });
});

describe('the page\'s Microsoft.CIFramework and bad arguments', () => {
  it('rejects with a CifError, never throws, whatever a method is given', async () => {
    await pageHost();
    const cif = microsoft().CIFramework;
    const bad = [Symbol('bad'), () => {}, { templateName: 3 }, -1];
    for (const [name, method] of Object.entries(cif)) {
      for (const argument of bad) {
        let result: unknown;
        expect(() => (result = method(argument, argument)), `${name} does not throw`).not.to.throw();
        expect(result, `${name} returns a promise`).to.be.instanceOf(Promise);
        await (result as Promise<unknown>).catch((error: unknown) => expect(error, `${name} rejects with a CifError`).to.be.instanceOf(CifError));
      }
    }
    const handler = await rejection(cif.addHandler!('onSessionClosed', 42) as Promise<unknown>);
    expect([handler.code, handler.message]).to.deep.equal(['INVALID_INPUT', 'handler: must be a function']);
  });

  it('drops what JSON would drop (undefined) instead of refusing it', async () => {
    const host = await pageHost();
    const cif = microsoft().CIFramework;
    const id = (await cif.createSession!({ templateName: 'contoso_chat', templateParameters: { customer: 'Ann', missing: undefined } })) as string;
    expect(host.getSession(id).title).to.equal('Chat with Ann');
    const context = JSON.parse((await cif.updateContext!({ queue: 'vip', skipped: undefined }, id)) as string);
    expect(context).to.deep.equal({ queue: 'vip' });
    // Microsoft.Apm too: a Map entry that is undefined is dropped
    const sessionContext = new Map<string, unknown>([['customer', 'Bo'], ['unknown', undefined]]);
    const apmId = microsoft().Apm.createSession!({ templateName: 'contoso_chat', sessionContext }) as string;
    expect(host.getContext(apmId)).to.deep.equal({ customer: 'Bo' });
  });
});
