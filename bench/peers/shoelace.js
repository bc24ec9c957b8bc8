// Entry of the Shoelace side's script (bundled by bench/run.mjs with esbuild into one minified
// classic script, global `BenchShoelace`): the three tab components, cherry-picked as Shoelace
// recommends for bundlers, which registers them (and what they depend on: sl-icon-button,
// sl-icon, sl-resize-observer) and nothing else of the library.
import '@shoelace-style/shoelace/dist/components/tab-group/tab-group.js';
import '@shoelace-style/shoelace/dist/components/tab/tab.js';
import '@shoelace-style/shoelace/dist/components/tab-panel/tab-panel.js';

export { setBasePath } from '@shoelace-style/shoelace/dist/utilities/base-path.js';
