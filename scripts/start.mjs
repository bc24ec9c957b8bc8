// `npm start`: the demo. Installs dependencies on first use, builds dist/ when it is missing or
// older than the sources, then serves the repository twice with @web/dev-server:
//   http://127.0.0.1:8000/demo/   Contoso CRM, the page that embeds the workspace
//   http://localhost:8001/        the same files as ANOTHER origin: the softphone
//                                 (demo/provider/widget.html) runs in a comm panel from here,
//                                 as a real softphone would come from its vendor's domain
//   http://localhost:8002/        a third origin: the chat widget (widget.html?channel=chat),
//                                 a second provider beside the softphone
// PORT, PROVIDER_PORT and CHAT_PORT change the ports (the page is then told the widgets' origins
// by ?provider= and ?chat=).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ensureSetup } from './ensure-setup.mjs';
import { findChromium, findFirefox } from './browsers.mjs';

ensureSetup({ needBrowsers: false });

const BUNDLE = 'dist/cif-workspace.js';
const CRM_PORT = Number(process.env.PORT ?? 8000);
const PROVIDER_PORT = Number(process.env.PROVIDER_PORT ?? CRM_PORT + 1);
const CHAT_PORT = Number(process.env.CHAT_PORT ?? PROVIDER_PORT + 1);

/** Newest modification time of a file or of any file below a directory. */
function newest(path) {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), stats.mtimeMs);
}

function buildIfStale() {
  const inputs = ['src', 'rollup.config.mjs', 'package.json'].filter((path) => existsSync(path));
  const sourcesChanged = Math.max(...inputs.map(newest));
  if (existsSync(BUNDLE) && statSync(BUNDLE).mtimeMs >= sourcesChanged) return;
  console.log(existsSync(BUNDLE) ? `${BUNDLE} is older than src/: rebuilding (npm run build)…` : `${BUNDLE} is missing: building (npm run build)…`);
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status === 0 && existsSync(BUNDLE)) return;
  if (existsSync(BUNDLE)) {
    console.warn(`\nThe build failed; serving the previous ${BUNDLE}.\n`);
    return;
  }
  console.error(`\nThe build failed and there is no ${BUNDLE} to serve. Fix the errors above and run npm start again.`);
  process.exit(1);
}

buildIfStale();

// Imported only now: on a fresh clone these packages exist once ensureSetup() has installed them.
const { startDevServer } = await import('@web/dev-server');
const { default: baseConfig } = await import('../web-dev-server.config.mjs');

/** @param {string} hostname @param {number} port */
async function serve(hostname, port) {
  try {
    return await startDevServer({
      config: { ...baseConfig, rootDir: process.cwd(), hostname, port, open: false, watch: false },
      readCliArgs: false,
      readFileConfig: false,
      logStartMessage: false,
      autoExitProcess: false,
    });
  } catch (error) {
    const inUse = /EADDRINUSE/.test(String(error?.code ?? error?.message ?? error));
    console.error(inUse ? `Port ${port} is in use. Stop what runs there, or set PORT / PROVIDER_PORT / CHAT_PORT.` : error);
    process.exit(1);
  }
}

const crm = await serve('127.0.0.1', CRM_PORT);
const provider = await serve('localhost', PROVIDER_PORT);
const chat = await serve('localhost', CHAT_PORT);

const providerOrigin = `http://localhost:${PROVIDER_PORT}`;
const chatOrigin = `http://localhost:${CHAT_PORT}`;
const query = CRM_PORT === 8000 && PROVIDER_PORT === 8001 && CHAT_PORT === 8002 ? '' : `?provider=${providerOrigin}&chat=${chatOrigin}`;
console.log(`
  Contoso CRM (the workspace demo)   http://127.0.0.1:${CRM_PORT}/demo/${query}
  Softphone (second origin)          ${providerOrigin}/demo/provider/widget.html
  Chat widget (third origin)         ${chatOrigin}/demo/provider/widget.html?channel=chat

  Press Ctrl+C to stop.`);
if (!findChromium() && !findFirefox()) console.log('  Tip: no Chromium or Firefox found on this machine; open the address above in any browser.');

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await Promise.allSettled([crm.stop(), provider.stop(), chat.stop()]);
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
