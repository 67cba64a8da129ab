// The server's connections to PostgreSQL. The database going away (a restart, a failover) fails
// the queries under way, and those answer for it: the seat gets no answer and pushes again. The
// connections' own error events that come with it are not a reason to stop the server.
import pg from 'pg';

export function officePool(connectionString: string, max = 10): pg.Pool {
  const pool = new pg.Pool({ connectionString, max });
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  return pool;
}
