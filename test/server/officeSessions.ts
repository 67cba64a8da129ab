// Test seats sign their people in at the office, as a seat does: the office holds the accounts (a
// first seat brings them) and takes each pushed command's actor from the sessions the seat shows.
import type { Account, PasswordHash } from '@shared/accounts';
import type { ConsoleDb } from '../../renderer/db/schema';
import { hashPassword } from '../../server/accounts';

export const PASSWORD = '办公室测试-口令-2026';

let hashed: Promise<PasswordHash> | undefined;
/** One hash for every test account (hashing takes the full PBKDF2 work each time). */
const testHash = () => (hashed ??= hashPassword(PASSWORD));

/** Accounts with PASSWORD for these people in a seat's store, before it brings its data to the office. */
export async function withAccounts(db: ConsoleDb, personIds: readonly string[]): Promise<void> {
  const password = await testHash();
  const at = '2026-11-01T09:00:00+08:00';
  await db.accounts.bulkPut(
    personIds.map((personId): Account => ({
      personId,
      password,
      mustChange: false,
      failures: 0,
      locks: 0,
      lockedUntil: null,
      disabled: false,
      createdAt: at,
      updatedAt: at,
      updatedBy: personId,
    })),
  );
}

/** What the office answered to a password given at a seat (`fetch`'s status and body). */
export async function givePassword(
  base: string,
  seatToken: string,
  personId: string,
  password = PASSWORD,
  purpose: 'sign-in' | 'unlock' | 'confirm' | 'change' = 'sign-in',
  session?: string,
): Promise<{ status: number; body: { ok: boolean; value?: { token?: string; outcome: string; left: number }; error?: { code: string } } }> {
  const response = await fetch(new URL('/v1/session', base), {
    method: 'POST',
    headers: {
      authorization: `Bearer ${seatToken}`,
      'content-type': 'application/json',
      ...(session ? { 'x-office-session': session } : {}),
    },
    body: JSON.stringify({ personId, password, seat: 'TEST', purpose }),
  });
  return { status: response.status, body: (await response.json()) as never };
}

/** The sessions of one test seat: a person is signed in at the office the first time they act there. */
export function seatSessions(base: string, seatToken: string) {
  const held = new Map<string, string>();
  return {
    tokens: () => [...held.values()],
    async signIn(personId: string): Promise<void> {
      if (held.has(personId)) return;
      const { status, body } = await givePassword(base, seatToken, personId);
      if (status !== 200 || !body.value?.token) throw new Error(`${personId} could not sign in at the office: ${JSON.stringify(body)}`);
      held.set(personId, body.value.token);
    },
  };
}
