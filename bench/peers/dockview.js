// Entry of the dockview-core side's script (bundled by bench/run.mjs with esbuild into one
// minified classic script, global `BenchDockview`): only what the page uses, so that the bundler
// can leave the rest of the package out, as an application's build would.
export { createDockview, themeLight } from 'dockview-core';
