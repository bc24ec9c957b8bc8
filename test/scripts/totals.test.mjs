// node --test test/scripts/ : how scripts/test.mjs reads each run's totals (scripts/totals.mjs),
// on the real output of node's TAP reporter and on our runs' summary line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTotals } from '../../scripts/totals.mjs';

test("'summary': the last \"N passed, N failed\" line", () => {
  const output = 'Chromium: 3 passed, 1 failed (noise)\n12 passed, 0 failed\nmore\n40 passed, 2 failed\n';
  assert.deepEqual(runTotals(output), { passed: 40, failed: 2 });
  assert.deepEqual(runTotals(output, 'summary'), { passed: 40, failed: 2 });
  assert.equal(runTotals('no totals here\n'), undefined);
  // a TAP summary is not a summary line, and the other way round
  assert.equal(runTotals('# pass 3\n# fail 0\n'), undefined);
  assert.equal(runTotals('3 passed, 0 failed\n', 'tap'), undefined);
});

test("'tap': the closing counts of node --test --test-reporter=tap, from a real run", () => {
  const dir = mkdtempSync(join(tmpdir(), 'cif-totals-'));
  try {
    const file = join(dir, 'sample.test.mjs');
    writeFileSync(
      file,
      `import { describe, it, test } from 'node:test';
describe('a suite (not counted)', () => {
  it('passes', () => {});
  it('fails', () => { throw new Error('# pass 99'); });
});
test('passes too', () => {});
`,
    );
    const env = { ...process.env };
    delete env.NODE_TEST_CONTEXT; // else the child reports to this runner instead of printing TAP
    const result = spawnSync(process.execPath, ['--test', '--test-reporter=tap', file], { env, encoding: 'utf8' });
    assert.equal(result.status, 1, result.stdout + result.stderr);
    assert.deepEqual(runTotals(result.stdout, 'tap'), { passed: 2, failed: 1 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("'tap': skipped, todo and cancelled tests count as failed (main carries none)", () => {
  const closing = ['# tests 6', '# suites 0', '# pass 2', '# fail 1', '# cancelled 1', '# skipped 1', '# todo 1', '# duration_ms 12'].join('\n');
  assert.deepEqual(runTotals(`TAP version 13\n${closing}\n`, 'tap'), { passed: 2, failed: 4 });
});

test("'tap': a file that does not load counts as a failed test", () => {
  const dir = mkdtempSync(join(tmpdir(), 'cif-totals-'));
  try {
    const file = join(dir, 'broken.test.mjs');
    writeFileSync(file, 'throw new Error("does not load");\n');
    const env = { ...process.env };
    delete env.NODE_TEST_CONTEXT;
    const result = spawnSync(process.execPath, ['--test', '--test-reporter=tap', file], { env, encoding: 'utf8' });
    assert.deepEqual(runTotals(result.stdout, 'tap'), { passed: 0, failed: 1 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
