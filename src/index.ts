/**
 * cif-workspace, the npm entry: the element classes (side-effect free; call `registerElements()`
 * or define them yourself), the events, the context and the pure core.
 */
export * from './core/index.js';
export { workspaceContext } from './context.js';
export * from './events/notifications.js';
export * from './events/requests.js';
export { CifSessionHost, type PersistMode } from './elements/session-host/session-host.js';
export { CifAppTab, type PageRenderer, type PageDisposer, type PageEnvironment } from './elements/app-tab/app-tab.js';
export { CifCommPanel } from './elements/comm-panel/comm-panel.js';
export { registerElements, ELEMENTS } from './register.js';
export { attachBridge, type BridgeHost } from './cif/bridge-host.js';
export { version } from './version.js';
