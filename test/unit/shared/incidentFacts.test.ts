// The facts the printed reports state about an incident, built once: what each fact holds, the
// order the milestones come in, what is left out when it was never recorded, a group complaint's
// results one complainant at a time, and the masking of personal data.
import { describe, expect, it } from 'vitest';
import { defaultPlan } from '@shared/defaultPlan';
import { incidentFacts, levelColour, NO_MASKING, pickFacts, withoutBlanks, type Masking } from '@shared/incidentFacts';
import type { Complaint, Incident } from '@shared/model';
import { maskName, maskPhone } from '@shared/privacy';

const plan = defaultPlan('2026-01-05T09:00:00+08:00');
const people = [{ id: 'owner-1', name: '陈晓' }];

function incident(overrides: Partial<Incident> = {}): Incident {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    mode: 'live',
    number: 'SJ-20261116-0001',
    title: '城东加油站加油数量争议',
    categoryCode: 'fuel-quantity-quality',
    channelCode: 'hotline',
    place: '城东加油站',
    urgency: 'urgent',
    level: 1,
    state: 'closed',
    ownerId: 'owner-1',
    facts: { mediaAttention: true, injury: false, regulatorInvolved: false, repeatComplaint: false, amountAtStake: 300 },
    milestones: {
      receivedAt: '2026-11-16T09:00:00+08:00',
      acceptedAt: '2026-11-16T09:30:00+08:00',
      closedAt: '2026-11-21T10:00:00+08:00',
      gradedAt: '2026-11-16T09:40:00+08:00',
    },
    investigationFindings: '加油机计量误差超标',
    solution: '退还周建华差额并致歉',
    feedback: '已退还差额',
    satisfaction: 'satisfied',
    complainantCount: 1,
    peopleInvolved: 4,
    complainantNames: ['周建华'],
    nextDeadlineAt: null,
    nextDeadlineStage: null,
    createdAt: '2026-11-16T09:00:00+08:00',
    createdBy: 'x',
    updatedAt: '2026-11-21T10:00:00+08:00',
    updatedBy: 'x',
    ...overrides,
  };
}

function complaint(id: string, name: string, phone: string): Complaint {
  return {
    id,
    mode: 'live',
    number: `TS-20261116-000${id.slice(-1)}`,
    incidentId: '00000000-0000-4000-8000-000000000001',
    receivedAt: '2026-11-16T09:00:00+08:00',
    channelCode: 'hotline',
    categoryCode: 'fuel-quantity-quality',
    urgency: 'urgent',
    complainant: { name, phone, idNumber: '11010519491231002X', address: '城东区建设路12号' },
    content: '加油数量不足',
    subject: '加油数量争议',
    expectedResolution: '退还差额',
    place: '城东加油站',
    peopleInvolved: 1,
    facts: { mediaAttention: false, injury: false, regulatorInvolved: false, repeatComplaint: false, amountAtStake: 0 },
    ownerId: 'owner-1',
    createdAt: '2026-11-16T09:00:00+08:00',
    createdBy: 'x',
    updatedAt: '2026-11-16T09:00:00+08:00',
    updatedBy: 'x',
  };
}

const zhou = complaint('00000000-0000-4000-8000-0000000000a1', '周建华', '13812345678');
const qian = complaint('00000000-0000-4000-8000-0000000000a2', '钱芳', '13900002222');
const masked: Masking = { text: (value) => value.replaceAll('周建华', '周**'), name: maskName, phone: maskPhone };

const valueOf = (facts: { key: string; value: unknown }[], key: string) => facts.find((f) => f.key === key)?.value;

describe('incidentFacts', () => {
  it('states the record with keys and plain values, leaving the words to the report', () => {
    const { record } = incidentFacts(incident(), { complaints: [zhou], plan, people });
    expect(record.map((f) => f.key)).toEqual([
      'number',
      'title',
      'level',
      'state',
      'category',
      'channel',
      'urgency',
      'place',
      'people',
      'complaintCount',
      'complainants',
      'owner',
      'planVersion',
    ]);
    expect(valueOf(record, 'number')).toEqual({ kind: 'text', text: 'SJ-20261116-0001' });
    expect(valueOf(record, 'level')).toEqual({ kind: 'level', level: 1, colour: 'red' });
    expect(valueOf(record, 'state')).toEqual({ kind: 'state', state: 'closed' });
    expect(valueOf(record, 'category')).toEqual({ kind: 'named', name: { zh: '加油站数质量', en: 'Fuel quantity / quality' } });
    expect(valueOf(record, 'people')).toEqual({ kind: 'people', count: 4 });
    expect(valueOf(record, 'complaintCount')).toEqual({ kind: 'complaints', count: 1 });
    expect(valueOf(record, 'owner')).toEqual({ kind: 'text', text: '陈晓' });
    expect(valueOf(record, 'planVersion')).toEqual({ kind: 'text', text: '1.0' });
  });

  it('colours a level by its first national grade, and an ungraded incident grey', () => {
    expect(levelColour(1, plan)).toBe('red');
    expect(levelColour(null, plan)).toBe('grey');
    const { record } = incidentFacts(incident({ level: null }), { complaints: [], plan, people });
    expect(valueOf(record, 'level')).toEqual({ kind: 'level', level: null, colour: 'grey' });
  });

  it('keeps a code the plan no longer names, and says "none" for an owner nobody is', () => {
    const { record } = incidentFacts(incident({ categoryCode: 'retired-category', ownerId: 'gone' }), { complaints: [], plan, people });
    expect(valueOf(record, 'category')).toEqual({ kind: 'text', text: 'retired-category' });
    expect(valueOf(record, 'owner')).toEqual({ kind: 'none' });
  });

  it('lists the milestones reached in the order they happen, in the plan’s zone', () => {
    const { times } = incidentFacts(incident(), { complaints: [], plan, people });
    expect(times.map((f) => f.key)).toEqual(['receivedAt', 'acceptedAt', 'gradedAt', 'closedAt']);
    expect(times[0]!.value).toEqual({ kind: 'instant', at: '2026-11-16T09:00:00+08:00', utcOffsetMinutes: 480 });
  });

  it('leaves out of the outcome what was never recorded', () => {
    const { outcome } = incidentFacts(incident({ solution: '', feedback: undefined, satisfaction: undefined }), {
      complaints: [],
      plan,
      people,
    });
    expect(outcome.map((f) => f.key)).toEqual(['findings']);
  });

  it('states a third party and a rejection with their own parts', () => {
    const { outcome } = incidentFacts(
      incident({ escalation: { route: 'mediation', outcome: '调解成功' }, rejection: { kind: 'invalid', reason: '不属受理范围' } }),
      { complaints: [], plan, people },
    );
    expect(valueOf(outcome, 'escalation')).toEqual({ kind: 'escalation', route: 'mediation', outcome: '调解成功' });
    expect(valueOf(outcome, 'rejection')).toEqual({ kind: 'rejection', rejection: 'invalid', reason: '不属受理范围' });
  });

  it('gives one complainant the incident’s feedback and satisfaction', () => {
    const { results } = incidentFacts(incident(), { complaints: [zhou], plan, people });
    expect(results).toEqual([
      { key: 'feedback', value: { kind: 'text', text: '已退还差额' } },
      { key: 'satisfaction', value: { kind: 'satisfaction', satisfaction: 'satisfied' } },
    ]);
  });

  it('gives each complainant of a group complaint a result of their own, named masked', () => {
    const group = incident({
      feedback: undefined,
      satisfaction: undefined,
      complainantResults: [{ complaintId: zhou.id, feedback: '已退还周建华差额 15.6 元', satisfaction: 'satisfied' }],
    });
    const { results } = incidentFacts(group, { complaints: [zhou, qian], plan, people, mask: masked });
    expect(results).toEqual([
      { key: 'complainantResult', of: '周**', value: { kind: 'result', feedback: '已退还周**差额 15.6 元', satisfaction: 'satisfied' } },
      { key: 'complainantResult', of: '钱*', value: { kind: 'result', feedback: null, satisfaction: null } },
    ]);
  });

  it('masks the complainants and the free text when the report asks, and not otherwise', () => {
    const whole = incidentFacts(incident(), { complaints: [zhou], plan, people, mask: NO_MASKING });
    expect(valueOf(whole.record, 'complainants')).toEqual({ kind: 'complainants', people: [{ name: '周建华', phone: '13812345678' }] });
    const hidden = incidentFacts(incident(), { complaints: [zhou], plan, people, mask: masked });
    expect(valueOf(hidden.record, 'complainants')).toEqual({ kind: 'complainants', people: [{ name: '周**', phone: '138****5678' }] });
    expect(valueOf(hidden.outcome, 'solution')).toEqual({ kind: 'text', text: '退还周**差额并致歉' });
    expect(JSON.stringify(hidden)).not.toContain('13812345678');
    expect(JSON.stringify(hidden)).not.toContain('11010519491231002X');
  });
});

describe('picking the facts a report shows', () => {
  const facts = incidentFacts(incident({ place: '' }), { complaints: [], plan, people });

  it('picks in the report’s order and leaves out a key with no fact', () => {
    expect(pickFacts(facts.times, ['closedAt', 'feedbackAt', 'receivedAt']).map((f) => f.key)).toEqual(['closedAt', 'receivedAt']);
  });

  it('keeps the place of a missing fact as "none" where a form wants every line', () => {
    expect(pickFacts(facts.times, ['feedbackAt'], 'none')).toEqual([{ key: 'feedbackAt', value: { kind: 'none' } }]);
  });

  it('drops the facts that would print as an empty cell', () => {
    const kept = withoutBlanks(pickFacts(facts.record, ['number', 'place', 'complainants'])).map((f) => f.key);
    expect(kept).toEqual(['number']);
  });
});
