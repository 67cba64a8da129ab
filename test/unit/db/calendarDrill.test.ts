// The working-day calendar is the office's, like the plan: a drill counts its clocks on the years
// the leader approved in live work, may not enter or approve a year itself, and its clocks that
// were waiting for a year get their dates once that year is approved.
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArrangementFileSchema, inputOf, type ArrangementInput } from '@shared/officeCalendar';
import { approveCalendarYear, consoleCalendar, saveCalendarDraft } from '../../../renderer/db/calendar';
import { registerComplaint } from '../../../renderer/db/complaints';
import { applyCommand } from '../../../renderer/db/incidents';
import { DATABASE_NAMES } from '../../../renderer/db/schema';
import { CONSOLE_MODE_KEY } from '../../../renderer/features/session/consoleMode';
import { closeSeeded, openSeeded } from '../../../renderer/features/session/modeDatabase';
import { contextFor, LEADER, registration, STAFF } from '../../fixtures/database';

const ARRANGEMENT_2027: ArrangementInput = inputOf(
  ArrangementFileSchema.parse(JSON.parse(readFileSync(new URL('../../fixtures/calendar-2027.json', import.meta.url), 'utf8'))),
);
/** Wednesday 2026-12-30 10:00: a 3-working-day investigation runs into 2027. */
const DEC_30 = Date.parse('2026-12-30T10:00:00+08:00');

/** The origin's storage every window shares: it holds the console's mode. */
const shared = new Map<string, string>();
const enter = (mode: 'live' | 'drill') => shared.set(CONSOLE_MODE_KEY, mode);

beforeEach(() => {
  shared.clear();
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => shared.get(key) ?? null,
    setItem: (key: string, value: string) => void shared.set(key, value),
  });
});

afterEach(async () => {
  await closeSeeded('live');
  await closeSeeded('drill');
  await Dexie.delete(DATABASE_NAMES.drill);
  enter('live');
  await (await openSeeded('live')).calendarYears.clear();
  await closeSeeded('live');
  vi.unstubAllGlobals();
});

/** The leader approves 2027 in live work. */
async function approve2027InLive() {
  enter('live');
  const live = await openSeeded('live');
  expect((await saveCalendarDraft(live, ARRANGEMENT_2027, 'entered', await contextFor(live, STAFF, DEC_30))).ok).toBe(true);
  expect((await approveCalendarYear(live, 2027, await contextFor(live, LEADER, DEC_30))).ok).toBe(true);
  await closeSeeded('live');
}

describe('the office calendar in a drill', () => {
  it('counts drill clocks on the years the leader approved in live work', async () => {
    await approve2027InLive();
    enter('drill');
    const drill = await openSeeded('drill');
    expect(await drill.calendarYears.count()).toBe(0);
    expect((await consoleCalendar(drill)).dayKind('2027-01-04')).toBe('workday');
  });

  it('refuses entering or approving a year in a drill, and writes nothing anywhere', async () => {
    enter('drill');
    const drill = await openSeeded('drill');
    const saved = await saveCalendarDraft(drill, ARRANGEMENT_2027, 'entered', await contextFor(drill, STAFF, DEC_30));
    expect(saved).toEqual({ ok: false, error: { code: 'calendar-drill-locked' } });
    const approved = await approveCalendarYear(drill, 2027, await contextFor(drill, LEADER, DEC_30));
    expect(approved).toEqual({ ok: false, error: { code: 'calendar-drill-locked' } });
    expect(await drill.calendarYears.count()).toBe(0);
    expect((await consoleCalendar(drill)).dayKind('2027-01-04')).toBe('unknown');
  });

  it('dates a drill clock that waited for 2027 when the drill is next opened after the approval', async () => {
    enter('drill');
    let drill = await openSeeded('drill');
    const ctx = await contextFor(drill, STAFF, DEC_30);
    const registered = await registerComplaint(
      drill,
      registration({ receivedAt: '2026-12-30T09:30', categoryCode: 'contract-dispute', channelCode: 'letter' }),
      ctx,
    );
    if (!registered.ok) throw new Error(registered.error.code);
    const accepted = await applyCommand(drill, registered.value.incident.id, { type: 'verify' }, ctx);
    if (!accepted.ok) throw new Error(accepted.error.code);
    expect(accepted.value).toMatchObject({ nextDeadlineAt: null, nextDeadlineStage: 'investigation' });
    await closeSeeded('drill');

    await approve2027InLive();

    enter('drill');
    drill = await openSeeded('drill');
    // 12-31 (1); 元旦 01-01 – 01-03 off; 01-04 (2), 01-05 (3) → 24:00 of Tuesday 2027-01-05.
    expect(await drill.incidents.get(accepted.value.id)).toMatchObject({
      nextDeadlineAt: '2027-01-06T00:00:00+08:00',
      nextDeadlineStage: 'investigation',
    });
    const entries = await drill.timeline.where('incidentId').equals(accepted.value.id).toArray();
    expect(entries.map((e) => e.kind)).toContain('calendar-deadline-recounted');
  });
});
