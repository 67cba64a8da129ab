// Signing in: passwords kept only as salted PBKDF2 hashes, the first leader's account, one-time
// passwords changed at first sign-in, locks after wrong passwords, and the executor taking every
// command's actor from the seat — refusing a role without the right, a locked seat, and a grave
// action without the password given again lately.
import { afterEach, describe, expect, it } from 'vitest';
import { PASSWORD_ITERATIONS } from '@shared/accounts';
import { SAMPLE_PEOPLE } from '@shared/sampleOrganisation';
import {
  changeOwnPassword,
  createAccount,
  createFirstLeader,
  lockSeat,
  reauthenticate,
  resetPassword,
  signIn,
  signOut,
  unlockSeat,
} from '../../../renderer/db/accounts';
import type { BackupSnapshot } from '@shared/bridge';
import { exportSnapshot, restoreBackup, type OpenedBackup } from '../../../renderer/db/backup';
import { importInstallSecret, randomBytes } from '../../../renderer/db/backupCrypto';
import { openBackup, sealToLines } from '../../../renderer/db/backupSeal';
import { registerComplaint } from '../../../renderer/db/complaints';
import { applyCommand } from '../../../renderer/db/incidents';
import { savePerson } from '../../../renderer/db/organisation';
import { fromBase64 } from '../../../renderer/db/backupCrypto';
import { hashPassword, verifyPassword } from '../../../renderer/db/passwords';
import type { ConsoleDb } from '../../../renderer/db/schema';
import { resetSeatForTests, seat } from '../../../renderer/db/seat';
import { savePreferences } from '../../../renderer/db/preferences';
import { setAccountDisabled } from '../../../renderer/db/accounts';
import { DEFAULT_PREFERENCES } from '@shared/preferences';
import { contextFor, DEPUTY, freshDb, LEADER, NOW, registration, STAFF } from '../../fixtures/database';

const MINUTE = 60_000;
const LEADER_PASSWORD = 'Zhihui-2026!';
const ONE_TIME = 'Once-4821';
const CHEN_PASSWORD = 'Chenxiao-88';
const MEMBER = SAMPLE_PEOPLE.find((p) => p.role === 'member')!;

const opened: ConsoleDb[] = [];
afterEach(async () => {
  resetSeatForTests();
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});
async function office(): Promise<ConsoleDb> {
  const db = await freshDb();
  opened.push(db);
  seat.enforce();
  return db;
}
const audit = async (db: ConsoleDb) => (await db.timeline.where('incidentId').equals('organisation').toArray()).map((e) => e.kind);

/** The leader's first run, then an account for 陈晓 whose one-time password is changed at first sign-in. */
async function withStaffAccount(db: ConsoleDb) {
  expect((await createFirstLeader(db, LEADER.id, LEADER_PASSWORD, await contextFor(db, LEADER))).ok).toBe(true);
  expect((await createAccount(db, STAFF.id, ONE_TIME, await contextFor(db, LEADER, NOW + MINUTE))).ok).toBe(true);
  await signOut(db, await contextFor(db, LEADER, NOW + MINUTE));
}

/** A snapshot sealed and opened again, as a restore gets it. */
async function backupOf(snapshot: BackupSnapshot): Promise<OpenedBackup> {
  const ours = { installId: 'b1000000-0000-4000-8000-000000000001', key: await importInstallSecret(randomBytes(32)) };
  const lines = await sealToLines(snapshot, { mode: 'live', reason: 'manual', createdAtMs: NOW, sealWith: { kind: 'install', key: ours } });
  const opened = await openBackup(lines, { key: ours });
  if (!opened.ok) throw new Error(opened.error.code);
  return opened.value;
}

/** 陈晓 signed in, her one-time password changed to her own. */
async function staffSignedIn(db: ConsoleDb) {
  await signIn(db, STAFF.id, ONE_TIME, await contextFor(db, STAFF, NOW + 2 * MINUTE));
  await changeOwnPassword(db, ONE_TIME, CHEN_PASSWORD, await contextFor(db, STAFF, NOW + 2 * MINUTE));
}

describe('a password hash', () => {
  it('is PBKDF2-SHA-256 at OWASP’s 600,000 iterations with a fresh 16-byte salt, and never holds the password', async () => {
    const one = await hashPassword(LEADER_PASSWORD);
    const two = await hashPassword(LEADER_PASSWORD);
    expect(PASSWORD_ITERATIONS).toBe(600_000);
    expect(one).toMatchObject({ algorithm: 'pbkdf2-sha256', iterations: 600_000 });
    expect(fromBase64(one.salt)).toHaveLength(16);
    expect(fromBase64(one.hash)).toHaveLength(32);
    expect(one.salt).not.toBe(two.salt);
    expect(one.hash).not.toBe(two.hash);
    expect(JSON.stringify(one)).not.toContain(LEADER_PASSWORD);
    expect(await verifyPassword(LEADER_PASSWORD, one)).toBe(true);
    expect(await verifyPassword('Zhihui-2026?', one)).toBe(false);
  });
});

describe('signing in', () => {
  it('starts with the leader’s own account, and only once', async () => {
    const db = await office();
    const first = await createFirstLeader(db, LEADER.id, LEADER_PASSWORD, await contextFor(db, LEADER));
    expect(first).toMatchObject({ ok: true, value: { actor: { id: LEADER.id, role: 'leader' }, mustChange: false } });
    expect(seat.current().person?.id).toBe(LEADER.id);
    const again = await createFirstLeader(db, LEADER.id, 'Another-2026', await contextFor(db, LEADER));
    expect(again).toMatchObject({ ok: false, error: { code: 'account-first-exists' } });
    const stored = await db.accounts.get(LEADER.id);
    expect(JSON.stringify(stored)).not.toContain(LEADER_PASSWORD);
    expect(await audit(db)).toEqual(expect.arrayContaining(['account-created', 'signed-in']));
  });

  it('with a one-time password asks the person to change it, then signs in with the new one only', async () => {
    const db = await office();
    await withStaffAccount(db);
    const first = await signIn(db, STAFF.id, ONE_TIME, await contextFor(db, STAFF, NOW + 2 * MINUTE), 'A1');
    expect(first).toMatchObject({ ok: true, value: { mustChange: true } });
    expect((await changeOwnPassword(db, ONE_TIME, CHEN_PASSWORD, await contextFor(db, STAFF, NOW + 3 * MINUTE))).ok).toBe(true);
    await signOut(db, await contextFor(db, STAFF, NOW + 3 * MINUTE));
    expect(await signIn(db, STAFF.id, ONE_TIME, await contextFor(db, STAFF, NOW + 4 * MINUTE), 'A1')).toMatchObject({
      ok: false,
      error: { code: 'account-wrong-password' },
    });
    expect(await signIn(db, STAFF.id, CHEN_PASSWORD, await contextFor(db, STAFF, NOW + 5 * MINUTE), 'A1')).toMatchObject({
      ok: true,
      value: { mustChange: false },
    });
    const entries = await db.timeline.where('incidentId').equals('organisation').toArray();
    expect(entries.map((e) => e.kind)).toEqual(
      expect.arrayContaining(['account-created', 'signed-in', 'password-changed', 'signed-out', 'sign-in-failed']),
    );
    expect(entries.find((e) => e.kind === 'sign-in-failed')).toMatchObject({ params: { name: '陈晓', seat: 'A1', left: 4 } });
  });

  it('locks the account at the fifth wrong password, refuses even the right one meanwhile, and records the lock', async () => {
    const db = await office();
    await withStaffAccount(db);
    const tries = [];
    for (let i = 0; i < 5; i += 1)
      tries.push(await signIn(db, STAFF.id, `wrong-${i}-pass`, await contextFor(db, STAFF, NOW + 2 * MINUTE + i), 'A1'));
    expect(tries.map((t) => (t.ok ? 'ok' : t.error.code))).toEqual([
      'account-wrong-password',
      'account-wrong-password',
      'account-wrong-password',
      'account-wrong-password',
      'account-locked',
    ]);
    expect(tries[4]).toMatchObject({ error: { params: { until: '2026-11-23 10:07' } } });
    expect(await signIn(db, STAFF.id, ONE_TIME, await contextFor(db, STAFF, NOW + 3 * MINUTE), 'A1')).toMatchObject({
      ok: false,
      error: { code: 'account-locked' },
    });
    expect(seat.current().person).toBeNull();
    expect(await audit(db)).toEqual(expect.arrayContaining(['account-locked', 'sign-in-while-locked']));
    // Once the lock has run out the right password signs in.
    expect((await signIn(db, STAFF.id, ONE_TIME, await contextFor(db, STAFF, NOW + 8 * MINUTE), 'A1')).ok).toBe(true);
  });

  it('resets a password to a one-time one, which the person must change again', async () => {
    const db = await office();
    await withStaffAccount(db);
    await signIn(db, LEADER.id, LEADER_PASSWORD, await contextFor(db, LEADER, NOW + 2 * MINUTE));
    expect((await resetPassword(db, STAFF.id, 'Reset-5555', await contextFor(db, LEADER, NOW + 3 * MINUTE))).ok).toBe(true);
    await signOut(db, await contextFor(db, LEADER, NOW + 3 * MINUTE));
    expect(await signIn(db, STAFF.id, 'Reset-5555', await contextFor(db, STAFF, NOW + 4 * MINUTE))).toMatchObject({
      ok: true,
      value: { mustChange: true },
    });
    expect(await audit(db)).toContain('password-reset');
  });
});

describe('the executor at a signed-in seat', () => {
  it('takes the actor from the seat, not from what a screen passes in', async () => {
    const db = await office();
    await withStaffAccount(db);
    await staffSignedIn(db);
    // A screen claiming to be the leader changes nothing of who is recorded.
    const registered = await registerComplaint(db, registration(), await contextFor(db, LEADER, NOW + 2 * MINUTE));
    expect(registered.ok).toBe(true);
    const log = await db.commandLog.toArray();
    expect(log.at(-1)).toMatchObject({ name: 'complaint.register', actorId: STAFF.id, actorName: '陈晓' });
  });

  it('refuses a leader-only command from a member, even called directly with the leader as actor', async () => {
    const db = await office();
    await withStaffAccount(db);
    await staffSignedIn(db);
    const person = { name: '新同事', role: 'leader' as const, title: '', phone: '13900001234', department: '' };
    const refused = await savePerson(db, null, person, await contextFor(db, LEADER, NOW + 2 * MINUTE));
    expect(refused).toMatchObject({ ok: false, error: { code: 'command-not-permitted', params: { role: 'staff' } } });
    expect(await db.people.filter((p) => p.name === '新同事').count()).toBe(0);
    // Level 1 is activated by a leader only: the decision refuses the member too.
    const made = await registerComplaint(db, registration(), await contextFor(db, STAFF, NOW + 2 * MINUTE));
    if (!made.ok) throw new Error('registration failed');
    const id = made.value.incident.id;
    await applyCommand(db, id, { type: 'verify' }, await contextFor(db, STAFF, NOW + 2 * MINUTE));
    await applyCommand(db, id, { type: 'grade', level: 1, reason: '记者到场' }, await contextFor(db, STAFF, NOW + 2 * MINUTE));
    const activated = await applyCommand(db, id, { type: 'activateResponse' }, await contextFor(db, LEADER, NOW + 2 * MINUTE));
    expect(activated).toMatchObject({ ok: false, error: { code: 'level1-activation-needs-leader' } });
  });

  it('refuses every change on a locked seat and with no one signed in, but the console’s own upkeep goes on', async () => {
    const db = await office();
    await withStaffAccount(db);
    expect(await registerComplaint(db, registration(), await contextFor(db, STAFF))).toMatchObject({
      ok: false,
      error: { code: 'not-signed-in' },
    });
    await staffSignedIn(db);
    await lockSeat(db, await contextFor(db, STAFF, NOW + 3 * MINUTE));
    expect(await registerComplaint(db, registration(), await contextFor(db, STAFF))).toMatchObject({
      ok: false,
      error: { code: 'seat-locked' },
    });
    expect(await db.complaints.count()).toBe(0);
    // The seat's own lock entry is written although the seat is locked.
    expect(await audit(db)).toContain('seat-locked');
    expect(await unlockSeat(db, 'not-my-pass', await contextFor(db, STAFF, NOW + 4 * MINUTE))).toMatchObject({
      ok: false,
      error: { code: 'account-wrong-password' },
    });
    expect(seat.current().locked).toBe(true);
    expect((await unlockSeat(db, CHEN_PASSWORD, await contextFor(db, STAFF, NOW + 4 * MINUTE))).ok).toBe(true);
    expect((await registerComplaint(db, registration(), await contextFor(db, STAFF, NOW + 4 * MINUTE))).ok).toBe(true);
  });

  it('asks for the password again for a grave action after five minutes, and takes it once given', async () => {
    const db = await office();
    await withStaffAccount(db);
    await signIn(db, LEADER.id, LEADER_PASSWORD, await contextFor(db, LEADER, NOW + 2 * MINUTE));
    // Within five minutes of signing in the sign-in itself is the proof.
    expect((await createAccount(db, MEMBER.id, ONE_TIME, await contextFor(db, LEADER, NOW + 6 * MINUTE))).ok).toBe(true);
    const late = NOW + 8 * MINUTE;
    const refused = await resetPassword(db, MEMBER.id, 'Reset-7777', await contextFor(db, LEADER, late));
    expect(refused).toMatchObject({ ok: false, error: { code: 'reauth-required' } });
    expect(await reauthenticate(db, 'not-the-pass', await contextFor(db, LEADER, late))).toMatchObject({ ok: false });
    expect((await reauthenticate(db, LEADER_PASSWORD, await contextFor(db, LEADER, late))).ok).toBe(true);
    expect((await resetPassword(db, MEMBER.id, 'Reset-7777', await contextFor(db, LEADER, late + MINUTE))).ok).toBe(true);
  });

  it('refuses a restore to a member, and to a leader who has not given the password lately', async () => {
    const db = await office();
    await withStaffAccount(db);
    const opened = await backupOf(await exportSnapshot(db));
    await staffSignedIn(db);
    expect(await restoreBackup(db, opened, await contextFor(db, LEADER, NOW + 2 * MINUTE))).toMatchObject({
      ok: false,
      error: { code: 'backup-restore-needs-leader' },
    });
    await signOut(db, await contextFor(db, STAFF, NOW + 2 * MINUTE));
    await signIn(db, LEADER.id, LEADER_PASSWORD, await contextFor(db, LEADER, NOW + 2 * MINUTE));
    expect(await restoreBackup(db, opened, await contextFor(db, LEADER, NOW + 9 * MINUTE))).toMatchObject({
      ok: false,
      error: { code: 'reauth-required' },
    });
    await reauthenticate(db, LEADER_PASSWORD, await contextFor(db, LEADER, NOW + 9 * MINUTE));
    expect((await restoreBackup(db, opened, await contextFor(db, LEADER, NOW + 10 * MINUTE))).ok).toBe(true);
  });
});

describe('accounts in a backup', () => {
  it('are carried as hashes, so people sign in after a restore into another console', async () => {
    const db = await office();
    await withStaffAccount(db);
    const snapshot = await exportSnapshot(db);
    expect(snapshot.tables.accounts).toHaveLength(2);
    const opened = await backupOf(snapshot);
    const other = await freshDb();
    resetSeatForTests();
    expect((await restoreBackup(other, opened, await contextFor(other, LEADER, NOW + 5 * MINUTE))).ok).toBe(true);
    seat.enforce();
    expect(await signIn(other, STAFF.id, ONE_TIME, await contextFor(other, STAFF, NOW + 6 * MINUTE))).toMatchObject({
      ok: true,
      value: { mustChange: true },
    });
    other.close();
    await other.delete();
  });
});

describe('what the leaders alone decide', () => {
  it('lets no deputy make himself leader, demote the leader, or disable the leader’s account', async () => {
    const db = await office();
    await withStaffAccount(db);
    await signIn(db, LEADER.id, LEADER_PASSWORD, await contextFor(db, LEADER, NOW + 2 * MINUTE));
    expect((await createAccount(db, DEPUTY.id, ONE_TIME, await contextFor(db, LEADER, NOW + 2 * MINUTE))).ok).toBe(true);
    await signOut(db, await contextFor(db, LEADER, NOW + 2 * MINUTE));
    await signIn(db, DEPUTY.id, ONE_TIME, await contextFor(db, DEPUTY, NOW + 3 * MINUTE));
    await changeOwnPassword(db, ONE_TIME, 'Deputy-2026!', await contextFor(db, DEPUTY, NOW + 3 * MINUTE));
    const deputy = (await db.people.get(DEPUTY.id))!;
    const leader = (await db.people.get(LEADER.id))!;
    const input = (p: typeof deputy, role: typeof deputy.role) => ({
      name: p.name,
      role,
      title: p.title,
      phone: p.phone,
      department: p.department,
    });
    expect(await savePerson(db, DEPUTY.id, input(deputy, 'leader'), await contextFor(db, DEPUTY, NOW + 4 * MINUTE))).toMatchObject({
      ok: false,
      error: { code: 'person-leader-by-leader' },
    });
    expect(await savePerson(db, LEADER.id, input(leader, 'member'), await contextFor(db, DEPUTY, NOW + 4 * MINUTE))).toMatchObject({
      ok: false,
      error: { code: 'person-leader-by-leader' },
    });
    expect(await setAccountDisabled(db, LEADER.id, true, await contextFor(db, DEPUTY, NOW + 4 * MINUTE))).toMatchObject({
      ok: false,
      error: { code: 'account-not-leader-reset' },
    });
    // The idle lock is a leader's or a deputy's setting, not a member's.
    expect(
      (await savePreferences(db, { ...DEFAULT_PREFERENCES, idleLockMinutes: 30 }, await contextFor(db, DEPUTY, NOW + 4 * MINUTE))).ok,
    ).toBe(true);
    await signOut(db, await contextFor(db, DEPUTY, NOW + 4 * MINUTE));
    await signIn(db, STAFF.id, ONE_TIME, await contextFor(db, STAFF, NOW + 5 * MINUTE));
    await changeOwnPassword(db, ONE_TIME, CHEN_PASSWORD, await contextFor(db, STAFF, NOW + 5 * MINUTE));
    expect(
      await savePreferences(db, { ...DEFAULT_PREFERENCES, idleLockMinutes: 120 }, await contextFor(db, STAFF, NOW + 5 * MINUTE)),
    ).toMatchObject({
      ok: false,
      error: { code: 'preferences-idle-lock-leaders' },
    });
  });

  it('refuses everything but choosing a new password while a one-time one is in use', async () => {
    const db = await office();
    await withStaffAccount(db);
    await signIn(db, STAFF.id, ONE_TIME, await contextFor(db, STAFF, NOW + 2 * MINUTE));
    expect(await registerComplaint(db, registration(), await contextFor(db, STAFF, NOW + 2 * MINUTE))).toMatchObject({
      ok: false,
      error: { code: 'account-must-change' },
    });
    await changeOwnPassword(db, ONE_TIME, CHEN_PASSWORD, await contextFor(db, STAFF, NOW + 3 * MINUTE));
    expect((await registerComplaint(db, registration(), await contextFor(db, STAFF, NOW + 3 * MINUTE))).ok).toBe(true);
  });

  it('keeps no password hash in the command log', async () => {
    const db = await office();
    await withStaffAccount(db);
    const stored = await db.accounts.toArray();
    const log = JSON.stringify(await db.commandLog.toArray());
    for (const account of stored) expect(log).not.toContain(account.password.hash);
    expect(log).toContain('account.create');
  });
});

describe('a restore of a backup without accounts', () => {
  it('keeps today’s accounts, so no one can take the first run’s leader form afterwards', async () => {
    const db = await office();
    // Backed up before anyone had an account.
    const opened = await backupOf(await exportSnapshot(db));
    await withStaffAccount(db);
    await signIn(db, LEADER.id, LEADER_PASSWORD, await contextFor(db, LEADER, NOW + 2 * MINUTE));
    expect((await restoreBackup(db, opened, await contextFor(db, LEADER, NOW + 3 * MINUTE))).ok).toBe(true);
    expect((await db.accounts.toArray()).map((a) => a.personId).sort()).toEqual([LEADER.id, STAFF.id].sort());
  });
});
