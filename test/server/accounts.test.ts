// Accounts in an office are the office's: a password is checked by the office server, the attempts
// are counted for every seat, sign-in is limited per address, and the actor of every pushed command
// is the person of a session the seat holds — never the one the seat names.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { officialCalendar } from '@shared/calendar';
import type { SeatBook } from '@shared/officeCommands';
import { exportSnapshot } from '../../renderer/db/backup';
import { registerComplaint } from '../../renderer/db/complaints';
import { changeOwnPassword, createAccount, signIn } from '../../renderer/db/accounts';
import { resetSeatForTests } from '../../renderer/db/seat';
import { syncOnce, waitingCommands } from '../../renderer/db/officeSync';
import { ConsoleDb } from '../../renderer/db/schema';
import { planInForce } from '../../renderer/db/seed';
import { payOwedSignIns } from '../../renderer/office/officeAccounts';
import { httpLink } from '../../renderer/office/officeLink';
import { keeperOf } from '../../renderer/office/officeSessions';
import { officeServer, SIGN_IN_ATTEMPTS } from '../../server/app';
import { addSeat } from '../../server/seats';
import { upload, type Tables } from '../../server/upload';
import { contextFor, DEPUTY, freshDb, LEADER, NOW, registration, STAFF } from '../fixtures/database';
import { givePassword, PASSWORD, withAccounts } from './officeSessions';
import { officeDatabase, type Cluster } from './pgCluster';

/** 冯雪 of the publicity team, who has no account until the leader opens one. */
const WRITER_ID = 'a1000000-0000-4000-8000-00000000000a';

let cluster: Cluster;
let pool: pg.Pool;
let app: FastifyInstance;
let base: string;

beforeAll(async () => {
  ({ cluster, pool } = await officeDatabase());
  const first = await freshDb();
  await withAccounts(first, [STAFF.id, LEADER.id]);
  expect((await upload(pool, 'live', (await exportSnapshot(first)).tables as Tables)).ok).toBe(true);
  first.close();
  await first.delete();
  app = officeServer(pool);
  base = await app.listen({ port: 0, host: '127.0.0.1' });
}, 120_000);

afterAll(async () => {
  await app?.close();
  await pool?.end();
  cluster?.stop();
});

const officeVersion = async () =>
  Number((await pool.query<{ version: string }>('SELECT version FROM office_live.office')).rows[0]!.version);

async function post(path: string, seatToken: string, body: unknown, session?: string) {
  const response = await fetch(new URL(path, base), {
    method: 'POST',
    headers: {
      authorization: `Bearer ${seatToken}`,
      'content-type': 'application/json',
      ...(session ? { 'x-office-session': session } : {}),
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { ok?: boolean; value?: unknown; error?: { code: string } | string } };
}

/** A seat's store that took the office's picture, its link showing `sessions`. */
async function seatStore(seatToken: string, sessions: () => string[]) {
  const db = new ConsoleDb(`accounts-seat-${Math.random().toString(36).slice(2)}`, 'live');
  await db.open();
  const book = async (): Promise<SeatBook | null> => {
    const plan = await planInForce(db);
    return plan ? { plan, calendar: officialCalendar } : null;
  };
  const sync = () => syncOnce(db, httpLink({ url: base, token: seatToken }, sessions), book);
  await sync();
  return { db, sync };
}

describe('accounts on the office server', () => {
  it('applies a pushed command only for a person signed in at that seat, and keeps it waiting until they are', async () => {
    const duty = await addSeat(pool, '值班席');
    const other = await addSeat(pool, '另一席');
    const held: string[] = [];
    const seat = await seatStore(duty.token, () => held);
    expect((await registerComplaint(seat.db, registration({ subject: '未登录不受理' }), await contextFor(seat.db, STAFF, NOW))).ok).toBe(
      true,
    );

    // No session: the office applies nothing and says whose sign-in it waits for.
    const before = await officeVersion();
    expect(await seat.sync()).toMatchObject({ pushed: 0, awaitsSignIn: STAFF.id });
    expect(await officeVersion()).toBe(before);
    expect(await waitingCommands(seat.db)).toHaveLength(1);

    // 陈晓's session at another seat is not one of this seat's.
    const elsewhere = await givePassword(base, other.token, STAFF.id);
    held.push(elsewhere.body.value!.token!);
    expect(await seat.sync()).toMatchObject({ pushed: 0, awaitsSignIn: STAFF.id });

    // Signed in here: it goes, as 陈晓's.
    held.splice(0, 1, (await givePassword(base, duty.token, STAFF.id)).body.value!.token!);
    expect(await seat.sync()).toMatchObject({ pushed: 1, refused: [] });
    const applied = await pool.query<{ actor: string }>(
      "SELECT entry ->> 'actorId' AS actor FROM office_live.commands WHERE seat_id = $1 AND name = 'complaint.register'",
      [duty.id],
    );
    expect(applied.rows).toEqual([{ actor: STAFF.id }]);

    // Signed out: the session ends, and the next command waits again.
    expect((await post('/v1/session/end', duty.token, { seat: 'TEST' }, held[0])).status).toBe(200);
    expect((await registerComplaint(seat.db, registration({ subject: '退出后登记' }), await contextFor(seat.db, STAFF, NOW))).ok).toBe(
      true,
    );
    expect(await seat.sync()).toMatchObject({ pushed: 0, awaitsSignIn: STAFF.id });
    seat.db.close();
  });

  it('counts wrong passwords for every seat: the fifth locks the account at all of them, and the seats learn of it', async () => {
    const one = await addSeat(pool, '一号席');
    const two = await addSeat(pool, '二号席');
    const wrong = await Promise.all([1, 2, 3, 4].map(() => givePassword(base, one.token, LEADER.id, 'not-the-password')));
    expect(wrong.map((attempt) => attempt.body.value?.outcome)).toEqual(Array(4).fill('wrong-password'));
    const fifth = await givePassword(base, two.token, LEADER.id, 'still-not-it');
    expect(fifth.body.value).toMatchObject({ outcome: 'locked-now' });
    // The right password at the first seat, while locked, is not even checked.
    expect((await givePassword(base, one.token, LEADER.id, PASSWORD)).body.value).toMatchObject({ outcome: 'still-locked' });
    expect((await givePassword(base, one.token, LEADER.id, PASSWORD)).body.value?.token).toBeUndefined();
    // A seat pulling the office's rows has the lock too.
    const seat = await seatStore(two.token, () => []);
    expect((await seat.db.accounts.get(LEADER.id))?.lockedUntil).not.toBeNull();
    seat.db.close();
    await pool.query("UPDATE office_live.rows SET doc = jsonb_set(doc, '{lockedUntil}', 'null') WHERE tbl = 'accounts' AND key = $1", [
      LEADER.id,
    ]);
  });

  it('makes a PC that gives too many passwords wait, whoever they are for', async () => {
    const fresh = officeServer(pool);
    const seat = await addSeat(pool, '试探席');
    const statuses: number[] = [];
    for (let i = 0; i <= SIGN_IN_ATTEMPTS; i += 1) {
      const response = await fresh.inject({
        method: 'POST',
        url: '/v1/session',
        headers: { authorization: `Bearer ${seat.token}` },
        payload: { personId: `nobody-${i}`, password: 'guess', seat: 'TEST', purpose: 'sign-in' },
      });
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, SIGN_IN_ATTEMPTS).every((status) => status === 200)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    await fresh.close();
  });

  it('opens an account only for a leader, hashes its one-time password itself and never keeps it', async () => {
    const desk = await addSeat(pool, '组长席');
    const leaderSession = (await givePassword(base, desk.token, LEADER.id)).body.value!.token!;
    const staffSession = (await givePassword(base, desk.token, STAFF.id)).body.value!.token!;
    const oneTime = 'Deputy-Once-2026';
    const byStaff = await post(
      '/v1/account',
      desk.token,
      { action: 'create', personId: DEPUTY.id, password: oneTime, seat: 'TEST' },
      staffSession,
    );
    expect(byStaff.body).toMatchObject({ ok: false, error: { code: 'command-not-permitted' } });
    const noSession = await post('/v1/account', desk.token, { action: 'create', personId: DEPUTY.id, password: oneTime, seat: 'TEST' });
    expect(noSession.status).toBe(401);
    const byLeader = await post(
      '/v1/account',
      desk.token,
      { action: 'create', personId: DEPUTY.id, password: oneTime, seat: 'TEST' },
      leaderSession,
    );
    expect(byLeader.body).toMatchObject({ ok: true, value: { personId: DEPUTY.id, mustChange: true } });

    // 李明 signs in at another seat with it, and must choose his own.
    const other = await addSeat(pool, '副组长席');
    expect((await givePassword(base, other.token, DEPUTY.id, oneTime)).body.value).toMatchObject({
      outcome: 'signed-in',
      mustChange: true,
    });
    const kept = await pool.query<{ n: string }>('SELECT count(*) AS n FROM office_live.commands WHERE entry::text LIKE $1', [
      `%${oneTime}%`,
    ]);
    expect(Number(kept.rows[0]!.n)).toBe(0);
  });

  it('never lets one person’s password renew another’s proof, and ends a disabled person’s sessions everywhere', async () => {
    const desk = await addSeat(pool, '审慎席');
    const leaderSession = (await givePassword(base, desk.token, LEADER.id)).body.value!.token!;
    const staffSession = (await givePassword(base, desk.token, STAFF.id)).body.value!.token!;
    // The leader's password was given ten minutes ago.
    await pool.query("UPDATE public.sessions SET proven_at = now() - interval '10 minutes' WHERE person_id = $1", [LEADER.id]);
    // 陈晓 gives her own password to confirm, showing the leader's session: it renews nothing of his.
    expect((await givePassword(base, desk.token, STAFF.id, PASSWORD, 'confirm', leaderSession)).body.value).toMatchObject({
      outcome: 'signed-in',
    });
    const reset = await post(
      '/v1/account',
      desk.token,
      { action: 'reset', personId: STAFF.id, password: 'Reset-By-Leader-1', seat: 'TEST' },
      leaderSession,
    );
    expect(reset.body).toMatchObject({ ok: false, error: { code: 'reauth-required' } });
    // His own password, given now, does.
    expect((await givePassword(base, desk.token, LEADER.id, PASSWORD, 'confirm', leaderSession)).body.value).toMatchObject({
      outcome: 'signed-in',
    });
    const other = await addSeat(pool, '停用后席');
    const elsewhere = (await givePassword(base, other.token, STAFF.id)).body.value!.token!;
    const disabled = await post(
      '/v1/account',
      desk.token,
      { action: 'setDisabled', personId: STAFF.id, disabled: true, seat: 'TEST' },
      leaderSession,
    );
    expect(disabled.body).toMatchObject({ ok: true });
    const open = await pool.query<{ n: string }>('SELECT count(*) AS n FROM public.sessions WHERE person_id = $1 AND ended_at IS NULL', [
      STAFF.id,
    ]);
    expect(Number(open.rows[0]!.n)).toBe(0);
    expect(
      (await post('/v1/account', other.token, { action: 'changePassword', password: 'Still-Here-2026', seat: 'TEST' }, elsewhere)).status,
    ).toBe(401);
    void staffSession;
    await post('/v1/account', desk.token, { action: 'setDisabled', personId: STAFF.id, disabled: false, seat: 'TEST' }, leaderSession);
  });

  it('does not act early for a seat whose clock runs ahead of the office’s', async () => {
    const fast = await addSeat(pool, '快钟席');
    const ahead = Date.now() + 60 * 60_000;
    const entry = {
      name: 'instruction.escalate',
      args: { nowMs: ahead },
      actorId: 'system',
      actorName: '系统',
      at: new Date(ahead).toISOString(),
      nowMs: ahead,
      mode: 'live',
      ids: [],
    };
    const pushed = await post('/v1/push', fast.token, { mode: 'live', commands: [{ seq: 1, entry }] });
    expect(pushed.body).toMatchObject({ answers: [{ seq: 1, outcome: { ok: false, error: { code: 'office-clock-ahead' } } }] });
  });

  it('opens an account at a seat through the office, and the new person changes the one-time password at another seat', async () => {
    const desk = await addSeat(pool, '开户席');
    const keeper = keeperOf(desk.id);
    const seat = await seatStore(desk.token, () => keeper.tokens());
    const config = { url: base, token: desk.token, seatId: desk.id, name: '开户席', joinedAt: new Date(NOW).toISOString() };
    await seat.db.settings.put({ key: 'office.seat', value: config, updatedAt: config.joinedAt });
    resetSeatForTests();
    // The leader signs in at the seat: the office checks him and hands out the session.
    expect((await signIn(seat.db, LEADER.id, PASSWORD, await contextFor(seat.db, LEADER, NOW), 'TEST')).ok).toBe(true);
    expect(keeper.tokenOf(LEADER.id)).toBeDefined();
    const oneTime = 'Seat-Opened-2026';
    const opened = await createAccount(seat.db, WRITER_ID, oneTime, await contextFor(seat.db, LEADER, Date.now()));
    expect(opened).toMatchObject({ ok: true, value: { personId: WRITER_ID, mustChange: true } });
    // Neither the answer nor the office's record of the command holds the password's hash.
    expect(opened.ok && 'password' in opened.value).toBe(false);
    const hashes = await pool.query<{ n: string }>("SELECT count(*) AS n FROM office_live.commands WHERE outcome::text LIKE '%pbkdf2%'");
    expect(Number(hashes.rows[0]!.n)).toBe(0);
    // Nothing of it waits at the seat: the office made it, and the seat has it once it pulls.
    expect(await waitingCommands(seat.db)).toHaveLength(0);
    await seat.sync();
    expect(await seat.db.accounts.get(WRITER_ID)).toMatchObject({ mustChange: true });

    // 冯雪 signs in at her own desk with it and chooses her own.
    const hers = await addSeat(pool, '宣传席');
    const herKeeper = keeperOf(hers.id);
    const herSeat = await seatStore(hers.token, () => herKeeper.tokens());
    await herSeat.db.settings.put({
      key: 'office.seat',
      value: { ...config, token: hers.token, seatId: hers.id, name: '宣传席' },
      updatedAt: config.joinedAt,
    });
    resetSeatForTests();
    const writer = { id: WRITER_ID, name: '冯雪', role: 'staff' as const };
    expect(await signIn(herSeat.db, WRITER_ID, oneTime, await contextFor(herSeat.db, writer, NOW), 'TEST')).toMatchObject({
      ok: true,
      value: { mustChange: true },
    }); // Until she has chosen her own, the office takes nothing from her session but that choice.
    expect(
      (await registerComplaint(herSeat.db, registration({ subject: '一次性密码登记' }), await contextFor(herSeat.db, writer, NOW))).ok,
    ).toBe(true);
    expect(await herSeat.sync()).toMatchObject({ pushed: 0, awaitsSignIn: WRITER_ID });

    expect((await changeOwnPassword(herSeat.db, oneTime, 'Her-Own-2026!', await contextFor(herSeat.db, writer, Date.now()))).ok).toBe(true);
    expect((await givePassword(base, hers.token, WRITER_ID, 'Her-Own-2026!')).body.value).toMatchObject({
      outcome: 'signed-in',
      mustChange: false,
    });
    resetSeatForTests();
    seat.db.close();
    herSeat.db.close();
  });

  it('lets a person signed in while the office was out of reach work on, and gets their session once it is back', async () => {
    const away = await addSeat(pool, '断网席');
    const held = keeperOf(away.id);
    const seat = await seatStore(away.token, () => held.tokens());
    // The seat's note of its office points at an address nothing answers: the seat's copy of the account lets 陈晓 in.
    await seat.db.settings.put({
      key: 'office.seat',
      value: { url: 'http://127.0.0.1:9', token: away.token, seatId: away.id, name: '断网席', joinedAt: new Date(NOW).toISOString() },
      updatedAt: new Date(NOW).toISOString(),
    });
    const signed = await signIn(seat.db, STAFF.id, PASSWORD, await contextFor(seat.db, STAFF, NOW), 'TEST');
    expect(signed.ok).toBe(true);
    expect(held.owed().map((owed) => owed.personId)).toEqual([STAFF.id]);
    expect((await registerComplaint(seat.db, registration({ subject: '断网时登记' }), await contextFor(seat.db, STAFF, NOW))).ok).toBe(
      true,
    );
    expect(await seat.sync()).toMatchObject({ pushed: 0, awaitsSignIn: STAFF.id });

    // Back: the office checks the password, hands out the session, and the registration goes.
    await payOwedSignIns({ url: base, token: away.token, seatId: away.id }, 'TEST');
    expect(held.owed()).toEqual([]);
    expect(held.tokens()).toHaveLength(1);
    expect(await seat.sync()).toMatchObject({ pushed: 1, refused: [] });
    seat.db.close();
  });
});
