// Sums the Vitest and Playwright JSON reports into the one closing line CI reads:
// "N passed, N failed, N skipped". Exits non-zero when anything failed or nothing ran.
import { existsSync, readFileSync } from 'node:fs';

const totals = { passed: 0, failed: 0, skipped: 0 };
const problems = [];

function vitest(report) {
  totals.passed += report.numPassedTests ?? 0;
  totals.failed += (report.numFailedTests ?? 0) + (report.numRuntimeErrorTests ?? 0);
  totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // A test file that fails to load has no tests but is still a failure.
  for (const file of report.testResults ?? [])
    if (file.status === 'failed' && (file.assertionResults ?? []).length === 0) totals.failed += 1;
}

/** Skipped tests are listed with the reason they give (e.g. no Electron binary on this machine). */
function skipReasons(suite, out = []) {
  for (const spec of suite.specs ?? [])
    for (const test of spec.tests ?? [])
      if (test.status === 'skipped') {
        const reasons = [...(test.annotations ?? []), ...(test.results ?? []).flatMap((r) => r.annotations ?? [])]
          .filter((a) => a.type === 'skip' && a.description)
          .map((a) => a.description);
        out.push(`${spec.title}: ${[...new Set(reasons)].join('; ') || 'no reason given'}`);
      }
  for (const child of suite.suites ?? []) skipReasons(child, out);
  return out;
}

function playwright(report) {
  for (const line of (report.suites ?? []).flatMap((suite) => skipReasons(suite))) console.log(`skipped: ${line}`);
  const stats = report.stats ?? {};
  totals.passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  totals.failed += stats.unexpected ?? 0;
  totals.skipped += stats.skipped ?? 0;
  for (const error of report.errors ?? []) problems.push(error.message ?? String(error));
}

const [vitestPath, playwrightPath] = process.argv.slice(2);
for (const [path, read] of [
  [vitestPath, vitest],
  [playwrightPath, playwright],
]) {
  if (!path || !existsSync(path)) {
    problems.push(`no report at ${path}`);
    totals.failed += 1;
    continue;
  }
  read(JSON.parse(readFileSync(path, 'utf8')));
}
if (problems.length) for (const p of problems) console.log(`! ${p.split('\n')[0]}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 || totals.passed === 0 ? 1 : 0);
