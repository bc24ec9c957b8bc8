// @ts-check
// Builds the framework examples (examples/react, examples/vue) into examples/*/build/app.js with
// esbuild, as an app's bundler would: React from npm with cif-workspace's npm entry (dist/index.js,
// Lit bundled from node_modules); Vue with its template compiler, next to the script-tag bundle.
// Needs `npm run build` first (dist/). Run by the framework end-to-end test, and by hand:
//   node scripts/build-examples.mjs
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export async function buildExamples() {
  if (!existsSync(resolve(root, 'dist/index.js'))) throw new Error('dist/index.js is missing: run `npm run build` first.');
  const common = /** @type {const} */ ({
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' },
    // the package as npm users get it: what `import … from 'cif-workspace'` resolves to
    alias: { 'cif-workspace': resolve(root, 'dist/index.js') },
  });
  await Promise.all([
    build({ ...common, entryPoints: [resolve(root, 'examples/react/app.tsx')], outfile: resolve(root, 'examples/react/build/app.js'), jsx: 'automatic' }),
    build({
      ...common,
      entryPoints: [resolve(root, 'examples/vue/app.ts')],
      outfile: resolve(root, 'examples/vue/build/app.js'),
      // the build with the template compiler: the example's templates are strings
      alias: { ...common.alias, vue: resolve(root, 'node_modules/vue/dist/vue.esm-browser.prod.js') },
    }),
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildExamples();
  console.log('built examples/react/build/app.js and examples/vue/build/app.js');
}
