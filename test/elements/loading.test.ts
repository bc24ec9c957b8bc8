import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { registerElements } from '../../src/register.js';
import { version } from '../../src/version.js';
import type { CifSessionHost } from '../../src/elements/session-host/session-host.js';
import type { CifCommPanel } from '../../src/elements/comm-panel/comm-panel.js';

registerElements();

async function waitFor(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 25));
  if (!check()) throw new Error(`timed out waiting for ${what}`);
}

describe('loading', () => {
  it('upgrades markup that was in the page before the library, consumers included', async () => {
    sessionStorage.removeItem('cif-workspace:late');
    const frame = await fixture<HTMLIFrameElement>(html`<iframe src="/test/fixtures/late-upgrade.html" title="late"></iframe>`);
    await oneEvent(frame, 'load');
    const win = frame.contentWindow as Window & { ready?: boolean };
    await waitFor(() => win.ready === true, 'the library in the frame');
    const host = win.document.querySelector('cif-session-host') as CifSessionHost;
    const panel = win.document.querySelector('cif-comm-panel') as CifCommPanel;
    await host.updateComplete;
    await panel.updateComplete;
    expect(panel.currentMode, 'Home shows the attribute mode').to.equal('minimized');
    await host.createSession({ templateName: 'late_call' });
    await panel.updateComplete;
    expect(panel.currentMode, 'the panel follows the host through context').to.equal('collapsed');
  });

  it('restores sessions whose tabs upgrade after the host, with their pages rendered', async () => {
    sessionStorage.removeItem('cif-workspace:late');
    const frame = await fixture<HTMLIFrameElement>(html`<iframe src="/test/fixtures/late-upgrade.html" title="late"></iframe>`);
    await oneEvent(frame, 'load');
    let win = frame.contentWindow as Window & { ready?: boolean };
    await waitFor(() => win.ready === true, 'the library in the frame');
    const id = await (win.document.querySelector('cif-session-host') as CifSessionHost).createSession({ templateName: 'late_call' });
    win.location.reload();
    await oneEvent(frame, 'load');
    win = frame.contentWindow as Window & { ready?: boolean };
    await waitFor(() => win.ready === true, 'the library after the reload');
    const host = win.document.querySelector('cif-session-host') as CifSessionHost;
    await host.updateComplete;
    expect(host.focusedSessionId).to.equal(id);
    expect(host.sessions.map((s) => s.sessionId)).to.deep.equal(['home', id]);
    const tabs = [...win.document.querySelectorAll(`cif-app-tab[session-id="${id}"]`)];
    expect(tabs.map((t) => t.getAttribute('tab-id'))).to.deep.equal(host.getSession(id).tabs.map((t) => t.tabId));
    const page = tabs[0]!.querySelector('late-card');
    expect(page?.constructor, 'the restored tab renders its page, upgraded').to.equal(win.customElements.get('late-card'));
    sessionStorage.removeItem('cif-workspace:late');
  });

  it('reports the version of package.json', async () => {
    const { version: packageVersion } = (await (await fetch('/package.json')).json()) as { version: string };
    expect(version).to.equal(packageVersion);
  });

  it('registers twice without throwing or redefining', () => {
    const before = customElements.get('cif-session-host');
    expect(() => registerElements()).not.to.throw();
    expect(customElements.get('cif-session-host')).to.equal(before);
  });

  it('causes no Lit development warnings through a session\'s life', async () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const host = await fixture<CifSessionHost>(html`<cif-session-host persist="none" style="height: 300px">
        <cif-comm-panel slot="panel" label="Phone"></cif-comm-panel>
      </cif-session-host>`);
      host.config = {
        sessionTemplates: [{ uniqueName: 'warn_chat', name: 'Chat', type: 'generic', title: 'Chat', anchorTab: 'warn_tab', panelMode: 'hidden' }],
        appTabTemplates: [{ uniqueName: 'warn_tab', name: 'Tab', title: 'Tab', pageType: 'dashboard', parameters: { dashboardId: 'd1' } }],
      };
      const id = await host.createSession({ templateName: 'warn_chat' });
      await host.focusSession('home');
      await host.focusSession(id);
      await host.setPanelMode('docked');
      await host.closeSession(id);
    } finally {
      console.warn = original;
    }
    expect(warnings.filter((args) => !String(args[0]).includes('Lit is in dev mode'))).to.deep.equal([]);
  });
});
