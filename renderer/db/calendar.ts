// 节假日安排 kept by the office: a year's draft, the leader's approval, and the console calendar
// those approvals make. Approving a year gives every open clock that was waiting for it its date,
// in the same transaction, so no screen ever shows a clock counted on a half-loaded calendar.
// The calendar is the office's, like the plan: it lives in the live database, a drill reads it
// from there and may not change it.
import { officialCalendar, withClosures, withOfficeYears, type WorkingCalendar } from '@shared/calendar';
import { newId } from '@shared/ids';
import type { Incident } from '@shared/model';
import { checkArrangement, type ArrangementInput, type CalendarYear } from '@shared/officeCalendar';
import { fail, type Result } from '@shared/result';
import type { PlanBook } from '@shared/planVersions';
import { isOpen } from '@shared/workflow';
import { appendTimeline, isoAt, Refused, settle, type WriteContext } from './context';
import { liveDbBeside } from './officeDb';
import { ORGANISATION_TIMELINE } from './organisation';
import { deadlineProjection } from './projection';
import type { ConsoleDb } from './schema';
import { planInForce, SYSTEM_ACTOR } from './seed';

/**
 * The console's calendar from the office's rows: the approved years' arrangements, and every
 * year's approved closure days beside it (counted only under a plan that says so).
 */
export const calendarOf = (rows: readonly CalendarYear[]): WorkingCalendar =>
  withClosures(
    withOfficeYears(
      officialCalendar,
      rows.filter((r) => r.status === 'approved'),
    ),
    rows.flatMap((r) => r.closures?.days ?? []),
  );

/** The office's rows (a few a year), read from the live database whichever mode `db` is in. */
export async function officeCalendarRows(db: ConsoleDb): Promise<CalendarYear[]> {
  return liveDbBeside(db).calendarYears.toArray();
}

/** The office's row for one year (draft or approved), from the live database; undefined when none. */
export async function officeCalendarYear(db: ConsoleDb, year: number): Promise<CalendarYear | undefined> {
  return liveDbBeside(db).calendarYears.where('year').equals(year).first();
}

export async function consoleCalendar(db: ConsoleDb): Promise<WorkingCalendar> {
  return calendarOf(await officeCalendarRows(db));
}

/** Saves a year as a draft (entered on the form or read from a file); an approved year stays as approved. */
export async function saveCalendarDraft(
  db: ConsoleDb,
  input: ArrangementInput,
  source: CalendarYear['source'],
  ctx: WriteContext,
): Promise<Result<CalendarYear>> {
  if (db.mode === 'drill') return fail('calendar-drill-locked');
  const checked = checkArrangement(input, officialCalendar.coveredYears());
  if (!checked.ok) return fail('validation', checked.errors);
  const arrangement = checked.value;
  return settle(() =>
    db.transaction('rw', [db.calendarYears, db.timeline], async () => {
      const before = await db.calendarYears.where('year').equals(arrangement.year).first();
      // Clocks already counted on an approved year; changing it is not a draft's business.
      if (before?.status === 'approved') throw new Refused('calendar-year-approved', { year: arrangement.year });
      const row: CalendarYear = {
        id: before?.id ?? newId(),
        mode: db.mode,
        ...arrangement,
        status: 'draft',
        source,
        updatedAt: isoAt(ctx),
        updatedBy: ctx.actor.id,
        updatedByName: ctx.actor.name,
      };
      await db.calendarYears.put(row);
      await appendTimeline(db, ctx, {
        incidentId: ORGANISATION_TIMELINE,
        kind: source === 'file' ? 'calendar-year-imported' : 'calendar-year-drafted',
        params: { year: row.year },
      });
      return row;
    }),
  );
}

export type CalendarApproval = { year: CalendarYear; datedIncidents: number };

/** 批准: the leader's alone (a deputy may not); then the waiting clocks get their dates. */
export async function approveCalendarYear(db: ConsoleDb, year: number, ctx: WriteContext): Promise<Result<CalendarApproval>> {
  if (db.mode === 'drill') return fail('calendar-drill-locked');
  if (ctx.actor.role !== 'leader') return fail('calendar-approve-leader-only');
  return settle(() =>
    db.transaction('rw', [db.calendarYears, db.incidents, db.timeline, db.plans], async () => {
      const draft = await db.calendarYears.where('year').equals(year).first();
      // A year of the official data may have a row only for its closure days: nothing to approve.
      if (!draft || officialCalendar.coveredYears().includes(year)) throw new Refused('calendar-year-not-found', { year });
      if (draft.status === 'approved') throw new Refused('calendar-year-approved', { year });
      const at = isoAt(ctx);
      const approved: CalendarYear = {
        ...draft,
        status: 'approved',
        approvedAt: at,
        approvedBy: ctx.actor.id,
        approvedByName: ctx.actor.name,
      };
      await db.calendarYears.put(approved);
      const dated = await recountOpenDeadlines(db, ctx, calendarOf(await db.calendarYears.toArray()), {
        kind: 'calendar-deadline-dated',
        params: { year },
      });
      await appendTimeline(db, ctx, { incidentId: ORGANISATION_TIMELINE, kind: 'calendar-year-approved', params: { year, count: dated } });
      return { year: approved, datedIncidents: dated };
    }),
  );
}

/**
 * Re-counts the stored next deadline of every open incident on `calendar`, inside the caller's
 * transaction; each one that changes gets `entry` on its timeline. Returns how many changed.
 */
export async function recountOpenDeadlines(
  db: ConsoleDb,
  ctx: WriteContext,
  calendar: WorkingCalendar,
  entry: { kind: string; params: Record<string, string | number> },
): Promise<number> {
  // Every version as stored, so each incident is counted by the version it was opened under.
  const book: PlanBook = { plan: ctx.plan, plans: await db.plans.toArray() };
  const open = await db.incidents.filter((i) => isOpen(i.state) && i.nextDeadlineStage !== null).toArray();
  let changed = 0;
  for (const incident of open) {
    const projection = deadlineProjection(incident, book, calendar);
    if (projection.nextDeadlineAt === incident.nextDeadlineAt && projection.nextDeadlineStage === incident.nextDeadlineStage) continue;
    const saved: Incident = { ...incident, ...projection, updatedAt: isoAt(ctx), updatedBy: ctx.actor.id };
    await db.incidents.put(saved);
    await appendTimeline(db, ctx, { incidentId: incident.id, kind: entry.kind, params: entry.params });
    changed += 1;
  }
  return changed;
}

/**
 * A drill's stored deadlines follow the office's calendar too, but the leader approves it in live
 * mode, when the drill database is closed: so each time the drill database is opened its open
 * incidents are re-counted on the calendar as it now is (a clock waiting for a year gets its date).
 */
export async function recountDrillDeadlines(db: ConsoleDb, nowMs: number): Promise<number> {
  if (db.mode !== 'drill') return 0;
  const plan = await planInForce(db);
  if (!plan) return 0;
  const ctx: WriteContext = {
    actor: { id: SYSTEM_ACTOR, name: SYSTEM_ACTOR, role: 'staff' },
    plan,
    plans: await db.plans.toArray(),
    now: nowMs,
    calendar: await consoleCalendar(db),
  };
  return db.transaction('rw', [db.incidents, db.timeline, db.plans], () =>
    recountOpenDeadlines(db, ctx, ctx.calendar, { kind: 'calendar-deadline-recounted', params: {} }),
  );
}
