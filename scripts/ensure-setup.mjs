// First-use setup for `npm start` and `npm test` on a fresh clone: installs the locked
// dependencies when they are missing or stale, and checks that the browsers exist.
// Uses node built-ins only, because it runs before node_modules exists.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { findChromium, findFirefox, HOW_TO_GET_BROWSERS } from './browsers.mjs';

/** @param {{ needBrowsers?: boolean }} [options] */
export function ensureSetup({ needBrowsers = true } = {}) {
  const installed = 'node_modules/.package-lock.json';
  if (!existsSync(installed) || statSync(installed).mtimeMs < statSync('package-lock.json').mtimeMs) {
    console.log('Installing dependencies (npm ci)…');
    execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
  }
  if (!needBrowsers) return;
  const missing = [];
  if (!findChromium()) missing.push('Chromium');
  if (!findFirefox()) missing.push('Firefox');
  if (missing.length) {
    console.error(`\n${missing.join(' and ')} not found.\n${HOW_TO_GET_BROWSERS}\n`);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) ensureSetup();
