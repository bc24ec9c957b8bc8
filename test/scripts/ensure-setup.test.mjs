// node --test test/scripts/ : the first-use setup's decisions (scripts/ensure-setup.mjs) and the
// browser finder (scripts/browsers.mjs), without touching the machine's browsers or apt.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserInstallPlan } from '../../scripts/ensure-setup.mjs';
import { findChromium, findFirefox, howToGetBrowsers, missingBrowsers } from '../../scripts/browsers.mjs';

test('nothing missing: nothing to do, as root or not', () => {
  assert.deepEqual(browserInstallPlan({ missing: [], isRoot: true, hasAptGet: true }), { action: 'none' });
  assert.deepEqual(browserInstallPlan({ missing: [], isRoot: false, hasAptGet: false }), { action: 'none' });
});

test('root with apt-get: apt-get update, then install exactly the missing packages', () => {
  const cases = /** @type {const} */ ([
    [['Chromium', 'Firefox'], 'chromium firefox-esr'],
    [['Chromium'], 'chromium'],
    [['Firefox'], 'firefox-esr'],
  ]);
  for (const [missing, packages] of cases) {
    const plan = browserInstallPlan({ missing: [...missing], isRoot: true, hasAptGet: true });
    assert.equal(plan.action, 'install');
    assert.deepEqual(plan.action === 'install' && plan.commands, [
      'apt-get update',
      `DEBIAN_FRONTEND=noninteractive apt-get install -y ${packages}`,
    ]);
    assert.match(plan.action === 'install' ? plan.message : '', new RegExp(`Installing ${packages} `));
  }
});

test('not root: the one sudo command naming only the missing packages, and the variable to set', () => {
  const both = browserInstallPlan({ missing: ['Chromium', 'Firefox'], isRoot: false, hasAptGet: true });
  assert.equal(both.action, 'instruct');
  const bothMessage = both.action === 'instruct' ? both.message : '';
  assert.match(bothMessage, /^Chromium and Firefox not found\./);
  assert.ok(bothMessage.includes('sudo apt-get update && sudo apt-get install -y chromium firefox-esr\n'), bothMessage);
  assert.ok(bothMessage.includes('CHROME_PATH / FIREFOX_PATH'), bothMessage);

  const firefox = browserInstallPlan({ missing: ['Firefox'], isRoot: false, hasAptGet: true });
  const firefoxMessage = firefox.action === 'instruct' ? firefox.message : '';
  assert.equal(firefox.action, 'instruct');
  assert.ok(firefoxMessage.includes('sudo apt-get update && sudo apt-get install -y firefox-esr\n'), firefoxMessage);
  assert.ok(!firefoxMessage.includes('chromium') && !firefoxMessage.includes('CHROME_PATH'), firefoxMessage);
  assert.ok(firefoxMessage.includes('FIREFOX_PATH'), firefoxMessage);

  const chromium = browserInstallPlan({ missing: ['Chromium'], isRoot: false, hasAptGet: false });
  const chromiumMessage = chromium.action === 'instruct' ? chromium.message : '';
  assert.ok(chromiumMessage.includes('sudo apt-get update && sudo apt-get install -y chromium\n'), chromiumMessage);
  assert.ok(!chromiumMessage.includes('firefox') && !chromiumMessage.includes('FIREFOX_PATH'), chromiumMessage);
});

test('root without apt-get: a message, nothing run (and no sudo, which root needs not)', () => {
  const plan = browserInstallPlan({ missing: ['Chromium'], isRoot: true, hasAptGet: false });
  assert.equal(plan.action, 'instruct');
  const message = plan.action === 'instruct' ? plan.message : '';
  assert.ok(message.includes('apt-get update && apt-get install -y chromium\n'), message);
  assert.ok(!message.includes('sudo'), message);
  assert.ok(message.includes('CHROME_PATH'), message);
});

test('a CHROME_PATH / FIREFOX_PATH naming no file: fix the variable, install nothing', () => {
  const plan = browserInstallPlan({ missing: ['Firefox'], isRoot: true, hasAptGet: true, env: { FIREFOX_PATH: '/no/firefox' } });
  assert.equal(plan.action, 'instruct');
  assert.match(plan.action === 'instruct' ? plan.message : '', /FIREFOX_PATH is set to "\/no\/firefox"/);
});

test('howToGetBrowsers names only the missing browsers', () => {
  assert.equal(
    howToGetBrowsers(['Firefox']),
    'Install it with:  sudo apt-get update && sudo apt-get install -y firefox-esr\n' +
      'or point FIREFOX_PATH at a Firefox binary you already have.',
  );
});

test('the finder: CHROME_PATH / FIREFOX_PATH override the default locations', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cif-browsers-'));
  try {
    const chrome = join(dir, 'my-chrome');
    const firefox = join(dir, 'my-firefox');
    writeFileSync(chrome, '');
    writeFileSync(firefox, '');
    const nothingElse = { exists: (/** @type {string} */ path) => path === chrome || path === firefox };
    // the override is used, although no default location exists
    assert.equal(findChromium({ env: { CHROME_PATH: chrome }, ...nothingElse }), chrome);
    assert.equal(findFirefox({ env: { FIREFOX_PATH: firefox }, ...nothingElse }), firefox);
    // through the real file system too
    assert.equal(findChromium({ env: { CHROME_PATH: chrome } }), chrome);
    assert.equal(findFirefox({ env: { FIREFOX_PATH: firefox } }), firefox);
    // an override naming no file is final: the default locations are not tried
    const everything = { exists: (/** @type {string} */ path) => path !== join(dir, 'gone') };
    assert.equal(findChromium({ env: { CHROME_PATH: join(dir, 'gone') }, ...everything }), undefined);
    assert.equal(findFirefox({ env: { FIREFOX_PATH: join(dir, 'gone') }, ...everything }), undefined);
    // without an override, Debian's locations
    assert.equal(findChromium({ env: {}, ...everything }), '/usr/bin/chromium');
    assert.equal(findFirefox({ env: {}, ...everything }), '/usr/bin/firefox-esr');
    assert.deepEqual(missingBrowsers(['Chromium', 'Firefox'], { env: {}, exists: () => false }), ['Chromium', 'Firefox']);
    assert.deepEqual(missingBrowsers(['Chromium', 'Firefox'], { env: { FIREFOX_PATH: firefox }, exists: (path) => path === firefox }), ['Chromium']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
