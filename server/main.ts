// npm run office-server: the office server, on the PostgreSQL of DATABASE_URL. Creates or upgrades
// its schema, then listens on OFFICE_PORT (default 8443) of OFFICE_HOST (default 127.0.0.1).
import { migrate } from './db/migrations';
import { officePool } from './db/pool';
import { officeServer } from './app';
import { issueCode } from './enroll';
import { Pokes } from './poke';
import { officeTls } from './tls';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is not set: give the office PostgreSQL database, e.g. postgres://console@127.0.0.1:5432/office');
  process.exit(2);
}
const tls = officeTls();
const pool = officePool(url, Number(process.env.OFFICE_POOL ?? 10));
const version = await migrate(pool);

// `code <name>`: a one-time code for a new seat, typed in at that PC (设置 → 办公室服务器).
if (process.argv[2] === 'code') {
  const name = process.argv.slice(3).join(' ').trim();
  if (!name) {
    console.error('Give the new seat a name: npm run office-server -- code 值班席');
    process.exit(2);
  }
  const code = await issueCode(pool, name);
  console.log(`One-time code for the seat "${name}" (valid for 24 hours, usable once): ${code}`);
  if (tls) console.log(`The office certificate's SHA-256 fingerprint, to type at that PC with the code (证书指纹): ${tls.fingerprint}`);
  await pool.end();
  process.exit(0);
}
const pokes = new Pokes(url);
await pokes.start();
const app = officeServer(pool, { logger: true, pokes, tls });
const port = Number(process.env.OFFICE_PORT ?? 8443);
const host = process.env.OFFICE_HOST ?? '127.0.0.1';
await app.listen({ port, host });
console.log(`office server: schema version ${version}, listening on ${tls ? 'https' : 'http'}://${host}:${port}`);
const stop = async () => {
  await app.close();
  await pokes.stop();
  await pool.end();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
