/**
 * The page's CSS cannot break the widgets (contract section 9): hostile rules of real CRM pages,
 * each on its own, still leave a working layout; the page's --cif-* properties win.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { registerElements } from '../../src/register.js';
import type { CifAppTab } from '../../src/elements/app-tab/app-tab.js';
import type { CifCommPanel } from '../../src/elements/comm-panel/comm-panel.js';

registerElements();

const config = {
  sessionTemplates: [{ uniqueName: 'contoso_chat', name: 'Chat', type: 'generic', title: 'Chat', anchorTab: 'contoso_page', additionalTabs: ['contoso_other'], panelMode: 'docked' }],
  appTabTemplates: [
    { uniqueName: 'contoso_page', name: 'Page', title: 'Page', pageType: 'website', parameters: { url: '/test/fixtures/stateful-page.html' } },
    { uniqueName: 'contoso_other', name: 'Other', title: 'Other', pageType: 'website', parameters: { url: '/test/fixtures/stateful-page.html?other' } },
  ],
};

async function workspaceUnder(css: string) {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  const wrapper = await fixture<HTMLElement>(html`<div style="height: 500px; width: 1000px"></div>`);
  const host = document.createElement('cif-session-host');
  host.setAttribute('persist', 'none');
  host.setAttribute('allow-insecure-urls', '');
  host.config = config;
  const panel = document.createElement('cif-comm-panel');
  panel.slot = 'panel';
  panel.textContent = 'widget';
  host.append(panel);
  wrapper.append(host);
  await host.updateComplete;
  const id = await host.createSession({ templateName: 'contoso_chat' });
  await panel.updateComplete;
  return { host, panel, id, dispose: () => style.remove() };
}

function box(element: Element) {
  return element.getBoundingClientRect();
}

const HOSTILE = {
  'the host as display: block': 'cif-session-host { display: block }',
  'box-sizing: content-box everywhere': '* { box-sizing: content-box !important; padding: 3px; border: 2px solid red }',
  'a reset: all: unset on every element': '* { all: unset }',
  'large fonts': 'html, body, * { font-size: 40px !important; line-height: 3 !important }',
  'zoom': 'body { zoom: 1.5 }',
};

describe('the page\'s CSS', () => {
  for (const [name, css] of Object.entries(HOSTILE)) {
    it(`cannot break the layout: ${name}`, async () => {
      const { host, panel, id, dispose } = await workspaceUnder(css);
      try {
        const shadow = host.shadowRoot!;
        const rail = box(shadow.querySelector('[part="rail"]')!);
        const strip = box(shadow.querySelector('[part="tab-strip"]')!);
        const [shown, hidden] = host.getSession(id).tabs.map((t) => host.querySelector<CifAppTab>(`cif-app-tab[tab-id="${t.tabId}"]`)!);
        const shownFrame = box(shown!.shadowRoot!.querySelector('iframe')!);
        const hiddenFrame = box(hidden!.shadowRoot!.querySelector('iframe')!);
        const panelBox = box(panel);
        const frame = box(shadow.querySelector('.frame')!);
        // zoom scales every box alike
        const zoom = Number(getComputedStyle(document.body).zoom) || 1;
        expect(rail.width / zoom, 'rail').to.be.within(200, 240);
        expect(strip.height / zoom, 'tab strip').to.be.within(20, 80);
        expect(panelBox.width / zoom, 'comm panel keeps its width').to.be.within(335, 350);
        expect(shownFrame.width, 'the page fills the rest').to.be.closeTo(frame.width - rail.width - panelBox.width, 2);
        expect(shownFrame.width, 'the page has room').to.be.greaterThan(200);
        expect(shownFrame.height / zoom, 'the page has height').to.be.greaterThan(200);
        expect(hiddenFrame.width, 'a background page has its real size').to.equal(shownFrame.width);
        expect(shownFrame.left, 'the page sits right of the panel').to.be.at.least(panelBox.right - 1);
        expect(getComputedStyle(hidden!).visibility).to.equal('hidden');
        expect(getComputedStyle(shown!).visibility).to.equal('visible');
      } finally {
        dispose();
      }
    });
  }

  it('sets --cif-* properties on :root or an ancestor, and they win over the defaults', async () => {
    const { host, panel, id, dispose } = await workspaceUnder(
      ':root { --cif-rail-background: rgb(1, 2, 3); --cif-accent: rgb(4, 5, 6); --cif-panel-background: rgb(7, 8, 9) } section.theme { --cif-tab-background: rgb(10, 11, 12) }',
    );
    try {
      const shadow = host.shadowRoot!;
      expect(getComputedStyle(shadow.querySelector('.rail')!).backgroundColor).to.equal('rgb(1, 2, 3)');
      const selected = shadow.querySelector(`[part="session"][data-session-id="${id}"]`)!;
      expect(getComputedStyle(selected).boxShadow).to.contain('rgb(4, 5, 6)');
      expect(getComputedStyle((panel as CifCommPanel).shadowRoot!.querySelector('.frame')!).backgroundColor).to.equal('rgb(7, 8, 9)');
      const themed = await fixture<HTMLElement>(html`<section class="theme" style="height: 400px"></section>`);
      themed.append(host);
      await host.updateComplete;
      const tab = host.querySelector('cif-app-tab')!;
      expect(getComputedStyle(tab).backgroundColor).to.equal('rgb(10, 11, 12)');
    } finally {
      dispose();
    }
  });
});
