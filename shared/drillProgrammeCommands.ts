// 演练计划与培训 commands, written once against the store interface (shared/storeReads.ts), so a
// seat and the office server read and decide them the same (decisions in shared/drillProgramme.ts).
import {
  addMeasureArgs,
  cancelDrillArgs,
  decideAddMeasure,
  decideCancelDrill,
  decideMeasureDone,
  decidePlanDrill,
  decideRecordAttendance,
  decideRecordTraining,
  measureDoneArgs,
  planDrillArgs,
  recordAttendanceArgs,
  recordTrainingArgs,
  type AddMeasureInput,
  type AttendanceSeen,
  type DrillMeasure,
  type DrillPlanItem,
  type OrganisationSeen,
  type PlanDrillInput,
  type RecordAttendanceInput,
  type Training,
  type TrainingInput,
} from './drillProgramme';
import type { Person, Team } from './model';
import type { SharedCommand } from './officeCommands';
import type { StoreReads } from './storeReads';

const byId = <T extends { id: string }>(rows: readonly (T | undefined)[]) =>
  new Map(rows.filter((row): row is T => row !== undefined).map((row) => [row.id, row]));

/** Only the people a command names, by key (the roster is small, but a read names what it needs). */
const peopleNamed = async (store: StoreReads, ids: readonly string[]): Promise<Map<string, Person>> =>
  byId(ids.length ? await store.people.bulkGet([...new Set(ids)]) : []);

const teamsNamed = async (store: StoreReads, ids: readonly string[]): Promise<Map<string, Team>> =>
  byId(ids.length ? await store.teams.bulkGet([...new Set(ids)]) : []);

export const planDrillCommand: SharedCommand<PlanDrillInput, OrganisationSeen, DrillPlanItem> = {
  name: 'drillPlan.add',
  args: planDrillArgs,
  tables: ['drillPlans', 'people', 'teams', 'plans'],
  read: async (store, input, _stamp, seat) => ({
    people: await peopleNamed(store, input.organiserId ? [input.organiserId] : []),
    teams: await teamsNamed(store, input.teamIds),
    plan: seat.plan,
  }),
  decide: decidePlanDrill,
};

export const recordDrillAttendanceCommand: SharedCommand<RecordAttendanceInput, AttendanceSeen, DrillPlanItem> = {
  name: 'drillPlan.attendance',
  args: recordAttendanceArgs,
  tables: ['drillPlans', 'people', 'plans'],
  read: async (store, input, _stamp, seat) => {
    const byName = new Map<string, Person>();
    for (const name of new Set(input.extraNames.map((n) => n.trim()).filter(Boolean))) {
      const found = await store.people.where('name').equals(name).toArray();
      if (found[0]) byName.set(name, found[0]);
    }
    return {
      item: await store.drillPlans.get(input.planId),
      people: await peopleNamed(
        store,
        input.attendance.map((a) => a.personId),
      ),
      byName,
      plan: seat.plan,
    };
  },
  decide: decideRecordAttendance,
};

export const cancelDrillCommand: SharedCommand<{ planId: string }, Pick<AttendanceSeen, 'item'>, DrillPlanItem> = {
  name: 'drillPlan.cancel',
  args: cancelDrillArgs,
  tables: ['drillPlans'],
  read: async (store, { planId }) => ({ item: await store.drillPlans.get(planId) }),
  decide: decideCancelDrill,
};

export const addDrillMeasureCommand: SharedCommand<
  AddMeasureInput,
  { item: DrillPlanItem | undefined; people: Map<string, Person> },
  DrillMeasure
> = {
  name: 'drillMeasure.add',
  args: addMeasureArgs,
  tables: ['drillPlans', 'drillMeasures', 'people'],
  read: async (store, input) => ({
    item: await store.drillPlans.get(input.planId),
    people: await peopleNamed(store, input.ownerId ? [input.ownerId] : []),
  }),
  decide: decideAddMeasure,
};

export const drillMeasureDoneCommand: SharedCommand<{ measureId: string }, { measure: DrillMeasure | undefined }, DrillMeasure> = {
  name: 'drillMeasure.done',
  args: measureDoneArgs,
  tables: ['drillMeasures'],
  read: async (store, { measureId }) => ({ measure: await store.drillMeasures.get(measureId) }),
  decide: decideMeasureDone,
};

export const recordTrainingCommand: SharedCommand<TrainingInput, { people: Map<string, Person> }, Training> = {
  name: 'training.record',
  args: recordTrainingArgs,
  tables: ['trainings', 'people'],
  read: async (store, input) => ({ people: await peopleNamed(store, input.attendeeIds) }),
  decide: decideRecordTraining,
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a list of commands of many argument types
export const DRILL_PROGRAMME_COMMANDS: readonly SharedCommand<any, any, any>[] = [
  planDrillCommand,
  recordDrillAttendanceCommand,
  cancelDrillCommand,
  addDrillMeasureCommand,
  drillMeasureDoneCommand,
  recordTrainingCommand,
];
