// 信息发布: the commands for statements per incident (decisions in shared/releaseCommands.ts, the
// machine in shared/releases.ts); the executor writes each change with its timeline entry.
import type { PublishInput } from '@shared/releaseCommands';
import type { Release, ReleaseCommand, StatementInput } from '@shared/releases';
import type { Result } from '@shared/result';
import type { WriteContext } from './context';
import { execute } from './executor';
import type { ConsoleDb } from './schema';
import { draftReleaseCommand, changeReleaseCommand, publishReleaseCommand } from '@shared/officeRecordCommands';

// Read and decided the same on the office server (shared/officeRecordCommands.ts).
export { draftReleaseCommand, changeReleaseCommand, publishReleaseCommand };

export { publishErrors, statementErrors, type PublishInput } from '@shared/releaseCommands';

type Change = Exclude<ReleaseCommand, { type: 'publish' }>;

/** 新建口径: a new statement for an incident, version 1, in draft. */
export const draftRelease = (db: ConsoleDb, incidentId: string, input: StatementInput, ctx: WriteContext): Promise<Result<Release>> =>
  execute(db, draftReleaseCommand, { incidentId, input }, ctx);

/** 修改, 提交审批, 批准, 退回: the machine decides; the change and its entry go together. */
export const applyReleaseCommand = (db: ConsoleDb, releaseId: string, command: Change, ctx: WriteContext): Promise<Result<Release>> =>
  execute(db, changeReleaseCommand, { releaseId, command }, ctx);

/** 发布: the approved version goes out on a channel at a time (typed in the plan's local time). */
export const publishRelease = (db: ConsoleDb, releaseId: string, input: PublishInput, ctx: WriteContext): Promise<Result<Release>> =>
  execute(db, publishReleaseCommand, { releaseId, input }, ctx);

/** An incident's statements, oldest first. */
export const releasesOf = (db: ConsoleDb, incidentId: string) => db.releases.where('incidentId').equals(incidentId).sortBy('createdAt');
