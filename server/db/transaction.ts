// One transaction on one connection, the way every part of the server takes it: committed when the
// work returns, rolled back when it throws, and a connection the database dropped (a restart, a
// failover) is not put back in the pool.
import type { Pool, PoolClient } from 'pg';

/** Thrown by the work to roll back everything and answer `value` (a refusal, nothing found). */
export class RollBack<T> {
  constructor(readonly value: T) {}
}

export async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>, begin = 'BEGIN'): Promise<T> {
  const client = await pool.connect();
  let value: T;
  try {
    await client.query(begin);
    value = await work(client);
    await client.query('COMMIT');
  } catch (thrown) {
    await client.query('ROLLBACK').catch(() => undefined);
    if (thrown instanceof RollBack) {
      client.release();
      return thrown.value as T;
    }
    client.release(true);
    throw thrown;
  }
  client.release();
  return value;
}
