// Signing in at this seat: the accounts commands, and the steps around them that need a password
// (hashing and checking it is asynchronous and happens before the command that records the
// outcome). Accounts live in the live database; in a rehearsal the same accounts sign in, through
// a connection of their own (accountsDb), so a drill never needs its own people's passwords.
import { decideCreateFirst, setPasswordArgs, type AccountSeen, type AttemptValue } from '@shared/accountCommands';
import type { ATTEMPT_PURPOSES } from '@shared/accountCommands';

type AttemptPurpose = (typeof ATTEMPT_PURPOSES)[number];
import { lockedAt, passwordProblem, type Account } from '@shared/accounts';
import type { Actor } from '@shared/model';
import { fail, ok, type Result } from '@shared/result';
import { toIsoWithOffset } from '@shared/time';
import type { WriteContext } from './context';
import { execute, type Command } from './executor';
import { hashPassword, verifyPassword } from './passwords';
import { openConsoleDb, type ConsoleDb } from './schema';
import { seat } from './seat';
import { seatCode } from './seatCode';
import * as office from '@shared/officeAccountCommands';
import { accountAtOffice, owedToOffice, passwordAtOffice, signOutAtOffice } from '../office/officeAccounts';

export { seatCode };

/**
 * The log keeps what a command was given, but not a password's hash: every hash a person ever had,
 * kept in the log and its backups, would be there to be cracked at leisure.
 */
const withoutHash = <A extends { password: unknown }>(args: A) => ({ ...args, password: 'not-logged' });

export const createFirstCommand: Command<
  { personId: string; password: Account['password']; seat: string },
  AccountSeen & { anyAccount: boolean },
  Account
> = {
  name: 'account.createFirst',
  logged: withoutHash,
  args: setPasswordArgs,
  tables: ['accounts', 'people'],
  read: async (db, { personId }) => ({ ...(await office.accountSeen(db, personId)), anyAccount: (await db.accounts.limit(1).count()) > 0 }),
  decide: decideCreateFirst,
};
// Read and decided the same on a single seat and on the office server (shared/officeAccountCommands.ts);
// the seat's log keeps no password's hash.
export const createCommand = { ...office.officeCreateCommand, logged: withoutHash };
export const resetCommand = { ...office.officeResetCommand, logged: withoutHash };
export const setDisabledCommand = office.officeSetDisabledCommand;
export const changePasswordCommand = { ...office.officeChangePasswordCommand, logged: withoutHash };
const attemptCommand = office.officeAttemptCommand;
const seatEventCommand = office.officeSeatEventCommand;

// The live database's accounts, open beside whichever mode's database the screens use.
let accounts: ConsoleDb | null = null;
/** The connection sign-in uses: the live database, whatever mode the console is in. */
export function accountsDb(): ConsoleDb {
  accounts ??= openConsoleDb('live');
  return accounts;
}

/** Who is signing in, as the console's own upkeep records it (no one is signed in yet). */
const attemptCtx = (ctx: WriteContext, person: { id: string; name: string }): WriteContext => ({
  ...ctx,
  actor: { id: person.id, name: person.name, role: 'staff' },
});

const lockedUntilText = (ms: number, ctx: WriteContext) => toIsoWithOffset(ms, ctx.plan.utcOffsetMinutes).slice(0, 16).replace('T', ' ');

export type SignedIn = { actor: Actor; mustChange: boolean };

/**
 * Checks a password against the account, counts the attempt (the fifth wrong one in a row locks
 * it), and records it on the audit. A locked account is not checked at all. `then` runs on success.
 */
async function checkPassword(
  db: ConsoleDb,
  personId: string,
  password: string,
  ctx: WriteContext,
  seatName: string,
  purpose: AttemptPurpose,
): Promise<Result<AttemptValue & { person: Actor }>> {
  // A seat of an office: the office checks the password and counts the attempt, for every seat at once.
  const office = await passwordAtOffice(db, { personId, password, seat: seatName, purpose });
  if (office.at === 'office') {
    if (!office.answer.ok) return office.answer;
    const { person, token: _token, ...value } = office.answer.value;
    return verdict(value, person, ctx);
  }
  const [person, account] = await Promise.all([db.people.get(personId), db.accounts.get(personId)]);
  if (!person || !account) return fail('account-not-found');
  if (account.disabled) return fail('account-disabled');
  const lock = lockedAt(account, ctx.now);
  const right = lock.locked ? false : await verifyPassword(password, account.password);
  const recorded = await execute(db, attemptCommand, { personId, right, seat: seatName, purpose }, attemptCtx(ctx, person));
  if (!recorded.ok) return recorded;
  const checked = verdict(recorded.value, { id: person.id, name: person.name, role: person.role }, ctx);
  // The office could not be reached: the seat's copy of the account let the person in; the office checks it too when it is back.
  if (checked.ok && office.at === 'unreachable' && office.owe && purpose === 'sign-in') await owedToOffice(db, personId, password);
  return checked;
}

/** An attempt's outcome as the seat reports it: a lock or a wrong password is a refusal in its own words. */
function verdict(value: AttemptValue, person: Actor | undefined, ctx: WriteContext): Result<AttemptValue & { person: Actor }> {
  if (value.outcome === 'still-locked' || value.outcome === 'locked-now') {
    return fail('account-locked', { until: lockedUntilText(value.lockedUntilMs!, ctx) });
  }
  if (value.outcome === 'wrong-password') return fail('account-wrong-password', { left: value.left });
  if (!person) return fail('account-not-found');
  return ok({ ...value, person });
}

/** 登录: the seat is this person's from now on. */
export async function signIn(
  db: ConsoleDb,
  personId: string,
  password: string,
  ctx: WriteContext,
  seatName = seatCode(),
): Promise<Result<SignedIn>> {
  const checked = await checkPassword(db, personId, password, ctx, seatName, 'sign-in');
  if (!checked.ok) return checked;
  seat.signedIn(checked.value.person, ctx.now, checked.value.mustChange);
  return ok({ actor: checked.value.person, mustChange: checked.value.mustChange });
}

/** Whether anyone has an account yet (the first run asks for the leader's). */
export const hasAnyAccount = async (db: ConsoleDb) => (await db.accounts.limit(1).count()) > 0;

/** The first run: the leader chooses their password and is signed in. */
export async function createFirstLeader(db: ConsoleDb, personId: string, password: string, ctx: WriteContext): Promise<Result<SignedIn>> {
  const person = await db.people.get(personId);
  const problem = passwordProblem(password, { name: person?.name });
  if (problem) return fail(problem);
  const created = await execute(
    db,
    createFirstCommand,
    { personId, password: await hashPassword(password), seat: seatCode() },
    attemptCtx(ctx, person ?? { id: personId, name: '' }),
  );
  if (!created.ok) return created;
  return signIn(db, personId, password, ctx);
}

/** 开设账户 with a one-time password the person must change at first sign-in. */
export async function createAccount(db: ConsoleDb, personId: string, oneTime: string, ctx: WriteContext): Promise<Result<Account>> {
  const person = await db.people.get(personId);
  const problem = passwordProblem(oneTime, { name: person?.name });
  if (problem) return fail(problem);
  const atOffice = await accountAtOffice(db, actingId(ctx), { action: 'create', personId, password: oneTime, seat: seatCode() });
  if (atOffice) return atOffice as Result<Account>;
  return execute(db, createCommand, { personId, password: await hashPassword(oneTime), seat: seatCode() }, ctx);
}

/** 重置密码: a new one-time password. */
export async function resetPassword(db: ConsoleDb, personId: string, oneTime: string, ctx: WriteContext): Promise<Result<Account>> {
  const person = await db.people.get(personId);
  const problem = passwordProblem(oneTime, { name: person?.name });
  if (problem) return fail(problem);
  const atOffice = await accountAtOffice(db, actingId(ctx), { action: 'reset', personId, password: oneTime, seat: seatCode() });
  if (atOffice) return atOffice as Result<Account>;
  return execute(db, resetCommand, { personId, password: await hashPassword(oneTime), seat: seatCode() }, ctx);
}

export async function setAccountDisabled(db: ConsoleDb, personId: string, disabled: boolean, ctx: WriteContext): Promise<Result<Account>> {
  const atOffice = await accountAtOffice(db, actingId(ctx), { action: 'setDisabled', personId, disabled, seat: seatCode() });
  if (atOffice) return atOffice as Result<Account>;
  return execute(db, setDisabledCommand, { personId, disabled, seat: seatCode() }, ctx);
}

/** Who changes an account: the person signed in here (the context's actor where the seat is not enforced: a test). */
const actingId = (ctx: WriteContext) => seat.current().person?.id ?? ctx.actor.id;

/** The signed-in person changes their own password, giving the current one first. */
export async function changeOwnPassword(db: ConsoleDb, current: string, next: string, ctx: WriteContext): Promise<Result<Account>> {
  const here = seat.current().person;
  if (!here) return fail('not-signed-in');
  const problem = passwordProblem(next, { name: here.name, previous: current });
  if (problem) return fail(problem);
  const checked = await checkPassword(db, here.id, current, ctx, seatCode(), 'change');
  if (!checked.ok) return checked;
  seat.proven(ctx.now);
  const atOffice = await accountAtOffice(db, here.id, { action: 'changePassword', password: next, seat: seatCode() });
  if (atOffice) {
    if (atOffice.ok) seat.passwordChanged();
    return atOffice as Result<Account>;
  }
  const changed = await execute(db, changePasswordCommand, { password: await hashPassword(next), seat: seatCode() }, ctx);
  if (changed.ok) seat.passwordChanged();
  return changed;
}

/**
 * The signed-in person's password, given at this seat for `purpose`: counted like at sign-in, and
 * a fifth wrong one in a row, which locks the account, signs the seat out too.
 */
async function passwordAtSeat(db: ConsoleDb, password: string, ctx: WriteContext, purpose: 'unlock' | 'confirm'): Promise<Result<Actor>> {
  const here = seat.current().person;
  if (!here) return fail('not-signed-in');
  const checked = await checkPassword(db, here.id, password, ctx, seatCode(), purpose);
  if (!checked.ok) {
    if (checked.error.code === 'account-locked') await signOut(db, ctx);
    return checked;
  }
  return ok(here);
}

/**
 * The office holds no session of the person signed in here (their sign-in was checked by the seat
 * alone, or the session ended): their password, checked by the office, opens one, and their waiting
 * commands go.
 */
export async function proveToOffice(db: ConsoleDb, password: string, ctx: WriteContext): Promise<Result<void>> {
  const here = seat.current().person;
  if (!here) return fail('not-signed-in');
  const checked = await checkPassword(db, here.id, password, ctx, seatCode(), 'sign-in');
  return checked.ok ? ok(undefined) : checked;
}

/** 再次验证: the password again before a grave action. */
export async function reauthenticate(db: ConsoleDb, password: string, ctx: WriteContext): Promise<Result<void>> {
  const given = await passwordAtSeat(db, password, ctx, 'confirm');
  if (!given.ok) return given;
  seat.proven(ctx.now);
  return ok(undefined);
}

async function seatEvent(db: ConsoleDb, event: 'signed-out' | 'seat-locked', person: Actor, ctx: WriteContext) {
  await execute(db, seatEventCommand, { personId: person.id, seat: seatCode(), event }, { ...ctx, actor: person });
}

/** 锁定: the seat hides what it shows until the person gives their password again. */
export async function lockSeat(db: ConsoleDb, ctx: WriteContext): Promise<void> {
  const { person, locked } = seat.current();
  if (!person || locked) return;
  seat.locked();
  await seatEvent(db, 'seat-locked', person, ctx);
}

/** 解锁 with the signed-in person's own password. */
export async function unlockSeat(db: ConsoleDb, password: string, ctx: WriteContext): Promise<Result<void>> {
  const given = await passwordAtSeat(db, password, ctx, 'unlock');
  if (!given.ok) return given;
  seat.unlocked(ctx.now);
  return ok(undefined);
}

/** 退出登录. */
export async function signOut(db: ConsoleDb, ctx: WriteContext): Promise<void> {
  const { person } = seat.current();
  if (!person) return;
  seat.signedOut();
  // At a seat of an office the office records it, when the session ends there.
  if (await signOutAtOffice(db, person.id)) return;
  await seatEvent(db, 'signed-out', person, ctx);
}
