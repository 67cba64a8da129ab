// 预案版本: the commands that write plan versions — what each reads; the decisions are in
// shared/planCommands.ts (rules in shared/planVersions.ts) and the executor stores the version
// with its audit entry in one transaction.
import type { Plan } from '@shared/plan';
import { draftFieldErrors } from '@shared/planCommands';
import * as setup from '@shared/officePlanCommands';
import type { Result } from '@shared/result';
import type { WriteContext } from './context';
import { execute } from './executor';
import type { ConsoleDb } from './schema';

// The steps every seat and the office server read and decide the same (shared/officePlanCommands.ts).
export const { startRevisionCommand, submitCommand, returnCommand, approveCommand, discardCommand } = setup;
export const saveDraftCommand = { ...setup.saveDraftCommand, invalid: draftFieldErrors };

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
