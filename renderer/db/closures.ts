// 单位自定停工日 in the database: the year's list is proposed as a draft and approved by the leader
// alone, each step on the organisation timeline. Approval re-counts the stored deadlines of open
// incidents in the same transaction, as approving a year does (only incidents whose plan version
// counts closure days move).
import { newId } from '@shared/ids';
import { checkClosures, type Closure } from '@shared/officeClosures';
import type { CalendarYear } from '@shared/officeCalendar';
import { planInForceAt } from '@shared/planVersions';
import { fail, type Result } from '@shared/result';
import { calendarOf, recountOpenDeadlines } from './calendar';
import { appendTimeline, isoAt, Refused, settle, type WriteContext } from './context';
import { ORGANISATION_TIMELINE } from './organisation';
import type { ConsoleDb } from './schema';

/** Proposes the year's whole list of closure days (an empty list proposes removing them all). */
export async function saveClosuresDraft(
  db: ConsoleDb,
  year: number,
  input: readonly Closure[],
  ctx: WriteContext,
): Promise<Result<CalendarYear>> {
  if (db.mode === 'drill') return fail('calendar-drill-locked');
  return settle(() =>
    db.transaction('rw', [db.calendarYears, db.timeline, db.plans], async () => {
      // The office keeps closure days of its own only when its plan says its limits count them;
      // clearing a list is always allowed.
      const plan = planInForceAt(await db.plans.toArray(), ctx.now) ?? ctx.plan;
      if (input.length > 0 && plan.countsOfficeClosures !== true) throw new Refused('calendar-closures-not-counted');
      const rows = await db.calendarYears.toArray();
      // Checked on the calendar without closures: a closure on another closure is an overlap, not a rest day.
      const checked = checkClosures(year, input, calendarOf(rows.map(({ closures: _, ...row }) => row)));
      if (!checked.ok) throw new Refused('validation', checked.errors);
      const before = rows.find((r) => r.year === year);
      const at = isoAt(ctx);
      const draft = { days: checked.value, at, by: ctx.actor.id, byName: ctx.actor.name };
      // A year of the official data gets a row for its closure days alone; its empty arrangement never counts.
      const row: CalendarYear = before
        ? { ...before, closuresDraft: draft }
        : {
            id: newId(),
            mode: db.mode,
            year,
            holidays: [],
            makeupDays: [],
            status: 'draft',
            source: 'entered',
            updatedAt: at,
            updatedBy: ctx.actor.id,
            updatedByName: ctx.actor.name,
            closuresDraft: draft,
          };
      await db.calendarYears.put(row);
      await appendTimeline(db, ctx, {
        incidentId: ORGANISATION_TIMELINE,
        kind: 'calendar-closures-drafted',
        params: { year, count: checked.value.length },
      });
      return row;
    }),
  );
}

export type ClosuresApproval = { year: CalendarYear; movedIncidents: number };

/** 批准: the leader's alone; the proposed list replaces the approved one, and open deadlines are re-counted. */
export async function approveClosures(db: ConsoleDb, year: number, ctx: WriteContext): Promise<Result<ClosuresApproval>> {
  if (db.mode === 'drill') return fail('calendar-drill-locked');
  if (ctx.actor.role !== 'leader') return fail('calendar-approve-leader-only');
  return settle(() =>
    db.transaction('rw', [db.calendarYears, db.incidents, db.timeline, db.plans], async () => {
      const row = await db.calendarYears.where('year').equals(year).first();
      if (!row?.closuresDraft) throw new Refused('calendar-closures-not-found', { year });
      const { closuresDraft, ...rest } = row;
      const approved: CalendarYear = {
        ...rest,
        closures: { days: closuresDraft.days, at: isoAt(ctx), by: ctx.actor.id, byName: ctx.actor.name },
      };
      await db.calendarYears.put(approved);
      const moved = await recountOpenDeadlines(db, ctx, calendarOf(await db.calendarYears.toArray()), {
        kind: 'calendar-closures-recounted',
        params: { year },
      });
      await appendTimeline(db, ctx, {
        incidentId: ORGANISATION_TIMELINE,
        kind: 'calendar-closures-approved',
        params: { year, count: moved },
      });
      return { year: approved, movedIncidents: moved };
    }),
  );
}
