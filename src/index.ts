/** cif-workspace: the npm entry point. */
export * from './core/index.js';
