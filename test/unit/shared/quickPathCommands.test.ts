// 登记并当场办结 as one decision composed of the registration, the communication and the workflow
// decisions: each on the rows the one before produced, every row written once as last left, and a
// refusal anywhere decides no write at all.
import { describe, expect, it } from 'vitest';
import { officialCalendar } from '@shared/calendar';
import type { Stamp } from '@shared/commandKit';
import { defaultPlan } from '@shared/defaultPlan';
import { decideQuickPath, type QuickPathSeen } from '@shared/quickPathCommands';
import { NOW, registration, STAFF } from '../../fixtures/database';

const AT = '2026-11-23T10:00:00+08:00';
const plan = defaultPlan('2026-01-01T00:00:00+08:00');
const seen: QuickPathSeen = {
  plans: [plan],
  seatPlan: plan,
  calendar: officialCalendar,
  counters: { 'TS-20261123': 4, 'SJ-20261123': 1 },
  attached: {},
};
const outcome = { result: '当场核对小票，退还多收的 12 元。', feedback: '已说明原因并退款，投诉人接受。', satisfaction: 'satisfied' };
const smallMatter = { ...registration({ categoryCode: 'service-quality', facts: { ...registration().facts, amountAtStake: 12 } }) };

function stampOf(): Stamp {
  let n = 0;
  return { actor: STAFF, at: AT, nowMs: NOW, utcOffsetMinutes: 480, mode: 'live', newId: () => `id-${++n}` };
}

describe('deciding registration and settlement on the spot', () => {
  it('registers, talks and closes in one decision, writing each row once as the last step left it', () => {
    const decision = decideQuickPath(seen, { registration: smallMatter, outcome }, stampOf());
    if (!decision.ok) throw new Error(decision.error.code);
    const { value, writes, timeline } = decision.value;
    expect(value.complaint.number).toBe('TS-20261123-0005');
    expect(value.incident).toMatchObject({ number: 'SJ-20261123-0002', state: 'closed', level: 3, satisfaction: 'satisfied' });
    expect(writes.map((w) => ('put' in w ? w.put : w.remove))).toEqual([
      'complaints',
      'incidents',
      'counters',
      'counters',
      'communications',
    ]);
    expect(writes[1]).toEqual({ put: 'incidents', row: value.incident });
    expect(writes[4]).toMatchObject({
      put: 'communications',
      row: { channel: 'visit', person: '周先生', summary: outcome.feedback, party: 'complainant' },
    });
    expect(timeline.map((e) => e.kind)).toEqual([
      'registered',
      'verify',
      'grade',
      'activateResponse',
      'completeInvestigation',
      'submitSolution',
      'communication',
      'startImplementation',
      'completeImplementation',
      'recordFeedback',
      'recordSatisfaction',
      'close',
    ]);
  });

  it('refuses a complaint the rules grade level 2, deciding no write at all', () => {
    expect(decideQuickPath(seen, { registration: { ...smallMatter, urgency: 'urgent' }, outcome }, stampOf())).toEqual({
      ok: false,
      error: { code: 'quick-path-level', params: { suggested: 2 } },
    });
  });

  it('refuses an unsatisfied complainant midway, after the registration was decided, and still decides nothing', () => {
    const decision = decideQuickPath(seen, { registration: smallMatter, outcome: { ...outcome, satisfaction: 'unsatisfied' } }, stampOf());
    expect(decision).toEqual({ ok: false, error: { code: 'complainant-unsatisfied' } });
  });

  it('marks the intake and the outcome fields together, and keeps to new matters', () => {
    const bad = decideQuickPath(seen, { registration: { ...smallMatter, content: '短' }, outcome: { ...outcome, result: '' } }, stampOf());
    expect(bad).toEqual({
      ok: false,
      error: { code: 'validation', params: { content: 'validation.contentShort', 'outcome.result': 'validation.required' } },
    });
    expect(decideQuickPath(seen, { registration: { ...smallMatter, incidentId: 'x' }, outcome }, stampOf())).toEqual({
      ok: false,
      error: { code: 'quick-path-new-only' },
    });
  });
});
