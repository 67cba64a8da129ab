// 信息发布: statements per incident. The machine in shared/releases.ts decides; each write runs in
// one transaction with its entry on the incident's timeline, so nothing is half-saved.
import { newId } from '@shared/ids';
import {
  createRelease,
  publicityMemberIds,
  RELEASE_CHANNELS,
  releaseTransition,
  statementProblems,
  type Release,
  type ReleaseCommand,
  type ReleaseContext,
  type ReleaseResult,
  type StatementInput,
} from '@shared/releases';
import { fail, type Result } from '@shared/result';
import { parsePlanLocalDateTime, toIsoWithOffset } from '@shared/time';
import { appendTimeline, isoAt, Refused, settle, type WriteContext } from './context';
import type { ConsoleDb } from './schema';

const TABLES = (db: ConsoleDb) => [db.releases, db.timeline, db.incidents, db.teams];

/** Field-by-field messages (catalog keys) for a statement's title and text. */
export function statementErrors(input: StatementInput): Record<string, string> {
  return Object.fromEntries(statementProblems(input).map((p) => [p.field, `releases.refusal.${p.code}`]));
}

export type PublishInput = { channel: string; /** plan-local "YYYY-MM-DDTHH:mm" as typed */ at: string };

/** Field-by-field messages for a release's channel and time. */
export function publishErrors(input: PublishInput, ctx: Pick<WriteContext, 'plan' | 'now'>): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!(RELEASE_CHANNELS as readonly string[]).includes(input.channel)) errors.channel = 'validation.choose';
  const at = parsePlanLocalDateTime(input.at, ctx.plan.utcOffsetMinutes);
  if (at === null) errors.at = 'validation.dateTime';
  else if (at > ctx.now + 5 * 60_000) errors.at = 'validation.future';
  return errors;
}

async function releaseContext(db: ConsoleDb, ctx: WriteContext): Promise<ReleaseContext> {
  return { actor: ctx.actor, publicityIds: publicityMemberIds(await db.teams.toArray()), at: isoAt(ctx) };
}

async function record(db: ConsoleDb, ctx: WriteContext, result: ReleaseResult, write: (release: Release) => Promise<unknown>) {
  if (!result.ok) throw new Refused(result.refusal.code, result.refusal.params);
  const { release, kind, note, params } = result.value;
  await write(release);
  await appendTimeline(db, ctx, { incidentId: release.incidentId, kind, note, params });
  return release;
}

/** 新建口径: a new statement for an incident, version 1, in draft. */
export async function draftRelease(db: ConsoleDb, incidentId: string, input: StatementInput, ctx: WriteContext): Promise<Result<Release>> {
  const errors = statementErrors(input);
  if (Object.keys(errors).length > 0) return fail('validation', errors);
  return settle(() =>
    db.transaction('rw', TABLES(db), async () => {
      if (!(await db.incidents.get(incidentId))) throw new Refused('incident-not-found');
      const result = createRelease(input, await releaseContext(db, ctx), { id: newId(), mode: db.mode, incidentId });
      return record(db, ctx, result, (release) => db.releases.add(release));
    }),
  );
}

/** 修改, 提交审批, 批准, 退回: the machine decides; the change and its entry go together. */
export async function applyReleaseCommand(
  db: ConsoleDb,
  releaseId: string,
  command: Exclude<ReleaseCommand, { type: 'publish' }>,
  ctx: WriteContext,
): Promise<Result<Release>> {
  if (command.type === 'revise') {
    const errors = statementErrors(command);
    if (Object.keys(errors).length > 0) return fail('validation', errors);
  }
  return settle(() =>
    db.transaction('rw', TABLES(db), async () => {
      const release = await db.releases.get(releaseId);
      if (!release) throw new Refused('release-not-found');
      return record(db, ctx, releaseTransition(release, command, await releaseContext(db, ctx)), (changed) => db.releases.put(changed));
    }),
  );
}

/** 发布: the approved version goes out on a channel at a time (typed in the plan's local time). */
export async function publishRelease(db: ConsoleDb, releaseId: string, input: PublishInput, ctx: WriteContext): Promise<Result<Release>> {
  const errors = publishErrors(input, ctx);
  if (Object.keys(errors).length > 0) return fail('validation', errors);
  const at = toIsoWithOffset(parsePlanLocalDateTime(input.at, ctx.plan.utcOffsetMinutes)!, ctx.plan.utcOffsetMinutes);
  return settle(() =>
    db.transaction('rw', TABLES(db), async () => {
      const release = await db.releases.get(releaseId);
      if (!release) throw new Refused('release-not-found');
      const result = releaseTransition(release, { type: 'publish', channel: input.channel, at }, await releaseContext(db, ctx));
      return record(db, ctx, result, (changed) => db.releases.put(changed));
    }),
  );
}

/** An incident's statements, oldest first. */
export const releasesOf = (db: ConsoleDb, incidentId: string) => db.releases.where('incidentId').equals(incidentId).sortBy('createdAt');
