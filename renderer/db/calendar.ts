// 节假日安排 kept by the office: the commands for a year's draft and the leader's approval (their
// decisions in shared/calendarCommands.ts), and the console calendar those approvals make.
// The calendar is the office's, like the plan: it lives in the live database, a drill reads it
// from there and may not change it.
import type { WorkingCalendar } from '@shared/calendar';
import { calendarOf, decideRecountDrill, type ApprovalSeen, type CalendarApproval } from '@shared/calendarCommands';
import { z } from 'zod';
import { CalendarYearSchema, type ArrangementInput, type CalendarYear } from '@shared/officeCalendar';
import type { Result } from '@shared/result';
import type { WriteContext } from './context';
import { execute, type Command } from './executor';
import * as setup from '@shared/officePlanCommands';
import { liveDbBeside } from './officeDb';
import type { ConsoleDb } from './schema';
import { planInForce, SYSTEM_ACTOR } from './seed';

export { calendarOf, type CalendarApproval } from '@shared/calendarCommands';

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

/** What an approval reads: the office's rows of this database, its open incidents and every plan version. */
export const approvalSeen = (db: ConsoleDb): Promise<ApprovalSeen> => setup.readApproval(db);

// Read and decided the same on every seat and on the office server (shared/officePlanCommands.ts).
export const { saveYearCommand, approveYearCommand } = setup;

/** Saves a year as a draft (entered on the form or read from a file); an approved year stays as approved. */
export const saveCalendarDraft = (
  db: ConsoleDb,
  input: ArrangementInput,
  source: CalendarYear['source'],
  ctx: WriteContext,
): Promise<Result<CalendarYear>> => execute(db, saveYearCommand, { input, source }, ctx);

/** 批准: the leader's alone (a deputy may not); then the waiting clocks get their dates. */
export const approveCalendarYear = (db: ConsoleDb, year: number, ctx: WriteContext): Promise<Result<CalendarApproval>> =>
  execute(db, approveYearCommand, { year }, ctx);

/** The office's rows come in as an argument: they live in the live database, outside the drill's transaction. */
export const recountDrillCommand: Command<{ rows: CalendarYear[] }, ApprovalSeen, number> = {
  name: 'calendar.recountDrill',
  args: z.object({ rows: z.array(CalendarYearSchema) }),
  tables: ['incidents', 'plans'],
  read: async (db, { rows }) => ({
    rows,
    open: await db.incidents.filter((i) => i.nextDeadlineStage !== null).toArray(),
    plans: await db.plans.toArray(),
  }),
  decide: decideRecountDrill,
};

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
    now: nowMs,
    calendar: await consoleCalendar(db),
  };
  const result = await execute(db, recountDrillCommand, { rows: await officeCalendarRows(db) }, ctx);
  if (!result.ok) throw new Error(result.error.message ?? result.error.code);
  return result.value;
}
