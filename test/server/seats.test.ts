// Seats of one office, each with its own store (fake-indexeddb), talking to the office server over
// HTTP on a real PostgreSQL: a command runs at once on the seat, goes to the office in the seat's
// order, and every seat ends with the office's rows; what the office refuses is undone on the seat
// that made it, with the office's sentence kept for that person.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { officialCalendar } from '@shared/calendar';
import type { Complaint, Incident } from '@shared/model';
import type { SeatBook } from '@shared/officeCommands';
import { exportSnapshot } from '../../renderer/db/backup';
import { registerComplaint } from '../../renderer/db/complaints';
import { addCommunication } from '../../renderer/db/communications';
import { draftRelease } from '../../renderer/db/releases';
import { saveContact, saveShift } from '../../renderer/db/organisation';
import { registerAndSettle } from '../../renderer/db/quickPath';
import type { WriteContext } from '../../renderer/db/context';
import { applyCommand as step } from '../../renderer/db/incidents';
import { officeRefusals, PROVISIONAL_MARK, syncOnce, waitingCommands, type OfficeLink } from '../../renderer/db/officeSync';
import { ConsoleDb } from '../../renderer/db/schema';
import { ensureSeeded, planInForce } from '../../renderer/db/seed';
import { addDrillNote, commandDrillRun, createDrillRun, deliverDueInjects } from '../../renderer/db/drillRuns';
import { joinOffice } from '../../renderer/office/officeSeat';
import { saveCalendarDraft } from '../../renderer/db/calendar';
import { ArrangementFileSchema } from '@shared/officeCalendar';
import { readFileSync } from 'node:fs';
import { copyScenario } from '../../renderer/db/scenarios';
import { approveVersion, saveDraft, startRevision, submitVersion } from '../../renderer/db/plans';
import { approveClosures, saveClosuresDraft } from '../../renderer/db/closures';
import { escalateOverdue, issueStandardInstructions } from '../../renderer/db/instructions';
import { fuelDisputeScenario } from '@shared/scenarios';
import { httpLink } from '../../renderer/office/officeLink';
import { officeServer } from '../../server/app';
import { addSeat } from '../../server/seats';
import { upload, type Tables } from '../../server/upload';
import { contextFor, freshDb, LEADER, NOW, registration, STAFF } from '../fixtures/database';
import { officeDatabase, type Cluster } from './pgCluster';
import { seatSessions, withAccounts } from './officeSessions';

/** 冯雪 of the publicity team. */
const WRITER = { id: 'a1000000-0000-4000-8000-00000000000a', name: '冯雪', role: 'staff' as const };

let cluster: Cluster;
let pool: pg.Pool;
let app: FastifyInstance;
let base: string;
const opened: ConsoleDb[] = [];

beforeAll(async () => {
  ({ cluster, pool } = await officeDatabase());
  // The first seat joins and brings the office's plan and organisation.
  const first = await freshDb();
  await withAccounts(first, [STAFF.id, LEADER.id, WRITER.id]);
  const { tables } = await exportSnapshot(first);
  expect((await upload(pool, 'live', tables as Tables)).ok).toBe(true);
  first.close();
  await first.delete();
  app = officeServer(pool);
  base = await app.listen({ port: 0, host: '127.0.0.1' });
}, 120_000);

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

afterAll(async () => {
  await app?.close();
  await pool?.end();
  cluster?.stop();
});

type Seat = {
  name: string;
  token: string;
  db: ConsoleDb;
  link: OfficeLink;
  sessions: ReturnType<typeof seatSessions>;
  sync: () => ReturnType<typeof syncOnce>;
  ctx: (actor?: WriteContext['actor'], now?: number) => Promise<WriteContext>;
};

/** A PC enrolled with the office, with an empty store that takes the office's picture on its first round. */
async function newSeat(name: string): Promise<Seat> {
  const enrolled = await addSeat(pool, name);
  const db = new ConsoleDb(`seat-${name}-${Math.random().toString(36).slice(2)}`, 'live');
  await db.open();
  opened.push(db);
  const sessions = seatSessions(base, enrolled.token);
  const link = httpLink({ url: base, token: enrolled.token }, sessions.tokens);
  const book = async (): Promise<SeatBook | null> => {
    const plan = await planInForce(db);
    return plan ? { plan, calendar: officialCalendar } : null;
  };
  const seat: Seat = {
    name,
    token: enrolled.token,
    db,
    link,
    sessions,
    sync: () => syncOnce(db, link, book),
    // Whoever acts at this seat has signed in there: the office takes the actor from the session.
    ctx: async (actor = STAFF, now = NOW) => {
      await sessions.signIn(actor.id);
      return contextFor(db, actor, now);
    },
  };
  await seat.sync();
  return seat;
}

const incidentAt = (seat: Seat, id: string) => seat.db.incidents.get(id) as Promise<Incident>;

describe('seats of one office', () => {
  it('shows a complaint registered at one seat on another with the office’s number, once the office has it', async () => {
    const duty = await newSeat('值班席');
    const leader = await newSeat('领导席');
    const done = await registerComplaint(duty.db, registration({ subject: '两席位同看' }), await duty.ctx());
    expect(done.ok).toBe(true);
    const { complaint, incident } = done.ok ? done.value : ({} as never);
    // At once on the seat that made it, waiting for the office.
    expect(await waitingCommands(duty.db)).toHaveLength(1);
    expect(await leader.db.complaints.get(complaint.id)).toBeUndefined();

    const report = await duty.sync();
    expect(report).toMatchObject({ pushed: 1, refused: [] });
    expect(await waitingCommands(duty.db)).toHaveLength(0);
    await leader.sync();
    const seen = (await leader.db.complaints.get(complaint.id)) as Complaint;
    expect(seen.subject).toBe('两席位同看');
    expect(seen.number).toBe(((await duty.db.complaints.get(complaint.id)) as Complaint).number);
    expect((await incidentAt(leader, incident.id)).state).toBe((await incidentAt(duty, incident.id)).state);
    // The running totals on the other seat count it too.
    expect(await leader.db.summaries.count()).toBeGreaterThan(0);
  });

  it('undoes on the seat a step the office refused because the incident moved on, and keeps the office’s sentence for its maker', async () => {
    const duty = await newSeat('值班席二');
    const other = await newSeat('信息组席');
    const done = await registerComplaint(duty.db, registration({ subject: '同时处理' }), await duty.ctx());
    const incidentId = done.ok ? done.value.incident.id : '';
    await duty.sync();
    await other.sync();
    const before = await incidentAt(other, incidentId);

    // Both verify the same registration; the duty seat reaches the office first.
    expect((await step(duty.db, incidentId, { type: 'verify' }, await duty.ctx())).ok).toBe(true);
    const mine = await step(other.db, incidentId, { type: 'verify', note: '信息组核实' }, await other.ctx(LEADER));
    expect(mine.ok).toBe(true);
    expect((await incidentAt(other, incidentId)).state).not.toBe(before.state);
    await duty.sync();
    const report = await other.sync();

    expect(report.refused).toHaveLength(1);
    expect(report.refused[0]).toMatchObject({ name: 'incident.workflow', actorId: LEADER.id });
    expect(report.refused[0]!.error.code).toBeTruthy();
    expect(await officeRefusals(other.db)).toHaveLength(1);
    // The seat now shows the office's incident (the duty seat's verification), and its own timeline entry is gone.
    const after = await incidentAt(other, incidentId);
    expect(after).toEqual(await incidentAt(duty, incidentId));
    const notes = (await other.db.timeline.where('incidentId').equals(incidentId).toArray()).map((entry) => entry.note);
    expect(notes).not.toContain('信息组核实');
  });

  it('numbers two complaints registered at a seat cut off from the office when they arrive, after another seat took the next number', async () => {
    const offline = await newSeat('离线席');
    const online = await newSeat('在线席');
    const first = await registerComplaint(offline.db, registration({ subject: '离线登记（一）' }), await offline.ctx());
    const second = await registerComplaint(offline.db, registration({ subject: '离线登记（二）' }), await offline.ctx());
    const ids = [first, second].map((r) => (r.ok ? r.value.complaint.id : ''));
    const provisional = await Promise.all(ids.map(async (id) => ((await offline.db.complaints.get(id)) as Complaint).number));
    // Meanwhile the other seat registers and the office gives it the number the offline seat took for its first.
    const taken = await registerComplaint(online.db, registration({ subject: '在线登记' }), await online.ctx());
    await online.sync();
    const takenNumber = ((await online.db.complaints.get(taken.ok ? taken.value.complaint.id : '')) as Complaint).number;
    expect(takenNumber).toBe(provisional[0]);

    // Back in touch: its pull meets the office's row holding that number before its own rows come.
    await offline.sync();

    const numbers = await Promise.all(ids.map(async (id) => ((await offline.db.complaints.get(id)) as Complaint).number));
    expect(numbers.every((n) => !n.includes(PROVISIONAL_MARK))).toBe(true);
    expect(new Set([...numbers, takenNumber]).size).toBe(3);
    await online.sync();
    const atOnline = await Promise.all(ids.map(async (id) => ((await online.db.complaints.get(id)) as Complaint).number));
    expect(atOnline).toEqual(numbers);
  });

  it('takes a drill the trainer runs to every seat’s rehearsal, never to its live records, and its injects arrive once however many seats deliver them', async () => {
    const trainerSeat = await newSeat('导调席');
    const otherSeat = await newSeat('参演席');
    // Each seat's rehearsal store joins the office's rehearsal: the first brings it, the next takes it.
    const rehearsal = async (seat: Seat) => {
      const db = new ConsoleDb(`drill-${Math.random().toString(36).slice(2)}`, 'drill');
      await ensureSeeded(db, NOW);
      opened.push(db);
      const address = { url: base, token: seat.token };
      const book = async () => ({ plan: (await planInForce(db))!, calendar: officialCalendar });
      const joined = await joinOffice(db, { ...address, seatId: seat.name, name: seat.name }, book);
      expect(joined.ok).toBe(true);
      return {
        db,
        sync: () => syncOnce(db, httpLink(address, seat.sessions.tokens), book),
        ctx: async (actor: WriteContext['actor'], now: number) => {
          await seat.sessions.signIn(actor.id);
          return contextFor(db, actor, now);
        },
      };
    };
    const trainer = await rehearsal(trainerSeat);
    const other = await rehearsal(otherSeat);

    const at = NOW;
    const run = await createDrillRun(trainer.db, fuelDisputeScenario, await trainer.ctx(LEADER, at));
    const runId = run.ok ? run.value.id : '';
    expect((await commandDrillRun(trainer.db, runId, { type: 'start', speed: 10 }, await trainer.ctx(LEADER, at))).ok).toBe(true);
    await trainer.sync();
    await other.sync();
    expect((await other.db.drillRuns.get(runId))?.state.status).toBe('running');
    // The live records of both seats never see it.
    await otherSeat.sync();
    expect(await otherSeat.db.drillRuns.count()).toBe(0);
    expect(await trainerSeat.db.drillRuns.count()).toBe(0);

    // Both seats' drill clocks deliver what is due; the office applies the first and finds nothing due for the other.
    const later = at + 30 * 60_000;
    const delivered = await Promise.all(
      [trainer, other].map(async (seat) => deliverDueInjects(seat.db, runId, await seat.ctx(LEADER, later))),
    );
    expect(delivered.every((result) => result.ok)).toBe(true);
    await trainer.sync();
    await other.sync();
    await trainer.sync();
    const counts = await Promise.all([trainer.db.complaints.count(), other.db.complaints.count()]);
    const onServer = await pool.query<{ n: string }>(
      "SELECT count(*) AS n FROM office_drill.rows WHERE tbl = 'complaints' AND doc IS NOT NULL",
    );
    expect(Number(onServer.rows[0]!.n)).toBeGreaterThan(0);
    expect(counts).toEqual([Number(onServer.rows[0]!.n), Number(onServer.rows[0]!.n)]);
    const runs = await Promise.all([trainer.db.drillRuns.get(runId), other.db.drillRuns.get(runId)]);
    expect(runs[0]).toEqual(runs[1]);

    // The trainer's own copy of a scenario and a drill notice are the office's rehearsal library, at every seat.
    const copied = await copyScenario(trainer.db, fuelDisputeScenario.id, await trainer.ctx(LEADER, later));
    expect(copied.ok).toBe(true);
    await trainer.sync();
    await other.sync();
    expect((await other.db.scenarios.toArray()).map((scenario) => scenario.id)).toEqual([copied.ok ? copied.value.id : '']);
    expect(await otherSeat.db.scenarios.count()).toBe(0);

    // An observer at the other seat notes what she sees; the trainer has it at his.
    const noted = await addDrillNote(other.db, runId, { text: '值班员 5 分钟内完成受理登记' }, await other.ctx(STAFF, later));
    expect(noted.ok).toBe(true);
    await other.sync();
    await trainer.sync();
    expect((await trainer.db.drillNotes.toArray()).map((note) => note.text)).toEqual(['值班员 5 分钟内完成受理登记']);
  });

  it('escalates an overdue instruction once for the office, however many seats’ watches find it overdue', async () => {
    const duty = await newSeat('督办席一');
    const other = await newSeat('督办席二');
    const done = await registerComplaint(duty.db, registration({ subject: '超时督办' }), await duty.ctx());
    const incidentId = done.ok ? done.value.incident.id : '';
    expect((await step(duty.db, incidentId, { type: 'verify' }, await duty.ctx())).ok).toBe(true);
    expect((await step(duty.db, incidentId, { type: 'grade', level: 1, reason: '记者到场' }, await duty.ctx())).ok).toBe(true);
    expect((await step(duty.db, incidentId, { type: 'activateResponse' }, await duty.ctx(LEADER))).ok).toBe(true);
    expect((await issueStandardInstructions(duty.db, incidentId, await duty.ctx(LEADER))).ok).toBe(true);
    await duty.sync();
    await other.sync();
    expect(await other.db.instructions.where('incidentId').equals(incidentId).count()).toBe(4);

    // An hour and a minute on, both seats' watches escalate what is overdue, each on its own store first.
    const at = NOW + 61 * 60_000;
    const quiet = { notify: async () => undefined };
    const found = await Promise.all(
      [duty, other].map(async (seat) => escalateOverdue(seat.db, at, await contextFor(seat.db, STAFF, at), quiet)),
    );
    expect(found.map((result) => (result.ok ? result.value.length : -1))).toEqual([3, 3]);
    expect(await duty.sync()).toMatchObject({ refused: [] });
    expect(await other.sync()).toMatchObject({ refused: [] });
    await duty.sync();
    const overdueEntries = await pool.query<{ n: string }>(
      "SELECT count(*) AS n FROM office_live.rows WHERE tbl = 'timeline' AND doc ->> 'incidentId' = $1 AND doc ->> 'kind' = 'instruction-overdue'",
      [incidentId],
    );
    expect(Number(overdueEntries.rows[0]!.n)).toBe(3);
    // Each seat shows the office's three, its own second run gone.
    for (const seat of [duty, other]) {
      const entries = (await seat.db.timeline.where('incidentId').equals(incidentId).toArray()).filter(
        (e) => e.kind === 'instruction-overdue',
      );
      expect(entries).toHaveLength(3);
      expect(entries.every((entry) => entry.actorName === '系统')).toBe(true);
    }
  });

  it('makes a plan version the leader approves at his seat the plan every seat runs on, and office closure days every seat’s', async () => {
    const leader = await newSeat('预案审批席');
    const duty = await newSeat('预案值班席');
    const before = await planInForce(duty.db);
    const ctx = await leader.ctx(LEADER);
    const draft = await startRevision(leader.db, before!.id, ctx);
    const id = draft.ok ? draft.value.id : '';
    expect((await saveDraft(leader.db, { ...(draft.ok ? draft.value : ({} as never)), countsOfficeClosures: true }, ctx)).ok).toBe(true);
    expect((await submitVersion(leader.db, id, ctx)).ok).toBe(true);
    expect((await approveVersion(leader.db, id, new Date(NOW).toISOString(), ctx)).ok).toBe(true);
    expect(await leader.sync()).toMatchObject({ pushed: 4, refused: [] });
    await duty.sync();
    const now = await planInForce(duty.db);
    expect(now?.id).toBe(id);
    expect(now?.countsOfficeClosures).toBe(true);

    // A closure day proposed at the duty desk and approved by the leader is the office's.
    const closure = { name: '停电检修', first: '2026-12-01', last: '2026-12-01' };
    expect((await saveClosuresDraft(duty.db, 2026, [closure], await duty.ctx())).ok).toBe(true);
    await duty.sync();
    await leader.sync();
    expect((await approveClosures(leader.db, 2026, await leader.ctx(LEADER))).ok).toBe(true);
    await leader.sync();
    await duty.sync();
    const onServer = await pool.query<{ doc: { closures?: unknown[]; status?: string } }>(
      "SELECT doc FROM office_live.rows WHERE tbl = 'calendarYears' AND doc ->> 'year' = '2026'",
    );
    expect(onServer.rows).toHaveLength(1);
    expect(await duty.db.calendarYears.toArray()).toEqual(onServer.rows.map((row) => row.doc));
  });

  it('takes the office’s row of a year two seats each drafted meanwhile, in place of the seat’s own, and goes on', async () => {
    const one = await newSeat('日历席一');
    const two = await newSeat('日历席二');
    const arrangement = ArrangementFileSchema.parse(
      JSON.parse(readFileSync(new URL('../fixtures/calendar-2027.json', import.meta.url), 'utf8')),
    );
    const input = { year: '2027', holidays: arrangement.holidays.map((h) => ({ ...h })), makeupDays: [...arrangement.makeupDays] };
    // Both draft 2027 before hearing of the other's: two rows of one year, under different ids.
    expect((await saveCalendarDraft(one.db, input, 'entered', await one.ctx())).ok).toBe(true);
    expect((await saveCalendarDraft(two.db, input, 'entered', await two.ctx())).ok).toBe(true);
    await one.sync();
    await two.sync();
    await one.sync();
    const onServer = await pool.query<{ doc: object }>(
      "SELECT doc FROM office_live.rows WHERE tbl = 'calendarYears' AND doc ->> 'year' = '2027'",
    );
    expect(onServer.rows).toHaveLength(1);
    for (const seat of [one, two])
      expect(await seat.db.calendarYears.where('year').equals(2027).toArray()).toEqual([onServer.rows[0]!.doc]);
    // The seat goes on in step: its next command reaches the office.
    expect((await registerComplaint(two.db, registration({ subject: '日历之后' }), await two.ctx())).ok).toBe(true);
    expect(await two.sync()).toMatchObject({ pushed: 1, refused: [] });
  });

  it('brings a contact recorded and a statement drafted at one seat to the others, as the office applied them', async () => {
    const duty = await newSeat('沟通席');
    const publicity = await newSeat('宣传席');
    const done = await registerComplaint(duty.db, registration({ subject: '沟通与口径' }), await duty.ctx());
    const incidentId = done.ok ? done.value.incident.id : '';
    const contact = await addCommunication(
      duty.db,
      incidentId,
      { at: '2026-11-23T10:00', channel: 'phone', party: 'complainant', person: '周先生', summary: '电话告知已受理', outcome: '表示理解' },
      await duty.ctx(),
    );
    expect(contact.ok).toBe(true);
    await duty.sync();
    await publicity.sync();
    const statement = await draftRelease(publicity.db, incidentId, { title: '情况说明', text: '初稿' }, await publicity.ctx(WRITER));
    expect(statement.ok).toBe(true);
    const report = await publicity.sync();
    expect(report.refused).toEqual([]);
    await duty.sync();

    const communications = await duty.db.communications.where('incidentId').equals(incidentId).toArray();
    expect(await publicity.db.communications.where('incidentId').equals(incidentId).toArray()).toEqual(communications);
    expect(communications.map((c) => c.summary)).toEqual(['电话告知已受理']);
    const releaseId = statement.ok ? statement.value.id : '';
    expect(await duty.db.releases.get(releaseId)).toEqual(await publicity.db.releases.get(releaseId));
    expect((await duty.db.releases.get(releaseId))?.title).toBe('情况说明');
  });

  it('keeps the roster one across seats: a shift that overlaps one another seat saved first is refused by the office', async () => {
    const duty = await newSeat('值班表席');
    const other = await newSeat('办公室席');
    const chen = STAFF.id;
    const night = { date: '2026-11-23', personId: chen, post: 'officer' as const, start: '18:00', end: '08:30' };
    expect((await saveShift(duty.db, null, night, await duty.ctx(LEADER))).ok).toBe(true);
    const contact = await saveContact(
      duty.db,
      null,
      { category: 'media', organisation: '市电视台新闻热线', name: '', title: '', phones: ['010-65001234'], notes: '' },
      await duty.ctx(LEADER),
    );
    expect(contact.ok).toBe(true);
    await duty.sync();
    // The other seat has not heard yet and gives 陈晓 the next morning too.
    const morning = await saveShift(
      other.db,
      null,
      { ...night, date: '2026-11-24', start: '08:00', end: '12:00' },
      await other.ctx(LEADER),
    );
    expect(morning.ok).toBe(true);
    const report = await other.sync();
    expect(report.refused.map((r) => r.error.code)).toEqual(['shift-overlap']);
    const shifts = await other.db.duty.where('personId').equals(chen).toArray();
    expect(shifts.map((s) => `${s.date} ${s.start}`)).toEqual(['2026-11-23 18:00']);
    expect((await other.db.contacts.get(contact.ok ? contact.value.id : ''))?.organisation).toBe('市电视台新闻热线');
  });

  it('takes a complaint settled on the spot to every seat closed, with the office’s numbers', async () => {
    const desk = await newSeat('窗口席');
    const board = await newSeat('看板席');
    const outcome = { result: '当场核对小票，退还多收的 12 元。', feedback: '已说明原因并退款，投诉人接受。', satisfaction: 'satisfied' };
    const small = registration({
      subject: '当场办结',
      categoryCode: 'service-quality',
      facts: { ...registration().facts, amountAtStake: 12 },
    });
    const settled = await registerAndSettle(desk.db, small, outcome, await desk.ctx());
    expect(settled.ok).toBe(true);
    const incidentId = settled.ok ? settled.value.incident.id : '';
    expect((await desk.sync()).refused).toEqual([]);
    await board.sync();
    const seen = await incidentAt(board, incidentId);
    expect(seen.state).toBe('closed');
    expect(seen).toEqual(await incidentAt(desk, incidentId));
  });

  it('keeps a busy seat numbering past the office’s numbers while its own registration waits', async () => {
    const busy = await newSeat('忙碌席');
    const other = await newSeat('另一登记席');
    for (const subject of ['另一席位（一）', '另一席位（二）']) {
      expect((await registerComplaint(other.db, registration({ subject }), await other.ctx())).ok).toBe(true);
    }
    await other.sync();
    // The busy seat registers while its round is pulling those two: its own registration waits meanwhile.
    let registered = false;
    const duringPull: OfficeLink = {
      ...busy.link,
      pull: async (mode, since) => {
        const page = await busy.link.pull(mode, since);
        if (!registered) {
          registered = true;
          expect((await registerComplaint(busy.db, registration({ subject: '拉取时登记' }), await busy.ctx())).ok).toBe(true);
        }
        return page;
      },
    };
    await syncOnce(busy.db, duringPull, async () => ({ plan: (await planInForce(busy.db))!, calendar: officialCalendar }));
    expect(registered).toBe(true);
    // Its next registration takes a number no row of its store holds.
    const next = await registerComplaint(busy.db, registration({ subject: '之后登记' }), await busy.ctx());
    expect(next.ok ? 'saved' : next.error.code).toBe('saved');
    await busy.sync();
    await other.sync();
    const numbers = (await other.db.complaints.toArray()).map((c) => c.number);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('never lets a seat’s counter stay behind a number its store holds, when the office’s rows come before its counter', async () => {
    const late = await newSeat('迟到席');
    const other = await newSeat('先登记席');
    for (const subject of ['先登记（一）', '先登记（二）']) {
      expect((await registerComplaint(other.db, registration({ subject }), await other.ctx())).ok).toBe(true);
    }
    await other.sync();
    // A pull page that ends after the complaints and before the counters' newest version.
    const withoutCounters: OfficeLink = {
      ...late.link,
      pull: async (mode, since) => {
        const page = await late.link.pull(mode, since);
        return { ...page, rows: page.rows.filter((row) => row.table !== 'counters') };
      },
    };
    await syncOnce(late.db, withoutCounters, async () => ({ plan: (await planInForce(late.db))!, calendar: officialCalendar }));
    const next = await registerComplaint(late.db, registration({ subject: '之后登记' }), await late.ctx());
    expect(next.ok ? 'saved' : next.error.code).toBe('saved');
  });
});
