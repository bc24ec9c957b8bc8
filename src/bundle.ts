/**
 * The script-tag entry (`dist/cif-workspace.js`): registers the elements and exposes
 * `window.CifWorkspace`. Loading it twice is harmless.
 */
import { registerElements } from './register.js';

export { CifSessionHost } from './elements/session-host/session-host.js';
export { CifAppTab } from './elements/app-tab/app-tab.js';
export { CifCommPanel } from './elements/comm-panel/comm-panel.js';
export { CifError } from './core/errors.js';
export { version } from './version.js';

// Deferred until <body> exists when the script sits in <head>.
if (document.body) registerElements();
else document.addEventListener('DOMContentLoaded', () => registerElements(), { once: true });
