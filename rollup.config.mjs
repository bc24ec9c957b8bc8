// @ts-check
// Every build, in one place (`npm run build`):
//   (a) ES modules for npm, one file per module, .d.ts beside them; @lit/context stays external.
//   (b) dist/cif-workspace.js: one minified classic script for a <script> tag, @lit/context bundled.
//   (c) dist/cif-client.js: the channel provider's script, same treatment; built once src/client.ts exists.
import { existsSync } from 'node:fs';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/** Entry points whose modules the npm package must contain; the optional ones join when they exist. */
const npmEntries = ['src/index.ts', 'src/core/index.ts', ...['src/register.ts'].filter((f) => existsSync(f))];

/**
 * The elements' stylesheets (`css\`…\`` in *.styles.ts) without comments and layout whitespace:
 * they are written to be read, and the script tag need not carry that. Only whitespace that CSS
 * ignores goes: around braces, semicolons and commas, after a declaration's colon, before
 * `!important`, and runs of it; so does the semicolon that ends a block.
 * @returns {import('rollup').Plugin}
 */
const compactStyles = () => ({
  name: 'compact-styles',
  transform(code, id) {
    if (!id.endsWith('.styles.ts')) return null;
    const compact = (/** @type {string} */ css) =>
      css
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{};,])\s*/g, '$1')
        // no selector has a colon followed by a space, so this only touches declarations
        .replace(/:\s+/g, ':')
        .replace(/\s+!important/g, '!important')
        // the last declaration of a block needs no semicolon
        .replace(/;}/g, '}')
        .trim();
    return { code: code.replace(/css\s*`([^`]*)`/g, (_, css) => `css\`${compact(css)}\``), map: null };
  },
});

/**
 * The elements' `html\`…\`` templates without their source indentation: a line break and the indentation
 * after it collapse to one space, which renders the same everywhere outside <pre> and <textarea>
 * (our templates put no text in either). Only the static parts change; expressions stay as they are.
 * @returns {import('rollup').Plugin}
 */
const compactTemplates = () => ({
  name: 'compact-templates',
  transform(code, id) {
    // TypeScript prints the tag with a space before the template
    if (!id.includes('/src/') || !/\bhtml\s*`/.test(code)) return null;
    /** @type {{ start: number, end: number }[]} */
    const quasis = [];
    const walk = (/** @type {any} */ node) => {
      if (!node || typeof node.type !== 'string') return;
      if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name === 'html') quasis.push(...node.quasi.quasis);
      for (const value of Object.values(node)) {
        if (Array.isArray(value)) value.forEach(walk);
        else if (value && typeof value === 'object') walk(value);
      }
    };
    walk(this.parse(code));
    let result = code;
    // from the end, so earlier offsets stay valid
    for (const { start, end } of quasis.sort((a, b) => b.start - a.start)) {
      result = result.slice(0, start) + result.slice(start, end).replace(/\n\s*/g, ' ') + result.slice(end);
    }
    return { code: result, map: null };
  },
});

/**
 * A self-contained classic script. The IIFE assigns `var <name> = …`, so loading it twice
 * re-assigns the global instead of throwing (the elements' registration is guarded on its own).
 * @param {string} input @param {string} file @param {string} name
 * @returns {import('rollup').RollupOptions}
 */
const classicScript = (input, file, name) => ({
  input,
  output: { file, format: 'iife', name, sourcemap: true },
  plugins: [
    // browser + the default export conditions (no "development") => Lit's production build
    nodeResolve({ browser: true }),
    // JavaScript only: the npm build emits the declarations and type-checks the same program
    // (as does `tsc` in `npm run build`), so checking it again here would only cost time
    typescript({ tsconfig: './tsconfig.build.json', declaration: false, declarationMap: false, outDir: 'dist', noCheck: true }),
    // after TypeScript, which compiles from the files on disk and ignores what came before it
    compactStyles(),
    compactTemplates(),
    // module: false, or terser treats the top level as module scope and drops the unused
    // `var CifWorkspace`, leaving the page without its global
    terser({ ecma: 2021, module: false, compress: { passes: 3 }, format: { comments: false } }),
  ],
});

/** @type {import('rollup').RollupOptions[]} */
export default [
  // tslib stays external (and is a dependency): @rollup/plugin-typescript forces importHelpers,
  // and with preserveModules the helpers would otherwise land in dist/node_modules, which npm
  // never packs.
  {
    input: npmEntries,
    output: { dir: 'dist', format: 'es', sourcemap: true, preserveModules: true, preserveModulesRoot: 'src' },
    external: [/^lit($|\/)/, /^@lit\//, /^tslib$/],
    plugins: [typescript({ tsconfig: './tsconfig.build.json' })],
  },
  classicScript('src/bundle.ts', 'dist/cif-workspace.js', 'CifWorkspace'),
  ...(existsSync('src/client.ts') ? [classicScript('src/client.ts', 'dist/cif-client.js', 'CifClient')] : []),
];
