/** Shared set-up of the in-page API tests: the script-tag entry, a host, and classic scripts. */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/bundle.js';
import { CifError } from '../../src/core/errors.js';
import type { CifSessionHost } from '../../src/elements/session-host/session-host.js';

export interface MicrosoftGlobals {
  CIFramework: Record<string, (...args: unknown[]) => Promise<unknown>>;
  Apm: Record<string, (...args: unknown[]) => unknown>;
}
export const microsoft = () => (window as unknown as { Microsoft: MicrosoftGlobals }).Microsoft;

export const pageConfig = {
  sessionTemplates: [
    { uniqueName: 'contoso_chat', name: 'Chat', type: 'generic', title: 'Chat with {customer}', anchorTab: 'contoso_card', additionalTabs: ['contoso_notes'], panelMode: 'docked' },
    { uniqueName: 'contoso_call', name: 'Call', type: 'generic', title: 'Call', anchorTab: 'contoso_card', panelMode: 'minimized' },
  ],
  appTabTemplates: [
    { uniqueName: 'contoso_card', name: 'Card', title: 'Card {customer}', pageType: 'custom', parameters: { name: 'page-card' } },
    { uniqueName: 'contoso_notes', name: 'Notes', title: 'Notes {n}', pageType: 'custom', parameters: { name: 'page-card', data: '{n}' } },
  ],
};
if (!customElements.get('page-card')) customElements.define('page-card', class extends HTMLElement {});

export async function pageHost(config: object = pageConfig, attributes = ''): Promise<CifSessionHost> {
  const wrapper = await fixture<HTMLElement>(html`<div style="height: 400px"></div>`);
  // attributes are test-controlled text; a fresh element per test
  wrapper.innerHTML = `<cif-session-host persist="none" ${attributes} style="height: 400px"><cif-comm-panel slot="panel" label="Phone" custom-params="queue=vip"></cif-comm-panel></cif-session-host>`;
  const host = wrapper.querySelector('cif-session-host')!;
  host.config = config;
  await host.updateComplete;
  return host;
}

/** Runs code the way a page's own <script> does: classic, sloppy, globals and all. */
export async function runClassicScript(url: string): Promise<void> {
  const code = await (await fetch(url)).text();
  const script = document.createElement('script');
  script.textContent = code;
  document.body.append(script);
  script.remove();
}

/** Collects console.log output while `run` goes on. */
export async function captureLogs(run: () => Promise<void>, until: (logs: unknown[]) => boolean): Promise<unknown[]> {
  const logs: unknown[] = [];
  const original = console.log;
  console.log = (...args: unknown[]) => logs.push(args[0]);
  try {
    await run();
    for (let i = 0; i < 100 && !until(logs); i++) await new Promise((r) => setTimeout(r, 20));
  } finally {
    console.log = original;
  }
  return logs;
}

/** The CifError a call must reject with (a resolution fails the test). */
export async function rejection(promise: Promise<unknown>): Promise<CifError> {
  const error = await promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (reason: unknown) => reason,
  );
  expect(error).to.be.instanceOf(CifError);
  return error as CifError;
}
