// 信息报送: the commands for an incident's reports upward (decisions in shared/upwardReportCommands.ts,
// clocks in shared/upwardReports.ts); the executor writes each change with its timeline entry.
import type { Result } from '@shared/result';
import { draftReportCommand, reportStepCommand, sendReportCommand } from '@shared/upwardReportCommands';
import type { ReportInput, ReportKind, ReportStep, SendInput, UpwardReport } from '@shared/upwardReports';
import Dexie from 'dexie';
import type { WriteContext } from './context';
import { execute } from './executor';
import type { ConsoleDb } from './schema';

// Read and decided the same on the office server (shared/officeRecordCommands.ts).
export { draftReportCommand, reportStepCommand, sendReportCommand };

/** 起草: a report of the kind owed, from the plan's template as the drafter changed it. */
export const draftReport = (
  db: ConsoleDb,
  incidentId: string,
  kind: ReportKind,
  input: ReportInput,
  ctx: WriteContext,
): Promise<Result<UpwardReport>> =>
  execute(db, draftReportCommand, { incidentId, kind, input: { ...input, recipients: [...input.recipients] } }, ctx);

/** 修改, 提交审批, 批准, 退回. */
export const reportStep = (db: ConsoleDb, reportId: string, step: ReportStep, ctx: WriteContext): Promise<Result<UpwardReport>> =>
  execute(db, reportStepCommand, { reportId, step: step.type === 'revise' ? { ...step, recipients: [...step.recipients] } : step }, ctx);

/** 报送: how, when and to whom it went. */
export const sendReport = (db: ConsoleDb, reportId: string, input: SendInput, ctx: WriteContext): Promise<Result<UpwardReport>> =>
  execute(db, sendReportCommand, { reportId, input }, ctx);

/** An incident's reports, in the order they were drafted. */
export const reportsOf = (db: ConsoleDb, incidentId: string): Promise<UpwardReport[]> =>
  db.upwardReports.where('[incidentId+createdAt]').between([incidentId, Dexie.minKey], [incidentId, Dexie.maxKey]).toArray();
