/**
 * A page with a bare <cif-session-host> (no script, no config-src, no config property): its own
 * test file, so CIFInitDone can only come from this host.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/bundle.js';
import type { CifSessionHost } from '../../src/elements/session-host/session-host.js';
import { microsoft } from './page-setup.js';

describe('the page APIs with a host that has no configuration', () => {
  it('fire CIFInitDone and serve Microsoft.CIFramework with the built-in templates at once', async () => {
    const initDone = oneEvent(window, 'CIFInitDone');
    const wrapper = await fixture<HTMLElement>(html`<div style="height: 400px"></div>`);
    wrapper.innerHTML = '<cif-session-host persist="none"></cif-session-host>';
    const host = wrapper.querySelector<CifSessionHost>('cif-session-host')!;
    await initDone;
    const id = (await microsoft().CIFramework.createSession!({ templateName: 'msdyn_chat_session', templateParameters: { customerName: 'Ann' } })) as string;
    expect(host.getSession(id).templateName).to.equal('msdyn_chat_session');
  });
});
