// Instructions (指令 → 签收 → 反馈): every transition, who may give it, what it refuses, and when
// an instruction is overdue.
import { describe, expect, it } from 'vitest';
import type { Instruction, InstructionState } from '@shared/command';
import { INSTRUCTION_STATES } from '@shared/command';
import {
  INSTRUCTION_COMMANDS,
  inboxGroupOf,
  instructionCommandsFor,
  instructionOverdue,
  instructionReceivers,
  instructionTransition,
  OPEN_INSTRUCTION_STATES,
  validateNewInstruction,
  type InstructionCommand,
  type InstructionCommandType,
  type InstructionContext,
} from '@shared/instructions';
import type { Actor, Role } from '@shared/model';

const person = (id: string, role: Role = 'member'): Actor => ({ id, name: `${id}-name`, role });
const ISSUER = person('issuer', 'staff');
const LEAD = person('team-lead');
const MEMBER = person('team-member', 'staff');
const OUTSIDER = person('outsider', 'member');
const DEPUTY = person('deputy', 'deputy');
const RECEIVERS = [LEAD.id, MEMBER.id];
const DEADLINE = '2026-11-23T10:30:00+08:00';
const DEADLINE_MS = Date.parse(DEADLINE);
const AT = '2026-11-23T10:10:00+08:00';

function instruction(state: InstructionState = 'issued', overrides: Partial<Instruction> = {}): Instruction {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    mode: 'live',
    incidentId: 'incident',
    teamId: 'team',
    assigneeId: null,
    content: '收集事件时间、地点、人员和诉求',
    priority: 'urgent',
    deadline: DEADLINE,
    state,
    issuedAt: '2026-11-23T10:00:00+08:00',
    issuedBy: ISSUER.id,
    issuedByName: ISSUER.name,
    progress: [],
    updatedAt: '2026-11-23T10:00:00+08:00',
    updatedBy: ISSUER.id,
    ...overrides,
  };
}
const ctx = (actor: Actor): InstructionContext => ({ actor, receiverIds: RECEIVERS });
const VALID: { [K in InstructionCommandType]: Extract<InstructionCommand, { type: K }> } = {
  sign: { type: 'sign' },
  progress: { type: 'progress', text: '已联系现场负责人' },
  report: { type: 'report', text: '时间、地点、人员和诉求已核实，见附件' },
  accept: { type: 'accept' },
  return: { type: 'return', reason: '缺少涉及人数' },
  cancel: { type: 'cancel', reason: '事件已办结，不再需要' },
};
/** Written from the plan's flow, not read from the machine. */
const ALLOWED: Record<InstructionCommandType, InstructionState[]> = {
  sign: ['issued'],
  progress: ['signed', 'in-progress', 'returned'],
  report: ['signed', 'in-progress', 'returned'],
  accept: ['reported'],
  return: ['reported'],
  cancel: ['issued', 'signed', 'in-progress', 'reported', 'returned'],
};
const actorFor = (type: InstructionCommandType) => (type === 'accept' || type === 'return' ? ISSUER : LEAD);
const refusal = (state: InstructionState, command: InstructionCommand, actor: Actor) => {
  const result = instructionTransition(instruction(state), command, ctx(actor));
  return result.ok ? null : result.refusal;
};
const run = (i: Instruction, command: InstructionCommand, actor: Actor) => {
  const result = instructionTransition(i, command, ctx(actor));
  if (!result.ok) throw new Error(result.refusal.code);
  return result.value.apply(i, AT, actor);
};

describe('the instruction state machine', () => {
  it('allows each command in exactly the states the flow names, and refuses it elsewhere with the state', () => {
    for (const state of INSTRUCTION_STATES)
      for (const type of [...INSTRUCTION_COMMANDS, 'cancel'] as const) {
        const result = instructionTransition(instruction(state), VALID[type], ctx(actorFor(type)));
        if (ALLOWED[type].includes(state)) expect(result.ok, `${type} from ${state}`).toBe(true);
        else
          expect(refusal(state, VALID[type], actorFor(type)), `${type} from ${state}`).toEqual({
            code: 'not-allowed-in-state',
            params: { state, command: type },
          });
      }
  });

  it('goes issued → signed → in progress → reported → accepted, recording who and when', () => {
    let i = run(instruction(), VALID.sign, LEAD);
    expect(i).toMatchObject({ state: 'signed', signedAt: AT, signedBy: LEAD.id });
    i = run(i, VALID.progress, MEMBER);
    expect(i.state).toBe('in-progress');
    expect(i.progress).toEqual([{ at: AT, by: MEMBER.id, byName: MEMBER.name, text: '已联系现场负责人' }]);
    i = run(i, { type: 'progress', text: '  第二次续报  ' }, LEAD);
    expect(i.progress.map((p) => p.text)).toEqual(['已联系现场负责人', '第二次续报']);
    i = run(i, VALID.report, LEAD);
    expect(i).toMatchObject({ state: 'reported', report: { by: LEAD.id, text: VALID.report.text } });
    i = run(i, VALID.accept, ISSUER);
    expect(i).toMatchObject({ state: 'accepted', decidedAt: AT });
  });

  it('lets the receiver report straight after signing, and work again after a return', () => {
    let i = run(run(instruction(), VALID.sign, LEAD), VALID.report, LEAD);
    i = run(i, VALID.return, ISSUER);
    expect(i).toMatchObject({ state: 'returned', returnReason: '缺少涉及人数' });
    expect(run(i, VALID.progress, MEMBER).state).toBe('in-progress');
    expect(run(i, VALID.report, MEMBER).state).toBe('reported');
  });

  it('names the timeline entry of each transition', () => {
    const kinds = INSTRUCTION_COMMANDS.map((type) => {
      const result = instructionTransition(instruction(ALLOWED[type][0]), VALID[type], ctx(actorFor(type)));
      return result.ok && result.value.kind;
    });
    expect(kinds).toEqual([
      'instruction-signed',
      'instruction-progress',
      'instruction-reported',
      'instruction-accepted',
      'instruction-returned',
    ]);
  });

  it('refuses a sign, progress or report by anyone outside the receiving team, even a leader', () => {
    for (const actor of [OUTSIDER, ISSUER, person('boss', 'leader')]) {
      expect(refusal('issued', VALID.sign, actor)?.code).toBe('instruction-not-receiver');
      expect(refusal('signed', VALID.progress, actor)?.code).toBe('instruction-not-receiver');
      expect(refusal('in-progress', VALID.report, actor)?.code).toBe('instruction-not-receiver');
    }
  });

  it('lets a personally assigned receiver sign', () => {
    const mine = instruction('issued', { teamId: null, assigneeId: OUTSIDER.id });
    const receivers = instructionReceivers(mine, undefined);
    expect(receivers).toEqual([OUTSIDER.id]);
    expect(instructionTransition(mine, VALID.sign, { actor: OUTSIDER, receiverIds: receivers }).ok).toBe(true);
    expect(instructionReceivers({ assigneeId: 'x' }, { leadId: 'l', memberIds: ['m', 'l'] }).sort()).toEqual(['l', 'm', 'x']);
  });

  it('refuses a progress or report without text', () => {
    expect(refusal('signed', { type: 'progress', text: '  ' }, LEAD)?.code).toBe('text-required');
    expect(refusal('returned', { type: 'report', text: '' }, LEAD)?.code).toBe('text-required');
  });

  it('lets only the issuer, the leader or a deputy accept or return, and a return needs a reason', () => {
    for (const actor of [LEAD, OUTSIDER, MEMBER]) {
      expect(refusal('reported', VALID.accept, actor)?.code).toBe('instruction-not-issuer');
      expect(refusal('reported', VALID.return, actor)?.code).toBe('instruction-not-issuer');
    }
    expect(refusal('reported', VALID.accept, DEPUTY)).toBeNull();
    expect(refusal('reported', VALID.return, person('boss', 'leader'))).toBeNull();
    expect(refusal('reported', { type: 'return', reason: ' ' }, ISSUER)?.code).toBe('reason-required');
  });

  it('refuses a progress note, a report, a return reason or an acceptance note longer than the limit, and takes one at it', () => {
    const long = (n: number) => '核'.repeat(n);
    expect(refusal('signed', { type: 'progress', text: long(2001) }, LEAD)).toEqual({ code: 'text-too-long', params: { max: '2000' } });
    expect(refusal('signed', { type: 'progress', text: long(2000) }, LEAD)).toBeNull();
    expect(refusal('in-progress', { type: 'report', text: long(5001) }, MEMBER)).toEqual({
      code: 'text-too-long',
      params: { max: '5000' },
    });
    expect(refusal('in-progress', { type: 'report', text: `  ${long(5000)}  ` }, MEMBER)).toBeNull();
    expect(refusal('reported', { type: 'return', reason: long(2001) }, ISSUER)).toEqual({
      code: 'reason-too-long',
      params: { max: '2000' },
    });
    expect(refusal('reported', { type: 'accept', note: long(2001) }, ISSUER)).toEqual({ code: 'note-too-long', params: { max: '2000' } });
    // Who may act is still decided first: an outsider hears that, not the length.
    expect(refusal('signed', { type: 'progress', text: long(2001) }, OUTSIDER)?.code).toBe('instruction-not-receiver');
  });

  it('offers each person only the commands they may give now', () => {
    expect(instructionCommandsFor(instruction('issued'), ctx(LEAD))).toEqual(['sign']);
    expect(instructionCommandsFor(instruction('issued'), ctx(ISSUER))).toEqual([]);
    expect(instructionCommandsFor(instruction('signed'), ctx(MEMBER))).toEqual(['progress', 'report']);
    expect(instructionCommandsFor(instruction('reported'), ctx(ISSUER))).toEqual(['accept', 'return']);
    expect(instructionCommandsFor(instruction('accepted'), ctx(ISSUER))).toEqual([]);
  });

  it('groups states for the inbox and counts everything but accepted as open', () => {
    expect(INSTRUCTION_STATES.map(inboxGroupOf)).toEqual(['to-sign', 'working', 'working', 'reported', 'done', 'working', 'done']);
    expect(OPEN_INSTRUCTION_STATES).not.toContain('accepted');
    expect(OPEN_INSTRUCTION_STATES).not.toContain('cancelled');
    expect(OPEN_INSTRUCTION_STATES).toHaveLength(INSTRUCTION_STATES.length - 2);
  });
});

describe('overdue instructions', () => {
  it('are not overdue exactly at the deadline, and are one millisecond after', () => {
    expect(instructionOverdue(instruction('issued'), DEADLINE_MS, true)).toBeNull();
    expect(instructionOverdue(instruction('issued'), DEADLINE_MS + 1, true)).toBe('unsigned');
  });

  it('are unfinished when signed, in progress or returned past the deadline', () => {
    for (const state of ['signed', 'in-progress', 'returned'] as const)
      expect(instructionOverdue(instruction(state), DEADLINE_MS + 60_000, true), state).toBe('unfinished');
  });

  it('are never overdue once reported, accepted or cancelled', () => {
    for (const state of ['reported', 'accepted', 'cancelled'] as const)
      expect(instructionOverdue(instruction(state), DEADLINE_MS + 86_400_000, true)).toBeNull();
  });

  it('run no clock once their incident is closed, even never signed', () => {
    for (const state of ['issued', 'signed', 'in-progress', 'returned'] as const)
      expect(instructionOverdue(instruction(state), DEADLINE_MS + 86_400_000, false), state).toBeNull();
  });

  it('are cancelled with the reason on the record, from any open state', () => {
    const result = instructionTransition(instruction('issued'), { type: 'cancel', reason: ' 事件已关闭 ' }, ctx(ISSUER));
    if (!result.ok) throw new Error(result.refusal.code);
    expect(result.value.kind).toBe('instruction-cancelled');
    expect(result.value.apply(instruction('issued'), '2026-11-24T10:00:00+08:00', ISSUER)).toMatchObject({
      state: 'cancelled',
      cancelledAt: '2026-11-24T10:00:00+08:00',
      cancelReason: '事件已关闭',
    });
    expect(instructionTransition(instruction('signed'), { type: 'cancel', reason: ' ' }, ctx(ISSUER))).toEqual({
      ok: false,
      refusal: { code: 'reason-required' },
    });
  });
});

describe('a new instruction', () => {
  const now = Date.parse('2026-11-23T10:00:00+08:00');
  const good = { content: '准备接待场地', deadline: '2026-11-23T11:00:00+08:00', teamId: 'team', assigneeId: null };

  it('may be issued with a receiver, content and a future deadline (team, person or both)', () => {
    expect(validateNewInstruction(good, now)).toEqual([]);
    expect(validateNewInstruction({ ...good, teamId: null, assigneeId: 'p' }, now)).toEqual([]);
    expect(validateNewInstruction({ ...good, assigneeId: 'p', deadline: now + 1 }, now)).toEqual([]);
  });

  it('is refused without a receiver, without content, or with a deadline not in the future', () => {
    expect(validateNewInstruction({ ...good, teamId: null }, now)).toEqual([{ field: 'receiver', code: 'receiver-required' }]);
    expect(validateNewInstruction({ ...good, content: '  ' }, now)).toEqual([{ field: 'content', code: 'content-required' }]);
    expect(validateNewInstruction({ ...good, deadline: now }, now)).toEqual([{ field: 'deadline', code: 'deadline-not-future' }]);
    expect(validateNewInstruction({ ...good, deadline: '2026-11-23T09:00:00+08:00' }, now)).toEqual([
      { field: 'deadline', code: 'deadline-not-future' },
    ]);
    expect(validateNewInstruction({ ...good, deadline: null }, now)).toEqual([{ field: 'deadline', code: 'deadline-invalid' }]);
    expect(validateNewInstruction({ content: '', deadline: 'not a date', teamId: null, assigneeId: null }, now).map((p) => p.code)).toEqual(
      ['receiver-required', 'content-required', 'deadline-invalid'],
    );
  });

  it('is refused when the content runs past 2000 characters, and may be issued at 2000', () => {
    expect(validateNewInstruction({ ...good, content: '准'.repeat(2001) }, now)).toEqual([{ field: 'content', code: 'content-too-long' }]);
    expect(validateNewInstruction({ ...good, content: '准'.repeat(2000) }, now)).toEqual([]);
  });
});
