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

/**
 * The open sessions among `tokens` that are this seat's, by person, of accounts that may act (not
 * disabled, not waiting for their one-time password to be changed). `used` names the people acting
 * now: only their sessions count as used, so a token carried along does not keep itself alive.
 */
export async function sessionsOf(
  pool: Pool,
  seatId: string,
  tokens: readonly string[],
  used: ReadonlySet<string> | 'all' = 'all',
): Promise<Map<string, Session>> {
  if (tokens.length === 0) return new Map();
  const found = await pool.query<{ token_hash: string; person_id: string; proven_at: Date }>(
    `SELECT s.token_hash, s.person_id, s.proven_at FROM public.sessions s
      JOIN office_live.rows a ON a.tbl = 'accounts' AND a.key = s.person_id
      WHERE s.token_hash = ANY($1) AND s.seat_id = $2 AND s.ended_at IS NULL
        AND s.used_at > now() - $3 * interval '1 millisecond'
        AND a.doc IS NOT NULL AND a.doc ->> 'disabled' = 'false' AND a.doc ->> 'mustChange' = 'false'`,
    [tokens.map(hashOf), seatId, SESSION_IDLE_MS],
  );
  const touched = found.rows.filter((row) => used === 'all' || used.has(row.person_id)).map((row) => row.token_hash);
  if (touched.length > 0) await pool.query('UPDATE public.sessions SET used_at = now() WHERE token_hash = ANY($1)', [touched]);
  return new Map(found.rows.map((row) => [row.person_id, { personId: row.person_id, provenAtMs: row.proven_at.getTime() }]));
}

/** The person of one open session of this seat, whatever their account's state (to change a one-time password), or null. */
export async function sessionOf(pool: Pool, seatId: string, token: string): Promise<Session | null> {
  const found = await pool.query<{ person_id: string; proven_at: Date }>(
    `UPDATE public.sessions SET used_at = now()
      WHERE token_hash = $1 AND seat_id = $2 AND ended_at IS NULL AND used_at > now() - $3 * interval '1 millisecond'
      RETURNING person_id, proven_at`,
    [hashOf(token), seatId, SESSION_IDLE_MS],
  );
  const row = found.rows[0];
  return row ? { personId: row.person_id, provenAtMs: row.proven_at.getTime() } : null;
}

/** The password was given again in this session (to unlock, to confirm a grave action). */
export async function proven(client: Pool | PoolClient, seatId: string, token: string, personId: string): Promise<void> {
  // The person's own session only: another's password never renews it.
  await client.query(
    'UPDATE public.sessions SET proven_at = now() WHERE token_hash = $1 AND seat_id = $2 AND person_id = $3 AND ended_at IS NULL',
    [hashOf(token), seatId, personId],
  );
}

/** Ends every open session of a person (their account disabled or its password reset), but `keep`. */
export async function endSessionsOf(client: Pool | PoolClient, personId: string, keep?: string): Promise<void> {
  await client.query(
    'UPDATE public.sessions SET ended_at = now() WHERE person_id = $1 AND ended_at IS NULL AND token_hash IS DISTINCT FROM $2',
    [personId, keep ? hashOf(keep) : null],
  );
}

/** Ends a session (the person signed out); returns its person, or null where there was none open. */
export async function endSession(pool: Pool, seatId: string, token: string): Promise<string | null> {
  const ended = await pool.query<{ person_id: string }>(
    'UPDATE public.sessions SET ended_at = now() WHERE token_hash = $1 AND seat_id = $2 AND ended_at IS NULL RETURNING person_id',
    [hashOf(token), seatId],
  );
  return ended.rows[0]?.person_id ?? null;
}
