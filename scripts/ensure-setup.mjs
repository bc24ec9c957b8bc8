// First-use setup for `npm start` and `npm test` on a fresh clone: checks that the browsers exist
// (and, as root on a machine with apt-get, a container or a CI machine, installs the missing ones
// from Debian), then installs the locked dependencies when they are missing or stale.
// Uses node built-ins only, because it runs before node_modules exists.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { BROWSERS, howToGetBrowsers, missingBrowsers } from './browsers.mjs';

/**
 * What to do about missing browsers. Pure: the caller finds out what is missing, whether it runs
 * as root and whether apt-get exists, and carries the plan out.
 *   - nothing missing: `{ action: 'none' }`
 *   - root with apt-get: `{ action: 'install', commands, message }`, shell commands that install
 *     exactly the missing packages
 *   - otherwise: `{ action: 'instruct', message }`, the one command to run, for the user
 * A browser whose CHROME_PATH / FIREFOX_PATH (in `env`) names no file is not installed: a package
 * would not change where the variable points, so the message says to fix the variable.
 * @param {{ missing: import('./browsers.mjs').Browser[], isRoot: boolean, hasAptGet: boolean,
 *   env?: Record<string, string | undefined> }} situation
 * @returns {{ action: 'none' } | { action: 'install', commands: string[], message: string } | { action: 'instruct', message: string }}
 */
export function browserInstallPlan({ missing, isRoot, hasAptGet, env = {} }) {
  if (!missing.length) return { action: 'none' };
  const badOverrides = missing.map((browser) => BROWSERS[browser].envVar).filter((name) => env[name]);
  if (badOverrides.length) {
    return {
      action: 'instruct',
      message: badOverrides.map((name) => `${name} is set to "${env[name]}", which is not a file: correct it or unset it.`).join('\n'),
    };
  }
  const notFound = `${missing.join(' and ')} not found.`;
  if (isRoot && hasAptGet) {
    const packages = missing.map((browser) => BROWSERS[browser].debianPackage).join(' ');
    return {
      action: 'install',
      message: `${notFound} Installing ${packages} from Debian (running as root):`,
      commands: ['apt-get update', `DEBIAN_FRONTEND=noninteractive apt-get install -y ${packages}`],
    };
  }
  return { action: 'instruct', message: `${notFound}\n${howToGetBrowsers(missing, { isRoot })}` };
}

function hasAptGet() {
  return spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

/** Finds the browsers, installs them when it may (see browserInstallPlan), or exits 1 saying how. */
function ensureBrowsers() {
  const missing = missingBrowsers();
  if (!missing.length) return;
  const isRoot = process.getuid?.() === 0;
  const plan = browserInstallPlan({ missing, isRoot, hasAptGet: isRoot && hasAptGet(), env: process.env });
  if (plan.action === 'install') {
    console.log(`\n${plan.message}`);
    try {
      for (const command of plan.commands) {
        console.log(`$ ${command}`);
        execSync(command, { stdio: 'inherit' });
      }
    } catch {
      console.error('\nInstalling the browsers failed (see above).');
    }
    const stillMissing = missingBrowsers(missing);
    if (!stillMissing.length) return;
    console.error(`\n${stillMissing.join(' and ')} still not found.\n${howToGetBrowsers(stillMissing, { isRoot })}\n`);
    process.exit(1);
  }
  if (plan.action === 'instruct') {
    console.error(`\n${plan.message}\n`);
    process.exit(1);
  }
}

/** @param {{ needBrowsers?: boolean }} [options] */
export function ensureSetup({ needBrowsers = true } = {}) {
  // browsers first: when they cannot be had, say so before a long npm ci
  if (needBrowsers) ensureBrowsers();
  const installed = 'node_modules/.package-lock.json';
  if (!existsSync(installed) || statSync(installed).mtimeMs < statSync('package-lock.json').mtimeMs) {
    console.log('Installing dependencies (npm ci)…');
    execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) ensureSetup();
