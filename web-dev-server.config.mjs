// @ts-check
// `npm start` -> http://127.0.0.1:8000/demo/  (TypeScript compiled on the fly by esbuild)
import { esbuildPlugin } from '@web/dev-server-esbuild';

/** @type {import('@web/dev-server').DevServerConfig} */
export default {
  // @web/dev-server-core listens on all interfaces even for '127.0.0.1'; the hostname only shapes the printed URL.
  hostname: '127.0.0.1',
  port: Number(process.env.PORT ?? 8000),
  appIndex: undefined,
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
};
