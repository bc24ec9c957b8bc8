// `npm start`: installs dependencies on first use, then serves the repository with the demo at
// http://127.0.0.1:8000/demo/ (TypeScript compiled on the fly). Open that address in a browser.
import { spawn } from 'node:child_process';
import { ensureSetup } from './ensure-setup.mjs';
import { findChromium, findFirefox } from './browsers.mjs';

ensureSetup({ needBrowsers: false });
if (!findChromium() && !findFirefox()) {
  console.log('Tip: no Chromium or Firefox found on this machine; open the address below in any browser.');
}
const server = spawn('node_modules/.bin/wds', ['--config', 'web-dev-server.config.mjs'], { stdio: 'inherit' });
server.on('close', (code) => process.exit(code ?? 0));
