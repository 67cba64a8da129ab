// Accounts in an office are the office's: a password is checked here, against the office's own
// record of the account, and every attempt is counted here, so five wrong passwords lock the account
// at every seat at once. A right one for signing in opens a session (server/sessions.ts). An
// account's change (开设, 重置, 停用, 修改密码) is hashed and decided here too, for the person of the
// session, under the same rules as on a single seat (shared/accountCommands.ts). The password comes
// over the office's TLS and is never kept or logged.
import { pbkdf2, randomBytes, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import type { Pool } from 'pg';
import type { AttemptValue } from '@shared/accountCommands';
import {
  lockedAt,
  PASSWORD_HASH_BYTES,
  PASSWORD_ITERATIONS,
  PASSWORD_SALT_BYTES,
  passwordProblem,
  provenRecently,
  type Account,
  type PasswordHash,
} from '@shared/accounts';
import type { CommandLogEntry } from '@shared/commandKit';
import { needsReauth } from '@shared/commandAccess';
import { newId } from '@shared/ids';
import type { Actor, Person } from '@shared/model';
import {
  officeAttemptCommand,
  officeChangePasswordCommand,
  officeCreateCommand,
  officeResetCommand,
  officeSeatEventCommand,
  officeSetDisabledCommand,
} from '@shared/officeAccountCommands';
import type { SharedCommand } from '@shared/officeCommands';
import type { AccountBody, PushOutcome, SessionAnswer, SessionBody } from '@shared/officeProtocol';
import { fail, ok, type Result } from '@shared/result';
import type { Plan } from '@shared/plan';
import { planInForceAt } from '@shared/planVersions';
import { toIsoWithOffset } from '@shared/time';
import { OfficeRows } from './db/rows';
import { inTransaction } from './db/transaction';
import { endSession, endSessionsOf, openSession, proven, type Session } from './sessions';
import { applyAtNewVersion } from './sync';

const derive = promisify(pbkdf2);

/** The same hash as the seat's Web Crypto one (renderer/db/passwords.ts): an account made on either signs in on the other. */
export async function hashPassword(password: string): Promise<PasswordHash> {
  const salt = randomBytes(PASSWORD_SALT_BYTES);
  const hash = await derive(password.normalize('NFC'), salt, PASSWORD_ITERATIONS, PASSWORD_HASH_BYTES, 'sha256');
  return { algorithm: 'pbkdf2-sha256', iterations: PASSWORD_ITERATIONS, salt: salt.toString('base64'), hash: hash.toString('base64') };
}

export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64');
  const derived = await derive(password.normalize('NFC'), Buffer.from(stored.salt, 'base64'), stored.iterations, expected.length, 'sha256');
  return derived.length === expected.length && timingSafeEqual(derived, expected);
}

/** An account as the office records and answers it: never with its password's hash (the rows keep that, nothing else). */
const withoutHash = (value: unknown): unknown => {
  if (typeof value !== 'object' || value === null || !('password' in value)) return value;
  const { password: _hash, ...rest } = value as Account;
  return rest;
};

/** Runs one of the server's own account commands for `actor` at a new live version; its outcome, as a push's. */
async function run<A, S, T>(
  pool: Pool,
  seatId: string,
  command: SharedCommand<A, S, T>,
  args: A,
  logged: unknown,
  actor: Actor,
): Promise<PushOutcome> {
  const nowMs = Date.now();
  const ids = Array.from({ length: 4 }, () => newId());
  // The instant is the server's own: it decides the attempt now.
  const entry = (utcOffsetMinutes: number): CommandLogEntry => ({
    name: command.name,
    args: logged,
    at: toIsoWithOffset(nowMs, utcOffsetMinutes),
    nowMs,
    actorId: actor.id,
    actorName: actor.name,
    mode: 'live',
    ids,
  });
  const { outcome } = await inTransaction(pool, async (client) => {
    // The instant in the office's zone, as a seat's own entries have it (the plan says which).
    const plan = planInForceAt(await new OfficeRows(client, 'live').all<Plan>('plans'), nowMs);
    const given = { command: command as SharedCommand<unknown, unknown, unknown>, actor, args };
    return applyAtNewVersion(client, 'live', seatId, null, entry(plan?.utcOffsetMinutes ?? 0), given, withoutHash);
  });
  return outcome;
}

async function personAndAccount(pool: Pool, personId: string): Promise<{ person?: Person; account?: Account }> {
  return inTransaction(
    pool,
    async (client) => {
      const rows = new OfficeRows(client, 'live');
      const [person, account] = await Promise.all([rows.get<Person>('people', personId), rows.get<Account>('accounts', personId)]);
      return { ...(person ? { person } : {}), ...(account ? { account } : {}) };
    },
    'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
  );
}

/**
 * A password given at a seat: checked against the office's account (not at all while it is
 * locked), the attempt counted and recorded on the office's audit; a right one for signing in opens
 * a session, a right one to unlock or confirm renews the session's proof.
 */
export async function givePassword(pool: Pool, seatId: string, body: SessionBody, session: string | null): Promise<Result<SessionAnswer>> {
  const { person, account } = await personAndAccount(pool, body.personId);
  if (!person || !account) return fail('account-not-found');
  if (account.disabled) return fail('account-disabled');
  const right = lockedAt(account, Date.now()).locked ? false : await verifyPassword(body.password, account.password);
  const actor: Actor = { id: person.id, name: person.name, role: person.role };
  const outcome = await run(
    pool,
    seatId,
    officeAttemptCommand,
    { personId: person.id, right, seat: body.seat, purpose: body.purpose },
    { personId: person.id, right, seat: body.seat, purpose: body.purpose },
    actor,
  );
  if (!outcome.ok) return fail(outcome.error.code as never, outcome.error.params);
  const value = outcome.value as AttemptValue;
  const answer: SessionAnswer = { ...value, outcome: value.outcome as SessionAnswer['outcome'] };
  if (value.outcome !== 'signed-in') return ok(answer);
  if (body.purpose === 'sign-in') return ok({ ...answer, person: actor, token: await openSession(pool, seatId, person.id) });
  if (session) await proven(pool, seatId, session, person.id);
  return ok({ ...answer, person: actor });
}

/** 退出登录: the session ends, on the office's audit. */
export async function signOutSession(pool: Pool, seatId: string, token: string, seat: string): Promise<void> {
  const personId = await endSession(pool, seatId, token);
  if (!personId) return;
  const { person } = await personAndAccount(pool, personId);
  if (!person) return;
  const actor: Actor = { id: person.id, name: person.name, role: person.role };
  const args = { personId, seat, event: 'signed-out' as const };
  await run(pool, seatId, officeSeatEventCommand, args, args, actor);
}

/** An account's change by the session's person: their role and, for the gravest, a password given lately are checked here. */
export async function changeAccount(
  pool: Pool,
  seatId: string,
  session: Session & { token: string },
  body: AccountBody,
): Promise<Result<unknown>> {
  const { person } = await personAndAccount(pool, session.personId);
  if (!person) return fail('office-actor-unknown');
  const actor: Actor = { id: person.id, name: person.name, role: person.role };
  const noHash = { password: 'not-logged' };
  let outcome: PushOutcome;
  switch (body.action) {
    case 'create':
    case 'reset': {
      const target = (await personAndAccount(pool, body.personId)).person;
      const problem = passwordProblem(body.password, { name: target?.name });
      if (problem) return fail(problem);
      const command = body.action === 'create' ? officeCreateCommand : officeResetCommand;
      if (needsReauth(command.name, body, null) && !provenRecently(session.provenAtMs, Date.now())) return fail('reauth-required');
      const args = { personId: body.personId, password: await hashPassword(body.password), seat: body.seat };
      outcome = await run(pool, seatId, command, args, { ...args, ...noHash }, actor);
      break;
    }
    case 'setDisabled': {
      if (needsReauth(officeSetDisabledCommand.name, body, null) && !provenRecently(session.provenAtMs, Date.now())) {
        return fail('reauth-required');
      }
      const args = { personId: body.personId, disabled: body.disabled, seat: body.seat };
      outcome = await run(pool, seatId, officeSetDisabledCommand, args, args, actor);
      break;
    }
    case 'changePassword': {
      // The current password was given in this session just before (a 'change' at /v1/session).
      const problem = passwordProblem(body.password, { name: person.name });
      if (problem) return fail(problem);
      if (!provenRecently(session.provenAtMs, Date.now())) return fail('reauth-required');
      const args = { password: await hashPassword(body.password), seat: body.seat };
      outcome = await run(pool, seatId, officeChangePasswordCommand, args, { ...args, ...noHash }, actor);
      break;
    }
  }
  if (!outcome.ok) return fail(outcome.error.code as never, outcome.error.params);
  // A reset or a disabled account ends the person's sessions at every seat; a changed password, all but this one.
  if (body.action === 'reset' || (body.action === 'setDisabled' && body.disabled)) await endSessionsOf(pool, body.personId);
  if (body.action === 'changePassword') await endSessionsOf(pool, person.id, session.token);
  return ok(outcome.value);
}
