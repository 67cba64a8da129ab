// Instructions (指令) as a pure state machine: issued → signed (签收) → in progress → reported
// (反馈) → accepted, or returned to the receiver to work on again; withdrawn (撤销) when the incident
// closes before they are done. Each command names the states it
// may be given in and who may give it; a refusal carries a code the UI shows as a sentence.
import type { RefusalCode } from './refusalCodes';
import type { Actor } from './model';
import type { Instruction, InstructionState } from './command';
import { isTooLong, TEXT_LIMITS } from './text';

export type InstructionCommand =
  | { type: 'sign' }
  | { type: 'progress'; text: string }
  | { type: 'report'; text: string }
  | { type: 'accept'; note?: string }
  | { type: 'return'; reason: string }
  | { type: 'cancel'; reason: string };
export type InstructionCommandType = InstructionCommand['type'];
/** What an instruction's card offers; cancelling is part of closing the incident, not a card action. */
export type CardCommandType = Exclude<InstructionCommandType, 'cancel'>;
export const INSTRUCTION_COMMANDS: readonly CardCommandType[] = ['sign', 'progress', 'report', 'accept', 'return'];

/** Who is acting, and who the instruction is addressed to (the team's lead and members, the assignee). */
export type InstructionContext = { actor: Actor; receiverIds: readonly string[] };

export type InstructionRefusal = { code: RefusalCode; params?: Record<string, string> };

/** What a transition changes on the record; the repository adds who and when. */
export type InstructionChange = {
  next: InstructionState;
  /** Timeline kind (timeline.* in the catalogs). */
  kind:
    | 'instruction-signed'
    | 'instruction-progress'
    | 'instruction-reported'
    | 'instruction-accepted'
    | 'instruction-returned'
    | 'instruction-cancelled';
  note?: string;
  apply: (instruction: Instruction, at: string, actor: Actor) => Instruction;
};
export type InstructionResult = { ok: true; value: InstructionChange } | { ok: false; refusal: InstructionRefusal };

/** Not yet accepted: the instruction still needs someone (the receiver, or the issuer's decision). */
export const OPEN_INSTRUCTION_STATES: readonly InstructionState[] = ['issued', 'signed', 'in-progress', 'reported', 'returned'];
/** The receiver's work is not done: these count towards "unfinished" once the deadline passes. */
const WORKING: readonly InstructionState[] = ['signed', 'in-progress', 'returned'];
/** The states in which an instruction's clock runs (its incident open): it can fall overdue. */
export const CLOCK_RUNNING_STATES: readonly InstructionState[] = ['issued', ...WORKING];

const LEADERS = new Set(['leader', 'deputy']);
const isReceiver = (ctx: InstructionContext) => ctx.receiverIds.includes(ctx.actor.id);
const mayDecide = (instruction: Instruction, ctx: InstructionContext) =>
  instruction.issuedBy === ctx.actor.id || LEADERS.has(ctx.actor.role);
const blank = (value: string | undefined) => !value || value.trim().length === 0;

type Rule<C extends InstructionCommand> = {
  from: readonly InstructionState[];
  guard: (command: C, instruction: Instruction, ctx: InstructionContext) => InstructionRefusal | null;
  change: (command: C) => InstructionChange;
};
type Table = { [K in InstructionCommandType]: Rule<Extract<InstructionCommand, { type: K }>> };

const receiverOnly = (_c: unknown, _i: Instruction, ctx: InstructionContext): InstructionRefusal | null =>
  isReceiver(ctx) ? null : { code: 'instruction-not-receiver' };
/** A progress note is a note; the result reported (反馈) may run as long as other prose. */
export const INSTRUCTION_TEXT_MAX = { progress: TEXT_LIMITS.note, report: TEXT_LIMITS.prose } as const;
const tooLong = (code: RefusalCode, max: number): InstructionRefusal => ({ code, params: { max: String(max) } });
const receiverWithText =
  (max: number) =>
  (c: { text: string }, i: Instruction, ctx: InstructionContext): InstructionRefusal | null =>
    receiverOnly(c, i, ctx) ?? (blank(c.text) ? { code: 'text-required' } : isTooLong(c.text, max) ? tooLong('text-too-long', max) : null);
const entry = (at: string, actor: Actor, text: string) => ({ at, by: actor.id, byName: actor.name, text: text.trim() });

export const INSTRUCTION_TRANSITIONS: Table = {
  sign: {
    from: ['issued'],
    guard: receiverOnly,
    change: () => ({
      next: 'signed',
      kind: 'instruction-signed',
      apply: (i, at, actor) => ({ ...i, state: 'signed', signedAt: at, signedBy: actor.id }),
    }),
  },
  progress: {
    from: [...WORKING],
    guard: receiverWithText(INSTRUCTION_TEXT_MAX.progress),
    change: (c) => ({
      next: 'in-progress',
      kind: 'instruction-progress',
      note: c.text.trim(),
      apply: (i, at, actor) => ({ ...i, state: 'in-progress', progress: [...i.progress, entry(at, actor, c.text)] }),
    }),
  },
  report: {
    from: [...WORKING],
    guard: receiverWithText(INSTRUCTION_TEXT_MAX.report),
    change: (c) => ({
      next: 'reported',
      kind: 'instruction-reported',
      note: c.text.trim(),
      apply: (i, at, actor) => ({ ...i, state: 'reported', report: entry(at, actor, c.text) }),
    }),
  },
  accept: {
    from: ['reported'],
    guard: (c, i, ctx) =>
      !mayDecide(i, ctx)
        ? { code: 'instruction-not-issuer' }
        : isTooLong(c.note, TEXT_LIMITS.note)
          ? tooLong('note-too-long', TEXT_LIMITS.note)
          : null,
    change: (c) => ({
      next: 'accepted',
      kind: 'instruction-accepted',
      note: c.note?.trim() || undefined,
      apply: (i, at) => ({ ...i, state: 'accepted', decidedAt: at }),
    }),
  },
  return: {
    from: ['reported'],
    guard: (c, i, ctx) =>
      !mayDecide(i, ctx)
        ? { code: 'instruction-not-issuer' }
        : blank(c.reason)
          ? { code: 'reason-required' }
          : isTooLong(c.reason, TEXT_LIMITS.note)
            ? tooLong('reason-too-long', TEXT_LIMITS.note)
            : null,
    change: (c) => ({
      next: 'returned',
      kind: 'instruction-returned',
      note: c.reason.trim(),
      apply: (i, at) => ({ ...i, state: 'returned', decidedAt: at, returnReason: c.reason.trim() }),
    }),
  },
  cancel: {
    from: OPEN_INSTRUCTION_STATES,
    // Given by whoever closes the incident; the workflow has already decided that they may.
    guard: (c) =>
      blank(c.reason)
        ? { code: 'reason-required' }
        : isTooLong(c.reason, TEXT_LIMITS.note)
          ? tooLong('reason-too-long', TEXT_LIMITS.note)
          : null,
    change: (c) => ({
      next: 'cancelled',
      kind: 'instruction-cancelled',
      note: c.reason.trim(),
      apply: (i, at) => ({ ...i, state: 'cancelled', cancelledAt: at, cancelReason: c.reason.trim() }),
    }),
  },
};

export function instructionTransition(instruction: Instruction, command: InstructionCommand, ctx: InstructionContext): InstructionResult {
  const rule = INSTRUCTION_TRANSITIONS[command.type] as Rule<InstructionCommand>;
  if (!rule.from.includes(instruction.state)) {
    return { ok: false, refusal: { code: 'not-allowed-in-state', params: { state: instruction.state, command: command.type } } };
  }
  const refusal = rule.guard(command, instruction, ctx);
  if (refusal) return { ok: false, refusal };
  return { ok: true, value: rule.change(command) };
}

/** Commands this actor may give now (text aside): what the screens offer. */
export function instructionCommandsFor(instruction: Instruction, ctx: InstructionContext): CardCommandType[] {
  const filled: { [K in InstructionCommandType]: Extract<InstructionCommand, { type: K }> } = {
    sign: { type: 'sign' },
    progress: { type: 'progress', text: '-' },
    report: { type: 'report', text: '-' },
    accept: { type: 'accept' },
    return: { type: 'return', reason: '-' },
    cancel: { type: 'cancel', reason: '-' },
  };
  return INSTRUCTION_COMMANDS.filter((type) => instructionTransition(instruction, filled[type], ctx).ok);
}

/** The people who may sign and report: the team's lead and members, and the named assignee. */
export function instructionReceivers(
  instruction: Pick<Instruction, 'assigneeId'>,
  team: { leadId?: string | undefined; memberIds: readonly string[] } | undefined,
): string[] {
  const ids = new Set<string>(team ? [...(team.leadId ? [team.leadId] : []), ...team.memberIds] : []);
  if (instruction.assigneeId) ids.add(instruction.assigneeId);
  return [...ids];
}

/**
 * 对口指令: the instruction that work done on the incident page answers — the team's instruction
 * for the incident still in the receiver's hands (not yet signed, or being worked on), the one due
 * first; null when there is none or the actor is not among its receivers.
 */
export function instructionForTeamWork(
  instructions: readonly Instruction[],
  team: { id: string; leadId?: string | undefined; memberIds: readonly string[] } | undefined,
  actorId: string,
): Instruction | null {
  if (!team) return null;
  const candidates = instructions
    .filter((i) => i.teamId === team.id && (i.state === 'issued' || WORKING.includes(i.state)))
    .filter((i) => instructionReceivers(i, team).includes(actorId))
    .sort((a, b) => Date.parse(a.deadline) - Date.parse(b.deadline));
  return candidates[0] ?? null;
}

export type Overdue = 'unsigned' | 'unfinished';

/**
 * Whether the instruction's clock runs: only while the receiver owes work on an open incident.
 * A closed or rejected incident's leftovers are nobody's work, wherever they are counted.
 */
export const instructionClockRuns = (instruction: Pick<Instruction, 'state'>, incidentOpen: boolean) =>
  incidentOpen && (instruction.state === 'issued' || WORKING.includes(instruction.state));

/**
 * Past its deadline and not signed, or signed and not yet reported, on an open incident. A
 * reported, accepted or cancelled instruction is not overdue: nothing more is owed. Exactly at the
 * deadline is still in time.
 */
export function instructionOverdue(
  instruction: Pick<Instruction, 'state' | 'deadline'>,
  nowMs: number,
  incidentOpen: boolean,
): Overdue | null {
  if (!instructionClockRuns(instruction, incidentOpen)) return null;
  if (nowMs <= Date.parse(instruction.deadline)) return null;
  if (instruction.state === 'issued') return 'unsigned';
  return WORKING.includes(instruction.state) ? 'unfinished' : null;
}

/** Overdue and not yet escalated to the issuer and the leader (escalation happens once). */
export const needsEscalation = (instruction: Instruction, nowMs: number, incidentOpen: boolean) =>
  !instruction.escalatedAt && instructionOverdue(instruction, nowMs, incidentOpen) !== null;

export type NewInstructionInput = {
  content: string;
  /** An ISO instant, or milliseconds; null when the form's value could not be read. */
  deadline: string | number | null;
  teamId: string | null;
  assigneeId: string | null;
};
export type NewInstructionProblem = { field: 'receiver' | 'content' | 'deadline'; code: RefusalCode };

/** Every problem with a new instruction, field by field; empty when it may be issued. */
export function validateNewInstruction(input: NewInstructionInput, nowMs: number): NewInstructionProblem[] {
  const problems: NewInstructionProblem[] = [];
  if (!input.teamId && !input.assigneeId) problems.push({ field: 'receiver', code: 'receiver-required' });
  if (blank(input.content)) problems.push({ field: 'content', code: 'content-required' });
  else if (isTooLong(input.content, TEXT_LIMITS.note)) problems.push({ field: 'content', code: 'content-too-long' });
  const deadline = typeof input.deadline === 'string' ? Date.parse(input.deadline) : input.deadline;
  if (deadline === null || !Number.isFinite(deadline)) problems.push({ field: 'deadline', code: 'deadline-invalid' });
  else if (deadline <= nowMs) problems.push({ field: 'deadline', code: 'deadline-not-future' });
  return problems;
}

/** How an inbox groups instructions: 待签收, 办理中, 已反馈, 已办结. */
export const INBOX_GROUPS = ['to-sign', 'working', 'reported', 'done'] as const;
export type InboxGroup = (typeof INBOX_GROUPS)[number];
export function inboxGroupOf(state: InstructionState): InboxGroup {
  if (state === 'issued') return 'to-sign';
  if (state === 'reported') return 'reported';
  if (state === 'accepted' || state === 'cancelled') return 'done';
  return 'working';
}

/** Overdue first, then by deadline; `incidentOpen` says whether an instruction's incident is open. */
export function byUrgency(nowMs: number, incidentOpen: (instruction: Instruction) => boolean) {
  const late = (i: Instruction) => Number(instructionOverdue(i, nowMs, incidentOpen(i)) !== null);
  return (a: Instruction, b: Instruction) => late(b) - late(a) || Date.parse(a.deadline) - Date.parse(b.deadline);
}

/**
 * 待采纳: reported by its receiver and waiting for this actor to accept or return it — any the
 * leader or a deputy may decide, and for anyone else those they issued themselves.
 */
export const awaitsDecisionBy = (actor: Actor) => (instruction: Instruction) =>
  instruction.state === 'reported' && mayDecide(instruction, { actor, receiverIds: [] });

/** The report waiting longest first. */
export const byReportTime = (a: Instruction, b: Instruction) =>
  Date.parse(a.report?.at ?? a.updatedAt) - Date.parse(b.report?.at ?? b.updatedAt);
