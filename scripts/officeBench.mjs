// The "officeSeats" section of `npm run bench` (BENCH_ONLY=office runs it alone): simulated seats of
// one office against the office server on a throwaway PostgreSQL (test/bench/officeSeats.ts says
// what is measured). The TypeScript is bundled with esbuild, as the office server is
// (scripts/office-server.mjs), and run in a Node process of its own, so its 20 stores and its
// memory are gone when it ends; `@shared/…` resolves through the projects' tsconfig paths.
//
// Run alone: `node scripts/officeBench.mjs` prints the section's JSON (and does not touch
// bench/results/latest.json).
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const BUNDLE = 'dist/bench/officeSeats.mjs';
/** The whole section takes about six minutes; a run that hangs is stopped after this. */
const TIMEOUT_MS = Number(process.env.BENCH_OFFICE_TIMEOUT_MS ?? 30 * 60_000);

export async function officeSeats() {
  await build({
    absWorkingDir: root,
    entryPoints: ['test/bench/officeSeats.ts'],
    outfile: BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // The server's packages load from node_modules, as the office server's bundle does; fake-indexeddb
    // too, so it is in place (imported first) before Dexie, bundled, looks for an IndexedDB.
    external: ['fastify', '@fastify/websocket', 'pg', 'ws', 'fake-indexeddb'],
    sourcemap: true,
    logLevel: 'warning',
  });
  const dir = mkdtempSync(join(tmpdir(), 'office-bench-'));
  const out = join(dir, 'officeSeats.json');
  try {
    // 20 stores of several thousand incidents each: more heap than Node's default.
    const child = spawn(process.execPath, ['--enable-source-maps', '--max-old-space-size=8192', join(root, BUNDLE)], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, BENCH_OFFICE_OUT: out },
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    const code = await new Promise((resolve) => child.on('exit', (exitCode, signal) => resolve(exitCode ?? signal)));
    clearTimeout(timer);
    if (code !== 0) throw new Error(`the office seats bench stopped: ${code}`);
    return JSON.parse(readFileSync(out, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) console.log(JSON.stringify(await officeSeats(), null, 2));
