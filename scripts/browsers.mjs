// Where the browsers are. Debian's packages by default; CHROME_PATH / FIREFOX_PATH override.
// No npm dependencies: scripts/ensure-setup.mjs imports this before node_modules exists.
import { existsSync } from 'node:fs';

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** @param {string | undefined} override @param {string[]} candidates */
function find(override, candidates) {
  if (override) return existsSync(override) ? override : undefined;
  return candidates.find((path) => existsSync(path));
}

/**
 * Flags for headless Chromium as root on a machine without internet: no sandbox (root), and no
 * background traffic to Google's services, which this network refuses.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-features=NetworkTimeServiceQuerying',
];

export const findChromium = () => find(process.env.CHROME_PATH, CHROMIUM_CANDIDATES);
export const findFirefox = () => find(process.env.FIREFOX_PATH, FIREFOX_CANDIDATES);

export const HOW_TO_GET_BROWSERS =
  'Install them with:  sudo apt-get update && sudo apt-get install -y chromium firefox-esr\n' +
  'or point CHROME_PATH / FIREFOX_PATH at a Chromium / Firefox binary you already have.';

export function chromiumPath() {
  const path = findChromium();
  if (!path) throw new Error(`No Chromium found. ${HOW_TO_GET_BROWSERS}`);
  return path;
}

export function firefoxPath() {
  const path = findFirefox();
  if (!path) throw new Error(`No Firefox found. ${HOW_TO_GET_BROWSERS}`);
  return path;
}
