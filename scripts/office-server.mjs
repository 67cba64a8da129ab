// npm run office-server: bundles the office server (server/main.ts) with esbuild into
// dist/server/main.mjs and runs it with the environment given (DATABASE_URL, OFFICE_PORT,
// OFFICE_HOST). Its server packages (fastify, pg, ws) load from node_modules; the rest is bundled.
// `npm run office-server -- code 值班席` prints a one-time enrollment code for a new seat instead.
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
await build({
  absWorkingDir: root,
  entryPoints: ['server/main.ts'],
  outfile: 'dist/server/main.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['fastify', '@fastify/websocket', 'pg', 'ws'],
  sourcemap: true,
  logLevel: 'warning',
});
const server = spawn(process.execPath, ['--enable-source-maps', `${root}dist/server/main.mjs`, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 1));
