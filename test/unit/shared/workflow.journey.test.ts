// Whole journeys through the workflow, applied to an incident record the way the repository
// applies them: from registration to closing, through approval, mediation and reopening.
import { describe, expect, it } from 'vitest';
import { isOpen } from '@shared/workflow';
import { actor, give, must, newIncident, refusalOf, type Seat } from './workflowHarness';

const staff = (at: string): Seat => ({ actor: actor('staff'), at });
const leader = (at: string): Seat => ({ actor: actor('leader'), at });

describe('a complaint worked from registration to closing', () => {
  it('runs a level-2 complaint through approval, communication, implementation, feedback and closing', () => {
    const incident = newIncident('2026-11-23T09:00:00+08:00');
    must(incident, { type: 'verify' }, staff('2026-11-23T09:30:00+08:00'));
    must(incident, { type: 'grade', level: 2 }, staff('2026-11-23T09:40:00+08:00'));
    must(incident, { type: 'activateResponse' }, staff('2026-11-23T09:50:00+08:00'));
    must(incident, { type: 'completeInvestigation', findings: '加油机计量误差0.8%' }, staff('2026-11-24T15:00:00+08:00'));
    must(incident, { type: 'submitSolution', solution: '退还差额并致歉' }, staff('2026-11-25T10:00:00+08:00'));
    expect(incident.state).toBe('approval');
    must(incident, { type: 'approveSolution' }, leader('2026-11-25T11:00:00+08:00'));
    incident.communications.push({ party: 'complainant', at: '2026-11-25T13:30:00+08:00' }); // 沟通记录: a phone call with the complainant
    must(incident, { type: 'startImplementation' }, staff('2026-11-25T14:00:00+08:00'));
    must(incident, { type: 'completeImplementation' }, staff('2026-11-26T10:00:00+08:00'));
    must(incident, { type: 'recordFeedback', feedback: '已电话告知结果及原因' }, staff('2026-11-26T11:00:00+08:00'));
    must(incident, { type: 'recordSatisfaction', satisfaction: 'satisfied' }, staff('2026-11-26T11:05:00+08:00'));
    must(incident, { type: 'close' }, staff('2026-11-26T11:10:00+08:00'));

    expect(incident.state).toBe('closed');
    expect(isOpen(incident.state)).toBe(false);
    expect(incident.milestones).toEqual({
      receivedAt: '2026-11-23T09:00:00+08:00',
      acceptedAt: '2026-11-23T09:30:00+08:00',
      gradedAt: '2026-11-23T09:40:00+08:00',
      activatedAt: '2026-11-23T09:50:00+08:00',
      investigationDoneAt: '2026-11-24T15:00:00+08:00',
      solutionReadyAt: '2026-11-25T11:00:00+08:00',
      feedbackAt: '2026-11-26T11:00:00+08:00',
      closedAt: '2026-11-26T11:10:00+08:00',
    });
    expect(incident.timeline).toEqual([
      'verify',
      'grade',
      'activateResponse',
      'completeInvestigation',
      'submitSolution',
      'approveSolution',
      'startImplementation',
      'completeImplementation',
      'recordFeedback',
      'recordSatisfaction',
      'close',
    ]);
    expect(incident).toMatchObject({
      level: 2,
      investigationFindings: '加油机计量误差0.8%',
      solution: '退还差额并致歉',
      feedback: '已电话告知结果及原因',
      satisfaction: 'satisfied',
    });
  });

  it('lets customer service take a level-3 complaint straight from solution to the complainant', () => {
    const incident = newIncident();
    const seat: Seat = { ...staff('2026-11-23T10:00:00+08:00'), suggestedLevel: 3 };
    must(incident, { type: 'verify' }, seat);
    must(incident, { type: 'grade', level: 3 }, seat);
    must(incident, { type: 'activateResponse' }, seat);
    must(incident, { type: 'completeInvestigation', findings: '服务态度问题属实' }, seat);
    must(incident, { type: 'submitSolution', solution: '当面致歉' }, seat);
    expect(incident.state).toBe('communicating');
    expect(incident.milestones.solutionReadyAt).toBe('2026-11-23T10:00:00+08:00');
  });

  it('needs the leader to activate a level-1 response: the operator is refused, the leader succeeds', () => {
    const incident = newIncident();
    must(incident, { type: 'verify' }, staff('2026-11-23T09:10:00+08:00'));
    must(incident, { type: 'grade', level: 1 }, { ...staff('2026-11-23T09:15:00+08:00'), suggestedLevel: 1 });
    expect(incident.milestones.levelOneAt).toBe('2026-11-23T09:15:00+08:00');
    const refused = give(incident, { type: 'activateResponse' }, staff('2026-11-23T09:20:00+08:00'));
    expect(refusalOf(refused).code).toBe('level1-activation-needs-leader');
    expect(incident.state).toBe('graded');
    must(incident, { type: 'activateResponse' }, leader('2026-11-23T09:25:00+08:00'));
    expect(incident.state).toBe('investigating');
    expect(incident.milestones.activatedAt).toBe('2026-11-23T09:25:00+08:00');
  });

  it('sends a returned solution back to be redrafted and approved again', () => {
    const incident = newIncident();
    const at = '2026-11-23T10:00:00+08:00';
    for (const command of [{ type: 'verify' }, { type: 'grade', level: 2 }, { type: 'activateResponse' }] as const)
      must(incident, command, staff(at));
    must(incident, { type: 'completeInvestigation', findings: '属实' }, staff(at));
    must(incident, { type: 'submitSolution', solution: '赔偿100元' }, staff(at));
    must(incident, { type: 'returnSolution', reason: '赔偿标准偏低' }, leader(at));
    expect(incident.state).toBe('solution');
    expect(incident.milestones.solutionReadyAt).toBeUndefined();
    must(incident, { type: 'submitSolution', solution: '赔偿500元' }, staff(at));
    expect(incident.state).toBe('approval');
  });
});

/** An incident already through feedback and waiting for evaluation. */
function evaluatedIncident() {
  const incident = newIncident();
  const at = staff('2026-11-23T10:00:00+08:00');
  must(incident, { type: 'verify' }, at);
  must(incident, { type: 'grade', level: 2 }, at);
  must(incident, { type: 'activateResponse' }, at);
  must(incident, { type: 'completeInvestigation', findings: '属实' }, at);
  must(incident, { type: 'submitSolution', solution: '退款' }, at);
  must(incident, { type: 'approveSolution' }, leader('2026-11-23T11:00:00+08:00'));
  incident.communications.push({ party: 'complainant', at: '2026-11-23T11:30:00+08:00' });
  must(incident, { type: 'startImplementation' }, at);
  must(incident, { type: 'completeImplementation' }, at);
  must(incident, { type: 'recordFeedback', feedback: '已告知' }, staff('2026-11-24T10:00:00+08:00'));
  return incident;
}

describe('an unsatisfied complainant', () => {
  it('cannot be closed on until a mediation outcome is in, then can', () => {
    const incident = evaluatedIncident();
    must(incident, { type: 'recordSatisfaction', satisfaction: 'unsatisfied' }, staff('2026-11-24T11:00:00+08:00'));
    expect(refusalOf(give(incident, { type: 'close' }, staff('2026-11-24T11:05:00+08:00'))).code).toBe('complainant-unsatisfied');

    must(incident, { type: 'escalate', route: 'mediation', reason: '协商未果，申请消协调解' }, staff('2026-11-24T12:00:00+08:00'));
    expect(incident.state).toBe('escalated');
    must(incident, { type: 'resolveEscalation', outcome: '消协调解：退款并补偿200元' }, staff('2026-11-30T12:00:00+08:00'));
    expect(incident.state).toBe('evaluating');
    expect(incident.escalation).toEqual({ route: 'mediation', outcome: '消协调解：退款并补偿200元' });
    must(incident, { type: 'close' }, staff('2026-11-30T12:10:00+08:00'));
    expect(incident.state).toBe('closed');
  });

  it('can instead be reopened: the solution is redone and satisfaction, feedback and closing are asked again', () => {
    const incident = evaluatedIncident();
    must(incident, { type: 'recordSatisfaction', satisfaction: 'unsatisfied' }, staff('2026-11-24T11:00:00+08:00'));
    must(incident, { type: 'reopen', reason: '投诉人不接受退款金额' }, staff('2026-11-24T12:00:00+08:00'));
    expect(incident.state).toBe('solution');
    expect(incident.milestones.reopenedAt).toBe('2026-11-24T12:00:00+08:00');
    expect(incident.milestones.solutionReadyAt).toBeUndefined();
    expect(incident.milestones.feedbackAt).toBeUndefined();
    expect(incident.satisfaction).toBeUndefined();
    expect(incident.feedback).toBeUndefined();
    // what stays: the investigation and the draft to start the new solution from
    expect(incident.investigationFindings).toBe('属实');
    expect(incident.solution).toBe('退款');
  });

  it('after reopening, a third party’s outcome is negotiated, implemented and fed back before the complaint can close', () => {
    const incident = evaluatedIncident();
    must(incident, { type: 'recordSatisfaction', satisfaction: 'satisfied' }, staff('2026-11-24T11:00:00+08:00'));
    must(incident, { type: 'close' }, staff('2026-11-24T11:05:00+08:00'));
    must(incident, { type: 'reopen', reason: '投诉人再次来访' }, staff('2026-11-25T09:00:00+08:00'));
    must(incident, { type: 'submitSolution', solution: '更换产品' }, staff('2026-11-25T10:00:00+08:00'));
    must(incident, { type: 'approveSolution' }, leader('2026-11-25T10:30:00+08:00'));
    must(incident, { type: 'escalate', route: 'arbitration', reason: '双方分歧较大' }, staff('2026-11-25T11:00:00+08:00'));
    must(incident, { type: 'resolveEscalation', outcome: '仲裁裁决更换产品' }, staff('2026-12-01T11:00:00+08:00'));
    expect(incident.state).toBe('communicating');
    incident.communications.push({ party: 'complainant', at: '2026-12-01T14:00:00+08:00' }); // the arbitration's award, agreed
    must(incident, { type: 'startImplementation' }, staff('2026-12-01T15:00:00+08:00'));
    // the old round's feedback does not count: closing is impossible before new feedback
    must(incident, { type: 'completeImplementation' }, staff('2026-12-02T11:00:00+08:00'));
    must(incident, { type: 'recordFeedback', feedback: '已告知仲裁结果并更换' }, staff('2026-12-02T12:00:00+08:00'));
    must(incident, { type: 'recordSatisfaction', satisfaction: 'satisfied' }, staff('2026-12-02T12:10:00+08:00'));
    must(incident, { type: 'close' }, staff('2026-12-02T12:20:00+08:00'));
    expect(incident.milestones.feedbackAt).toBe('2026-12-02T12:00:00+08:00');
  });
});

describe('a rejected complaint', () => {
  it('is no longer open, and can be reinstated with a reason', () => {
    const incident = newIncident();
    must(incident, { type: 'reject', kind: 'invalid', reason: '不属于本单位受理范围' }, staff('2026-11-23T09:30:00+08:00'));
    expect(incident.state).toBe('rejected');
    expect(isOpen(incident.state)).toBe(false);
    expect(incident.rejection).toEqual({ kind: 'invalid', reason: '不属于本单位受理范围' });
    must(incident, { type: 'reinstate', reason: '复核后属本单位范围' }, staff('2026-11-23T10:00:00+08:00'));
    expect(incident.state).toBe('verified');
    expect(isOpen(incident.state)).toBe(true);
    expect(incident.rejection).toBeUndefined();
  });
});

describe('the leading group’s level-1 decisions', () => {
  it('cannot be bypassed by lowering a level-1 incident, activating it and raising it again', () => {
    const incident = newIncident();
    must(incident, { type: 'verify' }, staff('2026-11-23T09:10:00+08:00'));
    must(incident, { type: 'grade', level: 1, reason: '记者到场' }, staff('2026-11-23T09:20:00+08:00'));
    const lowered = give(incident, { type: 'regrade', level: 2, reason: '先按二级处置' }, staff('2026-11-23T09:25:00+08:00'));
    expect(lowered.ok ? 'lowered' : lowered.refusal.code).toBe('level1-regrade-needs-leader');
    expect(incident.level).toBe(1);
    must(incident, { type: 'activateResponse' }, leader('2026-11-23T09:30:00+08:00'));
    const raisedLater = newIncident();
    must(raisedLater, { type: 'verify' }, staff('2026-11-23T09:10:00+08:00'));
    must(raisedLater, { type: 'grade', level: 2, reason: '涉及多个部门' }, staff('2026-11-23T09:20:00+08:00'));
    must(raisedLater, { type: 'activateResponse' }, staff('2026-11-23T09:30:00+08:00'));
    const raised = give(raisedLater, { type: 'regrade', level: 1, reason: '媒体曝光' }, staff('2026-11-23T10:00:00+08:00'));
    expect(raised.ok ? 'raised' : raised.refusal.code).toBe('level1-regrade-needs-leader');
    must(raisedLater, { type: 'regrade', level: 1, reason: '媒体曝光' }, leader('2026-11-23T10:05:00+08:00'));
    expect(raisedLater.level).toBe(1);
  });

  it('does not let an earlier mediation outcome close a case the complainant is again unhappy with', () => {
    const incident = evaluatedIncident();
    must(incident, { type: 'escalate', route: 'mediation', reason: '双方分歧' }, staff('2026-11-24T10:00:00+08:00'));
    must(incident, { type: 'resolveEscalation', outcome: '消协调解达成一致' }, staff('2026-11-24T15:00:00+08:00'));
    must(incident, { type: 'recordSatisfaction', satisfaction: 'unsatisfied' }, staff('2026-11-25T09:00:00+08:00'));
    const closing = give(incident, { type: 'close' }, staff('2026-11-25T09:10:00+08:00'));
    expect(closing.ok ? 'closed' : closing.refusal.code).toBe('complainant-unsatisfied');
  });
});
