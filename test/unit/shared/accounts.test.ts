// The rules of signing in: how wrong passwords lock an account and for how long, what a new
// password must be, and how long a password given covers the gravest actions.
import { describe, expect, it } from 'vitest';
import {
  afterAttempt,
  FAILURES_BEFORE_LOCK,
  lockDurationMs,
  lockedAt,
  passwordProblem,
  provenRecently,
  REAUTH_WINDOW_MS,
  type Account,
} from '@shared/accounts';
import { accessFor, COMMAND_ACCESS, needsReauth } from '@shared/commandAccess';
import type { Incident } from '@shared/model';

const MINUTE = 60_000;
const T0 = Date.parse('2026-11-23T10:00:00+08:00');
const account = (over: Partial<Account> = {}): Account => ({
  personId: 'p1',
  password: {
    algorithm: 'pbkdf2-sha256',
    iterations: 600_000,
    salt: 'c2FsdHNhbHRzYWx0c2FsdA==',
    hash: 'aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g=',
  },
  mustChange: false,
  failures: 0,
  locks: 0,
  lockedUntil: null,
  disabled: false,
  createdAt: '2026-11-23T09:00:00+08:00',
  updatedAt: '2026-11-23T09:00:00+08:00',
  updatedBy: 'p0',
  ...over,
});

/** `n` wrong passwords a second apart from `start`. */
function wrong(start: Account, n: number, fromMs = T0) {
  let current = start;
  const outcomes: string[] = [];
  for (let i = 0; i < n; i += 1) {
    const next = afterAttempt(current, false, fromMs + i * 1000, 480);
    current = next.account;
    outcomes.push(next.outcome);
  }
  return { account: current, outcomes };
}

describe('wrong passwords', () => {
  it('lock the account at the fifth in a row, for five minutes the first time', () => {
    const { account: locked, outcomes } = wrong(account(), FAILURES_BEFORE_LOCK);
    expect(outcomes).toEqual(['wrong-password', 'wrong-password', 'wrong-password', 'wrong-password', 'locked-now']);
    const lock = lockedAt(locked, T0 + 4000);
    expect(lock.locked).toBe(true);
    expect(lock.untilMs! - (T0 + 4000)).toBe(5 * MINUTE);
    // The stored instant is in the plan's offset, as every record's.
    expect(locked.lockedUntil).toBe('2026-11-23T10:05:04+08:00');
  });

  it('do not even check the right password while locked, and count nothing more', () => {
    const { account: locked } = wrong(account(), FAILURES_BEFORE_LOCK);
    const attempt = afterAttempt(locked, true, T0 + 2 * MINUTE, 480);
    expect(attempt.outcome).toBe('still-locked');
    expect(attempt.account).toBe(locked);
  });

  it('lock for twice as long each time in a row, up to a day, and a sign-in clears the count', () => {
    expect([1, 2, 3, 4].map((n) => lockDurationMs(n) / MINUTE)).toEqual([5, 10, 20, 40]);
    expect(lockDurationMs(20)).toBe(24 * 60 * MINUTE);
    const first = wrong(account(), FAILURES_BEFORE_LOCK).account;
    const second = wrong(first, FAILURES_BEFORE_LOCK, T0 + 6 * MINUTE).account;
    expect(second.locks).toBe(2);
    expect(lockedAt(second, T0 + 6 * MINUTE + 4000).untilMs! - (T0 + 6 * MINUTE + 4000)).toBe(10 * MINUTE);
    const signedIn = afterAttempt(second, true, T0 + 17 * MINUTE, 480);
    expect(signedIn.outcome).toBe('signed-in');
    expect(signedIn.account).toMatchObject({ failures: 0, locks: 0, lockedUntil: null });
  });

  it('never sign a disabled account in', () => {
    expect(afterAttempt(account({ disabled: true }), true, T0, 480).outcome).toBe('disabled');
  });
});

describe('a new password', () => {
  it('has at least 8 characters, is not one character repeated, holds no name and differs from the old', () => {
    expect(passwordProblem('short7!')).toBe('account-password-too-short');
    expect(passwordProblem('aaaaaaaaaa')).toBe('account-password-too-simple');
    expect(passwordProblem('王建国的密码2026', { name: '王建国' })).toBe('account-password-has-name');
    expect(passwordProblem('Zhihui-2026', { previous: 'Zhihui-2026' })).toBe('account-password-same');
    expect(passwordProblem('Zhihui-2026', { name: '王建国', previous: 'Once-1234' })).toBeNull();
  });
});

describe('再次验证', () => {
  it('covers five minutes after the password was given, and no longer', () => {
    expect(provenRecently(T0, T0 + REAUTH_WINDOW_MS)).toBe(true);
    expect(provenRecently(T0, T0 + REAUTH_WINDOW_MS + 1)).toBe(false);
    expect(provenRecently(null, T0)).toBe(false);
    // A clock that went back does not stretch the window.
    expect(provenRecently(T0, T0 - 1)).toBe(false);
  });

  it('is asked for level-1 activation (or a regrade to level 1) and solution approval, not for a level-2 activation', () => {
    const incident = (level: number) => ({ incident: { level } as Incident });
    expect(needsReauth('incident.workflow', { command: { type: 'activateResponse' } }, incident(1))).toBe(true);
    expect(needsReauth('incident.workflow', { command: { type: 'activateResponse' } }, incident(2))).toBe(false);
    expect(needsReauth('incident.workflow', { command: { type: 'approveSolution' } }, incident(3))).toBe(true);
    expect(needsReauth('incident.workflow', { command: { type: 'regrade', level: 1 } }, incident(2))).toBe(true);
    expect(needsReauth('incident.workflow', { command: { type: 'regrade', level: 2 } }, incident(3))).toBe(false);
    expect(needsReauth('release.change', { command: { type: 'approve' } }, null)).toBe(true);
    expect(needsReauth('release.change', { command: { type: 'submit' } }, null)).toBe(false);
    for (const name of [
      'plan.approve',
      'backup.restore',
      'backup.fileExported',
      'export.fullStarted',
      'review.fullDataPrinted',
      'incident.personalDataViewed',
      'account.create',
      'account.reset',
    ]) {
      expect(needsReauth(name, {}, null), name).toBe(true);
    }
  });
});

describe('who may run a command', () => {
  it('lets only the leaders manage accounts and people, and the trainer run drills', () => {
    expect(accessFor('account.create', 'member')).toEqual({ ok: false, code: 'command-not-permitted' });
    expect(accessFor('account.create', 'deputy')).toEqual({ ok: true, system: false });
    expect(accessFor('person.save', 'staff').ok).toBe(false);
    expect(accessFor('drillRun.create', 'trainer').ok).toBe(true);
    expect(accessFor('drillRun.create', 'staff').ok).toBe(false);
    expect(accessFor('plan.approve', 'trainer').ok).toBe(false);
    expect(accessFor('complaint.register', 'staff').ok).toBe(true);
  });

  it('refuses a command it has no rule for', () => {
    expect(accessFor('incident.delete', 'leader')).toEqual({ ok: false, code: 'command-unknown' });
    expect(Object.keys(COMMAND_ACCESS).length).toBeGreaterThan(70);
  });
});
