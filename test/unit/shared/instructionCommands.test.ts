// Instruction commands as pure decisions: what each refuses (and then writes nothing), and the
// rows and entries it gives when it goes ahead.
import { describe, expect, it } from 'vitest';
import type { Stamp } from '@shared/commandKit';
import type { Instruction } from '@shared/command';
import { defaultPlan } from '@shared/defaultPlan';
import {
  decideCancelInstructions,
  decideEscalate,
  decideIssue,
  decideIssueStandard,
  decideReportWork,
  decideStep,
  instructionSteps,
  newInstructionErrors,
} from '@shared/instructionCommands';
import type { Actor, Incident, Team } from '@shared/model';
import { SAMPLE_TEAMS } from '@shared/sampleOrganisation';

const NOW = Date.parse('2026-11-23T10:00:00+08:00');
const LEADER: Actor = { id: 'a1000000-0000-4000-8000-000000000001', name: '王建国', role: 'leader' };
const INFO_LEAD: Actor = { id: 'a1000000-0000-4000-8000-000000000003', name: '张丽', role: 'member' };
const teams: Team[] = SAMPLE_TEAMS.map((team) => ({ ...team, sample: true, updatedAt: '2026-01-05T09:00:00+08:00', updatedBy: 'system' }));
const INFO = teams.find((team) => team.code === 'information')!;
const plan = defaultPlan('2026-01-05T09:00:00+08:00');

function stampFor(actor: Actor, nowMs = NOW): Stamp {
  let n = 0;
  return {
    actor,
    at: new Date(nowMs).toISOString(),
    nowMs,
    utcOffsetMinutes: 480,
    mode: 'live',
    newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  };
}

function incident(overrides: Partial<Incident> = {}): Incident {
  return {
    id: 'incident-1',
    mode: 'live',
    number: 'SJ-20261123-0001',
    title: '城东加油站加油数量争议',
    categoryCode: 'fuel-quantity-quality',
    channelCode: 'hotline',
    place: '城东加油站',
    urgency: 'urgent',
    level: 1,
    state: 'investigating',
    ownerId: 'x',
    facts: { mediaAttention: true, injury: false, regulatorInvolved: false, repeatComplaint: false, amountAtStake: 300 },
    milestones: { receivedAt: '2026-11-23T09:00:00+08:00', activatedAt: '2026-11-23T09:40:00+08:00' },
    complainantCount: 1,
    peopleInvolved: 1,
    complainantNames: ['周建华'],
    nextDeadlineAt: null,
    nextDeadlineStage: null,
    planVersionId: plan.id,
    createdAt: '2026-11-23T09:00:00+08:00',
    createdBy: 'x',
    updatedAt: '2026-11-23T09:40:00+08:00',
    updatedBy: 'x',
    ...overrides,
  } as Incident;
}

function instruction(overrides: Partial<Instruction> = {}): Instruction {
  return {
    id: '00000000-0000-4000-8000-0000000000aa',
    mode: 'live',
    incidentId: 'incident-1',
    teamId: INFO.id,
    assigneeId: null,
    content: '收集事件时间、地点、人员和诉求',
    priority: 'urgent',
    deadline: '2026-11-23T10:30:00+08:00',
    state: 'issued',
    issuedAt: '2026-11-23T09:45:00+08:00',
    issuedBy: LEADER.id,
    issuedByName: LEADER.name,
    progress: [],
    updatedAt: '2026-11-23T09:45:00+08:00',
    updatedBy: LEADER.id,
    ...overrides,
  };
}

const closed = incident({ state: 'closed' });

describe('issuing an instruction', () => {
  const args = {
    incidentId: 'incident-1',
    teamId: INFO.id,
    assigneeId: null,
    content: ' 核实现场人数 ',
    priority: 'high' as const,
    deadline: '2026-11-23T11:00:00+08:00',
  };

  it('issues it with the receiver and the deadline on its timeline entry', () => {
    const decision = decideIssue({ incident: incident(), team: INFO }, args, stampFor(LEADER));
    expect(decision.ok).toBe(true);
    if (!decision.ok) return;
    expect(decision.value.value).toMatchObject({ state: 'issued', content: '核实现场人数', issuedBy: LEADER.id, mode: 'live' });
    expect(decision.value.writes).toEqual([{ put: 'instructions', row: decision.value.value }]);
    expect(decision.value.timeline).toEqual([
      {
        incidentId: 'incident-1',
        kind: 'instruction-issued',
        note: '核实现场人数',
        params: { receiver: '信息收集组', receiverEn: 'Information team', deadline: '2026-11-23 11:00' },
      },
    ]);
  });

  it('refuses one for a closed incident, naming it', () => {
    expect(decideIssue({ incident: closed, team: INFO }, args, stampFor(LEADER))).toEqual({
      ok: false,
      error: { code: 'instruction-incident-closed', params: { number: closed.number } },
    });
  });

  it('refuses a receiving team that no longer exists', () => {
    const decision = decideIssue({ incident: incident() }, args, stampFor(LEADER));
    expect(decision.ok ? 'issued' : decision.error.code).toBe('instruction-team-missing');
  });

  it('marks each field of the form that is wrong', () => {
    expect(newInstructionErrors({ teamId: null, assigneeId: null, content: ' ', deadline: NOW }, NOW)).toEqual({
      receiver: 'instructions.refusal.receiver-required',
      content: 'instructions.refusal.content-required',
      deadline: 'instructions.refusal.deadline-not-future',
    });
  });
});

describe('issuing the standard instructions', () => {
  const seen = { incident: incident(), plans: [plan], teams, issuedCodes: [] as string[] };

  it('issues every one not yet issued, each to its team, due from now', () => {
    const decision = decideIssueStandard(seen, { incidentId: 'incident-1' }, stampFor(LEADER));
    if (!decision.ok) throw new Error(decision.error.code);
    const facts = decision.value.value.find((i) => i.standardCode === 'collect-facts')!;
    expect(facts).toMatchObject({ teamId: INFO.id, deadline: '2026-11-23T10:30:00+08:00' });
    expect(decision.value.writes).toHaveLength(decision.value.value.length);
    expect(decision.value.timeline.every((e) => e.kind === 'instruction-issued')).toBe(true);
  });

  it('refuses before the response is activated, after all are issued, and on a closed incident', () => {
    const code = (s: typeof seen) => {
      const decision = decideIssueStandard(s, { incidentId: 'incident-1' }, stampFor(LEADER));
      return decision.ok ? 'issued' : decision.error.code;
    };
    expect(code({ ...seen, incident: incident({ milestones: { receivedAt: '2026-11-23T09:00:00+08:00' } }) })).toBe(
      'response-not-activated',
    );
    expect(code({ ...seen, issuedCodes: plan.standardInstructions.map((s) => s.code) })).toBe('standard-already-issued');
    expect(code({ ...seen, incident: closed })).toBe('instruction-incident-closed');
    expect(code({ ...seen, plans: [] })).toBe('instruction-plan-missing');
  });
});

describe('working an instruction', () => {
  const step = (seenIncident: Incident, actor: Actor) =>
    decideStep(
      { instruction: instruction(), incident: seenIncident, team: INFO },
      { instructionId: 'x', command: { type: 'sign' } },
      stampFor(actor),
    );

  it('signs for the receiving team, with its entry', () => {
    const decision = step(incident(), INFO_LEAD);
    if (!decision.ok) throw new Error(decision.error.code);
    expect(decision.value.value).toMatchObject({ state: 'signed', signedBy: INFO_LEAD.id, updatedBy: INFO_LEAD.id });
    expect(decision.value.timeline.map((e) => e.kind)).toEqual(['instruction-signed']);
  });

  it('refuses signing an instruction of a closed incident and writes nothing', () => {
    const decision = step(closed, INFO_LEAD);
    expect(decision).toEqual({ ok: false, error: { code: 'instruction-incident-closed', params: { number: closed.number } } });
  });

  it('refuses an instruction that no longer exists', () => {
    const decision = decideStep(
      { instruction: undefined, incident: undefined },
      { instructionId: 'x', command: { type: 'sign' } },
      stampFor(INFO_LEAD),
    );
    expect(decision.ok ? 'signed' : decision.error.code).toBe('instruction-not-found');
  });

  it('refuses the whole of several steps when one is refused', () => {
    const decision = instructionSteps(
      instruction(),
      [{ type: 'sign' }, { type: 'report', text: ' ' }],
      { team: INFO },
      stampFor(INFO_LEAD),
    );
    expect(decision.ok ? 'done' : decision.error.code).toBe('text-required');
  });

  it('reports work done as progress, signing first, writing the instruction once', () => {
    const decision = decideReportWork(
      { instruction: instruction(), incident: incident(), team: INFO },
      { instructionId: 'x', text: '已核实' },
      stampFor(INFO_LEAD),
    );
    if (!decision.ok) throw new Error(decision.error.code);
    expect(decision.value.writes).toHaveLength(1);
    expect(decision.value.value).toMatchObject({ state: 'in-progress', signedBy: INFO_LEAD.id, progress: [{ text: '已核实' }] });
    expect(decision.value.timeline.map((e) => e.kind)).toEqual(['instruction-signed', 'instruction-progress']);
  });

  it('refuses reporting work on a closed incident', () => {
    const decision = decideReportWork(
      { instruction: instruction(), incident: closed, team: INFO },
      { instructionId: 'x', text: '已核实' },
      stampFor(INFO_LEAD),
    );
    expect(decision.ok ? 'reported' : decision.error.code).toBe('instruction-incident-closed');
  });
});

describe('withdrawing instructions as the incident closes', () => {
  it('cancels each with the reason, or refuses all without one', () => {
    const open = [{ instruction: instruction(), team: INFO }, { instruction: instruction({ id: 'second', state: 'signed' }) }];
    const decision = decideCancelInstructions(open, '投诉人已满意', stampFor(LEADER));
    if (!decision.ok) throw new Error(decision.error.code);
    expect(decision.value.value.map((i) => [i.state, i.cancelReason])).toEqual([
      ['cancelled', '投诉人已满意'],
      ['cancelled', '投诉人已满意'],
    ]);
    expect(decision.value.timeline.map((e) => e.kind)).toEqual(['instruction-cancelled', 'instruction-cancelled']);
    const refused = decideCancelInstructions(open, ' ', stampFor(LEADER));
    expect(refused.ok ? 'cancelled' : refused.error.code).toBe('reason-required');
  });
});

describe('escalating overdue instructions', () => {
  const later = NOW + 60 * 60_000;

  it('escalates the overdue ones of open incidents once and passes over a closed incident’s', () => {
    const candidates = [
      { instruction: instruction(), incident: incident(), team: INFO },
      { instruction: instruction({ id: 'closed-one', incidentId: 'incident-2' }), incident: closed, team: INFO },
      { instruction: instruction({ id: 'done-before', escalatedAt: '2026-11-23T10:31:00+08:00' }), incident: incident(), team: INFO },
    ];
    const decision = decideEscalate({ candidates }, { nowMs: later }, stampFor(LEADER, later));
    if (!decision.ok) throw new Error(decision.error.code);
    expect(decision.value.value.map((e) => [e.instruction.id, e.overdue, e.receiver])).toEqual([
      [instruction().id, 'unsigned', '信息收集组'],
    ]);
    expect(decision.value.timeline).toEqual([
      {
        incidentId: 'incident-1',
        kind: 'instruction-overdue',
        params: {
          receiver: '信息收集组',
          receiverEn: 'Information team',
          issuer: LEADER.name,
          deadline: '2026-11-23 10:30',
          context: 'unsigned',
        },
      },
    ]);
  });
});
