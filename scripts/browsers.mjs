// Where the browsers are. Debian's packages by default; CHROME_PATH / FIREFOX_PATH override.
// No npm dependencies: scripts/ensure-setup.mjs imports this before node_modules exists.
import { existsSync } from 'node:fs';

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/**
 * @typedef {{ env?: Record<string, string | undefined>, exists?: (path: string) => boolean }} FindOptions
 * The environment and the file test are injectable for tests; by default the process's own.
 */

/** @param {string | undefined} override @param {string[]} candidates @param {(path: string) => boolean} exists */
function find(override, candidates, exists) {
  // an override is final: when it names no file, the default locations are not tried
  if (override) return exists(override) ? override : undefined;
  return candidates.find((path) => exists(path));
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

/** @param {FindOptions} [options] @returns {string | undefined} */
export const findChromium = ({ env = process.env, exists = existsSync } = {}) => find(env.CHROME_PATH, CHROMIUM_CANDIDATES, exists);
/** @param {FindOptions} [options] @returns {string | undefined} */
export const findFirefox = ({ env = process.env, exists = existsSync } = {}) => find(env.FIREFOX_PATH, FIREFOX_CANDIDATES, exists);

/** @typedef {'Chromium' | 'Firefox'} Browser */

/** Each browser: its Debian package, the variable that overrides where it is, and its finder. */
export const BROWSERS = /** @type {const} */ ({
  Chromium: { debianPackage: 'chromium', envVar: 'CHROME_PATH', find: findChromium },
  Firefox: { debianPackage: 'firefox-esr', envVar: 'FIREFOX_PATH', find: findFirefox },
});

/**
 * The browsers of `wanted` that cannot be found.
 * @param {Browser[]} [wanted] @param {FindOptions} [options] @returns {Browser[]}
 */
export function missingBrowsers(wanted = ['Chromium', 'Firefox'], options = {}) {
  return wanted.filter((browser) => !BROWSERS[browser].find(options));
}

/**
 * How to get the missing browsers: the one apt-get command installing just their packages
 * (without `sudo` for root, who needs none and often has none in a container), and the
 * variables that point at a binary one already has.
 * @param {Browser[]} missing @param {{ isRoot?: boolean }} [options]
 */
export function howToGetBrowsers(missing, { isRoot = false } = {}) {
  const packages = missing.map((browser) => BROWSERS[browser].debianPackage).join(' ');
  const sudo = isRoot ? '' : 'sudo ';
  const vars = missing.map((browser) => BROWSERS[browser].envVar).join(' / ');
  return (
    `Install ${missing.length > 1 ? 'them' : 'it'} with:  ${sudo}apt-get update && ${sudo}apt-get install -y ${packages}\n` +
    `or point ${vars} at a ${missing.join(' / ')} binary you already have.`
  );
}

export const HOW_TO_GET_BROWSERS = howToGetBrowsers(['Chromium', 'Firefox']);

export function chromiumPath() {
  const path = findChromium();
  if (!path) throw new Error(`No Chromium found. ${howToGetBrowsers(['Chromium'])}`);
  return path;
}

export function firefoxPath() {
  const path = findFirefox();
  if (!path) throw new Error(`No Firefox found. ${howToGetBrowsers(['Firefox'])}`);
  return path;
}
