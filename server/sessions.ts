// Sessions: a person signed in at a seat. The server hands one out when it has checked the
// person's password (server/accounts.ts) and takes the actor of every pushed command from the
// sessions the seat shows — never from what the seat says. Only the token's hash is kept; a session
// ends when the person signs out at that seat, or after SESSION_IDLE_MS unused.
import { createHash, randomBytes } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';

/** A session not used for this long has ended (a seat away from the office for two weeks signs in again). */
export const SESSION_IDLE_MS = 14 * 24 * 60 * 60_000;

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** Opens a session of `personId` at the seat; the token is the seat's to keep, never stored here. */
export async function openSession(client: Pool | PoolClient, seatId: string, personId: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await client.query('INSERT INTO public.sessions (token_hash, seat_id, person_id) VALUES ($1, $2, $3)', [hashOf(token), seatId, personId]);
  return token;
}

export type Session = { personId: string; provenAtMs: number };

/** The open sessions among `tokens` that are this seat's, by person; each counts as used now. */
export async function sessionsOf(pool: Pool, seatId: string, tokens: readonly string[]): Promise<Map<string, Session>> {
  if (tokens.length === 0) return new Map();
  const found = await pool.query<{ person_id: string; proven_at: Date }>(
    `UPDATE public.sessions SET used_at = now()
      WHERE token_hash = ANY($1) AND seat_id = $2 AND ended_at IS NULL AND used_at > now() - $3 * interval '1 millisecond'
      RETURNING person_id, proven_at`,
    [tokens.map(hashOf), seatId, SESSION_IDLE_MS],
  );
  return new Map(found.rows.map((row) => [row.person_id, { personId: row.person_id, provenAtMs: row.proven_at.getTime() }]));
}

/** The person of one open session of this seat, or null. */
export async function sessionOf(pool: Pool, seatId: string, token: string): Promise<Session | null> {
  return (await sessionsOf(pool, seatId, [token])).values().next().value ?? null;
}

/** The password was given again in this session (to unlock, to confirm a grave action). */
export async function proven(client: Pool | PoolClient, seatId: string, token: string): Promise<void> {
  await client.query('UPDATE public.sessions SET proven_at = now() WHERE token_hash = $1 AND seat_id = $2 AND ended_at IS NULL', [
    hashOf(token),
    seatId,
  ]);
}

/** Ends a session (the person signed out); returns its person, or null where there was none open. */
export async function endSession(pool: Pool, seatId: string, token: string): Promise<string | null> {
  const ended = await pool.query<{ person_id: string }>(
    'UPDATE public.sessions SET ended_at = now() WHERE token_hash = $1 AND seat_id = $2 AND ended_at IS NULL RETURNING person_id',
    [hashOf(token), seatId],
  );
  return ended.rows[0]?.person_id ?? null;
}
