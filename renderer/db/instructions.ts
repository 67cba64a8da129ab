// Instructions to teams and people (指令 → 签收 → 反馈): the commands (decisions in
// shared/instructionCommands.ts, the machine in shared/instructions.ts); the executor writes each
// change with its entries on the incident's timeline, so nothing is half-saved.
import i18next from 'i18next';
import type { Notice } from '@shared/bridge';
import type { Instruction } from '@shared/command';
import { standardInstructionsAtLevel, type Escalation, type IssueArgs } from '@shared/instructionCommands';
import { awaitsDecisionBy, byReportTime, needsEscalation, type InstructionCommand } from '@shared/instructions';
import type { Actor, Incident } from '@shared/model';
import { planOfIncident, type PlanBook } from '@shared/planVersions';
import type { Result } from '@shared/result';
import { isOpen } from '@shared/workflow';
import { toIsoWithOffset } from '@shared/time';
import { getHost } from '../host';
import type { WriteContext } from './context';
import { execute } from './executor';
import * as sharedCommands from '@shared/officeCommands';
import type { ConsoleDb } from './schema';

export type { Escalation } from '@shared/instructionCommands';

export type NewInstruction = IssueArgs;

// The steps every seat and the office server run the same (shared/officeCommands.ts).
export const { issueCommand, issueStandardCommand, stepCommand, reportWorkCommand, escalateCommand } = sharedCommands;

/** 下达指令: to a team, a person or both, on an open incident, with a deadline still ahead. */
export const issueInstruction = (db: ConsoleDb, input: NewInstruction, ctx: WriteContext): Promise<Result<Instruction>> =>
  execute(db, issueCommand, input, ctx);

/**
 * The standard instructions of the incident's own plan version for its level, and whether each
 * is already issued: a revision approved after the incident was opened does not change them.
 */
export async function standardInstructionsFor(db: ConsoleDb, incident: Incident, book: PlanBook) {
  const issued = new Set(
    (await db.instructions.where('incidentId').equals(incident.id).toArray()).map((i) => i.standardCode).filter(Boolean),
  );
  return standardInstructionsAtLevel(planOfIncident(book, incident), incident).map((standard) => ({
    standard,
    issued: issued.has(standard.code),
  }));
}

/** 下达标准指令: every standard instruction not yet issued for the incident, each to its team, at once. */
export const issueStandardInstructions = (db: ConsoleDb, incidentId: string, ctx: WriteContext): Promise<Result<Instruction[]>> =>
  execute(db, issueStandardCommand, { incidentId }, ctx);

/** 签收, progress, 反馈, accept or return: the machine decides; the change and its entry go together. */
export const applyInstructionCommand = (
  db: ConsoleDb,
  instructionId: string,
  command: InstructionCommand,
  ctx: WriteContext,
): Promise<Result<Instruction>> => execute(db, stepCommand, { instructionId, command }, ctx);

/**
 * 报告进展 from work done on the incident page (a statement released, a resource allocated): the
 * note goes on the team's instruction, signed for first if nobody had, since doing the work is
 * receiving it. Both steps are the machine's, in one command.
 */
export const reportWorkOnInstruction = (
  db: ConsoleDb,
  instructionId: string,
  text: string,
  ctx: WriteContext,
): Promise<Result<Instruction>> => execute(db, reportWorkCommand, { instructionId, text }, ctx);

/**
 * 待我采纳: the instructions of open incidents whose result is reported and waits for this actor's
 * decision, the longest waiting first, each with its incident's number.
 */
export async function instructionsAwaitingDecision(db: ConsoleDb, actor: Actor) {
  const reported = (await db.instructions.where('state').equals('reported').toArray()).filter(awaitsDecisionBy(actor));
  const incidents = await db.incidents.bulkGet([...new Set(reported.map((i) => i.incidentId))]);
  const open = new Map(incidents.filter((i) => i !== undefined && isOpen(i.state)).map((i) => [i!.id, i!.number]));
  return reported
    .filter((instruction) => open.has(instruction.incidentId))
    .sort(byReportTime)
    .map((instruction) => ({ instruction, number: open.get(instruction.incidentId) }));
}

function defaultNotice(e: Escalation): Notice {
  const english = i18next.language === 'en';
  return {
    title: i18next.t(`instructions.notice.title_${e.overdue}`, { number: e.incidentNumber }),
    body: i18next.t('instructions.notice.body', {
      receiver: english ? e.receiverEn : e.receiver,
      issuer: e.instruction.issuedByName,
      content: e.instruction.content,
    }),
    target: { kind: 'incident', id: e.instruction.incidentId },
    urgent: true,
  };
}

export type EscalationOptions = { notify?: (notice: Notice) => Promise<unknown>; notice?: (e: Escalation) => Notice };

/**
 * Raises every overdue instruction not yet escalated: stamps it (once), writes the incident's
 * timeline entry naming the receiver and the issuer, then tells the issuer and the leader through
 * the host's notification. A notification that fails does not undo the record.
 */
export async function escalateOverdue(
  db: ConsoleDb,
  nowMs: number,
  ctx: WriteContext,
  options: EscalationOptions = {},
): Promise<Result<Escalation[]>> {
  const nowIso = toIsoWithOffset(nowMs, ctx.plan.utcOffsetMinutes);
  // Look before locking: most checks find nothing, and a write transaction every 30 s would
  // hold up every screen reading these tables for nothing.
  const pending = await db.instructions
    .where('deadline')
    .below(nowIso)
    // Whether the incident is open is looked at inside the command.
    .filter((i) => i.mode === db.mode && needsEscalation(i, nowMs, true))
    .count();
  if (pending === 0) return { ok: true, value: [] };
  const result = await execute(db, escalateCommand, { nowMs }, ctx);
  if (!result.ok) return result;
  const notify = options.notify ?? ((notice: Notice) => getHost().notify(notice));
  const notice = options.notice ?? defaultNotice;
  for (const escalation of result.value) {
    // The escalation is on record; a desktop notice that cannot be shown (or waits on a
    // permission prompt) changes nothing and holds nothing up.
    try {
      void Promise.resolve(notify(notice(escalation))).catch(() => undefined);
    } catch {
      /* see above */
    }
  }
  return result;
}
