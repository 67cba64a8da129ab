// The seats of the office: each PC that works with the server has a name and a secret token; only
// its hash is kept. Enrollment with a one-time code hands the token out (a later step); here a seat
// is added and found by its token.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

export type Seat = { id: string; name: string };

/** Adds a seat; returns it with its token, which is shown once and never stored. */
export async function addSeat(pool: Pool | PoolClient, name: string): Promise<Seat & { token: string }> {
  const id = randomUUID();
  const token = randomBytes(32).toString('base64url');
  await pool.query('INSERT INTO public.seats (id, name, token_hash) VALUES ($1, $2, $3)', [id, name, hashOf(token)]);
  return { id, name, token };
}

/** The seat a token belongs to, or null. */
export async function seatOfToken(pool: Pool, token: string): Promise<Seat | null> {
  const found = await pool.query<Seat>('SELECT id, name FROM public.seats WHERE token_hash = $1', [hashOf(token)]);
  return found.rows[0] ?? null;
}
