// Plans that are not (yet) in force: a new plan from a template, a plan read from another
// office's file, and the file written from any stored plan. A draft never changes the plan the
// console runs on; only the leader's approval does. Each new draft is audited with the plan.
import { newId } from '@shared/ids';
import type { Plan } from '@shared/plan';
import { parsePlanFile, planFileText } from '@shared/planFile';
import { nextVersionNumber, statusOf } from '@shared/planVersions';
import { planFromTemplate, planTemplate } from '@shared/planTemplates';
import type { Result } from '@shared/result';
import { toIsoWithOffset } from '@shared/time';
import { appendTimeline, isoAt, Refused, settle, type WriteContext } from './context';
import { ORGANISATION_TIMELINE } from './organisation';
import type { ConsoleDb } from './schema';

async function storeDraft(db: ConsoleDb, plan: Plan, kind: string, params: Record<string, string>, ctx: WriteContext): Promise<Plan> {
  return db.transaction('rw', [db.plans, db.timeline], async () => {
    // A draft version of the office's plan, numbered after the others: it goes through the same
    // submit and approval as any revision, and counts for nothing until the leader approves it.
    const plans = await db.plans.toArray();
    // One revision at a time, however it was started (新建修订, a template, a file).
    if (plans.some((p) => statusOf(p) === 'draft' || statusOf(p) === 'submitted')) throw new Refused('plan-open-revision');
    // Whatever history the file or template carries belongs to another console: this is a new draft here.
    const {
      effectiveFrom: _from,
      approvedBy: _by,
      approvedAt: _at,
      returnComment: _comment,
      submittedBy: _sBy,
      submittedAt: _sAt,
      basedOn: _basedOn,
      ...rest
    } = plan;
    const number = nextVersionNumber(plans);
    const draft: Plan = { ...rest, inForce: false, status: 'draft', versionNumber: number, version: `${number}.0` };
    await db.plans.add(draft);
    await appendTimeline(db, ctx, { incidentId: ORGANISATION_TIMELINE, kind, params: { title: draft.title.zh, ...params } });
    return draft;
  });
}

/** A new draft plan with the template's settings and text, dated today. */
export function createPlanFromTemplate(db: ConsoleDb, templateKey: string, ctx: WriteContext): Promise<Result<Plan>> {
  return settle(async () => {
    const template = planTemplate(templateKey);
    if (!template) throw new Refused('plan-template-unknown');
    const draft = planFromTemplate(template, newId(), isoAt(ctx));
    return storeDraft(db, draft, 'plan-draft-from-template', { template: template.name.zh }, ctx);
  });
}

/**
 * A plan read from a file, stored as a new draft: a fresh id (the file may come from this very
 * console) and not in force, whatever the file said, so a branch reviews it before it applies.
 */
export function importPlanFile(db: ConsoleDb, text: string, ctx: WriteContext): Promise<Result<Plan>> {
  return settle(async () => {
    const parsed = parsePlanFile(text);
    if (!parsed.ok) throw new Refused(parsed.error.code, parsed.error.params);
    const now = isoAt(ctx);
    const draft: Plan = { ...parsed.value, id: newId(), inForce: false, createdAt: now, updatedAt: now };
    return storeDraft(db, draft, 'plan-imported', {}, ctx);
  });
}

/** The plan as the text of a plan file. */
export function exportPlanFile(db: ConsoleDb, id: string, ctx: Pick<WriteContext, 'now' | 'plan'>): Promise<Result<string>> {
  return settle(async () => {
    const plan = await db.plans.get(id);
    if (!plan) throw new Refused('plan-not-found');
    return planFileText(plan, toIsoWithOffset(ctx.now, ctx.plan.utcOffsetMinutes));
  });
}

export const getPlan = (db: ConsoleDb, id: string): Promise<Plan | undefined> => db.plans.get(id);

/** Every stored plan not in force, newest first: the drafts waiting for review. */
export async function listPlanDrafts(db: ConsoleDb): Promise<Plan[]> {
  const plans = await db.plans.orderBy('updatedAt').reverse().toArray();
  return plans.filter((plan) => statusOf(plan) !== 'approved');
}
