// Enrollment: a PC becomes a seat of the office once, with a one-time code the office's
// administrator issues on the server (`npm run office-server -- code 值班席`). The code is short
// enough to type, valid for a day, used once, and only its hash is kept; the seat gets its token
// in exchange and proves itself with it from then on.
import { createHash, randomInt } from 'node:crypto';
import type { Pool } from 'pg';
import { inTransaction, RollBack } from './db/transaction';
import { addSeat, type Seat } from './seats';

/** Letters and digits that cannot be mistaken for one another when read aloud or typed (no 0/O, 1/I/L). */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_VALID_MS = 24 * 60 * 60_000;

const hashOf = (code: string) => createHash('sha256').update(code.replace(/[-\s]/g, '').toUpperCase()).digest('hex');

/** A new one-time code for a seat named `name`, such as K7PX-3QMD-9TWA. */
export async function issueCode(pool: Pool, name: string, validMs = CODE_VALID_MS): Promise<string> {
  const groups = Array.from({ length: 3 }, () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''));
  const code = groups.join('-');
  await pool.query(
    "INSERT INTO public.enrollment_codes (code_hash, name, expires_at) VALUES ($1, $2, now() + $3 * interval '1 millisecond')",
    [hashOf(code), name, validMs],
  );
  return code;
}

export type Enrolled = Seat & { token: string };

/** Exchanges a code for a seat and its token; null when the code is unknown, used or expired. */
export async function enroll(pool: Pool, code: string): Promise<Enrolled | null> {
  return inTransaction(pool, async (client) => {
    const found = await client.query<{ name: string }>(
      'SELECT name FROM public.enrollment_codes WHERE code_hash = $1 AND used_at IS NULL AND expires_at > now() FOR UPDATE',
      [hashOf(code)],
    );
    const row = found.rows[0];
    if (!row) throw new RollBack(null);
    const seat = await addSeat(client, row.name);
    await client.query('UPDATE public.enrollment_codes SET used_at = now(), seat_id = $2 WHERE code_hash = $1', [hashOf(code), seat.id]);
    return seat;
  });
}

/** Wrong codes a caller may try in a window before being told to wait: guessing a code takes forever. */
export const ENROLL_ATTEMPTS = 5;
export const ENROLL_WINDOW_MS = 60_000;

/** Counts attempts per caller (address) in a sliding window; kept in memory, so a restart forgets. */
export class AttemptLimit {
  private readonly attempts = new Map<string, number[]>();

  constructor(
    private readonly limit = ENROLL_ATTEMPTS,
    private readonly windowMs = ENROLL_WINDOW_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether `caller` may try now; counts the try. */
  allow(caller: string): boolean {
    const now = this.now();
    // Callers gone quiet are forgotten, so the count never grows with every address ever seen.
    if (this.attempts.size > 10_000) {
      for (const [key, times] of this.attempts) if ((times.at(-1) ?? 0) <= now - this.windowMs) this.attempts.delete(key);
    }
    const recent = (this.attempts.get(caller) ?? []).filter((at) => at > now - this.windowMs);
    if (recent.length >= this.limit) {
      this.attempts.set(caller, recent);
      return false;
    }
    recent.push(now);
    this.attempts.set(caller, recent);
    return true;
  }
}
