// @ts-check
// The dev server's settings, shared by `npm start` (scripts/start.mjs starts it twice: the CRM on
// http://127.0.0.1:8000 and the provider's origin on http://localhost:8001) and by a bare `wds`.
// TypeScript is compiled on the fly by esbuild, for pages that import sources directly.
import { esbuildPlugin } from '@web/dev-server-esbuild';

/** @type {import('@web/dev-server').DevServerConfig} */
export default {
  // @web/dev-server-core listens on all interfaces even for '127.0.0.1'; the hostname only shapes the printed URL.
  hostname: '127.0.0.1',
  port: Number(process.env.PORT ?? 8000),
  appIndex: undefined,
  nodeResolve: true,
  // A provider written for Dynamics loads the CIF library from the CRM's
  // /webresources/Widget/msdyn_ciLibrary.js: the demo CRM serves cif-client.js there, as any CRM can.
  middleware: [
    (context, next) => {
      if (context.path === '/webresources/Widget/msdyn_ciLibrary.js') context.url = '/dist/cif-client.js';
      return next();
    },
  ],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
};
