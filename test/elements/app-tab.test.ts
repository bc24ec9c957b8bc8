import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { registerElements } from '../../src/register.js';
import type { CifSessionHost } from '../../src/elements/session-host/session-host.js';
import type { CifAppTab } from '../../src/elements/app-tab/app-tab.js';

registerElements();

const config = {
  sessionTemplates: [
    { uniqueName: 'contoso_case', name: 'Case', type: 'generic', title: 'Case', anchorTab: 'contoso_record', additionalTabs: ['contoso_kb', 'contoso_volatile', 'contoso_search'], panelMode: 'docked' },
  ],
  appTabTemplates: [
    { uniqueName: 'contoso_record', name: 'Record', title: 'Record', pageType: 'entityrecord', parameters: { entityName: 'incident', entityId: '{caseId}' } },
    { uniqueName: 'contoso_kb', name: 'KB', title: 'KB', pageType: 'webresource', parameters: { webresourceName: 'stateful-page.html', data: '{caseId}' }, sandbox: 'allow-scripts allow-same-origin' },
    { uniqueName: 'contoso_volatile', name: 'Volatile', title: 'Volatile', pageType: 'website', parameters: { url: '/test/fixtures/stateful-page.html' }, keepAlive: false },
    { uniqueName: 'contoso_search', name: 'Search', title: 'Search', pageType: 'search', parameters: { searchText: 'printer' } },
  ],
  routes: { webresource: '/test/fixtures/{webresourceName}' },
};

async function setup() {
  const host = await fixture<CifSessionHost>(html`<cif-session-host persist="none" style="height: 400px"><script type="application/json">${JSON.stringify(config)}</script></cif-session-host>`);
  const rendered: string[] = [];
  const disposed: string[] = [];
  host.registerPageRenderer(
    'entityrecord',
    (parameters) => {
      rendered.push(String(parameters.entityId));
      const page = document.createElement('section');
      page.textContent = `Case ${String(parameters.entityId)}`;
      return page;
    },
    (node) => disposed.push((node as HTMLElement).textContent ?? ''),
  );
  const id = await host.createSession({ templateName: 'contoso_case', sessionContext: { caseId: 'CAS-7' } });
  const tabs = host.getSession(id).tabs;
  const element = (i: number) => host.querySelector<CifAppTab>(`cif-app-tab[tab-id="${tabs[i]!.tabId}"]`)!;
  return { host, id, tabs, element, rendered, disposed };
}

describe('<cif-app-tab>', () => {
  it('renders record pages through the page renderer, once, and disposes them on close', async () => {
    const { host, id, element, rendered, disposed } = await setup();
    const page = element(0).querySelector('section')!;
    expect(page.textContent).to.equal('Case CAS-7');
    await host.focusSession('home');
    await host.focusSession(id);
    expect(rendered).to.deep.equal(['CAS-7']);
    expect(element(0).querySelector('section'), 'the same page after switching').to.equal(page);
    await host.refreshTab(host.getSession(id).tabs[0]!.tabId);
    expect(host.getSession(id).tabs[0]!.refreshCount).to.equal(1);
    expect(rendered).to.deep.equal(['CAS-7', 'CAS-7']);
    expect(disposed).to.deep.equal(['Case CAS-7']);
    const refreshed = element(0).querySelector('section')!;
    expect(refreshed, 'a new page').to.be.instanceOf(HTMLElement).and.not.equal(page);
    expect(refreshed.textContent).to.equal('Case CAS-7');
    expect(page.isConnected).to.equal(false);
    await host.closeSession(id);
    expect(disposed, 'the refreshed page is disposed with its tab').to.deep.equal(['Case CAS-7', 'Case CAS-7']);
    expect(rendered).to.have.length(2);
  });

  it('renders a web resource at its route with ?data=, narrowed sandbox and the tab title', async () => {
    const { element } = await setup();
    const frame = element(1).shadowRoot!.querySelector('iframe')!;
    expect(frame.getAttribute('src')).to.equal(new URL('/test/fixtures/stateful-page.html?data=CAS-7', location.href).href);
    expect(frame.getAttribute('sandbox')).to.equal('allow-scripts allow-same-origin');
    expect(frame.title).to.equal('KB');
  });

  it('shows a placeholder naming the page when nothing can render it, and renders once a renderer arrives', async () => {
    const { host, element } = await setup();
    const placeholder = element(3).shadowRoot!.querySelector('[part="placeholder"]')!;
    expect(placeholder.textContent).to.contain('search').and.to.contain('printer');
    host.registerPageRenderer('search', (parameters) => Object.assign(document.createElement('div'), { textContent: `Results for ${String(parameters.searchText)}` }));
    await host.updateComplete;
    expect(element(3).textContent).to.equal('Results for printer');
  });

  it('reloads a keepAlive: false page each time it is shown, as CIF does', async () => {
    const { host, tabs, element } = await setup();
    const url = new URL('/test/fixtures/stateful-page.html', location.href).href;
    expect(element(2).shadowRoot!.querySelector('iframe'), 'not loaded before it is shown').to.equal(null);
    await host.focusTab(tabs[2]!.tabId);
    const first = element(2).shadowRoot!.querySelector('iframe');
    expect(first).to.be.instanceOf(HTMLIFrameElement);
    expect(first!.src).to.equal(url);
    await host.focusTab(tabs[0]!.tabId);
    expect(element(2).shadowRoot!.querySelector('iframe')).to.equal(null);
    await host.focusTab(tabs[2]!.tabId);
    await nextFrame();
    const second = element(2).shadowRoot!.querySelector('iframe');
    expect(second).to.be.instanceOf(HTMLIFrameElement).and.not.equal(first);
    expect(second!.src).to.equal(url);
  });

  it('re-renders only the tabs a change concerns', async () => {
    const { host, id, tabs, element } = await setup();
    const other = await host.createSession({ templateName: 'contoso_case', sessionContext: { caseId: 'CAS-8' } });
    // every update of a tab writes its aria-label, even unchanged, and a mutation record says so
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((batch) => records.push(...batch));
    for (const tab of host.querySelectorAll('cif-app-tab')) observer.observe(tab, { attributeFilter: ['aria-label'] });
    const updatedTabs = () => {
      const tabIds = [...records.splice(0), ...observer.takeRecords()].map((record) => (record.target as Element).getAttribute('tab-id')!);
      return [...new Set(tabIds)].sort();
    };
    await host.focusTab(tabs[1]!.tabId); // session switch: the old and the new visible tab change
    expect(updatedTabs()).to.deep.equal([host.getSession(other).tabs[0]!.tabId, tabs[1]!.tabId].sort());
    await host.setTabTitle(tabs[3]!.tabId, 'Renamed'); // a background tab's title
    expect(updatedTabs()).to.deep.equal([tabs[3]!.tabId]);
    await host.updateContext(id, { note: 'x' }); // session data no tab shows
    expect(updatedTabs()).to.deep.equal([]);
    observer.disconnect();
    expect(element(0).tab!.parameters.entityId).to.equal('CAS-7');
  });

  it('is a labelled tab panel, inert while hidden', async () => {
    const { element } = await setup();
    expect(element(0).getAttribute('role')).to.equal('tabpanel');
    expect(element(0).getAttribute('aria-label')).to.equal('Record');
    expect(element(1).inert).to.equal(true);
    expect(element(0).inert).to.equal(false);
  });
});
