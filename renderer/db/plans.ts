// 预案版本: the repository that writes plan versions. Each step stores the version and appends
// its audit entry on the organisation timeline in one transaction; the decisions are the pure
// ones in shared/planVersions.ts.
import { newId } from '@shared/ids';
import type { Incident } from '@shared/model';
import { PlanSchema, type Plan } from '@shared/plan';
import { planProblems } from '@shared/planChecks';
import { approve, discardDraft, editDraft, returnVersion, reviseFrom, submit, versionNumberOf } from '@shared/planVersions';
import { fail, type Result } from '@shared/result';
import { isOpen } from '@shared/workflow';
import { appendTimeline, isoAt, Refused, settle, type WriteContext } from './context';
import { ORGANISATION_TIMELINE } from './organisation';
import type { ConsoleDb } from './schema';

const step = (ctx: WriteContext) => ({ actor: ctx.actor, atIso: isoAt(ctx) });

const unwrap = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Refused(result.error.code, result.error.params);
  return result.value;
};

async function versionOf(db: ConsoleDb, id: string): Promise<Plan> {
  const found = await db.plans.get(id);
  if (!found) throw new Refused('plan-not-found');
  return found;
}

/** Open live incidents; drill incidents never hold a live plan's category. */
const previousOf = async (db: ConsoleDb, version: Plan) => (version.basedOn ? await db.plans.get(version.basedOn) : undefined);

export const openIncidents = async (db: ConsoleDb): Promise<Pick<Incident, 'number' | 'categoryCode' | 'level'>[]> =>
  (await db.incidents.toArray()).filter((incident) => incident.mode === 'live' && isOpen(incident.state));

async function write(db: ConsoleDb, ctx: WriteContext, decide: () => Promise<Plan>, kind: string, extra: Record<string, string> = {}) {
  return settle(() =>
    db.transaction('rw', [db.plans, db.incidents, db.timeline], async () => {
      // The plan is the office's live setting: a rehearsal reads its copy and never revises it.
      if (db.mode === 'drill') throw new Refused('plan-drill-locked');
      const saved = await decide();
      await db.plans.put(saved);
      await appendTimeline(db, ctx, {
        incidentId: ORGANISATION_TIMELINE,
        kind,
        params: { version: versionNumberOf(saved), ...extra },
      });
      return saved;
    }),
  );
}

/** 新建修订: a draft copied from the given version (the one in force, or a returned one). */
export const startRevision = (db: ConsoleDb, sourceId: string, ctx: WriteContext) =>
  write(
    db,
    ctx,
    async () => unwrap(reviseFrom(await db.plans.toArray(), await versionOf(db, sourceId), { ...step(ctx), newId: newId() })),
    'plan-revision-started',
  );

/** Saves a draft's settings; the whole plan is checked with zod first, field by field. */
export async function saveDraft(db: ConsoleDb, changed: unknown, ctx: WriteContext): Promise<Result<Plan>> {
  if (db.mode === 'drill') return fail('plan-drill-locked');
  const parsed = PlanSchema.safeParse(changed);
  if (!parsed.success)
    return fail(
      'validation',
      Object.fromEntries(
        parsed.error.issues.map((issue) => [
          issue.path.join('.'),
          issue.message.startsWith('validation.')
            ? issue.message
            : issue.code === 'too_small' && issue.origin === 'string'
              ? 'planEditor.editor.required'
              : 'planEditor.editor.invalid',
        ]),
      ),
    );
  const value = parsed.data;
  // What the shape cannot say: codes unique, thresholds rising with the level, instructions
  // addressed to a team the plan gives duties to. Each is shown at its field.
  const problems = planProblems(value);
  if (problems.length > 0) return fail('validation', Object.fromEntries(problems.map((p) => [p.path, `planEditor.problem.${p.problem}`])));
  return write(db, ctx, async () => unwrap(editDraft(await versionOf(db, value.id), value, step(ctx))), 'plan-draft-saved');
}

/** 提交审批; refused while a removed category or level is still used by open incidents. */
export const submitVersion = (db: ConsoleDb, id: string, ctx: WriteContext) =>
  write(
    db,
    ctx,
    async () => {
      const version = await versionOf(db, id);
      return unwrap(submit(version, await openIncidents(db), step(ctx), await previousOf(db, version)));
    },
    'plan-submitted',
  );

/** 退回 with the leader's comment. */
export const returnSubmitted = (db: ConsoleDb, id: string, comment: string, ctx: WriteContext) =>
  write(db, ctx, async () => unwrap(returnVersion(await versionOf(db, id), comment, step(ctx))), 'plan-returned', {
    comment: comment.trim(),
  });

/** 批准, in force from `effectiveFromIso`. */
export const approveVersion = (db: ConsoleDb, id: string, effectiveFromIso: string, ctx: WriteContext) =>
  write(
    db,
    ctx,
    async () => {
      const version = await versionOf(db, id);
      return unwrap(approve(version, effectiveFromIso, await openIncidents(db), step(ctx), await previousOf(db, version)));
    },
    'plan-approved',
    { effective: effectiveFromIso.slice(0, 16).replace('T', ' ') },
  );

/** 放弃草稿: the draft is deleted (it never counted for anything); the audit entry stays. */
export const discardVersion = (db: ConsoleDb, id: string, ctx: WriteContext) =>
  settle(() =>
    db.transaction('rw', [db.plans, db.timeline], async () => {
      if (db.mode === 'drill') throw new Refused('plan-drill-locked');
      const version = unwrap(discardDraft(await versionOf(db, id), ctx.actor));
      await db.plans.delete(version.id);
      await appendTimeline(db, ctx, {
        incidentId: ORGANISATION_TIMELINE,
        kind: 'plan-draft-discarded',
        params: { version: versionNumberOf(version) },
      });
      return version;
    }),
  );
