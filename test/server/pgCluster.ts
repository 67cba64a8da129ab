// A throwaway PostgreSQL cluster for the office server's tests: initdb in a temporary folder, a
// free port on loopback, fsync off (the tests kill processes, not the machine), removed at the end.
// PostgreSQL refuses to run as root, so under root the cluster belongs to the `postgres` user the
// Debian package creates. Installed by scripts/install-deps.sh --test.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { migrate } from '../../server/db/migrations';
import { officePool } from '../../server/db/pool';

function binDir(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => /^\d+$/.test(v)) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) throw new Error('PostgreSQL is not installed: run `bash scripts/install-deps.sh --test` (Debian package postgresql).');
  return join(root, newest, 'bin');
}

/** A port on loopback nobody listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export type Cluster = {
  url: string;
  /** A pool on the test database. */
  pool(): pg.Pool;
  /** Stops the server at once (as a crash would) and starts it again on the same data. */
  restart(): void;
  stop(): void;
};

export async function startCluster(): Promise<Cluster> {
  const bin = binDir();
  const dir = mkdtempSync(join(tmpdir(), 'office-pg-'));
  const asRoot = process.getuid?.() === 0;
  let run = (tool: string, args: string[]) => execFileSync(join(bin, tool), args, { stdio: 'pipe' });
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
    run = (tool, args) => execFileSync('runuser', ['-u', 'postgres', '--', join(bin, tool), ...args], { stdio: 'pipe' });
  }
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-U', 'console', '--auth=trust', '-E', 'UTF8', '--no-locale']);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=200`;
  const start = () => run('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', 'start']);
  start();
  const admin = new pg.Client({ host: '127.0.0.1', port, user: 'console', database: 'postgres' });
  await admin.connect();
  await admin.query('CREATE DATABASE office');
  await admin.end();
  const url = `postgres://console@127.0.0.1:${port}/office`;
  const pools: pg.Pool[] = [];
  return {
    url,
    pool() {
      const pool = officePool(url, 30);
      pools.push(pool);
      return pool;
    },
    restart() {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      start();
    },
    stop() {
      for (const pool of pools) void pool.end().catch(() => undefined);
      spawnSync(
        asRoot ? 'runuser' : join(bin, 'pg_ctl'),
        asRoot
          ? ['-u', 'postgres', '--', join(bin, 'pg_ctl'), '-D', data, '-m', 'immediate', 'stop']
          : ['-D', data, '-m', 'immediate', 'stop'],
        {
          stdio: 'ignore',
        },
      );
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A throwaway cluster with the office server's schema in place, and a pool on it. */
export async function officeDatabase(): Promise<{ cluster: Cluster; pool: pg.Pool }> {
  const cluster = await startCluster();
  const pool = cluster.pool();
  await migrate(pool);
  return { cluster, pool };
}
