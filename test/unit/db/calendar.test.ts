// 节假日安排 in the database: a year is a draft until the leader approves it, and the approval
// gives the clocks that were waiting for that year their dates, with its audit entries.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Actor } from '@shared/model';
import { inputOf, ArrangementFileSchema, type ArrangementInput } from '@shared/officeCalendar';
import { approveCalendarYear, consoleCalendar, saveCalendarDraft } from '../../../renderer/db/calendar';
import { registerComplaint } from '../../../renderer/db/complaints';
import { applyCommand } from '../../../renderer/db/incidents';
import { ORGANISATION_TIMELINE } from '../../../renderer/db/organisation';
import type { ConsoleDb } from '../../../renderer/db/schema';
import { contextFor, freshDb, LEADER, registration, STAFF } from '../../fixtures/database';

// A plausible 2027 arrangement, not the State Council's notice (see the fixture's test).
const ARRANGEMENT_2027: ArrangementInput = inputOf(
  ArrangementFileSchema.parse(JSON.parse(readFileSync(new URL('../../fixtures/calendar-2027.json', import.meta.url), 'utf8'))),
);
const DEPUTY: Actor = { id: 'a1000000-0000-4000-8000-000000000002', name: '李副', role: 'deputy' };
/** Wednesday 2026-12-30 10:00: a 3-working-day investigation runs into 2027. */
const DEC_30 = Date.parse('2026-12-30T10:00:00+08:00');

let db: ConsoleDb;
afterEach(async () => {
  db?.close();
  if (db) await db.delete();
});

/** A contract dispute accepted on 12-30, whose investigation clock waits for the 2027 calendar. */
async function waitingIncident() {
  db = await freshDb();
  const ctx = await contextFor(db, STAFF, DEC_30);
  const registered = await registerComplaint(
    db,
    registration({ receivedAt: '2026-12-30T09:30', categoryCode: 'contract-dispute', channelCode: 'letter' }),
    ctx,
  );
  if (!registered.ok) throw new Error(registered.error.code);
  const accepted = await applyCommand(db, registered.value.incident.id, { type: 'verify' }, ctx);
  if (!accepted.ok) throw new Error(accepted.error.code);
  return accepted.value;
}

describe('the office calendar in the database', () => {
  it('keeps an entered year as a draft that no clock counts on', async () => {
    const incident = await waitingIncident();
    expect(incident).toMatchObject({ nextDeadlineAt: null, nextDeadlineStage: 'investigation' });
    const saved = await saveCalendarDraft(db, ARRANGEMENT_2027, 'entered', await contextFor(db, STAFF, DEC_30));
    expect(saved).toMatchObject({ ok: true, value: { year: 2027, status: 'draft', updatedByName: '陈晓' } });
    expect((await consoleCalendar(db)).dayKind('2027-01-04')).toBe('unknown');
    expect((await db.incidents.get(incident.id))?.nextDeadlineAt).toBeNull();
    const audit = await db.timeline.where('incidentId').equals(ORGANISATION_TIMELINE).toArray();
    expect(audit.map((e) => [e.kind, e.actorName, e.params])).toContainEqual(['calendar-year-drafted', '陈晓', { year: 2027 }]);
  });

  it('refuses a bad year on its fields and writes nothing', async () => {
    db = await freshDb();
    const bad = { ...ARRANGEMENT_2027, makeupDays: ['2027-01-06'] };
    const saved = await saveCalendarDraft(db, bad, 'entered', await contextFor(db));
    expect(saved).toEqual({ ok: false, error: { code: 'validation', params: { 'makeupDays.0': 'calendar.validation.makeupNotWeekend' } } });
    expect(await db.calendarYears.count()).toBe(0);
  });

  it('lets only the leader approve, not a deputy', async () => {
    db = await freshDb();
    await saveCalendarDraft(db, ARRANGEMENT_2027, 'entered', await contextFor(db));
    const refused = await approveCalendarYear(db, 2027, await contextFor(db, DEPUTY, DEC_30));
    expect(refused).toEqual({ ok: false, error: { code: 'calendar-approve-leader-only' } });
    expect((await db.calendarYears.toArray())[0]?.status).toBe('draft');
  });

  it('gives every waiting clock its date when the leader approves the year, with the audit', async () => {
    const incident = await waitingIncident();
    await saveCalendarDraft(db, ARRANGEMENT_2027, 'file', await contextFor(db, STAFF, DEC_30));
    const approved = await approveCalendarYear(db, 2027, await contextFor(db, LEADER, DEC_30 + 60_000));
    expect(approved).toMatchObject({ ok: true, value: { datedIncidents: 1, year: { status: 'approved', approvedByName: '王建国' } } });
    // 12-31 (1); 元旦 01-01 – 01-03 off; 01-04 (2), 01-05 (3) → 24:00 of Tuesday 2027-01-05.
    expect(await db.incidents.get(incident.id)).toMatchObject({
      nextDeadlineAt: '2027-01-06T00:00:00+08:00',
      nextDeadlineStage: 'investigation',
    });
    const onIncident = await db.timeline.where('incidentId').equals(incident.id).toArray();
    expect(onIncident.map((e) => e.kind)).toContain('calendar-deadline-dated');
    const audit = await db.timeline.where('incidentId').equals(ORGANISATION_TIMELINE).toArray();
    expect(audit.find((e) => e.kind === 'calendar-year-approved')).toMatchObject({
      actorName: '王建国',
      at: '2026-12-30T10:01:00+08:00',
      params: { year: 2027, count: 1 },
    });
    expect((await consoleCalendar(db)).dayKind('2027-01-04')).toBe('workday');
  });

  it('keeps an approved year as approved', async () => {
    db = await freshDb();
    await saveCalendarDraft(db, ARRANGEMENT_2027, 'entered', await contextFor(db));
    await approveCalendarYear(db, 2027, await contextFor(db, LEADER));
    expect(await saveCalendarDraft(db, ARRANGEMENT_2027, 'entered', await contextFor(db))).toMatchObject({
      ok: false,
      error: { code: 'calendar-year-approved' },
    });
    expect(await approveCalendarYear(db, 2027, await contextFor(db, LEADER))).toMatchObject({
      ok: false,
      error: { code: 'calendar-year-approved' },
    });
  });
});
