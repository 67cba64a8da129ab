// 节假日安排 kept by the office: a year's draft, the leader's approval, and the console calendar
// those approvals make. Approving a year gives every open clock that was waiting for it its date,
// in the same transaction, so no screen ever shows a clock counted on a half-loaded calendar.
import { officialCalendar, withOfficeYears, type WorkingCalendar } from '@shared/calendar';
import { newId } from '@shared/ids';
import type { Incident } from '@shared/model';
import { checkArrangement, type ArrangementInput, type CalendarYear } from '@shared/officeCalendar';
import { fail, type Result } from '@shared/result';
import { isOpen } from '@shared/workflow';
import { appendTimeline, isoAt, Refused, settle, type WriteContext } from './context';
import { ORGANISATION_TIMELINE } from './organisation';
import { deadlineProjection } from './projection';
import type { ConsoleDb } from './schema';

/** The console's calendar from the approved office years read from `db`. */
export const calendarOf = (approved: readonly CalendarYear[]): WorkingCalendar => withOfficeYears(officialCalendar, approved);

export async function approvedCalendarYears(db: ConsoleDb): Promise<CalendarYear[]> {
  return db.calendarYears.where('status').equals('approved').toArray();
}

export async function consoleCalendar(db: ConsoleDb): Promise<WorkingCalendar> {
  return calendarOf(await approvedCalendarYears(db));
}

/** Saves a year as a draft (entered on the form or read from a file); an approved year stays as approved. */
export async function saveCalendarDraft(
  db: ConsoleDb,
  input: ArrangementInput,
  source: CalendarYear['source'],
  ctx: WriteContext,
): Promise<Result<CalendarYear>> {
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
  if (ctx.actor.role !== 'leader') return fail('calendar-approve-leader-only');
  return settle(() =>
    db.transaction('rw', [db.calendarYears, db.incidents, db.timeline], async () => {
      const draft = await db.calendarYears.where('year').equals(year).first();
      if (!draft) throw new Refused('calendar-year-not-found', { year });
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
      const calendar = calendarOf(await approvedCalendarYears(db));
      const waiting = await db.incidents
        .filter((i) => isOpen(i.state) && i.nextDeadlineAt === null && i.nextDeadlineStage !== null)
        .toArray();
      let dated = 0;
      for (const incident of waiting) {
        const projection = deadlineProjection(incident, ctx, calendar);
        if (projection.nextDeadlineAt === null) continue; // still waiting, for a later year
        const saved: Incident = { ...incident, ...projection, updatedAt: at, updatedBy: ctx.actor.id };
        await db.incidents.put(saved);
        await appendTimeline(db, ctx, { incidentId: incident.id, kind: 'calendar-deadline-dated', params: { year } });
        dated += 1;
      }
      await appendTimeline(db, ctx, { incidentId: ORGANISATION_TIMELINE, kind: 'calendar-year-approved', params: { year, count: dated } });
      return { year: approved, datedIncidents: dated };
    }),
  );
}
