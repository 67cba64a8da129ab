// The workflow step as a pure decision: the machine decides on the rows it is shown, closing
// withdraws the open instructions in the same decision, and the same step on the same rows gives
// the same writes.
import { describe, expect, it } from 'vitest';
import { officialCalendar } from '@shared/calendar';
import type { Instruction } from '@shared/command';
import type { Decision, Stamp } from '@shared/commandKit';
import { defaultPlan } from '@shared/defaultPlan';
import { decidePersonalDataViewed, decideWorkflowStep, workflowArgs, type WorkflowSeen } from '@shared/incidentCommands';
import type { Communication, Incident, Team } from '@shared/model';
import { quickPathSteps } from '@shared/quickPath';
import { decideRegistrations } from '@shared/registrationCommands';
import type { Command } from '@shared/workflow';
import { NOW, registration, STAFF } from '../../fixtures/database';

const AT = '2026-11-23T10:00:00+08:00';
const plan = defaultPlan('2026-01-01T00:00:00+08:00');
const smallMatter = registration({ categoryCode: 'service-quality', facts: { ...registration().facts, amountAtStake: 12 } });

function stampOf(): Stamp {
  let n = 0;
  return { actor: STAFF, at: AT, nowMs: NOW, utcOffsetMinutes: 480, mode: 'live', newId: () => `id-${++n}` };
}
const value = <T>(decision: Decision<T>) => {
  if (!decision.ok) throw new Error(decision.error.code);
  return decision.value;
};

const registered = value(
  decideRegistrations(
    { plans: [plan], seatPlan: plan, calendar: officialCalendar, counters: {}, attached: {} },
    { inputs: [smallMatter] },
    stampOf(),
  ),
).value.saved[0]!;
const talk = {
  id: 'talk',
  mode: 'live',
  incidentId: registered.incident.id,
  at: AT,
  channel: 'visit',
  party: 'complainant',
  person: '周先生',
  summary: '已说明',
  outcome: '',
  createdBy: STAFF.id,
  updatedAt: AT,
} as Communication;
const team = { id: 'team-1', name: { zh: '宣传组', en: 'Publicity' }, memberIds: [] as string[] } as unknown as Team;
const openInstruction = {
  id: 'ins-1',
  incidentId: registered.incident.id,
  teamId: team.id,
  assigneeId: null,
  state: 'signed',
  content: '发布声明',
} as Instruction;

const seenOf = (incident: Incident | undefined, over: Partial<WorkflowSeen> = {}): WorkflowSeen => ({
  incident,
  complaints: [registered.complaint],
  communications: [talk],
  openInstructions: [],
  receivers: {},
  book: { plan, plans: [plan] },
  calendar: officialCalendar,
  ...over,
});
const step = (incident: Incident, command: Command, over: Partial<WorkflowSeen> = {}) =>
  decideWorkflowStep(seenOf(incident, over), { incidentId: incident.id, command }, stampOf());

/** The incident walked through every stage up to closing, each step on the incident the one before produced. */
function evaluating(): Incident {
  const steps = quickPathSteps({
    outcome: { result: '当场退款', feedback: '已说明原因并退款', satisfaction: 'satisfied' },
    suggestedLevel: 3,
    context: { actor: STAFF, approvalLevels: plan.approvalLevels },
  });
  if (!steps.ok) throw new Error(steps.refusal.code);
  let incident = registered.incident;
  for (const s of steps.steps) if (s.kind === 'command' && s.command.type !== 'close') incident = value(step(incident, s.command)).value;
  return incident;
}

describe('deciding a workflow step', () => {
  it('moves the incident and says what goes on the timeline', () => {
    const verified = value(step(registered.incident, { type: 'verify', note: '属实' }));
    expect(verified.value).toMatchObject({ state: 'verified', updatedAt: AT, updatedBy: STAFF.id });
    expect(verified.writes).toEqual([{ put: 'incidents', row: verified.value }]);
    expect(verified.timeline).toEqual([
      { incidentId: registered.incident.id, kind: 'verify', from: 'registered', to: 'verified', note: '属实' },
    ]);
  });

  it('refuses what the machine refuses, and an incident that is not there', () => {
    expect(step(registered.incident, { type: 'close' })).toMatchObject({ ok: false, error: { code: 'not-allowed-in-state' } });
    expect(decideWorkflowStep(seenOf(undefined), { incidentId: 'gone', command: { type: 'verify' } }, stampOf())).toEqual({
      ok: false,
      error: { code: 'incident-not-found' },
    });
  });

  it('refuses to close over an open instruction without a reason, and withdraws it with one', () => {
    const ready = evaluating();
    expect(ready.state).toBe('evaluating');
    const withInstruction = { openInstructions: [openInstruction], receivers: { [openInstruction.id]: { team } } };
    expect(step(ready, { type: 'close' }, withInstruction)).toEqual({
      ok: false,
      error: { code: 'open-instructions', params: { count: 1 } },
    });
    const closed = value(step(ready, { type: 'close', cancelReason: '当场已办结' }, withInstruction));
    expect(closed.value.state).toBe('closed');
    expect(closed.writes[1]).toMatchObject({
      put: 'instructions',
      row: { id: 'ins-1', state: 'cancelled', cancelReason: '当场已办结', updatedBy: STAFF.id },
    });
    expect(closed.timeline.map((e) => e.kind)).toEqual(['close', 'instruction-cancelled']);
    expect(closed.timeline[1]!.params).toEqual({ receiver: '宣传组', receiverEn: 'Publicity' });
  });

  it('takes a screen’s command as it is typed, leaving a missing reason to the machine’s own sentence', () => {
    expect(workflowArgs.safeParse({ incidentId: 'x', command: { type: 'reject', kind: 'invalid', reason: '' } }).success).toBe(true);
    expect(workflowArgs.safeParse({ incidentId: 'x', command: { type: 'fly' } }).success).toBe(false);
  });

  it('records that personal data was opened, on the incident’s timeline only', () => {
    expect(value(decidePersonalDataViewed(null, { incidentId: 'i-1', complaint: 'TS-20261123-0001' }))).toEqual({
      value: undefined,
      writes: [],
      timeline: [{ incidentId: 'i-1', kind: 'personal-data-viewed', params: { complaint: 'TS-20261123-0001' } }],
    });
  });
});
