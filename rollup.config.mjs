// @ts-check
import typescript from '@rollup/plugin-typescript';

/** @type {import('rollup').RollupOptions[]} */
export default [
  // ES modules for npm: one file per module, .d.ts beside them. tslib stays external (and is a
  // dependency): @rollup/plugin-typescript forces importHelpers, and with preserveModules the
  // helpers would otherwise land in dist/node_modules, which npm never packs.
  {
    input: ['src/index.ts', 'src/core/index.ts'],
    output: { dir: 'dist', format: 'es', sourcemap: true, preserveModules: true, preserveModulesRoot: 'src' },
    external: [/^lit($|\/)/, /^@lit\//, /^tslib$/, /^valibot$/],
    plugins: [typescript({ tsconfig: './tsconfig.build.json' })],
  },
];
