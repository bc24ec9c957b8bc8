/**
 * The script-tag entry (`dist/cif-workspace.js`): registers the elements, installs
 * `window.Microsoft.CIFramework` and `window.Microsoft.Apm`, and exposes `window.CifWorkspace`.
 * Loading it twice is harmless: the first copy's elements and globals stay.
 */
import { installPageApis } from './cif/page-apis.js';
import { registerElements } from './register.js';

export { CifSessionHost } from './elements/session-host/session-host.js';
export { CifAppTab } from './elements/app-tab/app-tab.js';
export { CifCommPanel } from './elements/comm-panel/comm-panel.js';
export { CifError } from './core/errors.js';
export { version } from './version.js';

function start(): void {
  registerElements();
  installPageApis();
}

// Deferred until <body> exists when the script sits in <head>.
if (document.body) start();
else document.addEventListener('DOMContentLoaded', start, { once: true });
