// The totals of one test run, read from its output, for scripts/test.mjs to sum.
//   'summary'  our runs' own last line "N passed, N failed" (web-test-runner's totalsReporter,
//              scripts/e2e.mjs)
//   'tap'      node's test runner with --test-reporter=tap: its closing "# pass N", "# fail N",
//              "# cancelled N", "# skipped N", "# todo N" lines. Suites are not counted (node
//              does not); as in scripts/e2e.mjs a cancelled, skipped or todo test counts as failed.
// Pure, so test/scripts/totals.test.mjs can check it on captured output.

/**
 * @param {string} output everything the run printed on stdout
 * @param {'summary' | 'tap'} [format]
 * @returns {{ passed: number, failed: number } | undefined} undefined when the output has no totals
 */
export function runTotals(output, format = 'summary') {
  if (format === 'tap') {
    /** @param {string} name */
    const count = (name) => {
      const match = [...output.matchAll(new RegExp(`^# ${name} (\\d+)\\s*$`, 'gm'))].pop();
      return match ? Number(match[1]) : undefined;
    };
    const passed = count('pass');
    const failed = count('fail');
    if (passed === undefined || failed === undefined) return undefined;
    return { passed, failed: failed + (count('cancelled') ?? 0) + (count('skipped') ?? 0) + (count('todo') ?? 0) };
  }
  const totals = [...output.matchAll(/^(\d+) passed, (\d+) failed$/gm)].pop();
  return totals ? { passed: Number(totals[1]), failed: Number(totals[2]) } : undefined;
}
