// Runs Doyensec's electronegativity on the Electron sources and fails on any finding that is not
// explained in scripts/electronegativity-explained.json (and in the README). The scanner is
// installed outside the project's lock file, pinned, into node_modules/.cache, because its own
// dependency tree (an old ESLint, Babel) has no business in the app's lock.
//   node scripts/electronegativity.mjs   → reports/electronegativity.sarif, exit 1 on a new finding
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const VERSION = '1.10.3';
const root = fileURLToPath(new URL('..', import.meta.url));
const prefix = `${root}node_modules/.cache/electronegativity`;
const packageDir = `${prefix}/node_modules/@doyensec/electronegativity`;
const cli = `${packageDir}/dist/index.js`;
const report = `${root}reports/electronegativity.sarif`;
const explainedFile = `${root}scripts/electronegativity-explained.json`;
// Only the TypeScript sources: the bundles in dist/electron are .cjs, which the scanner skips,
// so scanning them would report every global check as missing rather than find anything new.
const SCANNED = 'electron';

function installedVersion() {
  if (!existsSync(cli)) return null;
  return JSON.parse(readFileSync(`${packageDir}/package.json`, 'utf8')).version;
}

if (installedVersion() !== VERSION) {
  console.log(`electronegativity: installing @doyensec/electronegativity@${VERSION} into ${prefix}`);
  const install = spawnSync(
    'npm',
    ['install', '--prefix', prefix, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', `@doyensec/electronegativity@${VERSION}`],
    { cwd: root, stdio: 'inherit' },
  );
  if (install.status !== 0 || installedVersion() !== VERSION) {
    console.error('electronegativity: could not install the scanner (is the npm registry reachable?)');
    process.exit(1);
  }
}

// The scanner's defaults depend on the Electron version; left alone it guesses v0.1.0 and reports
// checks (the remote module) that do not apply to the version we ship.
const electronVersion = JSON.parse(readFileSync(`${root}package.json`, 'utf8')).devDependencies.electron;
mkdirSync(`${root}reports`, { recursive: true });
const scan = spawnSync(process.execPath, [cli, '-i', SCANNED, '-o', report, '-r', '-v', 'false', '-e', electronVersion], {
  cwd: root,
  encoding: 'utf8',
  // It tries to download translations and the Electron release list; offline it says so and
  // carries on, so a short wait is enough.
  timeout: 300_000,
});
if (scan.status !== 0 || !existsSync(report)) {
  console.error(`electronegativity: the scan did not finish (exit ${scan.status}).\n${scan.stdout ?? ''}${scan.stderr ?? ''}`);
  process.exit(1);
}

/** id + file, with the file relative to the repository; checks over the whole app have no file. */
function findingsOf(sarif) {
  return sarif.runs.flatMap((run) =>
    (run.results ?? []).map((result) => {
      const location = result.locations?.[0]?.physicalLocation;
      const uri = location?.artifactLocation?.uri ?? '';
      const file = uri === '' || uri.startsWith('file:') ? '(global)' : `${SCANNED}/${uri.replace(/^\.?\//, '')}`;
      return { id: result.ruleId, file, line: location?.region?.startLine, message: result.message?.text ?? '' };
    }),
  );
}

const findings = findingsOf(JSON.parse(readFileSync(report, 'utf8')));
const explained = JSON.parse(readFileSync(explainedFile, 'utf8'));
const key = ({ id, file }) => `${id} ${file}`;
const explainedKeys = new Set(explained.map(key));
const foundKeys = new Set(findings.map(key));

const unexplained = findings.filter((finding) => !explainedKeys.has(key(finding)));
const gone = explained.filter((entry) => !foundKeys.has(key(entry)));

console.log(
  `electronegativity ${VERSION} on ${SCANNED}/ (Electron ${electronVersion}): ${findings.length} findings, report in reports/electronegativity.sarif`,
);
for (const finding of findings.filter((f) => explainedKeys.has(key(f)))) console.log(`  explained: ${finding.id} ${finding.file}`);
// Not a failure: the code improved. The entry (and its README note) should go, so say so.
for (const entry of gone)
  console.log(`  no longer found, remove from scripts/electronegativity-explained.json and the README: ${key(entry)}`);
if (unexplained.length > 0) {
  console.error(`electronegativity: ${unexplained.length} finding(s) not explained in scripts/electronegativity-explained.json:`);
  for (const finding of unexplained) {
    console.error(`  ${finding.id} ${finding.file}${finding.line ? `:${finding.line}` : ''} — ${finding.message}`);
  }
  console.error('Fix the code, or explain the finding in that file and in the README (安全扫描 / Security scan).');
  process.exit(1);
}
