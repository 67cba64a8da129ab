// 单位自定停工日: the commands for the office's closure days — proposed as a draft, approved by the
// leader alone; approval re-counts the stored deadlines of open incidents in the same change, as
// approving a year does. Decisions in shared/calendarCommands.ts.
import type { ClosuresApproval } from '@shared/calendarCommands';
import type { Closure } from '@shared/officeClosures';
import type { CalendarYear } from '@shared/officeCalendar';
import * as setup from '@shared/officePlanCommands';
import type { Result } from '@shared/result';
import type { WriteContext } from './context';
import { execute } from './executor';
import type { ConsoleDb } from './schema';

export type { ClosuresApproval } from '@shared/calendarCommands';

// Read and decided the same on every seat and on the office server (shared/officePlanCommands.ts).
export const { saveClosuresCommand, approveClosuresCommand } = setup;

/** Proposes the year's whole list of closure days (an empty list proposes removing them all). */
export const saveClosuresDraft = (
  db: ConsoleDb,
  year: number,
  closures: readonly Closure[],
  ctx: WriteContext,
): Promise<Result<CalendarYear>> => execute(db, saveClosuresCommand, { year, closures }, ctx);

/** 批准: the leader's alone; the proposed list replaces the approved one, and open deadlines are re-counted. */
export const approveClosures = (db: ConsoleDb, year: number, ctx: WriteContext): Promise<Result<ClosuresApproval>> =>
  execute(db, approveClosuresCommand, { year }, ctx);
