// 演练计划与培训: the year's drill plan (which scenario, when, which teams, who organises), its
// reminders, who attended each drill, the improvement measures a drill found (open until done), and
// training sessions with their attendees. Pure: times, ids and what was read come in.
import { z } from 'zod';
import { decided, refused, stamped, type Decision, type Stamp } from './commandKit';
import type { Person, Team } from './model';
import type { DrillProgrammeRule, Plan } from './plan';
import { LocalizedTextSchema, TEXT_LIMITS } from './text';
import { addDays, planDateOf, startOfPlanDate, toIsoWithOffset } from './time';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (value: string) => DATE.test(value) && planDateOf(startOfPlanDate(value, 0), 0) === value;

export const DRILL_PLAN_STATUSES = ['planned', 'held', 'cancelled'] as const;

export const AttendanceSchema = z.object({ personId: z.string(), present: z.boolean() });
export type Attendance = z.infer<typeof AttendanceSchema>;

export const DrillPlanItemSchema = z.object({
  id: z.string(),
  year: z.number().int(),
  scenarioId: z.string(),
  /** The scenario's title as it was when planned (the library may change later). */
  scenarioTitle: LocalizedTextSchema,
  /** YYYY-MM-DD, within `year`. */
  plannedFor: z.string().regex(DATE),
  teamIds: z.array(z.string()),
  organiserId: z.string().optional(),
  status: z.enum(DRILL_PLAN_STATUSES),
  /** While planned: when it is first reminded (ISO with the plan's offset), indexed so the alert watcher reads only these. */
  remindAt: z.string().optional(),
  /** Once held: the day, and who was there or not. */
  heldOn: z.string().optional(),
  attendance: z.array(AttendanceSchema),
  /** The people present, as a multi-entry index for a person's record. */
  presentIds: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type DrillPlanItem = z.infer<typeof DrillPlanItemSchema>;

export const DrillMeasureSchema = z.object({
  id: z.string(),
  planId: z.string(),
  /** The drill it was found in, as people know it (its scenario and day), so a list names it without reading the plan. */
  scenarioTitle: LocalizedTextSchema,
  drillDay: z.string().regex(DATE),
  measure: z.string().min(1),
  ownerId: z.string().optional(),
  dueDate: z.string().regex(DATE),
  status: z.enum(['open', 'done']),
  doneAt: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type DrillMeasure = z.infer<typeof DrillMeasureSchema>;

export const TrainingSchema = z.object({
  id: z.string(),
  /** YYYY-MM-DD. */
  heldOn: z.string().regex(DATE),
  topic: z.string().min(1),
  trainer: z.string().min(1),
  attendeeIds: z.array(z.string()),
  material: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type Training = z.infer<typeof TrainingSchema>;

// ── Reminders ─────────────────────────────────────────────────────────────────────

export const DEFAULT_DRILL_PROGRAMME_RULE: DrillProgrammeRule = { remindDaysBefore: 7 };
/** The longest lead a plan may set (its schema's maximum). */
export const MAX_REMIND_DAYS = 60;
export const drillProgrammeRule = (plan: Pick<Plan, 'drillProgramme'>): DrillProgrammeRule =>
  plan.drillProgramme ?? DEFAULT_DRILL_PROGRAMME_RULE;

/** A planned drill is reminded at 00:00 of the day the plan's days before it, and is overdue from 00:00 of the day after it. */
export function drillReminderTimes(
  plannedFor: string,
  rule: DrillProgrammeRule,
  offsetMinutes: number,
): { remindAt: number; overdueAt: number } {
  return {
    remindAt: startOfPlanDate(addDays(plannedFor, -rule.remindDaysBefore), offsetMinutes),
    overdueAt: startOfPlanDate(addDays(plannedFor, 1), offsetMinutes),
  };
}

export type DrillStanding = 'upcoming' | 'reminded' | 'overdue' | 'held' | 'cancelled';

/** Where a plan item stands at `now`: not yet reminded, reminded (the drill is near), overdue (its day passed unheld), or done with. */
export function drillStanding(
  item: Pick<DrillPlanItem, 'status' | 'plannedFor'>,
  rule: DrillProgrammeRule,
  now: number,
  offsetMinutes: number,
): DrillStanding {
  if (item.status !== 'planned') return item.status;
  const { remindAt, overdueAt } = drillReminderTimes(item.plannedFor, rule, offsetMinutes);
  if (now >= overdueAt) return 'overdue';
  return now >= remindAt ? 'reminded' : 'upcoming';
}

/** What a planned item stores so the watcher finds it by index; nothing once held or cancelled. */
export function drillPlanProjection(
  item: Pick<DrillPlanItem, 'status' | 'plannedFor'>,
  plan: Pick<Plan, 'drillProgramme' | 'utcOffsetMinutes'>,
): { remindAt?: string } {
  if (item.status !== 'planned') return {};
  const { remindAt } = drillReminderTimes(item.plannedFor, drillProgrammeRule(plan), plan.utcOffsetMinutes);
  return { remindAt: toIsoWithOffset(remindAt, plan.utcOffsetMinutes) };
}

export type DrillPlanAlert = {
  key: string;
  fireAt: string;
  kind: 'drill-plan-due' | 'drill-plan-overdue';
  titleKey: string;
  bodyKey: string;
  params: { scenario: string; scenarioEn: string; day: string };
};

/** The two alerts of each planned drill: the reminder the plan's days before, and overdue the day after it if still unheld. */
export function drillPlanAlerts(items: readonly DrillPlanItem[], rule: DrillProgrammeRule, offsetMinutes: number): DrillPlanAlert[] {
  const alerts: DrillPlanAlert[] = [];
  for (const item of items) {
    if (item.status !== 'planned') continue;
    const { remindAt, overdueAt } = drillReminderTimes(item.plannedFor, rule, offsetMinutes);
    const params = { scenario: item.scenarioTitle.zh, scenarioEn: item.scenarioTitle.en ?? item.scenarioTitle.zh, day: item.plannedFor };
    alerts.push({
      key: `drill-plan:${item.id}:${item.plannedFor}:due`,
      fireAt: toIsoWithOffset(remindAt, offsetMinutes),
      kind: 'drill-plan-due',
      titleKey: 'notifications.alert.drillPlan.title',
      bodyKey: 'notifications.alert.drillPlan.body',
      params,
    });
    alerts.push({
      key: `drill-plan:${item.id}:${item.plannedFor}:overdue`,
      fireAt: toIsoWithOffset(overdueAt, offsetMinutes),
      kind: 'drill-plan-overdue',
      titleKey: 'notifications.alert.drillPlanOverdue.title',
      bodyKey: 'notifications.alert.drillPlanOverdue.body',
      params,
    });
  }
  return alerts;
}

// ── Commands ──────────────────────────────────────────────────────────────────────

const PROGRAMME = 'drillProgramme.error';

export const planDrillArgs = z.object({
  year: z.number().int().min(2000).max(2100),
  scenario: z.object({ id: z.string(), title: LocalizedTextSchema }).nullable(),
  plannedFor: z.string().max(20),
  teamIds: z.array(z.string()).max(50),
  organiserId: z.string().max(60),
});
export type PlanDrillInput = z.output<typeof planDrillArgs>;

export type OrganisationSeen = { people: Map<string, Person>; teams: Map<string, Team>; plan: Plan | undefined };

/** Field by field: a scenario, a date in the plan's year, at least one team of the organisation, an organiser in it if named. */
export function planDrillErrors(input: PlanDrillInput, seen: Pick<OrganisationSeen, 'people' | 'teams'>): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!input.scenario) errors.scenario = `${PROGRAMME}.noScenario`;
  if (!isDate(input.plannedFor)) errors.plannedFor = 'validation.date';
  else if (Number(input.plannedFor.slice(0, 4)) !== input.year) errors.plannedFor = `${PROGRAMME}.outsideYear`;
  if (input.teamIds.length === 0) errors.teamIds = `${PROGRAMME}.noTeam`;
  else if (input.teamIds.some((id) => !seen.teams.has(id))) errors.teamIds = `${PROGRAMME}.unknownTeam`;
  if (input.organiserId && !seen.people.has(input.organiserId)) errors.organiserId = `${PROGRAMME}.notInOrganisation`;
  return errors;
}

/** The programme is the office's own record of real drills and training, kept in the live database only. */
const inDrill = (stamp: Stamp) => stamp.mode !== 'live';

export function decidePlanDrill(seen: OrganisationSeen, input: PlanDrillInput, stamp: Stamp): Decision<DrillPlanItem> {
  if (inDrill(stamp)) return refused('drill-programme-live-only');
  if (!seen.plan) return refused('plan-invalid');
  const errors = planDrillErrors(input, seen);
  if (Object.keys(errors).length > 0 || !input.scenario) return refused('validation', errors);
  const base = {
    id: stamp.newId(),
    year: input.year,
    scenarioId: input.scenario.id,
    scenarioTitle: input.scenario.title,
    plannedFor: input.plannedFor,
    teamIds: input.teamIds,
    ...(input.organiserId ? { organiserId: input.organiserId } : {}),
    status: 'planned' as const,
    attendance: [],
    presentIds: [],
    createdAt: stamp.at,
    ...stamped(stamp),
  };
  const item: DrillPlanItem = { ...base, ...drillPlanProjection(base, seen.plan) };
  return decided(item, [{ put: 'drillPlans', row: item }]);
}

export const recordAttendanceArgs = z.object({
  planId: z.string().min(1),
  heldOn: z.string().max(20),
  attendance: z.array(AttendanceSchema).max(500),
  /** People added by name (not in the drill's teams); each must be in the organisation. */
  extraNames: z.array(z.string().max(50)).max(100),
});
export type RecordAttendanceInput = z.output<typeof recordAttendanceArgs>;
export type AttendanceSeen = {
  item: DrillPlanItem | undefined;
  people: Map<string, Person>;
  byName: Map<string, Person>;
  plan: Plan | undefined;
};

/** 出勤: the day it was held (in its year, not in the future) and who was there; everyone must be in the organisation. It marks the drill held. */
export function decideRecordAttendance(seen: AttendanceSeen, input: RecordAttendanceInput, stamp: Stamp): Decision<DrillPlanItem> {
  if (inDrill(stamp)) return refused('drill-programme-live-only');
  const { item, plan } = seen;
  if (!item || !plan) return refused('drill-plan-not-found');
  if (item.status === 'cancelled') return refused('drill-plan-cancelled');
  const errors: Record<string, string> = {};
  if (!isDate(input.heldOn)) errors.heldOn = 'validation.date';
  else if (Number(input.heldOn.slice(0, 4)) !== item.year) errors.heldOn = `${PROGRAMME}.outsideYear`;
  else if (input.heldOn > planDateOf(stamp.nowMs, stamp.utcOffsetMinutes)) errors.heldOn = 'validation.future';
  const extra = input.extraNames.map((name) => name.trim()).filter(Boolean);
  if (extra.some((name) => !seen.byName.has(name)) || input.attendance.some((a) => !seen.people.has(a.personId)))
    errors.extraNames = `${PROGRAMME}.notInOrganisation`;
  const attendance = new Map(input.attendance.map((a) => [a.personId, a.present]));
  for (const name of extra) {
    const person = seen.byName.get(name);
    if (person) attendance.set(person.id, true);
  }
  if (attendance.size === 0) errors.attendance = `${PROGRAMME}.noAttendance`;
  if (Object.keys(errors).length > 0) return refused('validation', errors);
  const rows = [...attendance].map(([personId, present]) => ({ personId, present }));
  const held: DrillPlanItem = {
    ...item,
    status: 'held',
    heldOn: input.heldOn,
    attendance: rows,
    presentIds: rows.filter((a) => a.present).map((a) => a.personId),
    ...stamped(stamp),
  };
  delete held.remindAt;
  return decided(held, [{ put: 'drillPlans', row: held }]);
}

export const cancelDrillArgs = z.object({ planId: z.string().min(1) });

export function decideCancelDrill(seen: Pick<AttendanceSeen, 'item'>, _args: { planId: string }, stamp: Stamp): Decision<DrillPlanItem> {
  if (inDrill(stamp)) return refused('drill-programme-live-only');
  const { item } = seen;
  if (!item) return refused('drill-plan-not-found');
  if (item.status !== 'planned') return refused('drill-plan-not-planned');
  const cancelled: DrillPlanItem = { ...item, status: 'cancelled', ...stamped(stamp) };
  delete cancelled.remindAt;
  return decided(cancelled, [{ put: 'drillPlans', row: cancelled }]);
}

export const addMeasureArgs = z.object({
  planId: z.string().min(1),
  measure: z.string().max(5000),
  ownerId: z.string().max(60),
  dueDate: z.string().max(20),
});
export type AddMeasureInput = z.output<typeof addMeasureArgs>;

/** 改进措施 found in a held drill: what, by whom (someone in the organisation), by when. */
export function decideAddMeasure(
  seen: { item: DrillPlanItem | undefined; people: Map<string, Person> },
  input: AddMeasureInput,
  stamp: Stamp,
): Decision<DrillMeasure> {
  if (inDrill(stamp)) return refused('drill-programme-live-only');
  if (!seen.item) return refused('drill-plan-not-found');
  if (seen.item.status !== 'held') return refused('drill-plan-not-held');
  const errors: Record<string, string> = {};
  const measure = input.measure.trim();
  if (!measure) errors.measure = 'validation.required';
  else if (measure.length > TEXT_LIMITS.short) errors.measure = 'validation.tooLong';
  if (input.ownerId && !seen.people.has(input.ownerId)) errors.ownerId = `${PROGRAMME}.notInOrganisation`;
  if (!isDate(input.dueDate)) errors.dueDate = 'validation.date';
  if (Object.keys(errors).length > 0) return refused('validation', errors);
  const row: DrillMeasure = {
    id: stamp.newId(),
    planId: seen.item.id,
    scenarioTitle: seen.item.scenarioTitle,
    drillDay: seen.item.heldOn ?? seen.item.plannedFor,
    measure,
    ...(input.ownerId ? { ownerId: input.ownerId } : {}),
    dueDate: input.dueDate,
    status: 'open',
    createdAt: stamp.at,
    ...stamped(stamp),
  };
  return decided(row, [{ put: 'drillMeasures', row }]);
}

export const measureDoneArgs = z.object({ measureId: z.string().min(1) });

export function decideMeasureDone(
  seen: { measure: DrillMeasure | undefined },
  _args: { measureId: string },
  stamp: Stamp,
): Decision<DrillMeasure> {
  if (inDrill(stamp)) return refused('drill-programme-live-only');
  if (!seen.measure) return refused('drill-measure-not-found');
  if (seen.measure.status === 'done') return decided(seen.measure);
  const row: DrillMeasure = { ...seen.measure, status: 'done', doneAt: stamp.at, ...stamped(stamp) };
  return decided(row, [{ put: 'drillMeasures', row }]);
}

export const recordTrainingArgs = z.object({
  heldOn: z.string().max(20),
  topic: z.string().max(5000),
  trainer: z.string().max(5000),
  attendeeIds: z.array(z.string()).max(500),
  material: z.string().max(5000),
});
export type TrainingInput = z.output<typeof recordTrainingArgs>;

/** 培训: a day not in the future, a topic, a trainer, attendees of the organisation; the material is optional. */
export function decideRecordTraining(seen: { people: Map<string, Person> }, input: TrainingInput, stamp: Stamp): Decision<Training> {
  if (inDrill(stamp)) return refused('drill-programme-live-only');
  const errors: Record<string, string> = {};
  if (!isDate(input.heldOn)) errors.heldOn = 'validation.date';
  else if (input.heldOn > planDateOf(stamp.nowMs, stamp.utcOffsetMinutes)) errors.heldOn = 'validation.future';
  const topic = input.topic.trim();
  if (!topic) errors.topic = `${PROGRAMME}.noTopic`;
  else if (topic.length > TEXT_LIMITS.short) errors.topic = 'validation.tooLong';
  const trainer = input.trainer.trim();
  if (!trainer) errors.trainer = 'validation.required';
  else if (trainer.length > TEXT_LIMITS.short) errors.trainer = 'validation.tooLong';
  if (input.attendeeIds.length === 0) errors.attendeeIds = `${PROGRAMME}.noAttendance`;
  else if (input.attendeeIds.some((id) => !seen.people.has(id))) errors.attendeeIds = `${PROGRAMME}.notInOrganisation`;
  if (input.material.trim().length > TEXT_LIMITS.short) errors.material = 'validation.tooLong';
  if (Object.keys(errors).length > 0) return refused('validation', errors);
  const training: Training = {
    id: stamp.newId(),
    heldOn: input.heldOn,
    topic,
    trainer,
    attendeeIds: [...new Set(input.attendeeIds)],
    material: input.material.trim(),
    createdAt: stamp.at,
    ...stamped(stamp),
  };
  return decided(training, [{ put: 'trainings', row: training }]);
}

// ── Statistics per team ──────────────────────────────────────────────────────────

export type TeamProgrammeRow = {
  teamId: string;
  planned: number;
  held: number;
  present: number;
  absent: number;
  /** Attendances of the team's members at training sessions. */
  trained: number;
  /** Members trained at least once, of `members`. */
  membersTrained: number;
  members: number;
};

/** A year's drills and training per standing team: drills planned for it and held, its members' attendance and training. */
export function programmeByTeam(
  teams: readonly Pick<Team, 'id' | 'memberIds' | 'leadId'>[],
  drills: readonly Pick<DrillPlanItem, 'teamIds' | 'status' | 'attendance'>[],
  trainings: readonly Pick<Training, 'attendeeIds'>[],
): TeamProgrammeRow[] {
  return teams.map((team) => {
    const members = new Set([...team.memberIds, ...(team.leadId ? [team.leadId] : [])]);
    const row: TeamProgrammeRow = {
      teamId: team.id,
      planned: 0,
      held: 0,
      present: 0,
      absent: 0,
      trained: 0,
      membersTrained: 0,
      members: members.size,
    };
    for (const drill of drills) {
      if (drill.status === 'cancelled' || !drill.teamIds.includes(team.id)) continue;
      row.planned += 1;
      if (drill.status !== 'held') continue;
      row.held += 1;
      for (const a of drill.attendance) if (members.has(a.personId)) row[a.present ? 'present' : 'absent'] += 1;
    }
    const trained = new Set<string>();
    for (const training of trainings)
      for (const id of training.attendeeIds)
        if (members.has(id)) {
          row.trained += 1;
          trained.add(id);
        }
    row.membersTrained = trained.size;
    return row;
  });
}
