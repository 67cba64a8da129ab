// 受理回执: what the complainant's receipt says — number, next steps, the limits with their dates
// (or 日历数据缺失, never a guess), the contact — and that only their phone is masked.
import { describe, expect, it } from 'vitest';
import { acknowledgementOf, type AcknowledgementInput } from '@shared/acknowledgement';
import { officialCalendar } from '@shared/calendar';
import { defaultPlan } from '@shared/defaultPlan';
import { toIsoWithOffset } from '@shared/time';

const plan = defaultPlan('2026-01-05T09:00:00+08:00');
const contact = { organisation: { zh: '本单位' }, office: { name: { zh: '领导小组' }, phone: '010-80000001' }, handler: '陈晓' };
const complaint = {
  number: 'TS-20261123-0001',
  receivedAt: '2026-11-23T09:30:00+08:00',
  complainant: { name: '周建华', phone: '13812345678', idNumber: '', address: '城东区建设路12号' },
  subject: '加油数量争议',
};
const registered: AcknowledgementInput['incident'] = {
  number: 'SJ-20261123-0001',
  state: 'registered',
  level: null,
  categoryCode: 'fuel-quantity-quality',
  milestones: { receivedAt: complaint.receivedAt },
};
const receipt = (incident: AcknowledgementInput['incident']) =>
  acknowledgementOf({ complaint, incident, plan, calendar: officialCalendar, contact });
const china = (ms: number) => toIsoWithOffset(ms, 480);

describe('the acknowledgement (受理回执)', () => {
  it('carries the number, the complainant’s own name with the phone masked, and the contact', () => {
    const a = receipt(registered);
    expect(a).toMatchObject({
      complaintNumber: 'TS-20261123-0001',
      complainantName: '周建华',
      complainantPhone: '138****5678',
      contact,
    });
    expect(JSON.stringify(a)).not.toContain('13812345678');
    expect(JSON.stringify(a)).not.toContain('建设路');
  });

  it('lists what happens next from the stage the complaint is at', () => {
    expect(receipt(registered).nextSteps).toEqual(['accept', 'investigate', 'solve', 'feedback', 'evaluate']);
    const investigating = { ...registered, state: 'investigating' as const, level: 3 as const };
    expect(receipt(investigating).nextSteps).toEqual(['investigate', 'solve', 'feedback', 'evaluate']);
  });

  it('prints the limits of the version the incident was opened under, not of a later revision', () => {
    const v2 = {
      ...plan,
      id: '00000000-0000-4000-8000-0000000000b2',
      versionNumber: 2,
      effectiveFrom: '2026-11-20T00:00:00+08:00',
      timeLimits: plan.timeLimits.map((r) => (r.stage === 'acceptance' ? { ...r, amount: 48 } : r)),
    };
    const { limits } = acknowledgementOf({
      complaint,
      incident: { ...registered, planVersionId: plan.id },
      plan: v2,
      plans: [plan, v2],
      calendar: officialCalendar,
      contact,
    });
    const acceptance = limits.find((l) => l.stage === 'acceptance')!;
    expect(acceptance).toMatchObject({ amount: 24, unit: 'hours', due: { kind: 'date' } });
    if (acceptance.due.kind === 'date') expect(china(acceptance.due.at)).toBe('2026-11-24T09:30:00+08:00');
  });

  it('dates the limits already running and says from what event the others will run', () => {
    const { limits } = receipt(registered);
    const acceptance = limits.find((l) => l.stage === 'acceptance')!;
    expect(acceptance).toMatchObject({ amount: 24, unit: 'hours', due: { kind: 'date' } });
    if (acceptance.due.kind === 'date') expect(china(acceptance.due.at)).toBe('2026-11-24T09:30:00+08:00');
    expect(limits.find((l) => l.stage === 'investigation')).toEqual({
      stage: 'investigation',
      amount: 3,
      unit: 'workingDays',
      due: { kind: 'not-started', startsAt: 'accepted' },
    });
    expect(limits.map((l) => l.stage)).not.toContain('report');
  });

  it('says 日历数据缺失 for working days that run into a year without calendar data, and gives no date', () => {
    const accepted = {
      ...registered,
      state: 'investigating' as const,
      level: 3 as const,
      milestones: { receivedAt: '2026-12-30T09:00:00+08:00', acceptedAt: '2026-12-30T10:00:00+08:00' },
    };
    expect(receipt(accepted).limits.find((l) => l.stage === 'investigation')!.due).toEqual({ kind: 'calendar-missing', year: 2027 });
  });

  it('for a matter settled on the spot, gives the result instead of limits', () => {
    const closed = { ...registered, state: 'closed' as const, level: 3 as const, solution: '退还差额', feedback: '已致歉并退款' };
    const a = receipt(closed);
    expect(a.status).toBe('closed');
    expect(a.nextSteps).toEqual([]);
    expect(a.limits).toEqual([]);
    expect(a.outcome).toEqual({ result: '退还差额', feedback: '已致歉并退款' });
  });
});
