// 预案版本: the commands that write plan versions — what each reads; the decisions are in
// shared/planCommands.ts (rules in shared/planVersions.ts) and the executor stores the version
// with its audit entry in one transaction.
import type { Incident } from '@shared/model';
import type { Plan } from '@shared/plan';
import {
  approveArgs,
  decideApprove,
  decideDiscard,
  decideReturn,
  decideSaveDraft,
  decideStartRevision,
  decideSubmit,
  draftFieldErrors,
  returnArgs,
  saveDraftArgs,
  versionArgs,
  type VersionSeen,
} from '@shared/planCommands';
import type { Result } from '@shared/result';
import { isOpen } from '@shared/workflow';
import type { WriteContext } from './context';
import { execute, type Command } from './executor';
import type { ConsoleDb } from './schema';

/** Open live incidents; drill incidents never hold a live plan's category. */
export const openIncidents = async (db: ConsoleDb): Promise<Pick<Incident, 'number' | 'categoryCode' | 'level'>[]> =>
  (await db.incidents.toArray()).filter((incident) => incident.mode === 'live' && isOpen(incident.state));

/**
 * What a step of a version reads. Only submitting and approving look at the open incidents (a
 * removed category they still use is refused); the other steps do not read the incidents at all.
 */
const readVersion =
  (withOpen: boolean) =>
  async (db: ConsoleDb, { id }: { id: string }): Promise<VersionSeen> => {
    const version = await db.plans.get(id);
    return {
      version,
      previous: version?.basedOn ? await db.plans.get(version.basedOn) : undefined,
      plans: await db.plans.toArray(),
      open: withOpen ? await openIncidents(db) : [],
    };
  };

const versionCommand = <A extends { id: string }>(
  name: string,
  args: Command<A, VersionSeen, Plan>['args'],
  decide: Command<A, VersionSeen, Plan>['decide'],
  withOpen = false,
): Command<A, VersionSeen, Plan> => ({
  name,
  args,
  tables: withOpen ? ['plans', 'incidents'] : ['plans'],
  read: readVersion(withOpen),
  decide,
});

export const startRevisionCommand = versionCommand('plan.startRevision', versionArgs, decideStartRevision);
export const saveDraftCommand: Command<Plan, VersionSeen, Plan> = {
  ...versionCommand<Plan>('plan.saveDraft', saveDraftArgs, decideSaveDraft),
  invalid: draftFieldErrors,
};
export const submitCommand = versionCommand('plan.submit', versionArgs, decideSubmit, true);
export const returnCommand = versionCommand('plan.return', returnArgs, decideReturn);
export const approveCommand = versionCommand('plan.approve', approveArgs, decideApprove, true);
export const discardCommand = versionCommand('plan.discard', versionArgs, decideDiscard);

/** 新建修订: a draft copied from the given version (the one in force, or a returned one). */
export const startRevision = (db: ConsoleDb, sourceId: string, ctx: WriteContext) =>
  execute(db, startRevisionCommand, { id: sourceId }, ctx);
/** Saves a draft's settings; the whole plan is checked with zod first, field by field. */
export const saveDraft = (db: ConsoleDb, changed: unknown, ctx: WriteContext): Promise<Result<Plan>> =>
  db.mode === 'drill' ? Promise.resolve({ ok: false, error: { code: 'plan-drill-locked' } }) : execute(db, saveDraftCommand, changed, ctx);
/** 提交审批. */
export const submitVersion = (db: ConsoleDb, id: string, ctx: WriteContext) => execute(db, submitCommand, { id }, ctx);
/** 退回 with the leader's comment. */
export const returnSubmitted = (db: ConsoleDb, id: string, comment: string, ctx: WriteContext) =>
  execute(db, returnCommand, { id, comment }, ctx);
/** 批准, in force from `effectiveFromIso`. */
export const approveVersion = (db: ConsoleDb, id: string, effectiveFromIso: string, ctx: WriteContext) =>
  execute(db, approveCommand, { id, effectiveFrom: effectiveFromIso }, ctx);
/** 放弃草稿. */
export const discardVersion = (db: ConsoleDb, id: string, ctx: WriteContext) => execute(db, discardCommand, { id }, ctx);
