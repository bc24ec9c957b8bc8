/**
 * The script-tag entry (`dist/cif-workspace.js`): registers the elements, installs
 * `window.Microsoft.CIFramework` and `window.Microsoft.Apm`, and exposes `window.CifWorkspace`.
 * Loading it twice is harmless: the first copy's elements and globals stay.
 */
import { attachBridge } from './cif/bridge-host.js';
import { installPageApis } from './cif/page-apis.js';
import { CifSessionHost } from './elements/session-host/session-host.js';
import { registerElements } from './register.js';

export { CifSessionHost } from './elements/session-host/session-host.js';
export { CifAppTab } from './elements/app-tab/app-tab.js';
export { CifCommPanel } from './elements/comm-panel/comm-panel.js';
export { CifError } from './core/errors.js';
export { version } from './version.js';

// Every host (Lit runs a class's initializers for each instance) lets its providers' iframes use
// Microsoft.CIFramework through cif-client.js.
CifSessionHost.addInitializer((host) => attachBridge(host as never));

// At once, even from <head>: a framework that mounts before DOMContentLoaded then creates defined
// elements, whose properties (config above all) are never mistaken for attributes.
registerElements();
installPageApis();
