/**
 * cif-workspace, the npm entry: the element classes (side-effect free; call `registerElements()`
 * or define them yourself), `installPageApis()` for `window.Microsoft.CIFramework` and
 * `Microsoft.Apm`, the events, the context and the pure core.
 */
export * from './core/index.js';
export { workspaceContext, stringsContext } from './context.js';
export * from './events/notifications.js';
export * from './events/requests.js';
export { CifSessionHost, type PersistMode } from './elements/session-host/session-host.js';
export { CifAppTab, type PageRenderer, type PageDisposer, type PageEnvironment } from './elements/app-tab/app-tab.js';
export { CifCommPanel } from './elements/comm-panel/comm-panel.js';
export { registerElements, ELEMENTS } from './register.js';
export { attachBridge, type BridgeHost } from './cif/bridge-host.js';
export { installPageApis } from './cif/page-apis.js';
export { version } from './version.js';
