// 节假日安排 and 单位自定停工日 as commands: a year's draft and the leader's approval, the office's
// closure days likewise; an approval re-counts the stored deadline of every open incident by its
// own plan version, in the same change, so no screen shows a clock counted on a half-loaded calendar.
import { z } from 'zod';
import { officialCalendar, withClosures, withOfficeYears, type WorkingCalendar } from './calendar';
import { decided, refused, type Decision, type RowWrite, type Stamp, type TimelineAppend } from './commandKit';
import type { Incident } from './model';
import { checkArrangement, HolidayRangeSchema, type CalendarYear } from './officeCalendar';
import { checkClosures, ClosureSchema } from './officeClosures';
import { ORGANISATION_TIMELINE } from './organisationCommands';
import type { Plan } from './plan';
import { planInForceAt, type PlanBook } from './planVersions';
import { deadlineProjection } from './projection';
import { isOpen } from './workflow';
import type { TimelineBody } from './timelineKinds';

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

/** The open incidents whose stored next deadline changes on `calendar`, each with `entry` on its timeline. */
export function recounted(
  open: readonly Incident[],
  book: PlanBook,
  calendar: WorkingCalendar,
  stamp: Stamp,
  entry: TimelineBody,
): { writes: RowWrite[]; timeline: TimelineAppend[]; count: number } {
  const writes: RowWrite[] = [];
  const timeline: TimelineAppend[] = [];
  for (const incident of open) {
    if (!isOpen(incident.state) || incident.nextDeadlineStage === null) continue;
    const projection = deadlineProjection(incident, book, calendar);
    if (
      projection.nextDeadlineAt === incident.nextDeadlineAt &&
      projection.nextDeadlineStage === incident.nextDeadlineStage &&
      projection.deadlineUnknown === incident.deadlineUnknown
    )
      continue;
    writes.push({ put: 'incidents', row: { ...incident, ...projection, updatedAt: stamp.at, updatedBy: stamp.actor.id } });
    timeline.push({ incidentId: incident.id, ...entry });
  }
  return { writes, timeline, count: writes.length };
}

/** What an approval reads: the office's rows, the open incidents and every plan version. */
export type ApprovalSeen = { rows: CalendarYear[]; open: Incident[]; plans: Plan[] };

const bookOf = (plans: readonly Plan[], stamp: Stamp): PlanBook => ({ plan: planInForceAt(plans, stamp.nowMs)!, plans });
const drillLocked = (stamp: Stamp) => stamp.mode === 'drill';
const withRow = (rows: readonly CalendarYear[], row: CalendarYear) => [...rows.filter((r) => r.id !== row.id), row];

// ---- A year's arrangement -------------------------------------------------------------------------

export const saveYearArgs = z.object({
  input: z.object({ year: z.string(), holidays: z.array(HolidayRangeSchema), makeupDays: z.array(z.string()) }),
  source: z.enum(['entered', 'file']),
});
export type SaveYearArgs = z.output<typeof saveYearArgs>;

/** Saves a year as a draft (entered on the form or read from a file); an approved year stays as approved. */
export function decideSaveYear(
  seen: { before: CalendarYear | undefined },
  { input, source }: SaveYearArgs,
  stamp: Stamp,
): Decision<CalendarYear> {
  if (drillLocked(stamp)) return refused('calendar-drill-locked');
  const checked = checkArrangement(input, officialCalendar.coveredYears());
  if (!checked.ok) return refused('validation', checked.errors);
  const arrangement = checked.value;
  const { before } = seen;
  // Clocks already counted on an approved year; changing it is not a draft's business.
  if (before?.status === 'approved') return refused('calendar-year-approved', { year: arrangement.year });
  const row: CalendarYear = {
    id: before?.id ?? stamp.newId(),
    mode: stamp.mode,
    ...arrangement,
    status: 'draft',
    source,
    updatedAt: stamp.at,
    updatedBy: stamp.actor.id,
    updatedByName: stamp.actor.name,
  };
  return decided(
    row,
    [{ put: 'calendarYears', row }],
    [
      {
        incidentId: ORGANISATION_TIMELINE,
        kind: source === 'file' ? 'calendar-year-imported' : 'calendar-year-drafted',
        params: { year: row.year },
      },
    ],
  );
}

export const yearArgs = z.object({ year: z.number().int() });
export type CalendarApproval = { year: CalendarYear; datedIncidents: number };

/** 批准: the leader's alone (a deputy may not); then the waiting clocks get their dates. */
export function decideApproveYear(seen: ApprovalSeen, { year }: z.output<typeof yearArgs>, stamp: Stamp): Decision<CalendarApproval> {
  if (drillLocked(stamp)) return refused('calendar-drill-locked');
  if (stamp.actor.role !== 'leader') return refused('calendar-approve-leader-only');
  const draft = seen.rows.find((r) => r.year === year);
  // A year of the official data may have a row only for its closure days: nothing to approve.
  if (!draft || officialCalendar.coveredYears().includes(year)) return refused('calendar-year-not-found', { year });
  if (draft.status === 'approved') return refused('calendar-year-approved', { year });
  const approved: CalendarYear = {
    ...draft,
    status: 'approved',
    approvedAt: stamp.at,
    approvedBy: stamp.actor.id,
    approvedByName: stamp.actor.name,
  };
  const dated = recounted(seen.open, bookOf(seen.plans, stamp), calendarOf(withRow(seen.rows, approved)), stamp, {
    kind: 'calendar-deadline-dated',
    params: { year },
  });
  return decided(
    { year: approved, datedIncidents: dated.count },
    [{ put: 'calendarYears', row: approved }, ...dated.writes],
    [...dated.timeline, { incidentId: ORGANISATION_TIMELINE, kind: 'calendar-year-approved', params: { year, count: dated.count } }],
  );
}

// ---- The office's closure days ------------------------------------------------------------------------

export const saveClosuresArgs = z.object({ year: z.number().int(), closures: z.array(ClosureSchema) });
export type SaveClosuresArgs = z.output<typeof saveClosuresArgs>;

/** Proposes the year's whole list of closure days (an empty list proposes removing them all). */
export function decideSaveClosures(
  seen: { rows: CalendarYear[]; plans: Plan[] },
  { year, closures }: SaveClosuresArgs,
  stamp: Stamp,
): Decision<CalendarYear> {
  if (drillLocked(stamp)) return refused('calendar-drill-locked');
  // The office keeps closure days of its own only when its plan says its limits count them;
  // clearing a list is always allowed.
  const plan = planInForceAt(seen.plans, stamp.nowMs);
  if (closures.length > 0 && plan?.countsOfficeClosures !== true) return refused('calendar-closures-not-counted');
  // Checked on the calendar without closures: a closure on another closure is an overlap, not a rest day.
  const checked = checkClosures(year, closures, calendarOf(seen.rows.map(({ closures: _, ...row }) => row)));
  if (!checked.ok) return refused('validation', checked.errors);
  const before = seen.rows.find((r) => r.year === year);
  const draft = { days: checked.value, at: stamp.at, by: stamp.actor.id, byName: stamp.actor.name };
  // A year of the official data gets a row for its closure days alone; its empty arrangement never counts.
  const row: CalendarYear = before
    ? { ...before, closuresDraft: draft }
    : {
        id: stamp.newId(),
        mode: stamp.mode,
        year,
        holidays: [],
        makeupDays: [],
        status: 'draft',
        source: 'entered',
        updatedAt: stamp.at,
        updatedBy: stamp.actor.id,
        updatedByName: stamp.actor.name,
        closuresDraft: draft,
      };
  return decided(
    row,
    [{ put: 'calendarYears', row }],
    [{ incidentId: ORGANISATION_TIMELINE, kind: 'calendar-closures-drafted', params: { year, count: checked.value.length } }],
  );
}

export type ClosuresApproval = { year: CalendarYear; movedIncidents: number };

/** 批准: the leader's alone; the proposed list replaces the approved one, and open deadlines are re-counted. */
export function decideApproveClosures(seen: ApprovalSeen, { year }: z.output<typeof yearArgs>, stamp: Stamp): Decision<ClosuresApproval> {
  if (drillLocked(stamp)) return refused('calendar-drill-locked');
  if (stamp.actor.role !== 'leader') return refused('calendar-approve-leader-only');
  const row = seen.rows.find((r) => r.year === year);
  if (!row?.closuresDraft) return refused('calendar-closures-not-found', { year });
  const { closuresDraft, ...rest } = row;
  const approved: CalendarYear = {
    ...rest,
    closures: { days: closuresDraft.days, at: stamp.at, by: stamp.actor.id, byName: stamp.actor.name },
  };
  const moved = recounted(seen.open, bookOf(seen.plans, stamp), calendarOf(withRow(seen.rows, approved)), stamp, {
    kind: 'calendar-closures-recounted',
    params: { year },
  });
  return decided(
    { year: approved, movedIncidents: moved.count },
    [{ put: 'calendarYears', row: approved }, ...moved.writes],
    [...moved.timeline, { incidentId: ORGANISATION_TIMELINE, kind: 'calendar-closures-approved', params: { year, count: moved.count } }],
  );
}

// ---- A drill's deadlines ---------------------------------------------------------------------------

/** Re-counts a drill's open incidents on the office's calendar as it now is. */
export function decideRecountDrill(seen: ApprovalSeen, _args: unknown, stamp: Stamp): Decision<number> {
  const moved = recounted(seen.open, bookOf(seen.plans, stamp), calendarOf(seen.rows), stamp, {
    kind: 'calendar-deadline-recounted',
    params: {},
  });
  return decided(moved.count, moved.writes, moved.timeline);
}
