// 账户 as commands: opening the first leader's account, opening and resetting others' (with a
// one-time password), disabling, a person changing their own password, and each sign-in attempt
// and seat event, every one with its entry on the organisation's audit. The password arrives here
// already hashed (renderer/db/passwords.ts): a decision is pure and never sees a password.
import { z } from 'zod';
import { afterAttempt, AccountSchema, FAILURES_BEFORE_LOCK, PasswordHashSchema, type Account } from './accounts';
import { decided, refused, type Decision, type Stamp } from './commandKit';
import type { Person } from './model';
import { ORGANISATION_TIMELINE } from './organisationCommands';
import { toIsoWithOffset } from './time';
import { timelineBody, type TimelineKind, type TimelineParams } from './timelineKinds';

const audit = <K extends TimelineKind>(kind: K, params: TimelineParams[K]) => ({
  incidentId: ORGANISATION_TIMELINE,
  ...timelineBody(kind, params),
});

/** A seat is named by a short code of this installation's window (席位), kept in its own storage. */
const seatArg = z.string().min(1).max(40);
export const personArgs = z.object({ personId: z.string().min(1).max(100) });
export const setPasswordArgs = z.object({ personId: z.string().min(1).max(100), password: PasswordHashSchema, seat: seatArg });
export const changePasswordArgs = z.object({ password: PasswordHashSchema, seat: seatArg });
export const disabledArgs = z.object({ personId: z.string().min(1).max(100), disabled: z.boolean(), seat: seatArg });
/** What the password was given for: signing in, unlocking the seat, confirming a grave action, or before changing it. */
export const ATTEMPT_PURPOSES = ['sign-in', 'unlock', 'confirm', 'change'] as const;
export const attemptArgs = z.object({
  personId: z.string().min(1).max(100),
  right: z.boolean(),
  seat: seatArg,
  purpose: z.enum(ATTEMPT_PURPOSES),
});
export const seatEventArgs = z.object({
  personId: z.string().min(1).max(100),
  seat: seatArg,
  event: z.enum(['signed-out', 'seat-locked']),
});

export type AccountSeen = { person: Person | undefined; account: Account | undefined };

function newAccount(personId: string, password: Account['password'], mustChange: boolean, stamp: Stamp): Account {
  return AccountSchema.parse({
    personId,
    password,
    mustChange,
    failures: 0,
    locks: 0,
    lockedUntil: null,
    disabled: false,
    createdAt: stamp.at,
    updatedAt: stamp.at,
    updatedBy: stamp.actor.id,
  });
}

/** The first run: the leader's own account, while there is none at all. */
export function decideCreateFirst(
  seen: AccountSeen & { anyAccount: boolean },
  args: z.output<typeof setPasswordArgs>,
  stamp: Stamp,
): Decision<Account> {
  if (seen.anyAccount) return refused('account-first-exists');
  if (!seen.person || seen.person.role !== 'leader') return refused('account-not-found');
  const account = newAccount(args.personId, args.password, false, stamp);
  return decided(account, [{ put: 'accounts', row: account }], [audit('account-created', { name: seen.person.name, seat: args.seat })]);
}

/** 开设账户: a one-time password the person changes at their first sign-in. */
export function decideCreate(seen: AccountSeen, args: z.output<typeof setPasswordArgs>, stamp: Stamp): Decision<Account> {
  if (!seen.person) return refused('account-not-found');
  if (seen.account) return refused('account-exists');
  const account = newAccount(args.personId, args.password, true, stamp);
  return decided(account, [{ put: 'accounts', row: account }], [audit('account-created', { name: seen.person.name, seat: args.seat })]);
}

/** 重置密码: a new one-time password; the lock and the count of wrong passwords go with the old one. A deputy does not reset the leader's. */
export function decideReset(seen: AccountSeen, args: z.output<typeof setPasswordArgs>, stamp: Stamp): Decision<Account> {
  if (!seen.person || !seen.account) return refused('account-not-found');
  if (seen.person.role === 'leader' && stamp.actor.role !== 'leader') return refused('account-not-leader-reset');
  const account: Account = {
    ...seen.account,
    password: args.password,
    mustChange: true,
    failures: 0,
    locks: 0,
    lockedUntil: null,
    updatedAt: stamp.at,
    updatedBy: stamp.actor.id,
  };
  return decided(account, [{ put: 'accounts', row: account }], [audit('password-reset', { name: seen.person.name, seat: args.seat })]);
}

export function decideSetDisabled(seen: AccountSeen, args: z.output<typeof disabledArgs>, stamp: Stamp): Decision<Account> {
  if (!seen.person || !seen.account) return refused('account-not-found');
  if (args.personId === stamp.actor.id) return refused('account-self-disable');
  if (seen.person.role === 'leader' && stamp.actor.role !== 'leader') return refused('account-not-leader-reset');
  const account: Account = { ...seen.account, disabled: args.disabled, updatedAt: stamp.at, updatedBy: stamp.actor.id };
  return decided(
    account,
    [{ put: 'accounts', row: account }],
    [audit(args.disabled ? 'account-disabled' : 'account-enabled', { name: seen.person.name, seat: args.seat })],
  );
}

/** A person changes their own password (the one signed in: the stamp's actor). */
export function decideChangePassword(seen: AccountSeen, args: z.output<typeof changePasswordArgs>, stamp: Stamp): Decision<Account> {
  if (!seen.person || !seen.account) return refused('account-not-found');
  const account: Account = { ...seen.account, password: args.password, mustChange: false, updatedAt: stamp.at, updatedBy: stamp.actor.id };
  return decided(account, [{ put: 'accounts', row: account }], [audit('password-changed', { name: seen.person.name, seat: args.seat })]);
}

export type AttemptValue = {
  outcome: ReturnType<typeof afterAttempt>['outcome'];
  lockedUntilMs?: number;
  left: number;
  mustChange: boolean;
};

/** One sign-in attempt (or a password given to unlock or confirm): counted, locked, recorded. */
export function decideAttempt(seen: AccountSeen, args: z.output<typeof attemptArgs>, stamp: Stamp): Decision<AttemptValue> {
  if (!seen.person || !seen.account) return refused('account-not-found');
  const { account, outcome, lockedUntilMs } = afterAttempt(seen.account, args.right, stamp.nowMs, stamp.utcOffsetMinutes);
  const name = seen.person.name;
  const seat = args.seat;
  const until = lockedUntilMs === undefined ? '' : toIsoWithOffset(lockedUntilMs, stamp.utcOffsetMinutes).slice(0, 16).replace('T', ' ');
  const left = FAILURES_BEFORE_LOCK - account.failures;
  const value: AttemptValue = { outcome, left, mustChange: account.mustChange, ...(lockedUntilMs === undefined ? {} : { lockedUntilMs }) };
  const write = account === seen.account ? [] : [{ put: 'accounts' as const, row: account }];
  switch (outcome) {
    case 'signed-in': {
      // Each right password is recorded for what it was given for; before a change, the change says it.
      const entry =
        args.purpose === 'sign-in'
          ? [audit('signed-in', { name, seat })]
          : args.purpose === 'unlock'
            ? [audit('seat-unlocked', { name, seat })]
            : args.purpose === 'confirm'
              ? [audit('password-confirmed', { name, seat })]
              : [];
      return decided(value, write, entry);
    }
    case 'wrong-password':
      return decided(value, write, [audit('sign-in-failed', { name, seat, left })]);
    case 'locked-now':
      return decided(value, write, [audit('account-locked', { name, seat, until })]);
    case 'still-locked':
      return decided(value, [], [audit('sign-in-while-locked', { name, seat, until })]);
    case 'disabled':
      return refused('account-disabled');
  }
}

export function decideSeatEvent(seen: AccountSeen, args: z.output<typeof seatEventArgs>): Decision<void> {
  if (!seen.person) return refused('account-not-found');
  return decided(undefined, [], [audit(args.event, { name: seen.person.name, seat: args.seat })]);
}
