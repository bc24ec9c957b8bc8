/**
 * Themes (contract section 2): `theme="auto"` (the default) follows prefers-color-scheme,
 * `light` and `dark` force a palette for the whole chrome, slotted tabs and panels included, and
 * the page's own --cif-* properties win over either.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { registerElements } from '../../src/register.js';
import type { CifSessionHost } from '../../src/elements/session-host/session-host.js';

const config = {
  sessionTemplates: [{ uniqueName: 'contoso_chat', name: 'Chat', type: 'generic', title: 'Chat', anchorTab: 'contoso_page', panelMode: 'docked' }],
  appTabTemplates: [{ uniqueName: 'contoso_page', name: 'Page', title: 'Page', pageType: 'custom', parameters: { name: 'theme-test-page' } }],
};

registerElements();
customElements.define('theme-test-page', class extends HTMLElement {});

const WHITE = 'rgb(255, 255, 255)';
const DARK_SURFACE = 'rgb(15, 23, 42)';

async function themedHost(theme?: string): Promise<CifSessionHost> {
  const host = await fixture<CifSessionHost>(html`<cif-session-host persist="none" theme=${theme ?? 'auto'} style="height: 400px">
    <cif-comm-panel slot="panel" mode="docked" label="Phone"><p>Widget</p></cif-comm-panel>
  </cif-session-host>`);
  host.config = config;
  await host.ready;
  await host.createSession({ templateName: 'contoso_chat' });
  return host;
}

/** The backgrounds the agent sees: the host's frame, the strip, the focused tab and the panel. */
function backgrounds(host: CifSessionHost) {
  const root = host.shadowRoot!;
  const background = (element: Element) => getComputedStyle(element).backgroundColor;
  const panel = host.querySelector('cif-comm-panel')!.shadowRoot!.querySelector('.frame')!;
  return {
    frame: background(root.querySelector('.frame')!),
    tab: background(host.querySelector('cif-app-tab[active]')!),
    panel: background(panel),
    text: getComputedStyle(root.querySelector('.frame')!).color,
  };
}

describe('themes', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }).catch(() => {}));

  it('light and dark colour the whole chrome, tabs and panels included', async () => {
    const light = backgrounds(await themedHost('light'));
    expect([light.frame, light.tab]).to.deep.equal([WHITE, WHITE]);
    const darkHost = await themedHost('dark');
    const dark = backgrounds(darkHost);
    expect([dark.frame, dark.tab], 'the tab inherits the palette through its slot').to.deep.equal([DARK_SURFACE, DARK_SURFACE]);
    expect(dark.panel).not.to.equal(light.panel);
    expect(dark.text).to.equal('rgb(226, 232, 240)');
    expect(darkHost.getAttribute('theme')).to.equal('dark');
  });

  it('auto follows the system, and a forced theme does not', async () => {
    for (const scheme of ['dark', 'light'] as const) {
      // Chromium emulates either scheme; Firefox (WebDriver BiDi) cannot, and the system's is checked
      const emulated = await emulateMedia({ colorScheme: scheme }).then(() => true, () => false);
      const systemDark = matchMedia('(prefers-color-scheme: dark)').matches;
      if (emulated) expect(systemDark, 'the emulation took').to.equal(scheme === 'dark');
      const auto = await themedHost();
      expect(auto.theme).to.equal('auto');
      expect(backgrounds(auto).frame, `auto, system ${systemDark ? 'dark' : 'light'}`).to.equal(systemDark ? DARK_SURFACE : WHITE);
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (message: string) => warnings.push(message);
      try {
        expect(backgrounds(await themedHost('blue')).frame, 'an unknown theme acts as auto').to.equal(systemDark ? DARK_SURFACE : WHITE);
      } finally {
        console.warn = warn;
      }
      expect(warnings).to.deep.equal(['cif-workspace: theme "blue" is not auto, light or dark; following the system.']);
      expect(backgrounds(await themedHost(systemDark ? 'light' : 'dark')).frame, 'forced against the system').to.equal(systemDark ? WHITE : DARK_SURFACE);
    }
  });

  it('lets the page\'s --cif-* properties win over the theme', async () => {
    const host = await themedHost('dark');
    host.style.setProperty('--cif-surface', 'rgb(1, 2, 3)');
    expect(backgrounds(host).frame).to.equal('rgb(1, 2, 3)');
    expect(backgrounds(host).tab).to.equal('rgb(1, 2, 3)');
  });

  it('mirrors in a right-to-left page: the rail on the right, the panel beside it', async () => {
    const host = await themedHost('light');
    const rail = () => host.shadowRoot!.querySelector('.rail')!.getBoundingClientRect();
    const main = () => host.shadowRoot!.querySelector('.main')!.getBoundingClientRect();
    expect(rail().right <= main().left, 'left to right: the rail on the left').to.equal(true);
    host.setAttribute('dir', 'rtl');
    expect(rail().left >= main().right, 'right to left: the rail on the right').to.equal(true);
  });
});
