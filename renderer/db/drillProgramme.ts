// 演练计划与培训: the commands (decisions in shared/drillProgramme.ts, run through the executor) and
// the reads, each by an index: a year's plan, the planned drills reminded before an instant, the
// open improvement measures, a year's training, and one person's record.
import {
  addDrillMeasureCommand,
  cancelDrillCommand,
  drillMeasureDoneCommand,
  planDrillCommand,
  recordDrillAttendanceCommand,
  recordTrainingCommand,
} from '@shared/drillProgrammeCommands';
import type {
  AddMeasureInput,
  DrillMeasure,
  DrillPlanItem,
  PlanDrillInput,
  RecordAttendanceInput,
  Training,
  TrainingInput,
} from '@shared/drillProgramme';
import { drillReminderTimes, MAX_REMIND_DAYS } from '@shared/drillProgramme';
import type { DrillProgrammeRule } from '@shared/plan';
import { planDateOf } from '@shared/time';
import type { Result } from '@shared/result';
import type { WriteContext } from './context';
import { execute } from './executor';
import Dexie from 'dexie';
import type { ConsoleDb } from './schema';

export const planDrill = (db: ConsoleDb, input: PlanDrillInput, ctx: WriteContext): Promise<Result<DrillPlanItem>> =>
  execute(db, planDrillCommand, input, ctx);

export const recordDrillAttendance = (db: ConsoleDb, input: RecordAttendanceInput, ctx: WriteContext): Promise<Result<DrillPlanItem>> =>
  execute(db, recordDrillAttendanceCommand, input, ctx);

export const cancelPlannedDrill = (db: ConsoleDb, planId: string, ctx: WriteContext): Promise<Result<DrillPlanItem>> =>
  execute(db, cancelDrillCommand, { planId }, ctx);

export const addDrillMeasure = (db: ConsoleDb, input: AddMeasureInput, ctx: WriteContext): Promise<Result<DrillMeasure>> =>
  execute(db, addDrillMeasureCommand, input, ctx);

export const markDrillMeasureDone = (db: ConsoleDb, measureId: string, ctx: WriteContext): Promise<Result<DrillMeasure>> =>
  execute(db, drillMeasureDoneCommand, { measureId }, ctx);

export const recordTraining = (db: ConsoleDb, input: TrainingInput, ctx: WriteContext): Promise<Result<Training>> =>
  execute(db, recordTrainingCommand, input, ctx);

/** A year's drill plan, by day. */
export const drillPlanOfYear = (db: ConsoleDb, year: number): Promise<DrillPlanItem[]> =>
  db.drillPlans.where('year').equals(year).sortBy('plannedFor');

/**
 * The planned drills first reminded from `since` to before `before` under the plan's rule in force
 * now. Read by the day they are planned for (at most the rule's longest lead after `before`), not
 * by the remindAt stored when each was planned: a revision that reminds earlier reaches drills
 * planned before it.
 */
export async function drillPlansToRemind(
  db: ConsoleDb,
  since: string,
  before: string,
  rule: DrillProgrammeRule,
  offsetMinutes: number,
): Promise<DrillPlanItem[]> {
  const [from, to] = [Date.parse(since), Date.parse(before)];
  const items = await db.drillPlans
    .where('plannedFor')
    .between(planDateOf(from, offsetMinutes), planDateOf(to + (MAX_REMIND_DAYS + 1) * 86_400_000, offsetMinutes), true, true)
    .toArray();
  return items.filter((item) => {
    if (item.status !== 'planned') return false;
    const { remindAt } = drillReminderTimes(item.plannedFor, rule, offsetMinutes);
    return remindAt >= from && remindAt < to;
  });
}

/** The measures of some drills (a year's plan), by their plan item. */
export const measuresOfDrills = (db: ConsoleDb, planIds: readonly string[]): Promise<DrillMeasure[]> =>
  planIds.length
    ? db.drillMeasures
        .where('planId')
        .anyOf([...planIds])
        .toArray()
    : Promise.resolve([]);

/** The open improvement measures, soonest due first; at most `limit`. */
export const openDrillMeasures = (db: ConsoleDb, limit = 50): Promise<DrillMeasure[]> =>
  db.drillMeasures.where('[status+dueDate]').between(['open', Dexie.minKey], ['open', Dexie.maxKey]).limit(limit).toArray();

/** The training sessions held between two dates (a year), by day. */
export const trainingsBetween = (db: ConsoleDb, from: string, to: string): Promise<Training[]> =>
  db.trainings.where('heldOn').between(from, to, true, false).sortBy('heldOn');

/** One person's record: the trainings they attended and the drills they were present at. */
export async function personProgrammeRecord(db: ConsoleDb, personId: string): Promise<{ trainings: Training[]; drills: DrillPlanItem[] }> {
  const [trainings, drills] = await Promise.all([
    db.trainings.where('attendeeIds').equals(personId).sortBy('heldOn'),
    db.drillPlans.where('presentIds').equals(personId).sortBy('plannedFor'),
  ]);
  return { trainings, drills };
}
