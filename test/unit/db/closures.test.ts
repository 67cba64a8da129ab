// 单位自定停工日 in the database: proposed as a draft, approved by the leader alone with its audit
// entry, and on approval the stored deadlines of open incidents are re-counted — moved only for
// incidents whose plan version counts the office's closure days.
import { afterEach, describe, expect, it } from 'vitest';
import { firstBadRow } from '@shared/backupRows';
import { DEFAULT_PLAN_ID } from '@shared/defaultPlan';
import type { Actor } from '@shared/model';
import { consoleCalendar } from '../../../renderer/db/calendar';
import { approveClosures, saveClosuresDraft } from '../../../renderer/db/closures';
import { registerComplaint } from '../../../renderer/db/complaints';
import { applyCommand } from '../../../renderer/db/incidents';
import { ORGANISATION_TIMELINE } from '../../../renderer/db/organisation';
import type { ConsoleDb } from '../../../renderer/db/schema';
import { approveVersion, saveDraft, startRevision, submitVersion } from '../../../renderer/db/plans';
import { contextFor, freshDb, LEADER, NOW, registration, STAFF, value } from '../../fixtures/database';

const DEPUTY: Actor = { id: 'a1000000-0000-4000-8000-000000000002', name: '李副', role: 'deputy' };
/** Wednesday 2026-11-25: the office moves. */
const MOVE = { name: '搬迁', first: '2026-11-25', last: '2026-11-25' };

let db: ConsoleDb;
afterEach(async () => {
  db?.close();
  if (db) await db.delete();
});

/** A console whose plan in force counts closure days (the office may then keep its own). */
async function countingDb() {
  db = await freshDb();
  await db.plans.toCollection().modify({ countsOfficeClosures: true });
  return db;
}

/** An incident accepted on Monday 2026-11-23 10:00, whose 3-working-day investigation runs over the move. */
async function acceptedIncident(countsOfficeClosures: boolean) {
  db = await freshDb();
  await db.plans.toCollection().modify({ countsOfficeClosures });
  const ctx = await contextFor(db, STAFF, NOW);
  const registered = await registerComplaint(db, registration(), ctx);
  if (!registered.ok) throw new Error(registered.error.code);
  const accepted = await applyCommand(db, registered.value.incident.id, { type: 'verify' }, ctx);
  if (!accepted.ok) throw new Error(accepted.error.code);
  expect(accepted.value).toMatchObject({ nextDeadlineStage: 'investigation', nextDeadlineAt: '2026-11-27T00:00:00+08:00' });
  return accepted.value;
}

describe("the office's closure days in the database", () => {
  it('keeps proposed closure days as a draft that no clock counts, with the audit', async () => {
    const incident = await acceptedIncident(true);
    const saved = await saveClosuresDraft(db, 2026, [MOVE], await contextFor(db, STAFF, NOW));
    expect(saved).toMatchObject({ ok: true, value: { year: 2026, closuresDraft: { days: [MOVE], byName: '陈晓' } } });
    expect((await consoleCalendar(db)).closures?.size).toBe(0);
    expect((await db.incidents.get(incident.id))?.nextDeadlineAt).toBe('2026-11-27T00:00:00+08:00');
    const audit = await db.timeline.where('incidentId').equals(ORGANISATION_TIMELINE).toArray();
    expect(audit.map((e) => [e.kind, e.params])).toContainEqual(['calendar-closures-drafted', { year: 2026, count: 1 }]);
  });

  it('refuses a bad closure on its field and writes nothing', async () => {
    db = await countingDb();
    const saved = await saveClosuresDraft(db, 2026, [{ ...MOVE, first: '2026-11-28', last: '2026-11-28' }], await contextFor(db));
    expect(saved).toEqual({
      ok: false,
      error: {
        code: 'validation',
        params: { 'closures.0.first': 'calendar.closures.validation.restDay', 'closures.0.last': 'calendar.closures.validation.restDay' },
      },
    });
    expect(await db.calendarYears.count()).toBe(0);
  });

  it('lets only the leader approve, not a deputy', async () => {
    db = await countingDb();
    await saveClosuresDraft(db, 2026, [MOVE], await contextFor(db));
    expect(await approveClosures(db, 2026, await contextFor(db, DEPUTY))).toEqual({
      ok: false,
      error: { code: 'calendar-approve-leader-only' },
    });
    expect((await db.calendarYears.toArray())[0]).toMatchObject({ closuresDraft: { days: [MOVE] } });
    expect((await db.calendarYears.toArray())[0]?.closures).toBeUndefined();
  });

  it('moves the stored deadline of an incident whose plan counts closure days when the leader approves them', async () => {
    const incident = await acceptedIncident(true);
    await saveClosuresDraft(db, 2026, [MOVE], await contextFor(db, STAFF, NOW));
    const approved = await approveClosures(db, 2026, await contextFor(db, LEADER, NOW + 60_000));
    expect(approved).toMatchObject({ ok: true, value: { movedIncidents: 1, year: { closures: { days: [MOVE], byName: '王建国' } } } });
    expect((await db.calendarYears.toArray())[0]?.closuresDraft).toBeUndefined();
    // 11-24 (1); 11-25 closed; 11-26 (2), 11-27 (3) → 24:00 of Friday 11-27.
    expect((await db.incidents.get(incident.id))?.nextDeadlineAt).toBe('2026-11-28T00:00:00+08:00');
    const onIncident = await db.timeline.where('incidentId').equals(incident.id).toArray();
    expect(onIncident.map((e) => e.kind)).toContain('calendar-closures-recounted');
    const audit = await db.timeline.where('incidentId').equals(ORGANISATION_TIMELINE).toArray();
    expect(audit.find((e) => e.kind === 'calendar-closures-approved')).toMatchObject({
      actorName: '王建国',
      params: { year: 2026, count: 1 },
    });
  });

  it('refuses closure days while the plan in force does not count them, and writes nothing', async () => {
    db = await freshDb();
    expect(await saveClosuresDraft(db, 2026, [MOVE], await contextFor(db))).toEqual({
      ok: false,
      error: { code: 'calendar-closures-not-counted' },
    });
    expect(await db.calendarYears.count()).toBe(0);
  });

  it('leaves the deadline of an incident whose plan version does not count closure days where it was', async () => {
    const incident = await acceptedIncident(false);
    // A later version counts them; the incident keeps the version it was opened under.
    const leader = await contextFor(db, LEADER, NOW);
    const draft = value(await startRevision(db, DEFAULT_PLAN_ID, leader));
    value(await saveDraft(db, { ...draft, countsOfficeClosures: true }, leader));
    value(await submitVersion(db, draft.id, leader));
    value(await approveVersion(db, draft.id, new Date(NOW).toISOString(), leader));
    value(await saveClosuresDraft(db, 2026, [MOVE], await contextFor(db, STAFF, NOW + 1000)));
    expect(await approveClosures(db, 2026, await contextFor(db, LEADER, NOW))).toMatchObject({ ok: true, value: { movedIncidents: 0 } });
    expect((await db.incidents.get(incident.id))?.nextDeadlineAt).toBe('2026-11-27T00:00:00+08:00');
  });

  it('keeps a year row with closure days fit for a backup, and an older row without them', async () => {
    db = await countingDb();
    await saveClosuresDraft(db, 2026, [MOVE], await contextFor(db));
    await approveClosures(db, 2026, await contextFor(db, LEADER));
    await saveClosuresDraft(db, 2026, [], await contextFor(db));
    const rows = await db.calendarYears.toArray();
    expect(rows[0]).toMatchObject({ closures: { days: [MOVE] }, closuresDraft: { days: [] } });
    const { closures: _c, closuresDraft: _d, ...older } = rows[0]!;
    expect(firstBadRow('calendarYears', [...rows, older])).toBeNull();
    expect(firstBadRow('calendarYears', [{ ...rows[0], closures: { days: [{ name: 1 }] } }])).toMatchObject({
      path: 'closures.days.0.name',
    });
  });
});
