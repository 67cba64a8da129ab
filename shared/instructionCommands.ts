// Instructions (指令 → 签收 → 反馈) as commands: issued one by one or the plan's standard set at once,
// worked through the machine in instructions.ts, withdrawn as their incident closes, escalated
// when overdue. Each decision gives the instruction rows and their timeline entries together;
// `instructionSteps` is the machine's step as a decision, for other commands to compose.
import { z } from 'zod';
import { decided, refused, stamped, type Decision, type RowWrite, type Stamp, type TimelineAppend } from './commandKit';
import { INSTRUCTION_PRIORITIES, type Instruction } from './command';
import {
  instructionOverdue,
  instructionReceivers,
  instructionTransition,
  needsEscalation,
  validateNewInstruction,
  type InstructionCommand,
  type NewInstructionInput,
  type Overdue,
} from './instructions';
import type { Incident, Person, Team } from './model';
import type { Plan } from './plan';
import { planForIncident } from './planVersions';
import { instructionTeamCode } from './routing';
import { toIsoWithOffset } from './time';
import { isOpen } from './workflow';

/** Who an instruction is addressed to, as far as it is stored: its team, its named person. */
export type Receiver = { team?: Team | undefined; person?: Person | undefined };

/** The receiver in both languages (people's names are the same in both), for the timeline. */
export function receiverParams({ team, person }: Receiver): { receiver: string; receiverEn: string } {
  const zh = [team?.name.zh, person?.name].filter(Boolean).join(' · ');
  const en = [team?.name.en ?? team?.name.zh, person?.name].filter(Boolean).join(' · ');
  return { receiver: zh, receiverEn: en };
}

const deadlineText = (iso: string, offsetMinutes: number) => toIsoWithOffset(Date.parse(iso), offsetMinutes).slice(0, 16).replace('T', ' ');

/** Instructions are issued and worked only on an open incident; a closed one's leftovers are nobody's work. */
function closedRefusal(incident: Incident | undefined): Decision<never> | null {
  if (!incident) return refused('incident-not-found');
  if (!isOpen(incident.state)) return refused('instruction-incident-closed', { number: incident.number });
  return null;
}

type Fields = Omit<NewInstructionInput, 'deadline'> & {
  incidentId: string;
  priority: Instruction['priority'];
  /** ISO instant with the plan's offset. */
  deadline: string;
  standardCode?: string;
};

/** A new instruction, issued now by the stamp's actor, and its timeline entry. */
function newInstruction(fields: Fields, receiver: Receiver, stamp: Stamp): { instruction: Instruction; entry: TimelineAppend } {
  const instruction: Instruction = {
    id: stamp.newId(),
    mode: stamp.mode,
    ...fields,
    content: fields.content.trim(),
    state: 'issued',
    issuedAt: stamp.at,
    issuedBy: stamp.actor.id,
    issuedByName: stamp.actor.name,
    progress: [],
    ...stamped(stamp),
  };
  const entry: TimelineAppend = {
    incidentId: fields.incidentId,
    kind: 'instruction-issued',
    note: instruction.content,
    params: { ...receiverParams(receiver), deadline: deadlineText(instruction.deadline, stamp.utcOffsetMinutes) },
  };
  return { instruction, entry };
}

// ---- 下达指令 ---------------------------------------------------------------------------------

export const issueArgs = z.object({
  incidentId: z.string().min(1),
  teamId: z.string().nullable(),
  assigneeId: z.string().nullable(),
  content: z.string(),
  priority: z.enum(INSTRUCTION_PRIORITIES),
  /** ISO instant with offset, or null when the form's value could not be read. */
  deadline: z.string().nullable(),
});
export type IssueArgs = z.output<typeof issueArgs>;
export type IssueSeen = Receiver & { incident: Incident | undefined };

/** The problems with a new instruction as the form shows them, field by field (catalog keys). */
export function newInstructionErrors(input: NewInstructionInput, nowMs: number): Record<string, string> {
  return Object.fromEntries(validateNewInstruction(input, nowMs).map((p) => [p.field, `instructions.refusal.${p.code}`]));
}

/** 下达指令: to a team, a person or both, on an open incident, with a deadline still ahead. */
export function decideIssue(seen: IssueSeen, args: IssueArgs, stamp: Stamp): Decision<Instruction> {
  const problem = validateNewInstruction(args, stamp.nowMs)[0];
  if (problem) return refused(problem.code);
  const closed = closedRefusal(seen.incident);
  if (closed) return closed;
  if (args.teamId && !seen.team) return refused('instruction-team-missing');
  if (args.assigneeId && !seen.person) return refused('instruction-person-missing');
  const deadline = toIsoWithOffset(Date.parse(args.deadline!), stamp.utcOffsetMinutes);
  const { instruction, entry } = newInstruction({ ...args, deadline }, seen, stamp);
  return decided(instruction, [{ put: 'instructions', row: instruction }], [entry]);
}

// ---- 下达标准指令 -----------------------------------------------------------------------------

/** The plan's standard instructions that apply at the incident's level. */
export const standardInstructionsAtLevel = (plan: Plan, incident: Pick<Incident, 'level'>) =>
  plan.standardInstructions.filter((s) => !s.levels || (incident.level !== null && s.levels.includes(incident.level)));

export const issueStandardArgs = z.object({ incidentId: z.string().min(1) });
export type StandardSeen = {
  incident: Incident | undefined;
  /** Every plan version kept: the incident follows the one it was opened under. */
  plans: Plan[];
  teams: Team[];
  /** The standard codes already issued for the incident. */
  issuedCodes: string[];
};

/** 下达标准指令: every standard instruction not yet issued, each to its team, all or none. */
export function decideIssueStandard(
  seen: StandardSeen,
  { incidentId }: z.output<typeof issueStandardArgs>,
  stamp: Stamp,
): Decision<Instruction[]> {
  const closed = closedRefusal(seen.incident);
  if (closed) return closed;
  const incident = seen.incident!;
  if (!incident.milestones.activatedAt) return refused('response-not-activated');
  const plan = planForIncident(seen.plans, incident);
  if (!plan) return refused('instruction-plan-missing');
  const pending = standardInstructionsAtLevel(plan, incident).filter((s) => !seen.issuedCodes.includes(s.code));
  if (pending.length === 0) return refused('standard-already-issued');
  const issued: Instruction[] = [];
  const entries: TimelineAppend[] = [];
  for (const standard of pending) {
    // 对口处理: "the responsible team" is the team the incident's category names.
    const teamCode = instructionTeamCode(standard, plan, incident.categoryCode, seen.teams);
    const team = seen.teams.find((t) => t.code === teamCode && t.kind !== 'task-force');
    if (!team) return refused('instruction-team-missing', { team: teamCode });
    const { instruction, entry } = newInstruction(
      {
        incidentId,
        teamId: team.id,
        assigneeId: null,
        content: standard.content.zh,
        priority: standard.priority,
        deadline: toIsoWithOffset(stamp.nowMs + standard.dueMinutes * 60_000, stamp.utcOffsetMinutes),
        standardCode: standard.code,
      },
      { team },
      stamp,
    );
    issued.push(instruction);
    entries.push(entry);
  }
  return decided(
    issued,
    issued.map((row) => ({ put: 'instructions' as const, row })),
    entries,
  );
}

// ---- The machine's steps: 签收, 进展, 反馈, 采纳, 退回, 撤销 ---------------------------------------

/**
 * Steps of the machine on one instruction, in order, as one decision: the instruction as it ends
 * up (written once) and an entry per step. Any refused step refuses the whole.
 */
export function instructionSteps(
  instruction: Instruction,
  commands: readonly InstructionCommand[],
  receiver: Receiver,
  stamp: Stamp,
): Decision<Instruction> {
  let current = instruction;
  const entries: TimelineAppend[] = [];
  const receiverIds = instructionReceivers(instruction, receiver.team);
  for (const command of commands) {
    const result = instructionTransition(current, command, { actor: stamp.actor, receiverIds });
    if (!result.ok) return refused(result.refusal.code, result.refusal.params);
    current = { ...result.value.apply(current, stamp.at, stamp.actor), ...stamped(stamp) };
    entries.push({
      incidentId: instruction.incidentId,
      kind: result.value.kind,
      note: result.value.note,
      params: receiverParams(receiver),
    });
  }
  return decided(current, [{ put: 'instructions', row: current }], entries);
}

export const instructionCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('sign') }),
  z.object({ type: z.literal('progress'), text: z.string() }),
  z.object({ type: z.literal('report'), text: z.string() }),
  z.object({ type: z.literal('accept'), note: z.string().optional() }),
  z.object({ type: z.literal('return'), reason: z.string() }),
  z.object({ type: z.literal('cancel'), reason: z.string() }),
]);
export const stepArgs = z.object({ instructionId: z.string().min(1), command: instructionCommandSchema });
export type StepSeen = Receiver & { instruction: Instruction | undefined; incident: Incident | undefined };

/** 签收, progress, 反馈, accept or return, on an instruction of an open incident. */
export function decideStep(seen: StepSeen, { command }: z.output<typeof stepArgs>, stamp: Stamp): Decision<Instruction> {
  if (!seen.instruction) return refused('instruction-not-found');
  return closedRefusal(seen.incident) ?? instructionSteps(seen.instruction, [command], seen, stamp);
}

export const reportWorkArgs = z.object({ instructionId: z.string().min(1), text: z.string() });

/**
 * 报告进展 from work done on the incident page: the note goes on the team's instruction, signed for
 * first if nobody had, since doing the work is receiving it.
 */
export function decideReportWork(seen: StepSeen, { text }: z.output<typeof reportWorkArgs>, stamp: Stamp): Decision<Instruction> {
  if (!seen.instruction) return refused('instruction-not-found');
  const steps: InstructionCommand[] = seen.instruction.state === 'issued' ? [{ type: 'sign' }] : [];
  return closedRefusal(seen.incident) ?? instructionSteps(seen.instruction, [...steps, { type: 'progress', text }], seen, stamp);
}

/**
 * 撤销 as the incident closes: each open instruction withdrawn with the reason on the record and its
 * own entry. For the closing command to compose; the workflow has decided that the actor may close.
 */
export function decideCancelInstructions(
  open: readonly (Receiver & { instruction: Instruction })[],
  reason: string,
  stamp: Stamp,
): Decision<Instruction[]> {
  const cancelled: Instruction[] = [];
  const writes: RowWrite[] = [];
  const entries: TimelineAppend[] = [];
  for (const { instruction, ...receiver } of open) {
    const step = instructionSteps(instruction, [{ type: 'cancel', reason }], receiver, stamp);
    if (!step.ok) return step;
    cancelled.push(step.value.value);
    writes.push(...step.value.writes);
    entries.push(...step.value.timeline);
  }
  return decided(cancelled, writes, entries);
}

// ---- 超时督办 -----------------------------------------------------------------------------------

export type Escalation = { instruction: Instruction; overdue: Overdue; receiver: string; receiverEn: string; incidentNumber: string };
export const escalateArgs = z.object({ nowMs: z.number() });
export type EscalationSeen = { candidates: (Receiver & { instruction: Instruction; incident: Incident | undefined })[] };

/**
 * Raises every overdue instruction of an open incident not yet escalated: stamped once, with the
 * incident's entry naming the receiver and the issuer. The notices are the caller's, afterwards.
 */
export function decideEscalate(seen: EscalationSeen, { nowMs }: z.output<typeof escalateArgs>, stamp: Stamp): Decision<Escalation[]> {
  const escalations: Escalation[] = [];
  const entries: TimelineAppend[] = [];
  for (const { instruction: candidate, incident, ...receiver } of seen.candidates) {
    const open = incident !== undefined && isOpen(incident.state);
    if (candidate.mode !== stamp.mode || !needsEscalation(candidate, nowMs, open)) continue;
    const overdue = instructionOverdue(candidate, nowMs, open)!;
    const names = receiverParams(receiver);
    entries.push({
      incidentId: candidate.incidentId,
      kind: 'instruction-overdue',
      // `context` picks timeline.instruction-overdue_unsigned / _unfinished in the catalogs.
      params: {
        ...names,
        issuer: candidate.issuedByName,
        deadline: deadlineText(candidate.deadline, stamp.utcOffsetMinutes),
        context: overdue,
      },
    });
    escalations.push({ instruction: { ...candidate, escalatedAt: stamp.at }, overdue, ...names, incidentNumber: incident!.number });
  }
  return decided(
    escalations,
    escalations.map((e) => ({ put: 'instructions' as const, row: e.instruction })),
    entries,
  );
}
