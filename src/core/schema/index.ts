/**
 * Our validation, in one import: `import * as s from '…/schema/index.js'`, then
 * `s.strictObject({ title: s.pipe(s.string(), s.nonEmpty('must not be empty')) })`. What the
 * pieces do is in schema.ts; the JSON Schema generator (json-schema.ts) is not exported here,
 * so nothing that validates at run time carries it.
 */
export * from './schema.js';
export * from './primitives.js';
export * from './checks.js';
export * from './objects.js';
export * from './choices.js';
