// 账户: who may sign in at a seat, and the rules of signing in. An account belongs to one person of
// the organisation (组织机构); it holds a password hash only (never the password), whether the
// password is a one-time one to be changed at the next sign-in, and the count of wrong passwords
// behind a lock. The rules here are pure: the hashing itself is Web Crypto's (renderer/db/passwords.ts).
import { z } from 'zod';
import { toIsoWithOffset } from './time';

/** PBKDF2-HMAC-SHA-256 iterations: OWASP's current figure for this function (Password Storage Cheat Sheet). */
export const PASSWORD_ITERATIONS = 600_000;
export const PASSWORD_SALT_BYTES = 16;
export const PASSWORD_HASH_BYTES = 32;
export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 128;

/** Wrong passwords in a row that lock the account. */
export const FAILURES_BEFORE_LOCK = 5;
/** The first lock lasts this long; each further lock in a row twice as long, up to the cap. */
export const FIRST_LOCK_MS = 5 * 60_000;
export const LONGEST_LOCK_MS = 24 * 60 * 60_000;
/** How recently the password must have been given for the gravest actions (再次验证). */
export const REAUTH_WINDOW_MS = 5 * 60_000;
/** The seat locks after this many idle minutes unless 设置 says otherwise. */
export const DEFAULT_IDLE_LOCK_MINUTES = 10;

export const PasswordHashSchema = z.object({
  algorithm: z.literal('pbkdf2-sha256'),
  iterations: z.number().int().min(100_000).max(10_000_000),
  salt: z.string().min(16).max(200),
  hash: z.string().min(32).max(200),
});
export type PasswordHash = z.infer<typeof PasswordHashSchema>;

export const AccountSchema = z.object({
  /** The person's id: one account per person. */
  personId: z.string().min(1).max(100),
  password: PasswordHashSchema,
  /** Set by whoever manages accounts (a new account, a reset): to be changed at the next sign-in. */
  mustChange: z.boolean(),
  /** Wrong passwords since the last sign-in or lock. */
  failures: z.number().int().min(0),
  /** Locks in a row without a sign-in between: each lasts longer. */
  locks: z.number().int().min(0),
  lockedUntil: z.string().max(40).nullable(),
  disabled: z.boolean(),
  createdAt: z.string().max(40),
  updatedAt: z.string().max(40),
  updatedBy: z.string().max(100),
});
export type Account = z.infer<typeof AccountSchema>;

export type PasswordProblem =
  | 'account-password-too-short'
  | 'account-password-too-long'
  | 'account-password-too-simple'
  | 'account-password-has-name'
  | 'account-password-same';

/** Why a password is not accepted as a new one (a refusal's code); null when it is. */
export function passwordProblem(password: string, others: { name?: string | undefined; previous?: string } = {}): PasswordProblem | null {
  if (password.length < MIN_PASSWORD_LENGTH) return 'account-password-too-short';
  if (password.length > MAX_PASSWORD_LENGTH) return 'account-password-too-long';
  if (/^(.)\1*$/u.test(password)) return 'account-password-too-simple';
  if (others.name && password.includes(others.name)) return 'account-password-has-name';
  if (others.previous !== undefined && password === others.previous) return 'account-password-same';
  return null;
}

/** How long the `locks`-th lock in a row lasts (1 = the first): 5 min, 10, 20 … at most a day. */
export function lockDurationMs(locks: number): number {
  return Math.min(FIRST_LOCK_MS * 2 ** Math.max(0, locks - 1), LONGEST_LOCK_MS);
}

/** Whether the account is locked at `nowMs`, and until when. */
export function lockedAt(account: Pick<Account, 'lockedUntil'>, nowMs: number): { locked: boolean; untilMs: number | null } {
  const untilMs = account.lockedUntil ? Date.parse(account.lockedUntil) : null;
  return { locked: untilMs !== null && untilMs > nowMs, untilMs };
}

export type SignInOutcome = 'signed-in' | 'wrong-password' | 'locked-now' | 'still-locked' | 'disabled';

/**
 * The account after one attempt. A wrong password counts; the fifth in a row locks the account
 * for a growing time; a right one clears the count and the lock. An attempt while locked changes
 * nothing and is not checked against the password at all.
 */
export function afterAttempt(
  account: Account,
  rightPassword: boolean,
  nowMs: number,
  utcOffsetMinutes: number,
): { account: Account; outcome: SignInOutcome; lockedUntilMs?: number } {
  const atIso = toIsoWithOffset(nowMs, utcOffsetMinutes);
  if (account.disabled) return { account, outcome: 'disabled' };
  const lock = lockedAt(account, nowMs);
  if (lock.locked) return { account, outcome: 'still-locked', lockedUntilMs: lock.untilMs! };
  if (rightPassword) {
    return { account: { ...account, failures: 0, locks: 0, lockedUntil: null, updatedAt: atIso }, outcome: 'signed-in' };
  }
  const failures = account.failures + 1;
  if (failures < FAILURES_BEFORE_LOCK) return { account: { ...account, failures, updatedAt: atIso }, outcome: 'wrong-password' };
  const locks = account.locks + 1;
  const untilMs = nowMs + lockDurationMs(locks);
  return {
    account: { ...account, failures: 0, locks, lockedUntil: toIsoWithOffset(untilMs, utcOffsetMinutes), updatedAt: atIso },
    outcome: 'locked-now',
    lockedUntilMs: untilMs,
  };
}

/** Whether a password given at `provenAtMs` still covers a grave action at `nowMs`. */
export const provenRecently = (provenAtMs: number | null, nowMs: number): boolean =>
  provenAtMs !== null && nowMs >= provenAtMs && nowMs - provenAtMs <= REAUTH_WINDOW_MS;
