// 回访: after closing, the office calls the complainant back (or writes, or visits) on the plan's
// interval, records how it went and how satisfied they are, and sums the satisfaction by month.
// An attempt that does not reach them leaves the call-back owed the next day. Pure: times come in.
import { z } from 'zod';
import { decided, refused, stamped, type Decision, type Stamp } from './commandKit';
import type { Incident } from './model';
import { ModeSchema } from './model';
import type { SharedCommand } from './officeCommands';
import type { CallBackRule, Plan } from './plan';
import { planOfIncident } from './planVersions';
import { TEXT_LIMITS } from './text';
import { parsePlanLocalDateTime, toIsoWithOffset } from './time';
import { timelineBody } from './timelineKinds';

/** 电话, 信函, 上门. */
export const CALLBACK_METHODS = ['phone', 'letter', 'visit'] as const;
export type CallBackMethod = (typeof CALLBACK_METHODS)[number];
/** 满意, 基本满意, 不满意. */
export const CALLBACK_SATISFACTION = ['satisfied', 'basically', 'unsatisfied'] as const;
export type CallBackSatisfaction = (typeof CALLBACK_SATISFACTION)[number];

export const CallBackSchema = z.object({
  id: z.string(),
  mode: ModeSchema,
  incidentId: z.string(),
  method: z.enum(CALLBACK_METHODS),
  /** Whether the complainant was reached (a call not answered, a letter returned: not). */
  reached: z.boolean(),
  satisfaction: z.enum(CALLBACK_SATISFACTION).optional(),
  /** What they said, or why they could not be reached. */
  result: z.string(),
  /** When it was made (ISO with the plan's offset). */
  at: z.string(),
  by: z.string(),
  byName: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type CallBack = z.infer<typeof CallBackSchema>;

const DAY = 24 * 3_600_000;

export const DEFAULT_CALLBACK_RULE: CallBackRule = { afterDays: 7, levels: [1, 2, 3] };
export const callBackRule = (plan: Pick<Plan, 'callBacks'>): CallBackRule => plan.callBacks ?? DEFAULT_CALLBACK_RULE;

type Called = Pick<Incident, 'state' | 'level' | 'milestones' | 'callBack'>;

/** When the call-back is owed: the plan's days after closing, or a day after an attempt that did not reach them; null when none is. */
export function callBackDue(incident: Called, rule: CallBackRule): number | null {
  if (incident.state !== 'closed' || incident.level === null || !rule.levels.includes(incident.level)) return null;
  if (incident.callBack?.doneAt || !incident.milestones.closedAt) return null;
  const scheduled = Date.parse(incident.milestones.closedAt) + rule.afterDays * DAY;
  const retry = incident.callBack?.lastAttemptAt ? Date.parse(incident.callBack.lastAttemptAt) + DAY : -Infinity;
  return Math.max(scheduled, retry);
}

/** What the incident stores so an owed call-back is found by index. */
export function callBackProjection(incident: Called, plan: Pick<Plan, 'callBacks' | 'utcOffsetMinutes'>): { callBackDueAt?: string } {
  const due = callBackDue(incident, callBackRule(plan));
  return { callBackDueAt: due === null ? undefined : toIsoWithOffset(due, plan.utcOffsetMinutes) };
}

export type CallBackInput = { method: string; at: string; reached: boolean; satisfaction: string; result: string };

/** Field by field: a method, a time after closing and not in the future, a satisfaction when reached, the result. */
export function callBackErrors(
  input: CallBackInput,
  clock: { utcOffsetMinutes: number; nowMs: number },
  closedAt?: string,
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!(CALLBACK_METHODS as readonly string[]).includes(input.method)) errors.method = 'validation.choose';
  const at = parsePlanLocalDateTime(input.at, clock.utcOffsetMinutes);
  if (at === null) errors.at = 'validation.dateTime';
  else if (at > clock.nowMs + 5 * 60_000) errors.at = 'validation.future';
  // Times are typed to the minute: a call in the minute of closing is after it.
  else if (closedAt && at < Math.floor(Date.parse(closedAt) / 60_000) * 60_000) errors.at = 'callBacks.error.beforeClosing';
  if (input.reached && !(CALLBACK_SATISFACTION as readonly string[]).includes(input.satisfaction))
    errors.satisfaction = 'validation.choose';
  const result = input.result.trim();
  if (!result) errors.result = 'validation.required';
  else if (result.length > TEXT_LIMITS.short) errors.result = 'validation.tooLong';
  return errors;
}

export const recordCallBackArgs = z.object({
  incidentId: z.string().min(1),
  input: z.object({ method: z.string(), at: z.string(), reached: z.boolean(), satisfaction: z.string(), result: z.string().max(5000) }),
});

export type CallBackSeen = { incident: Incident | undefined; plan: Plan | undefined };

/** 记录回访: only on a closed incident; reaching them ends what is owed, an attempt that does not owes another tomorrow. */
export function decideRecordCallBack(
  seen: CallBackSeen,
  { incidentId, input }: z.output<typeof recordCallBackArgs>,
  stamp: Stamp,
): Decision<CallBack> {
  const { incident, plan } = seen;
  if (!incident || !plan) return refused('incident-not-found');
  const errors = callBackErrors(input, stamp, incident.milestones.closedAt);
  if (Object.keys(errors).length > 0) return refused('validation', errors);
  if (incident.state !== 'closed') return refused('call-back-not-closed');
  const at = toIsoWithOffset(parsePlanLocalDateTime(input.at, stamp.utcOffsetMinutes)!, stamp.utcOffsetMinutes);
  const callBack: CallBack = {
    id: stamp.newId(),
    mode: stamp.mode,
    incidentId,
    method: input.method as CallBackMethod,
    reached: input.reached,
    ...(input.reached ? { satisfaction: input.satisfaction as CallBackSatisfaction } : {}),
    result: input.result.trim(),
    at,
    by: stamp.actor.id,
    byName: stamp.actor.name,
    ...stamped(stamp),
  };
  const before = incident.callBack ?? {};
  const later = before.lastAttemptAt && Date.parse(before.lastAttemptAt) > Date.parse(at) ? before.lastAttemptAt : at;
  const changed: Incident = {
    ...incident,
    callBack: { ...before, lastAttemptAt: later, ...(input.reached ? { doneAt: before.doneAt ?? at } : {}) },
    ...stamped(stamp),
  };
  const saved = { ...changed, ...callBackProjection(changed, plan) };
  const params = input.reached
    ? { method: callBack.method, rating: callBack.satisfaction! }
    : { method: callBack.method, context: 'unreached' as const };
  return decided(
    callBack,
    [
      { put: 'callBacks', row: callBack },
      { put: 'incidents', row: saved },
    ],
    [{ incidentId, ...timelineBody('call-back', params, { note: callBack.result }) }],
  );
}

export const recordCallBackCommand: SharedCommand<z.output<typeof recordCallBackArgs>, CallBackSeen, CallBack> = {
  name: 'callBack.record',
  args: recordCallBackArgs,
  tables: ['incidents', 'callBacks', 'plans'],
  read: async (store, { incidentId }, _stamp, seat) => {
    const incident = await store.incidents.get(incidentId);
    return { incident, plan: incident ? planOfIncident(seat, incident) : undefined };
  },
  decide: decideRecordCallBack,
};

// ── The satisfaction summary ────────────────────────────────────────────────────

export type CallBackMonth = {
  /** YYYY-MM in the plan's time. */
  month: string;
  calls: number;
  reached: number;
  satisfied: number;
  basically: number;
  unsatisfied: number;
  /** (满意 + 基本满意) / reached, or null when none was reached. */
  rate: number | null;
};

/** Call-backs by month of the call, oldest first, with the satisfaction rate as offices count it. */
export function callBackSummary(
  callBacks: readonly Pick<CallBack, 'at' | 'reached' | 'satisfaction'>[],
  offsetMinutes: number,
): CallBackMonth[] {
  const months = new Map<string, CallBackMonth>();
  for (const c of callBacks) {
    const month = toIsoWithOffset(Date.parse(c.at), offsetMinutes).slice(0, 7);
    const row = months.get(month) ?? { month, calls: 0, reached: 0, satisfied: 0, basically: 0, unsatisfied: 0, rate: null };
    row.calls += 1;
    if (c.reached) {
      row.reached += 1;
      if (c.satisfaction) row[c.satisfaction] += 1;
    }
    months.set(month, row);
  }
  return [...months.values()]
    .map((row) => ({ ...row, rate: row.reached ? (row.satisfied + row.basically) / row.reached : null }))
    .sort((a, b) => (a.month < b.month ? -1 : 1));
}
