// Instructions to teams and people (指令 → 签收 → 反馈). The machine in shared/ decides; each write
// runs in one transaction with its entry on the incident's timeline, so nothing is half-saved.
import i18next from 'i18next';
import type { Notice } from '@shared/bridge';
import type { Instruction } from '@shared/command';
import { planOfIncident, type PlanBook } from '@shared/planVersions';
import { instructionTeamCode } from '@shared/routing';
import { newId } from '@shared/ids';
import {
  awaitsDecisionBy,
  byReportTime,
  instructionOverdue,
  instructionReceivers,
  instructionTransition,
  needsEscalation,
  validateNewInstruction,
  type InstructionCommand,
  type Overdue,
} from '@shared/instructions';
import type { Actor, Incident, Person, Team } from '@shared/model';
import type { Result } from '@shared/result';
import { isOpen } from '@shared/workflow';
import { toIsoWithOffset } from '@shared/time';
import { getHost } from '../host';
import { appendTimeline, isoAt, Refused, settle, type WriteContext } from './context';
import type { ConsoleDb } from './schema';

export type NewInstruction = {
  incidentId: string;
  teamId: string | null;
  assigneeId: string | null;
  content: string;
  priority: Instruction['priority'];
  /** ISO instant with offset, or null when the form's value could not be read. */
  deadline: string | null;
};

/** Who the instruction is addressed to, in both languages (people's names are the same in both). */
function receiverParams(team: Team | undefined, person: Person | undefined): { receiver: string; receiverEn: string } {
  const zh = [team?.name.zh, person?.name].filter(Boolean).join(' · ');
  const en = [team?.name.en ?? team?.name.zh, person?.name].filter(Boolean).join(' · ');
  return { receiver: zh, receiverEn: en };
}

async function receiverOf(db: ConsoleDb, instruction: Pick<Instruction, 'teamId' | 'assigneeId'>) {
  const team = instruction.teamId ? await db.teams.get(instruction.teamId) : undefined;
  const person = instruction.assigneeId ? await db.people.get(instruction.assigneeId) : undefined;
  return { team, person };
}

async function openIncident(db: ConsoleDb, incidentId: string): Promise<Incident> {
  const incident = await db.incidents.get(incidentId);
  if (!incident) throw new Refused('incident-not-found');
  if (!isOpen(incident.state)) throw new Refused('instruction-incident-closed', { number: incident.number });
  return incident;
}

const deadlineText = (iso: string, ctx: WriteContext) =>
  toIsoWithOffset(Date.parse(iso), ctx.plan.utcOffsetMinutes).slice(0, 16).replace('T', ' ');

async function addInstruction(
  db: ConsoleDb,
  ctx: WriteContext,
  fields: Omit<NewInstruction, 'deadline'> & { deadline: string; standardCode?: string },
) {
  const { team, person } = await receiverOf(db, fields);
  if (fields.teamId && !team) throw new Refused('instruction-team-missing');
  if (fields.assigneeId && !person) throw new Refused('instruction-person-missing');
  const at = isoAt(ctx);
  const instruction: Instruction = {
    id: newId(),
    mode: db.mode,
    ...fields,
    content: fields.content.trim(),
    state: 'issued',
    issuedAt: at,
    issuedBy: ctx.actor.id,
    issuedByName: ctx.actor.name,
    progress: [],
    updatedAt: at,
    updatedBy: ctx.actor.id,
  };
  await db.instructions.add(instruction);
  await appendTimeline(db, ctx, {
    incidentId: fields.incidentId,
    kind: 'instruction-issued',
    note: instruction.content,
    params: { ...receiverParams(team, person), deadline: deadlineText(instruction.deadline, ctx) },
  });
  return instruction;
}

const TABLES = (db: ConsoleDb) => [db.instructions, db.timeline, db.incidents, db.teams, db.people];

export async function issueInstruction(db: ConsoleDb, input: NewInstruction, ctx: WriteContext): Promise<Result<Instruction>> {
  return settle(() =>
    db.transaction('rw', TABLES(db), async () => {
      const problem = validateNewInstruction(input, ctx.now)[0];
      if (problem) throw new Refused(problem.code);
      await openIncident(db, input.incidentId);
      return addInstruction(db, ctx, { ...input, deadline: toIsoWithOffset(Date.parse(input.deadline!), ctx.plan.utcOffsetMinutes) });
    }),
  );
}

/**
 * The standard instructions of the incident's own plan version for its level, and whether each
 * is already issued: a revision approved after the incident was opened does not change them.
 */
export async function standardInstructionsFor(db: ConsoleDb, incident: Incident, book: PlanBook) {
  const issued = new Set(
    (await db.instructions.where('incidentId').equals(incident.id).toArray()).map((i) => i.standardCode).filter(Boolean),
  );
  return planOfIncident(book, incident)
    .standardInstructions.filter((s) => !s.levels || (incident.level !== null && s.levels.includes(incident.level)))
    .map((standard) => ({ standard, issued: issued.has(standard.code) }));
}

/** 下达标准指令: every standard instruction not yet issued for the incident, each to its team, at once. */
export async function issueStandardInstructions(db: ConsoleDb, incidentId: string, ctx: WriteContext): Promise<Result<Instruction[]>> {
  return settle(() =>
    db.transaction('rw', TABLES(db), async () => {
      const incident = await openIncident(db, incidentId);
      if (!incident.milestones.activatedAt) throw new Refused('response-not-activated');
      const pending = (await standardInstructionsFor(db, incident, ctx)).filter((s) => !s.issued).map((s) => s.standard);
      if (pending.length === 0) throw new Refused('standard-already-issued');
      const teams = await db.teams.toArray();
      const plan = planOfIncident(ctx, incident);
      const issued: Instruction[] = [];
      for (const standard of pending) {
        // 对口处理: "the responsible team" is the team the incident's category names.
        const teamCode = instructionTeamCode(standard, plan, incident.categoryCode, teams);
        const team = teams.find((t) => t.code === teamCode && t.kind !== 'task-force');
        if (!team) throw new Refused('instruction-team-missing', { team: teamCode });
        issued.push(
          await addInstruction(db, ctx, {
            incidentId,
            teamId: team.id,
            assigneeId: null,
            content: standard.content.zh,
            priority: standard.priority,
            deadline: toIsoWithOffset(ctx.now + standard.dueMinutes * 60_000, ctx.plan.utcOffsetMinutes),
            standardCode: standard.code,
          }),
        );
      }
      return issued;
    }),
  );
}

/** 签收, progress, 反馈, accept or return: the machine decides; the change and its entry go together. */
export async function applyInstructionCommand(
  db: ConsoleDb,
  instructionId: string,
  command: InstructionCommand,
  ctx: WriteContext,
): Promise<Result<Instruction>> {
  return settle(() => db.transaction('rw', TABLES(db), () => applyInside(db, instructionId, command, ctx)));
}

/**
 * 报告进展 from work done on the incident page (a statement released, a resource allocated): the
 * note goes on the team's instruction, signed for first if nobody had, since doing the work is
 * receiving it. Both steps are the machine's, in one transaction.
 */
export async function reportWorkOnInstruction(db: ConsoleDb, instructionId: string, text: string, ctx: WriteContext) {
  return settle(() =>
    db.transaction('rw', TABLES(db), async () => {
      const instruction = await db.instructions.get(instructionId);
      if (!instruction) throw new Refused('instruction-not-found');
      await openIncident(db, instruction.incidentId);
      if (instruction.state === 'issued') await applyInside(db, instructionId, { type: 'sign' }, ctx);
      return applyInside(db, instructionId, { type: 'progress', text }, ctx);
    }),
  );
}

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

/** One instruction command inside the caller's transaction: the machine decides, the entry goes with it. */
async function applyInside(db: ConsoleDb, instructionId: string, command: InstructionCommand, ctx: WriteContext) {
  const instruction = await db.instructions.get(instructionId);
  if (!instruction) throw new Refused('instruction-not-found');
  const { team, person } = await receiverOf(db, instruction);
  const result = instructionTransition(instruction, command, {
    actor: ctx.actor,
    receiverIds: instructionReceivers(instruction, team),
  });
  if (!result.ok) throw new Refused(result.refusal.code, result.refusal.params);
  const at = isoAt(ctx);
  const changed: Instruction = { ...result.value.apply(instruction, at, ctx.actor), updatedAt: at, updatedBy: ctx.actor.id };
  await db.instructions.put(changed);
  await appendTimeline(db, ctx, {
    incidentId: instruction.incidentId,
    kind: result.value.kind,
    note: result.value.note,
    params: receiverParams(team, person),
  });
  return changed;
}

/**
 * 撤销: withdraws instructions as their incident closes, each with the reason on the record and its
 * own timeline entry. Runs inside the caller's transaction (instructions, timeline, teams, people).
 */
export async function cancelInstructions(db: ConsoleDb, instructions: readonly Instruction[], reason: string, ctx: WriteContext) {
  for (const instruction of instructions) {
    const result = instructionTransition(instruction, { type: 'cancel', reason }, { actor: ctx.actor, receiverIds: [] });
    if (!result.ok) throw new Refused(result.refusal.code, result.refusal.params);
    const at = isoAt(ctx);
    await db.instructions.put({ ...result.value.apply(instruction, at, ctx.actor), updatedAt: at, updatedBy: ctx.actor.id });
    const { team, person } = await receiverOf(db, instruction);
    await appendTimeline(db, ctx, {
      incidentId: instruction.incidentId,
      kind: result.value.kind,
      note: result.value.note,
      params: receiverParams(team, person),
    });
  }
}

export type Escalation = { instruction: Instruction; overdue: Overdue; receiver: string; receiverEn: string; incidentNumber: string };

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
    // Whether the incident is open is looked at inside the transaction.
    .filter((i) => i.mode === db.mode && needsEscalation(i, nowMs, true))
    .count();
  if (pending === 0) return { ok: true, value: [] };
  const result = await settle(() =>
    db.transaction('rw', TABLES(db), async () => {
      const due = await db.instructions.where('deadline').below(nowIso).toArray();
      const escalations: Escalation[] = [];
      for (const candidate of due.filter((i) => i.mode === db.mode && needsEscalation(i, nowMs, true))) {
        const incident = await db.incidents.get(candidate.incidentId);
        // A finished incident's leftover instructions are not chased.
        if (!incident || !isOpen(incident.state)) continue;
        const overdue = instructionOverdue(candidate, nowMs, true)!;
        const { team, person } = await receiverOf(db, candidate);
        const at = isoAt(ctx);
        const instruction: Instruction = { ...candidate, escalatedAt: at };
        await db.instructions.put(instruction);
        const receiver = receiverParams(team, person);
        await appendTimeline(db, ctx, {
          incidentId: candidate.incidentId,
          kind: 'instruction-overdue',
          // `context` picks timeline.instruction-overdue_unsigned / _unfinished in the catalogs.
          params: { ...receiver, issuer: candidate.issuedByName, deadline: deadlineText(candidate.deadline, ctx), context: overdue },
        });
        escalations.push({
          instruction,
          overdue,
          receiver: receiver.receiver!,
          receiverEn: receiver.receiverEn!,
          incidentNumber: incident?.number ?? '',
        });
      }
      return escalations;
    }),
  );
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
