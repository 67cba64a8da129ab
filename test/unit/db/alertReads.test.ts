// What the alert watcher reads: only the records that can raise an alert in its window, never the
// open incidents and instructions far from their deadlines, nor the history; and from those alone
// the same alerts, the same firings to record and the same tray counts as from every open record.
import { liveQuery } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { alertsDue, alertsFor, alertsUntil, alertWindow, levelOneKey, statusCounts, type AlertInput } from '@shared/alerts';
import { officialCalendar } from '@shared/calendar';
import type { Instruction } from '@shared/command';
import { defaultPlan } from '@shared/defaultPlan';
import type { Incident } from '@shared/model';
import { placedOnBoard } from '@shared/boardRetention';
import { deadlineProjection } from '@shared/projection';
import { toIsoWithOffset } from '@shared/time';
import { isOpen } from '@shared/workflow';
import { registerComplaint } from '../../../renderer/db/complaints';
import { applyCommand } from '../../../renderer/db/incidents';
import { recordFirings } from '../../../renderer/db/notices';
import { alertRecords, type AlertReadWindow, type AlertRecords } from '../../../renderer/db/reads/alerts';
import { ConsoleDb } from '../../../renderer/db/schema';
import { ensureSeeded } from '../../../renderer/db/seed';
import { incidentOf } from '../../fixtures/incidents';
import { contextFor, LEADER, NOW, registration } from '../../fixtures/database';

const plan = defaultPlan('2026-11-01T09:00:00+08:00');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const LEAD_MINUTES = 120;
const iso = (ms: number) => toIsoWithOffset(ms);
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** The window the watcher reads at `now` with the default 2-hour lead. */
function readWindow(now = NOW): AlertReadWindow {
  const window = alertWindow(now, LEAD_MINUTES);
  return {
    incidentsBefore: iso(window.incidentsBefore),
    instructionsBefore: iso(window.instructionsBefore),
    owedSince: iso(window.until - 30 * DAY),
  };
}

/** Rows (not keys) handed out by the database, per table: what a read really loaded. */
type Loaded = Record<string, number>;

let db: ConsoleDb | undefined;
afterEach(async () => {
  db?.close();
  if (db) await db.delete();
  db = undefined;
});

async function countingDb(): Promise<{ db: ConsoleDb; loaded: Loaded }> {
  const loaded: Loaded = {};
  const opened = new ConsoleDb(`alerts-${Math.random().toString(36).slice(2)}`, 'live');
  const add = (table: string, rows: number) => (loaded[table] = (loaded[table] ?? 0) + rows);
  opened.use({
    stack: 'dbcore',
    name: 'count-loaded-rows',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          get: async (request) => {
            const row: unknown = await table.get(request);
            if (row !== undefined) add(name, 1);
            return row;
          },
          getMany: async (request) => {
            const rows: unknown[] = await table.getMany(request);
            add(name, rows.filter((row) => row !== undefined).length);
            // Each key is a request of its own to IndexedDB: the most asked for at once.
            add(`${name} by key, at most`, Math.max(0, request.keys.length - (loaded[`${name} by key, at most`] ?? 0)));
            return rows;
          },
          query: async (request) => {
            const answer = await table.query(request);
            if (request.values) add(name, answer.result.length);
            return answer;
          },
          openCursor: async (request) => {
            if (request.values && name !== 'notices') throw new Error(`a cursor over the rows of ${name}`);
            return table.openCursor(request);
          },
        };
      },
    }),
  });
  await ensureSeeded(opened, NOW);
  db = opened;
  return { db: opened, loaded };
}

/** An incident as the workflow stores it: its next deadline projected from its own clocks. */
function stored(partial: Partial<Incident> & Pick<Incident, 'id' | 'state' | 'level'>): Incident {
  const incident = incidentOf({ updatedAt: iso(NOW - HOUR), number: `SJ-${partial.id.slice(-4)}`, ...partial });
  // As the executor stores it: with its clocks' projection and its place on the live board.
  return placedOnBoard({ ...incident, ...deadlineProjection(incident, { plan }, officialCalendar) }, plan, NOW);
}

/** Accepted `hoursAgo` ago: the 3-working-day investigation runs (Monday 10:00 accepted: due Friday 00:00). */
const accepted = (id: number, hoursAgo: number, extra: Partial<Incident> = {}) =>
  stored({
    id: uuid(id),
    state: 'investigating',
    level: 2,
    milestones: { receivedAt: iso(NOW - hoursAgo * HOUR - HOUR), acceptedAt: iso(NOW - hoursAgo * HOUR) },
    ...extra,
  });

function instruction(id: number, incidentId: string, state: Instruction['state'], deadline: number): Instruction {
  return {
    id: uuid(900_000 + id),
    mode: 'live',
    incidentId,
    teamId: null,
    assigneeId: null,
    content: '核实情况',
    priority: 'normal',
    deadline: iso(deadline),
    state,
    issuedAt: iso(NOW - DAY),
    issuedBy: LEADER.id,
    issuedByName: LEADER.name,
    progress: [],
    updatedAt: iso(NOW - DAY),
    updatedBy: LEADER.id,
  };
}

const ids = (records: { id: string }[]) => records.map((r) => r.id).sort();

describe('what the alert watcher reads', () => {
  it('loads only the incidents and instructions that can alert in its window, not the open ones far from their deadlines nor the history', async () => {
    const { db, loaded } = await countingDb();
    // 300 open incidents accepted this morning: the investigation is due Friday, days after the window.
    const far = Array.from({ length: 300 }, (_, i) => accepted(1000 + i, 0));
    // 400 closed ones of years past, 20 of them level 1.
    const history = Array.from({ length: 400 }, (_, i) =>
      stored({
        id: uuid(5000 + i),
        state: 'closed',
        level: i < 20 ? 1 : 2,
        milestones: { receivedAt: iso(NOW - 400 * DAY), closedAt: iso(NOW - 390 * DAY) },
        updatedAt: iso(NOW - 390 * DAY),
      }),
    );
    // Can alert: accepted last Wednesday (the investigation is due tonight at 24:00), registered an hour ago (acceptance
    // due tomorrow 09:00), received two days ago and never accepted (overdue), an open level-1
    // incident far from its deadlines (its notice repeats).
    const dueTonight = accepted(1, 5 * 24);
    const toAccept = stored({ id: uuid(2), state: 'registered', level: null, milestones: { receivedAt: iso(NOW - HOUR) } });
    const overdue = stored({ id: uuid(3), state: 'registered', level: null, milestones: { receivedAt: iso(NOW - 2 * DAY) } });
    const levelOne = accepted(4, 0, { level: 1, state: 'investigating' });
    const levelOneActivated = {
      ...levelOne,
      milestones: { ...levelOne.milestones, levelOneAt: iso(NOW - HOUR), activatedAt: iso(NOW - HOUR / 2) },
    };
    await db.incidents.bulkAdd([
      ...far,
      ...history,
      dueTonight,
      toAccept,
      overdue,
      { ...levelOneActivated, ...deadlineProjection(levelOneActivated, { plan }, officialCalendar) },
    ]);
    expect(dueTonight.nextDeadlineAt! < readWindow().incidentsBefore).toBe(true);
    expect(far[0]!.nextDeadlineAt! > readWindow().incidentsBefore).toBe(true);

    // 300 instructions due Friday on the far incidents, 500 accepted ones of the history (their
    // deadlines long past), and two still owed that can alert: one overdue, one due in five hours.
    const owedLater = far.map((incident, i) => instruction(i, incident.id, 'signed', NOW + 4 * DAY));
    const done = Array.from({ length: 500 }, (_, i) => instruction(1000 + i, history[i % 400]!.id, 'accepted', NOW - 380 * DAY));
    const unsigned = instruction(2000, far[7]!.id, 'issued', NOW - 2 * HOUR);
    const dueSoon = instruction(2001, far[8]!.id, 'in-progress', NOW + 5 * HOUR);
    await db.instructions.bulkAdd([...owedLater, ...done, unsigned, dueSoon]);

    for (const key of Object.keys(loaded)) delete loaded[key];
    const records = await alertRecords(db, readWindow());

    expect(ids(records.instructions)).toEqual(ids([unsigned, dueSoon]));
    // The incidents that can alert, and the two whose instructions can (for their numbers).
    expect(ids(records.incidents)).toEqual(ids([dueTonight, toAccept, overdue, levelOne, far[7]!, far[8]!]));
    // Only those rows were loaded (plus the level-1 key's notices, none yet).
    expect({ incidents: loaded.incidents, instructions: loaded.instructions }).toEqual({ incidents: 6, instructions: 2 });
  });

  it('reads the reports upward and call-backs owed lately by their own indexes, not years of files never called back', async () => {
    const { db, loaded } = await countingDb();
    // 300 files closed over a year ago whose call-back was never recorded: still owed, long raised.
    const neverCalled = Array.from({ length: 300 }, (_, i) =>
      stored({
        id: uuid(7000 + i),
        state: 'closed',
        level: 3,
        milestones: { receivedAt: iso(NOW - 400 * DAY), closedAt: iso(NOW - 390 * DAY) },
        updatedAt: iso(NOW - 390 * DAY),
        callBackDueAt: iso(NOW - 383 * DAY),
      }),
    );
    // Closed last week: its call-back falls due today. Activated 10 minutes ago: its 首报 is due in 20.
    const callToday = stored({
      id: uuid(1),
      state: 'closed',
      level: 3,
      milestones: { receivedAt: iso(NOW - 9 * DAY), closedAt: iso(NOW - 7 * DAY + HOUR) },
      updatedAt: iso(NOW - 7 * DAY + HOUR),
      callBackDueAt: iso(NOW + HOUR),
    });
    const reporting = stored({
      id: uuid(2),
      state: 'investigating',
      level: 2,
      milestones: { receivedAt: iso(NOW - HOUR), acceptedAt: iso(NOW - HOUR), activatedAt: iso(NOW - 10 * 60_000) },
      reportDueAt: iso(NOW + 20 * 60_000),
    });
    await db.incidents.bulkAdd([...neverCalled, callToday, reporting]);
    for (const key of Object.keys(loaded)) delete loaded[key];
    const records = await alertRecords(db, readWindow());
    expect(ids(records.incidents)).toEqual(ids([callToday, reporting]));
    expect(loaded.incidents).toBe(2);
  });

  it('reads a busy morning’s hundreds of overdue matters in range reads, not a request each, and still not the history', async () => {
    const { db, loaded } = await countingDb();
    // 600 registered two days ago and never accepted: all overdue. 400 closed ones of years past.
    const overdue = Array.from({ length: 600 }, (_, i) =>
      stored({ id: uuid(1000 + i), state: 'registered', level: null, milestones: { receivedAt: iso(NOW - 2 * DAY) } }),
    );
    const history = Array.from({ length: 400 }, (_, i) =>
      stored({
        id: uuid(5000 + i),
        state: 'closed',
        level: 2,
        milestones: { receivedAt: iso(NOW - 400 * DAY), closedAt: iso(NOW - 390 * DAY) },
        updatedAt: iso(NOW - 390 * DAY),
      }),
    );
    // The history keeps a next deadline (a clock never stopped): it lies in the same index range.
    expect(history[0]!.nextDeadlineAt! < readWindow().incidentsBefore).toBe(true);
    await db.incidents.bulkAdd([...overdue, ...history]);
    for (const key of Object.keys(loaded)) delete loaded[key];

    const records = await alertRecords(db, readWindow());
    expect(ids(records.incidents)).toEqual(ids(overdue));
    expect(loaded.incidents).toBe(600);
    expect(loaded['incidents by key, at most'] ?? 0).toBeLessThanOrEqual(200);
  });

  it('picks up an incident whose deadline a change brings into the window, and drops one that leaves it or closes', async () => {
    const { db } = await countingDb();
    const far = accepted(1, 0);
    const soon = accepted(2, 5 * 24);
    const closing = stored({ id: uuid(3), state: 'registered', level: null, milestones: { receivedAt: iso(NOW - HOUR) } });
    await db.incidents.bulkAdd([far, soon, closing]);

    const answers: AlertRecords[] = [];
    const subscription = liveQuery(() => alertRecords(db, readWindow())).subscribe((answer) => answers.push(answer));
    const latest = async (expected: string[]) => {
      await expect.poll(() => answers.length > 0 && ids(answers.at(-1)!.incidents).join()).toBe(expected.sort().join());
    };
    try {
      await latest([soon.id, closing.id]);
      // A change moves its next deadline to within the window: read from then on.
      await db.incidents.update(far.id, { nextDeadlineAt: iso(NOW + 3 * HOUR), updatedAt: iso(NOW) });
      await latest([far.id, soon.id, closing.id]);
      // Closed (no next deadline any more): no longer read.
      await db.incidents.update(closing.id, { state: 'closed', nextDeadlineAt: null, nextDeadlineStage: null, updatedAt: iso(NOW) });
      await latest([far.id, soon.id]);
      // Its deadline moved out again (the stage was done, the next one is days away): dropped.
      await db.incidents.update(soon.id, { nextDeadlineAt: iso(NOW + 6 * DAY), updatedAt: iso(NOW) });
      await latest([far.id]);
    } finally {
      subscription.unsubscribe();
    }
  });

  it('answers an open level-1 incident together with its notice, from the first answer of a new look on', async () => {
    const { db } = await countingDb();
    const levelOneAt = NOW - 15 * 60_000;
    const incident = accepted(1, 0, {
      level: 1,
      milestones: { receivedAt: iso(NOW - HOUR), acceptedAt: iso(NOW - HOUR), levelOneAt: iso(levelOneAt) },
    });
    await db.incidents.add(incident);
    const key = levelOneKey(incident.id);
    // Shown when it became level 1, and again at its first repeat (10 minutes on).
    const firing = (fireAt: number) => ({
      key,
      fireAt: iso(fireAt),
      kind: 'level1' as const,
      urgent: true,
      target: { kind: 'incident' as const, id: incident.id },
      titleKey: 'notifications.alert.level1.title',
      bodyKey: 'notifications.alert.level1.body',
      params: { number: incident.number },
    });
    expect(await recordFirings(db, [firing(levelOneAt)], iso(levelOneAt + 2_000))).toMatchObject({ ok: true, value: 1 });
    expect(await recordFirings(db, [firing(levelOneAt + 10 * 60_000)], iso(NOW - 4 * 60_000))).toMatchObject({ ok: true, value: 1 });

    // A watcher mounted now (a reload, entering 演练): its very first answer knows the latest showing,
    // so the next firing is the coming repeat, never the one shown when it became level 1.
    const answers: AlertRecords[] = [];
    const subscription = liveQuery(() => alertRecords(db, readWindow())).subscribe((answer) => answers.push(answer));
    try {
      await expect.poll(() => answers.length).toBeGreaterThan(0);
      for (const answer of answers)
        expect(answer.levelOneNotices.get(key)).toEqual({ lastShownAt: iso(NOW - 4 * 60_000), acknowledgedAt: undefined });
      const [alert] = alertsFor(inputOf(answers[0]!, NOW)).filter((a) => a.kind === 'level1');
      expect(alert?.fireAt).toBe(iso(levelOneAt + 20 * 60_000));
    } finally {
      subscription.unsubscribe();
    }
  });

  it('follows the workflow: a registration is read while its acceptance is due, and no longer once accepted or rejected', async () => {
    const { db } = await countingDb();
    const context = await contextFor(db);
    const register = async (subject: string) => {
      const result = await registerComplaint(db, registration({ subject }), context);
      if (!result.ok) throw new Error(result.error.code);
      return result.value.incident;
    };
    const fuel = await register('城东加油站加油数量不足');
    const scenic = await register('景区索道排队纠纷');
    expect(ids((await alertRecords(db, readWindow())).incidents)).toEqual(ids([fuel, scenic]));
    // Accepted: the next deadline is the investigation's, three working days on.
    expect(await applyCommand(db, fuel.id, { type: 'verify' }, context)).toMatchObject({ ok: true });
    await applyCommand(db, scenic.id, { type: 'reject', kind: 'invalid', reason: '不属本单位受理范围' }, context);
    expect((await alertRecords(db, readWindow())).incidents).toEqual([]);
    // Three days later the investigation's deadline is inside the window.
    expect(ids((await alertRecords(db, readWindow(NOW + 3 * DAY))).incidents)).toEqual([fuel.id]);
  });

  it('reads an incident whose running clock lacks its year in the calendar, so its other clocks still alert', async () => {
    const { db } = await countingDb();
    // Service quality, accepted Wednesday 30 December: the 3-working-day investigation runs into
    // 2027, which the official calendar lacks, while the 24-hour service feedback counted from
    // receipt falls due the next morning. The stored next deadline is the unknown one.
    const DEC_30 = Date.parse('2026-12-30T10:00:00+08:00');
    const incident = stored({
      id: uuid(1),
      state: 'investigating',
      level: 2,
      categoryCode: 'service-quality',
      milestones: { receivedAt: iso(DEC_30 - HOUR), acceptedAt: iso(DEC_30) },
    });
    expect(incident).toMatchObject({ nextDeadlineAt: null, nextDeadlineStage: 'investigation' });
    await db.incidents.add(incident);

    const window = alertWindow(DEC_30, LEAD_MINUTES);
    const records = await alertRecords(db, {
      incidentsBefore: iso(window.incidentsBefore),
      instructionsBefore: iso(window.instructionsBefore),
    });
    expect(ids(records.incidents)).toEqual([incident.id]);
    const alerts = alertsFor(inputOf(records, DEC_30 + 22 * HOUR));
    expect(alerts.map((a) => [a.key, a.fireAt])).toEqual([
      [`incident:${incident.id}:feedback:due-soon`, '2026-12-31T07:00:00+08:00'],
      [`incident:${incident.id}:feedback:overdue`, '2026-12-31T09:00:00+08:00'],
    ]);
  });
});

function inputOf(
  records: Pick<AlertRecords, 'incidents' | 'instructions'> & Partial<Pick<AlertRecords, 'levelOneNotices'>>,
  now: number,
): AlertInput {
  return {
    incidents: records.incidents,
    instructions: records.instructions,
    plan,
    preferences: { dueSoonLeadMinutes: LEAD_MINUTES, levelOneRepeatMinutes: 10 },
    calendar: officialCalendar,
    now,
    levelOneNotices: records.levelOneNotices ?? new Map(),
  };
}

describe('nothing is lost by reading only the window', () => {
  /**
   * A mixed office: incidents received over the last three weeks in every open stage, some of
   * level 1 (with the 30-minute report running beside the investigation), service-quality ones
   * whose 24-hour feedback clock runs beside the others, closed and rejected ones, and
   * instructions owed, reported and accepted with deadlines from last week to next.
   */
  function office(): { incidents: Incident[]; instructions: Instruction[] } {
    const incidents: Incident[] = [];
    const instructions: Instruction[] = [];
    for (let i = 0; i < 120; i += 1) {
      const received = NOW - ((i * 37) % 500) * HOUR - (i % 7) * 11 * 60_000;
      const m: Incident['milestones'] = { receivedAt: iso(received) };
      const step = i % 7;
      if (step >= 1) m.acceptedAt = iso(received + 2 * HOUR);
      if (step >= 2) m.gradedAt = iso(received + 3 * HOUR);
      if (step >= 2 && i % 5 === 0) m.levelOneAt = m.gradedAt;
      if (step >= 3 && i % 3 !== 0) m.activatedAt = iso(received + 4 * HOUR);
      if (step >= 4) m.investigationDoneAt = iso(received + 30 * HOUR);
      if (step >= 5) m.solutionReadyAt = iso(received + 60 * HOUR);
      // Fed back: the 15-working-day evaluation runs, mostly far beyond the window.
      if (step >= 6) m.feedbackAt = iso(received + 70 * HOUR);
      const state =
        i % 17 === 0
          ? 'closed'
          : i % 19 === 0
            ? 'rejected'
            : (['registered', 'verified', 'graded', 'investigating', 'solution', 'feedback', 'evaluating'] as const)[step]!;
      if (state === 'closed') m.closedAt = iso(received + 90 * HOUR);
      incidents.push(
        stored({
          id: uuid(i + 1),
          state,
          level: step >= 2 ? (m.levelOneAt ? 1 : i % 2 === 0 ? 2 : 3) : null,
          categoryCode: i % 4 === 0 ? 'service-quality' : 'product-quality',
          milestones: m,
        }),
      );
      const states = ['issued', 'signed', 'in-progress', 'returned', 'reported', 'accepted'] as const;
      if (i % 2 === 0) instructions.push(instruction(i, uuid(i + 1), states[i % 6]!, NOW + (((i * 53) % 400) - 200) * HOUR));
    }
    // And 30 fed back this morning: their evaluation is due in three weeks.
    for (let i = 0; i < 30; i += 1) {
      const fedBack = NOW - (i + 1) * 7 * 60_000;
      incidents.push(
        stored({
          id: uuid(500 + i),
          state: 'evaluating',
          level: 3,
          milestones: {
            receivedAt: iso(fedBack - 80 * HOUR),
            acceptedAt: iso(fedBack - 79 * HOUR),
            gradedAt: iso(fedBack - 78 * HOUR),
            activatedAt: iso(fedBack - 77 * HOUR),
            investigationDoneAt: iso(fedBack - 50 * HOUR),
            solutionReadyAt: iso(fedBack - 20 * HOUR),
            feedbackAt: iso(fedBack),
          },
        }),
      );
    }
    return { incidents, instructions };
  }

  it('raises the same alerts up to the window’s end, records the same firings and counts the same for the tray, minute after minute', async () => {
    const { db } = await countingDb();
    const { incidents, instructions } = office();
    await db.incidents.bulkAdd(incidents);
    await db.instructions.bulkAdd(instructions);
    const everyOpen = { incidents: incidents.filter((i) => isOpen(i.state)), instructions };
    const levelOneNotices = new Map([[levelOneKey(uuid(11)), { lastShownAt: iso(NOW - 5 * 60_000) }]]);

    for (const now of [NOW, NOW + 37 * 60_000, NOW + 5 * HOUR, NOW + 2 * DAY + 13 * HOUR, NOW + 9 * DAY]) {
      const { until } = alertWindow(now, LEAD_MINUTES);
      const read = await alertRecords(db, readWindow(now));
      if (now === NOW) expect(read.incidents.length).toBeLessThanOrEqual(everyOpen.incidents.length - 30);
      const all = alertsFor({ ...inputOf(everyOpen, now), levelOneNotices });
      const windowed = alertsFor({ ...inputOf(read, now), levelOneNotices });
      expect(alertsUntil(windowed, until)).toEqual(alertsUntil(all, until));
      expect(alertsDue(windowed, now)).toEqual(alertsDue(all, now));
      expect(statusCounts(read.incidents, read.instructions, now, { plan }, officialCalendar)).toEqual(
        statusCounts(everyOpen.incidents, everyOpen.instructions, now, { plan }, officialCalendar),
      );
    }
  });
});

describe('the window', () => {
  it('reaches a day ahead, moves in whole hours, and reads a lead time and a margin beyond', () => {
    const at = (text: string) => Date.parse(text);
    const window = alertWindow(at('2026-11-23T10:20:00+08:00'), 120);
    expect(iso(window.until)).toBe('2026-11-24T11:00:00+08:00');
    expect(alertWindow(at('2026-11-23T10:59:00+08:00'), 120).until).toBe(window.until);
    expect(iso(window.instructionsBefore)).toBe('2026-11-25T11:00:00+08:00');
    expect(iso(window.incidentsBefore)).toBe('2026-11-25T13:00:00+08:00');
  });

  it('keeps the alerts firing up to its end, those already due included', () => {
    const alerts = ['2026-11-20T08:00:00+08:00', '2026-11-24T11:00:00+08:00', '2026-11-24T11:00:01+08:00'].map((fireAt) => ({ fireAt }));
    expect(alertsUntil(alerts, Date.parse('2026-11-24T11:00:00+08:00'))).toEqual(alerts.slice(0, 2));
  });
});
