import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import { registerElements } from '../../src/register.js';
import type { CifSessionHost } from '../../src/elements/session-host/session-host.js';
import type { CifCommPanel } from '../../src/elements/comm-panel/comm-panel.js';

registerElements();

const config = {
  sessionTemplates: [
    { uniqueName: 'contoso_call', name: 'Call', type: 'generic', title: 'Call', anchorTab: 'contoso_card', panelMode: 'minimized' },
  ],
  appTabTemplates: [{ uniqueName: 'contoso_card', name: 'Card', title: 'Card', pageType: 'custom', parameters: { name: 'test-panel-card' } }],
};
if (!customElements.get('test-panel-card')) customElements.define('test-panel-card', class extends HTMLElement {});

async function setup() {
  const host = await fixture<CifSessionHost>(html`<cif-session-host persist="none" style="height: 400px">
    <script type="application/json">${JSON.stringify(config)}</script>
    <cif-comm-panel slot="panel" label="Softphone" mode="docked" src="/test/fixtures/stateful-page.html"></cif-comm-panel>
  </cif-session-host>`);
  const panel = host.querySelector('cif-comm-panel')!;
  await host.updateComplete;
  await panel.updateComplete;
  return { host, panel };
}

describe('<cif-comm-panel>', () => {
  it('hosts the provider in a titled, sandboxed iframe with its permissions', async () => {
    const { panel } = await setup();
    const frame = panel.frame!;
    expect(frame.title).to.equal('Softphone');
    expect(frame.getAttribute('src')).to.equal('/test/fixtures/stateful-page.html');
    // the contract's default set
    expect(frame.getAttribute('sandbox')).to.equal('allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox allow-modals');
    expect(panel.getAttribute('role')).to.equal('complementary');
    panel.allow = 'microphone; camera';
    panel.sandbox = 'allow-scripts allow-top-navigation'; // narrows, never widens
    await panel.updateComplete;
    expect(panel.frame!.getAttribute('allow')).to.equal('microphone; camera');
    expect(panel.frame!.getAttribute('sandbox')).to.equal('allow-scripts');
  });

  it('follows the focused session\'s mode, remembered per session, without reloading the widget', async () => {
    const { host, panel } = await setup();
    const frame = panel.frame!;
    expect(panel.currentMode).to.equal('docked');
    const changed = oneEvent(host, 'cif-panel-mode-changed');
    const id = await host.createSession({ templateName: 'contoso_call' });
    expect((await changed as unknown as { mode: string }).mode).to.equal('minimized');
    await panel.updateComplete;
    expect(panel.dataset.mode).to.equal('minimized');
    await host.focusSession('home');
    await panel.updateComplete;
    expect(panel.currentMode).to.equal('docked');
    await host.focusSession(id);
    await panel.updateComplete;
    expect(panel.currentMode).to.equal('minimized');
    expect(panel.frame).to.equal(frame);
  });

  it('asks the host to change mode from its toggle', async () => {
    const { host, panel } = await setup();
    const frame = panel.frame;
    (panel.shadowRoot!.querySelector('[part="toggle"]') as HTMLButtonElement).click();
    await host.updateComplete;
    await panel.updateComplete;
    expect(host.panelMode).to.equal('minimized');
    expect(panel.currentMode).to.equal('minimized');
    expect(panel.frame, 'the widget is not reloaded').to.equal(frame);
    (panel.shadowRoot!.querySelector('[part="toggle"]') as HTMLButtonElement).click();
    await host.updateComplete;
    expect(host.panelMode).to.equal('docked');
  });

  it('resizes by keyboard, never below 300 px, and announces the width', async () => {
    const { host, panel } = await setup();
    const handle = panel.shadowRoot!.querySelector<HTMLElement>('[part="resize-handle"]')!;
    handle.focus();
    const resized = oneEvent(host, 'cif-panel-resized');
    await sendKeys({ press: 'ArrowRight' });
    expect((await resized as unknown as { width: number }).width).to.equal(356);
    await panel.updateComplete;
    expect(panel.getBoundingClientRect().width).to.equal(356);
    await host.setPanelWidth(120);
    expect(panel.width).to.equal(356);
  });

  it('resizes by dragging its handle, announcing the width once, at the end', async () => {
    const { host, panel } = await setup();
    const widths: number[] = [];
    host.addEventListener('cif-panel-resized', (e) => widths.push((e as unknown as { width: number }).width));
    const handle = panel.shadowRoot!.querySelector<HTMLElement>('[part="resize-handle"]')!.getBoundingClientRect();
    const x = Math.round(handle.left + handle.width / 2);
    const y = Math.round(handle.top + handle.height / 2);
    try {
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [x + 60, y] });
      await panel.updateComplete;
      expect(panel.currentWidth, 'follows the pointer while dragging').to.equal(400);
      await sendMouse({ type: 'move', position: [x - 200, y] });
      await sendMouse({ type: 'up' });
    } finally {
      await resetMouse();
    }
    await host.updateComplete;
    expect(widths).to.deep.equal([300]); // never narrower than 300
    expect(panel.width).to.equal(300);
  });

  it('manages itself outside a workspace', async () => {
    const panel = await fixture<CifCommPanel>(html`<cif-comm-panel label="Chat"><p>same-page widget</p></cif-comm-panel>`);
    expect(panel.currentMode).to.equal('docked');
    expect(panel.frame, 'slotted content, no iframe').to.equal(null);
    (panel.shadowRoot!.querySelector('[part="toggle"]') as HTMLButtonElement).click();
    await panel.updateComplete;
    expect(panel.currentMode).to.equal('minimized');
    expect(panel.dataset.mode).to.equal('minimized');
  });

  it('is accessible', async () => {
    const { panel } = await setup();
    await expect(panel).to.be.accessible();
  });
});
