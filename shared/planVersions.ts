// 修订和审批: a plan is kept as versions. A draft is submitted, the leader returns it with a
// comment or approves it with the date it governs from; every version stays, and an incident
// keeps the version that was in force when it was opened (a later version never moves its clocks).
import type { Actor, Incident } from './model';
import type { Plan, PlanVersionStatus } from './plan';
import { fail, ok, type Result } from './result';

/** A plan stored before versions existed is approved version 1, in force from its creation. */
export const statusOf = (plan: Plan): PlanVersionStatus => plan.status ?? 'approved';
export const versionNumberOf = (plan: Plan): number => plan.versionNumber ?? 1;
export const effectiveFromOf = (plan: Plan): string | null =>
  statusOf(plan) === 'approved' ? (plan.effectiveFrom ?? plan.createdAt) : null;

/** Who may write drafts and submit them: the people who answer for the plan. */
export const mayEditPlan = (actor: Actor) => actor.role === 'leader' || actor.role === 'deputy';
/** Only the leader (组长) approves or returns a version. */
export const mayApprovePlan = (actor: Actor) => actor.role === 'leader';

const approved = (plans: readonly Plan[]) =>
  plans
    .filter((plan) => statusOf(plan) === 'approved')
    .sort((a, b) => Date.parse(effectiveFromOf(a)!) - Date.parse(effectiveFromOf(b)!) || versionNumberOf(a) - versionNumberOf(b));

/** The approved version with the latest in-force date at or before `atMs`; before any, the first. */
export function planInForceAt(plans: readonly Plan[], atMs: number): Plan | null {
  const list = approved(plans);
  const inForce = list.filter((plan) => Date.parse(effectiveFromOf(plan)!) <= atMs);
  return inForce[inForce.length - 1] ?? list[0] ?? null;
}

/**
 * The next instant after `atMs` at which another approved version takes over (the earliest
 * in-force date still to come), or null when none is scheduled; the console re-reads the plan in
 * force then.
 */
export function nextPlanSwitchAt(plans: readonly Plan[], atMs: number): number | null {
  const later = approved(plans)
    .map((plan) => Date.parse(effectiveFromOf(plan)!))
    .filter((from) => from > atMs);
  return later.length > 0 ? Math.min(...later) : null;
}

/**
 * The version whose limits an incident's clocks follow: the one stored when it was opened, or,
 * for incidents opened before versions existed, the first approved version.
 */
export function planForIncident(plans: readonly Plan[], incident: Pick<Incident, 'planVersionId'>): Plan | null {
  const kept = incident.planVersionId ? plans.find((plan) => plan.id === incident.planVersionId) : undefined;
  return kept ?? approved(plans)[0] ?? null;
}

/** The plan in force with, where known, every version kept (a console's or a write's context). */
export type PlanBook = { plan: Plan; plans?: readonly Plan[] };

/**
 * The version everything about an incident follows (its clocks, standard instructions, grading,
 * approval levels, names, receipt and review): the one it was opened under; without the versions
 * at hand, the plan in force. The one lookup, so no screen or write repeats it.
 */
export const planOfIncident = (book: PlanBook, incident: Pick<Incident, 'planVersionId'>): Plan =>
  (book.plans && planForIncident(book.plans, incident)) || book.plan;

export const nextVersionNumber = (plans: readonly Plan[]) => Math.max(0, ...plans.map(versionNumberOf)) + 1;

export type VersionStep = { actor: Actor; atIso: string; newId: string };

/** 新建修订: a draft copied from a version (the one in force, or a returned one to revise). */
export function reviseFrom(plans: readonly Plan[], source: Plan, step: VersionStep): Result<Plan> {
  if (!mayEditPlan(step.actor)) return fail('plan-not-editor');
  if (plans.some((plan) => statusOf(plan) === 'draft' || statusOf(plan) === 'submitted')) return fail('plan-open-revision');
  const number = nextVersionNumber(plans);
  return ok({
    ...source,
    id: step.newId,
    version: `${number}.0`,
    versionNumber: number,
    status: 'draft',
    basedOn: source.id,
    inForce: false,
    effectiveFrom: undefined,
    returnComment: undefined,
    submittedBy: undefined,
    submittedAt: undefined,
    approvedBy: undefined,
    approvedAt: undefined,
    createdAt: step.atIso,
    updatedAt: step.atIso,
  });
}

/** Saving a draft's settings: only a draft changes, and only by an editor. */
export function editDraft(draft: Plan, changed: Plan, step: Omit<VersionStep, 'newId'>): Result<Plan> {
  if (!mayEditPlan(step.actor)) return fail('plan-not-editor');
  if (statusOf(draft) !== 'draft') return fail('plan-not-draft');
  return ok({
    ...changed,
    id: draft.id,
    versionNumber: draft.versionNumber,
    status: 'draft',
    basedOn: draft.basedOn,
    createdAt: draft.createdAt,
    updatedAt: step.atIso,
  });
}

/** Incidents still open under a category or level the version no longer has. */
export type InUse = { code: 'category' | 'level'; value: string; numbers: string[] };

/**
 * `previous`: the version this one was revised from, whose names say what was removed (the
 * removed item is no longer in `version`); without it the code is shown.
 */
export function removedButInUse(
  version: Plan,
  openIncidents: readonly Pick<Incident, 'number' | 'categoryCode' | 'level'>[],
  previous?: Plan,
): InUse[] {
  const categories = new Set(version.categories.map((c) => c.code));
  const levels = new Set<number>(version.grades.map((g) => g.level));
  const found = new Map<string, InUse>();
  const note = (code: InUse['code'], value: string, number: string) => {
    const key = `${code}:${value}`;
    const entry = found.get(key) ?? { code, value, numbers: [] };
    entry.numbers.push(number);
    found.set(key, entry);
  };
  const categoryName = (code: string) => previous?.categories.find((c) => c.code === code)?.name.zh ?? code;
  const levelName = (level: number) => previous?.grades.find((g) => g.level === level)?.name.zh ?? String(level);
  for (const incident of openIncidents) {
    if (!categories.has(incident.categoryCode)) note('category', categoryName(incident.categoryCode), incident.number);
    if (incident.level !== null && !levels.has(incident.level)) note('level', levelName(incident.level), incident.number);
  }
  return [...found.values()];
}

export const refusedInUse = (inUse: InUse[]): Result<never> =>
  fail('plan-in-use', {
    list: inUse.map((entry) => `${entry.value} (${entry.numbers.join(', ')})`).join('; '),
  });

/** 提交审批. */
export function submit(
  version: Plan,
  openIncidents: readonly Pick<Incident, 'number' | 'categoryCode' | 'level'>[],
  step: Omit<VersionStep, 'newId'>,
  previous?: Plan,
): Result<Plan> {
  if (!mayEditPlan(step.actor)) return fail('plan-not-editor');
  if (statusOf(version) !== 'draft') return fail('plan-not-draft');
  const inUse = removedButInUse(version, openIncidents, previous);
  if (inUse.length > 0) return refusedInUse(inUse);
  return ok({ ...version, status: 'submitted', submittedBy: step.actor.name, submittedAt: step.atIso, updatedAt: step.atIso });
}

/** 退回: the leader sends a submitted version back, and must say why. */
export function returnVersion(version: Plan, comment: string, step: Omit<VersionStep, 'newId'>): Result<Plan> {
  if (!mayApprovePlan(step.actor)) return fail('plan-not-leader');
  if (statusOf(version) !== 'submitted') return fail('plan-not-submitted');
  const reason = comment.trim();
  if (!reason) return fail('plan-comment-required');
  return ok({ ...version, status: 'returned', returnComment: reason, updatedAt: step.atIso });
}

/** 批准: the leader approves a submitted version, in force from `effectiveFromIso`. */
export function approve(
  version: Plan,
  effectiveFromIso: string,
  openIncidents: readonly Pick<Incident, 'number' | 'categoryCode' | 'level'>[],
  step: Omit<VersionStep, 'newId'>,
  previous?: Plan,
): Result<Plan> {
  if (!mayApprovePlan(step.actor)) return fail('plan-not-leader');
  if (statusOf(version) !== 'submitted') return fail('plan-not-submitted');
  if (Number.isNaN(Date.parse(effectiveFromIso))) return fail('plan-effective-from');
  const inUse = removedButInUse(version, openIncidents, previous);
  if (inUse.length > 0) return refusedInUse(inUse);
  // A version is never in force before it was approved: a past date (the form's "now" is cut to
  // the minute) means "from the approval", so nothing already opened could seem to follow it.
  const from = Date.parse(effectiveFromIso) < Date.parse(step.atIso) ? step.atIso : effectiveFromIso;
  return ok({
    ...version,
    status: 'approved',
    effectiveFrom: from,
    effectiveDate: from.slice(0, 10),
    approvedBy: step.actor.name,
    approvedAt: step.atIso,
    updatedAt: step.atIso,
  });
}

/**
 * 放弃草稿: an editor throws away a draft nobody has submitted. Submitted, returned and approved
 * versions are the record of the plan's history and stay.
 */
export function discardDraft(version: Plan, actor: Actor): Result<Plan> {
  if (!mayEditPlan(actor)) return fail('plan-not-editor');
  if (statusOf(version) !== 'draft') return fail('plan-not-draft');
  return ok(version);
}

/**
 * A draft without the category: a time limit written for several categories forgets this one,
 * and a limit written for it alone goes with it (the difference view shows both).
 */
export function withoutCategory(plan: Plan, code: string): Plan {
  const timeLimits = plan.timeLimits
    .map((rule) => (rule.categories ? { ...rule, categories: rule.categories.filter((c) => c !== code) } : rule))
    .filter((rule) => !rule.categories || rule.categories.length > 0);
  return { ...plan, categories: plan.categories.filter((c) => c.code !== code), timeLimits };
}
