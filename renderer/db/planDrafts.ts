// Plans that are not (yet) in force: a new plan from a template, a plan read from another
// office's file, and the file written from any stored plan. A draft never changes the plan the
// console runs on; only the leader's approval does (decisions in shared/planCommands.ts).
import type { Plan } from '@shared/plan';
import * as setup from '@shared/officePlanCommands';
import { planFileText } from '@shared/planFile';
import { statusOf } from '@shared/planVersions';
import { fail, ok, type Result } from '@shared/result';
import { toIsoWithOffset } from '@shared/time';
import type { WriteContext } from './context';
import { execute } from './executor';
import type { ConsoleDb } from './schema';

// Read and decided the same on every seat and on the office server (shared/officePlanCommands.ts).
export const { fromTemplateCommand, importFileCommand } = setup;

/** A new draft plan with the template's settings and text, dated today. */
export const createPlanFromTemplate = (db: ConsoleDb, templateKey: string, ctx: WriteContext): Promise<Result<Plan>> =>
  execute(db, fromTemplateCommand, { template: templateKey }, ctx);

/** A plan read from a file, stored as a new draft for a branch to review before it applies. */
export const importPlanFile = (db: ConsoleDb, text: string, ctx: WriteContext): Promise<Result<Plan>> =>
  execute(db, importFileCommand, { text }, ctx);

/** The plan as the text of a plan file. */
export async function exportPlanFile(db: ConsoleDb, id: string, ctx: Pick<WriteContext, 'now' | 'plan'>): Promise<Result<string>> {
  const plan = await db.plans.get(id);
  if (!plan) return fail('plan-not-found');
  return ok(planFileText(plan, toIsoWithOffset(ctx.now, ctx.plan.utcOffsetMinutes)));
}

export const getPlan = (db: ConsoleDb, id: string): Promise<Plan | undefined> => db.plans.get(id);

/** Every stored plan not in force, newest first: the drafts waiting for review. */
export async function listPlanDrafts(db: ConsoleDb): Promise<Plan[]> {
  const plans = await db.plans.orderBy('updatedAt').reverse().toArray();
  return plans.filter((plan) => statusOf(plan) !== 'approved');
}
