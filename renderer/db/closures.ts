// 单位自定停工日: the commands for the office's closure days — proposed as a draft, approved by the
// leader alone; approval re-counts the stored deadlines of open incidents in the same change, as
// approving a year does. Decisions in shared/calendarCommands.ts.
import {
  decideApproveClosures,
  decideSaveClosures,
  saveClosuresArgs,
  yearArgs,
  type ApprovalSeen,
  type ClosuresApproval,
  type SaveClosuresArgs,
} from '@shared/calendarCommands';
import type { Closure } from '@shared/officeClosures';
import type { CalendarYear } from '@shared/officeCalendar';
import type { Plan } from '@shared/plan';
import type { Result } from '@shared/result';
import { approvalSeen } from './calendar';
import type { WriteContext } from './context';
import { execute, type Command } from './executor';
import type { ConsoleDb } from './schema';

export type { ClosuresApproval } from '@shared/calendarCommands';

export const saveClosuresCommand: Command<SaveClosuresArgs, { rows: CalendarYear[]; plans: Plan[] }, CalendarYear> = {
  name: 'calendar.saveClosures',
  args: saveClosuresArgs,
  tables: ['calendarYears', 'plans'],
  read: async (db) => ({ rows: await db.calendarYears.toArray(), plans: await db.plans.toArray() }),
  decide: decideSaveClosures,
};

export const approveClosuresCommand: Command<{ year: number }, ApprovalSeen, ClosuresApproval> = {
  name: 'calendar.approveClosures',
  args: yearArgs,
  tables: ['calendarYears', 'incidents', 'plans'],
  read: approvalSeen,
  decide: decideApproveClosures,
};

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
