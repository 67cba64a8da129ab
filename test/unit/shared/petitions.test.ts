// 信访事项: the limits (受理 15 days, 答复 60, 复查 and 复核 asked and answered within 30 each, or as
// the plan says) counted at their boundaries in calendar or working days, the next deadline the
// petition stores, and the steps refused when out of order, late, in the past or without a reason.
import { describe, expect, it } from 'vitest';
import { alertsFor } from '@shared/alerts';
import { calendarFromData, officialCalendar } from '@shared/calendar';
import { defaultPlan } from '@shared/defaultPlan';
import { planDiff } from '@shared/planDiff';
import { PlanSchema } from '@shared/plan';
import type { Stamp } from '@shared/commandKit';
import { limitEnd, DEFAULT_PETITION_RULE, planOfPetition, type PetitionRule } from '@shared/petitionLimits';
import {
  decidePetitionStep,
  decideRegisterPetition,
  petitionCounterKey,
  type PetitionInput,
  type PetitionStep,
} from '@shared/petitionCommands';
import { petitionDue, petitionMissingYear, type Petition, type PetitionClock } from '@shared/petitions';
import { toIsoWithOffset } from '@shared/time';

const at = (local: string) => Date.parse(`${local}:00+08:00`);
const iso = (ms: number) => toIsoWithOffset(ms, 480);
const clock: PetitionClock = { rule: DEFAULT_PETITION_RULE, offsetMinutes: 480, calendar: officialCalendar };
// 2026 National Day as a test calendar: 1–7 October off, Saturday 10 October a make-up working day (调休).
const holidayCalendar = calendarFromData({
  holidays: Object.fromEntries(['01', '02', '03', '04', '05', '06', '07'].map((d) => [`2026-10-${d}`, '国庆节'])),
  workdays: { '2026-10-10': '国庆节调休' },
});
const working = (rule: Partial<PetitionRule> = {}): PetitionClock => ({
  rule: { ...DEFAULT_PETITION_RULE, dayKind: 'working', ...rule },
  offsetMinutes: 480,
  calendar: holidayCalendar,
});

let ids = 0;
const stampAt = (ms: number, mode: 'live' | 'drill' = 'live'): Stamp => ({
  actor: { id: 'staff', name: '陈晓', role: 'staff' },
  at: iso(ms),
  nowMs: ms,
  utcOffsetMinutes: 480,
  mode,
  newId: () => `00000000-0000-4000-8000-${String((ids += 1)).padStart(12, '0')}`,
});

const FUEL: PetitionInput = {
  name: '周建华',
  phone: '13812345678',
  idNumber: '',
  address: '',
  channel: 'phone',
  subject: '城东加油站加油数量争议',
  content: '加油后发现实际加油量与油箱容量明显不符，要求核验。',
  request: '现场核验加油机计量，退还差额',
  receivedAt: '2026-11-23T10:00',
};

function registered(input: PetitionInput = FUEL, now = at('2026-11-23T10:05')): Petition {
  const done = decideRegisterPetition({ counter: 0, clock }, { input }, stampAt(now));
  if (!done.ok) throw new Error(JSON.stringify(done.error));
  return done.value.value;
}

function step(petition: Petition, s: PetitionStep, now: number, c: PetitionClock = clock) {
  return decidePetitionStep({ petition, clock: c }, { petitionId: petition.id, step: s }, stampAt(now));
}
function after(petition: Petition, s: PetitionStep, now: number, c: PetitionClock = clock): Petition {
  const done = step(petition, s, now, c);
  if (!done.ok) throw new Error(JSON.stringify(done.error));
  return done.value.value;
}

/** Accepted 11-24, answered 12-01 15:00. */
function answered(): Petition {
  const accepted = after(registered(), { type: 'decide', accepted: true, reason: '', at: '2026-11-24T09:00' }, at('2026-11-24T09:00'));
  return after(
    accepted,
    { type: 'answer', text: '经核验，加油机计量误差超出允许范围，已退还差额。', at: '2026-12-01T15:00' },
    at('2026-12-01T15:00'),
  );
}

describe('petition limits in calendar days (信访条例)', () => {
  it('ends a limit at the end of its last day; the day of the start does not count', () => {
    expect(limitEnd(at('2026-11-23T10:00'), 15, { dayKind: 'calendar' }, 480, officialCalendar)).toEqual({
      ok: true,
      dueAt: at('2026-12-09T00:00'),
    });
    expect(limitEnd(at('2026-11-23T23:59'), 1, { dayKind: 'calendar' }, 480, officialCalendar)).toEqual({
      ok: true,
      dueAt: at('2026-11-25T00:00'),
    });
  });

  it('owes the 受理 decision 15 days after receipt, the answer 60 days after 受理', () => {
    const petition = registered();
    expect(petition.dueAt).toBe('2026-12-09T00:00:00+08:00');
    expect(petitionDue(petition, clock)).toEqual({ duty: 'decide', dueAt: at('2026-12-09T00:00') });
    const accepted = after(petition, { type: 'decide', accepted: true, reason: '', at: '2026-11-24T09:00' }, at('2026-11-24T09:00'));
    expect(accepted.state).toBe('accepted');
    expect(accepted.dueAt).toBe('2027-01-24T00:00:00+08:00');
    expect(answered().dueAt).toBeUndefined();
  });

  it('takes a 复查 request on the last day of its 30 and refuses it a minute later, changing nothing', () => {
    const petition = answered();
    const onTime = step(
      petition,
      { type: 'request', level: 'review', reason: '差额计算有误', at: '2026-12-31T23:59' },
      at('2027-01-02T09:00'),
    );
    expect(onTime.ok && onTime.value.value.state).toBe('review-requested');
    const late = step(
      petition,
      { type: 'request', level: 'review', reason: '差额计算有误', at: '2027-01-01T00:00' },
      at('2027-01-02T09:00'),
    );
    expect(late).toEqual({ ok: false, error: { code: 'petition-review-late', params: { lastDay: '2026-12-31', days: '30' } } });
  });

  it('owes the 复查 answer 30 days after the request, then the 复核 window runs 30 days from that answer', () => {
    const requested = after(
      answered(),
      { type: 'request', level: 'review', reason: '差额计算有误', at: '2026-12-10T10:00' },
      at('2026-12-10T10:00'),
    );
    expect(requested.dueAt).toBe('2027-01-10T00:00:00+08:00');
    const reviewed = after(requested, { type: 'answer', text: '复查维持原答复意见。', at: '2026-12-20T10:00' }, at('2026-12-20T10:00'));
    expect(reviewed.state).toBe('reviewed');
    expect(reviewed.dueAt).toBeUndefined();
    const late = step(reviewed, { type: 'request', level: 'recheck', reason: '仍不服', at: '2027-01-20T00:00' }, at('2027-01-21T10:00'));
    expect(late.ok ? null : late.error).toEqual({ code: 'petition-recheck-late', params: { lastDay: '2027-01-19', days: '30' } });
    const recheck = after(
      reviewed,
      { type: 'request', level: 'recheck', reason: '仍不服', at: '2027-01-19T18:00' },
      at('2027-01-19T18:00'),
    );
    expect(recheck.dueAt).toBe('2027-02-19T00:00:00+08:00');
    const done = after(recheck, { type: 'answer', text: '复核维持复查意见。', at: '2027-02-01T10:00' }, at('2027-02-01T10:00'));
    expect(done.state).toBe('rechecked');
    expect(step(done, { type: 'request', level: 'recheck', reason: '再次复核', at: '2027-02-02T10:00' }, at('2027-02-02T10:00')).ok).toBe(
      false,
    );
  });

  it('follows the plan: a shorter 复查 window set by the office', () => {
    const office: PetitionClock = { ...clock, rule: { ...DEFAULT_PETITION_RULE, reviewRequestDays: 10 } };
    const late = step(
      answered(),
      { type: 'request', level: 'review', reason: '不服', at: '2026-12-12T00:00' },
      at('2026-12-12T09:00'),
      office,
    );
    expect(late.ok ? null : late.error).toEqual({ code: 'petition-review-late', params: { lastDay: '2026-12-11', days: '10' } });
  });
});

describe('延期: extending the time to answer', () => {
  const accepted = () =>
    after(registered(), { type: 'decide', accepted: true, reason: '', at: '2026-11-24T09:00' }, at('2026-11-24T09:00'));

  it('adds the plan’s 30 days to the answer’s limit, once, with its reason', () => {
    const extended = after(
      accepted(),
      { type: 'extend', reason: '需技术监督局检定，情况复杂', at: '2027-01-20T09:00' },
      at('2027-01-20T09:00'),
    );
    expect(extended.dueAt).toBe('2027-02-23T00:00:00+08:00');
    expect(extended.extension?.reason).toBe('需技术监督局检定，情况复杂');
    const again = step(extended, { type: 'extend', reason: '再次延期', at: '2027-01-21T09:00' }, at('2027-01-21T09:00'));
    expect(again.ok ? null : again.error).toEqual({ code: 'petition-wrong-state', params: { state: 'accepted' } });
  });

  it('refuses an extension without a reason, and one after the limit has ended (the last minute still counts)', () => {
    const empty = step(accepted(), { type: 'extend', reason: '', at: '2027-01-20T09:00' }, at('2027-01-20T09:00'));
    expect(empty.ok ? null : empty.error).toEqual({ code: 'validation', params: { reason: 'validation.required' } });
    expect(step(accepted(), { type: 'extend', reason: '情况复杂', at: '2027-01-23T23:59' }, at('2027-01-23T23:59')).ok).toBe(true);
    // Not backdated into the limit: saved after it ended, it is late whatever date is typed.
    const backdated = step(accepted(), { type: 'extend', reason: '情况复杂', at: '2027-01-23T23:59' }, at('2027-01-25T09:00'));
    expect(backdated.ok ? null : backdated.error).toEqual({ code: 'validation', params: { at: 'petitions.error.extendLate' } });
    const late = step(accepted(), { type: 'extend', reason: '情况复杂', at: '2027-01-24T00:00' }, at('2027-01-25T09:00'));
    expect(late.ok ? null : late.error).toEqual({ code: 'validation', params: { at: 'petitions.error.extendLate' } });
  });
});

describe('petition limits in working days', () => {
  it('skips the holiday and counts the 调休 Saturday', () => {
    // Received Wednesday 30 September: 8, 9 and 10 October (the make-up Saturday) are the three working days.
    expect(limitEnd(at('2026-09-30T10:00'), 3, { dayKind: 'working' }, 480, holidayCalendar)).toEqual({
      ok: true,
      dueAt: at('2026-10-11T00:00'),
    });
    expect(limitEnd(at('2026-09-30T10:00'), 4, { dayKind: 'working' }, 480, holidayCalendar)).toEqual({
      ok: true,
      dueAt: at('2026-10-13T00:00'),
    });
  });

  it('refuses a 复查 asked on the first day after its working-day limit', () => {
    const c = working({ reviewRequestDays: 3 });
    const accepted = after(
      { ...registered(), receivedAt: '2026-09-28T09:00:00+08:00' },
      { type: 'decide', accepted: true, reason: '', at: '2026-09-28T10:00' },
      at('2026-11-24T09:00'),
      c,
    );
    const answer = after(accepted, { type: 'answer', text: '已答复', at: '2026-09-30T10:00' }, at('2026-11-24T09:00'), c);
    expect(step(answer, { type: 'request', level: 'review', reason: '不服', at: '2026-10-10T23:00' }, at('2026-11-24T09:00'), c).ok).toBe(
      true,
    );
    const late = step(answer, { type: 'request', level: 'review', reason: '不服', at: '2026-10-11T09:00' }, at('2026-11-24T09:00'), c);
    expect(late.ok ? null : late.error).toEqual({ code: 'petition-review-late', params: { lastDay: '2026-10-10', days: '3' } });
  });

  it('stores no deadline it cannot count (a year the calendar does not know yet), says which year, and takes an on-time request', () => {
    expect(limitEnd(at('2026-12-30T10:00'), 5, { dayKind: 'working' }, 480, holidayCalendar)).toEqual({ ok: false, missingYear: 2027 });
    const petition = decideRegisterPetition(
      { counter: 0, clock: working() },
      { input: { ...FUEL, receivedAt: '2026-12-30T10:00' } },
      stampAt(at('2026-12-30T10:05')),
    );
    expect(petition.ok && petition.value.value.dueAt).toBeUndefined();
    if (!petition.ok) return;
    expect(petitionMissingYear(petition.value.value, working())).toBe(2027);
    // Answered in December: the 复查 window runs into 2027, which the calendar lacks. The request
    // is not refused for the office's missing calendar.
    const answered: Petition = {
      ...petition.value.value,
      state: 'answered',
      answer: { at: '2026-12-28T10:00:00+08:00', text: '答复', by: 'p1', byName: '陈晓' },
    };
    expect(petitionMissingYear(answered, working())).toBe(2027);
    const asked = step(
      answered,
      { type: 'request', level: 'review', reason: '不服', at: '2026-12-30T10:00' },
      at('2026-12-30T10:00'),
      working(),
    );
    expect(asked.ok && asked.value.value.state).toBe('review-requested');
    const wrong = step(
      petition.value.value,
      { type: 'request', level: 'review', reason: '不服', at: '2026-12-30T10:00' },
      at('2026-12-30T10:00'),
      working(),
    );
    expect(wrong.ok ? null : wrong.error.code).toBe('petition-wrong-state');
  });
});

describe('registering a petition', () => {
  it('numbers it XF-YYYY-NNNN from the year’s counter, apart from complaints, and writes the counter', () => {
    const done = decideRegisterPetition({ counter: 6, clock }, { input: FUEL }, stampAt(at('2026-11-23T10:05')));
    expect(done.ok && done.value.value.number).toBe('XF-2026-0007');
    expect(done.ok && done.value.writes[0]).toEqual({ put: 'counters', row: { key: 'XF-2026', value: 7 } });
    expect(petitionCounterKey(at('2026-11-23T10:05'), 480, 'drill')).toBe('YL-XF-2026');
  });

  it('refuses empty facts, a bad phone and a time in the future at their fields', () => {
    const done = decideRegisterPetition(
      { counter: 0, clock },
      { input: { ...FUEL, name: ' ', phone: 'abc', channel: '', content: '', receivedAt: '2026-11-24T10:00' } },
      stampAt(at('2026-11-23T10:05')),
    );
    expect(done.ok ? null : done.error).toEqual({
      code: 'validation',
      params: {
        name: 'validation.required',
        phone: 'petitions.error.phone',
        channel: 'validation.choose',
        content: 'validation.required',
        receivedAt: 'validation.future',
      },
    });
  });
});

describe('the steps', () => {
  it('refuses 不予受理 without a reason, and keeps the reason when given', () => {
    const petition = registered();
    const empty = step(petition, { type: 'decide', accepted: false, reason: '  ', at: '2026-11-24T09:00' }, at('2026-11-24T09:00'));
    expect(empty.ok ? null : empty.error).toEqual({ code: 'validation', params: { reason: 'validation.required' } });
    const rejected = after(
      petition,
      { type: 'decide', accepted: false, reason: '已进入诉讼程序', at: '2026-11-24T09:00' },
      at('2026-11-24T09:00'),
    );
    expect(rejected.state).toBe('rejected');
    expect(rejected.decision?.reason).toBe('已进入诉讼程序');
    expect(rejected.dueAt).toBeUndefined();
    expect(step(rejected, { type: 'answer', text: '答复', at: '2026-11-25T09:00' }, at('2026-11-25T09:00')).ok).toBe(false);
  });

  it('转办 with a deadline owes the department’s result first, and its receipt clears it', () => {
    const accepted = after(registered(), { type: 'decide', accepted: true, reason: '', at: '2026-11-24T09:00' }, at('2026-11-24T09:00'));
    const past = step(
      accepted,
      { type: 'transfer', kind: 'transfer', department: '市场监管局', sentAt: '2026-11-24T10:00', deadline: '2026-11-24T09:30' },
      at('2026-11-24T10:00'),
    );
    expect(past.ok ? null : past.error).toEqual({ code: 'validation', params: { deadline: 'petitions.error.deadlinePast' } });
    const noDepartment = step(
      accepted,
      { type: 'transfer', kind: 'assign', department: '', sentAt: '2026-11-24T10:00', deadline: '2026-12-04T17:00' },
      at('2026-11-24T10:00'),
    );
    expect(noDepartment.ok ? null : noDepartment.error).toEqual({ code: 'validation', params: { department: 'validation.required' } });
    const sent = after(
      accepted,
      { type: 'transfer', kind: 'transfer', department: '市场监管局', sentAt: '2026-11-24T10:00', deadline: '2026-12-04T17:00' },
      at('2026-11-24T10:00'),
    );
    expect(sent.dueAt).toBe('2026-12-04T17:00:00+08:00');
    const receipt = after(sent, { type: 'receipt', transferId: sent.transfers[0]!.id, at: '2026-11-25T09:00' }, at('2026-11-25T09:00'));
    expect(receipt.transfers[0]!.receiptAt).toBe('2026-11-25T09:00:00+08:00');
    expect(receipt.dueAt).toBe('2027-01-24T00:00:00+08:00');
    expect(step(receipt, { type: 'receipt', transferId: sent.transfers[0]!.id, at: '2026-11-25T10:00' }, at('2026-11-25T10:00')).ok).toBe(
      false,
    );
    // An answer cannot be dated before the department had the matter, nor before its receipt.
    const beforeSent = step(sent, { type: 'answer', text: '答复', at: '2026-11-24T09:30' }, at('2026-11-26T09:00'));
    expect(beforeSent.ok ? null : beforeSent.error.code).toBe('validation');
    const beforeReceipt = step(receipt, { type: 'answer', text: '答复', at: '2026-11-24T12:00' }, at('2026-11-26T09:00'));
    expect(beforeReceipt.ok ? null : beforeReceipt.error.code).toBe('validation');
  });

  it('refuses a step out of order and one dated before the last', () => {
    const petition = registered();
    const early = step(petition, { type: 'request', level: 'review', reason: '不服', at: '2026-11-24T09:00' }, at('2026-11-24T09:00'));
    expect(early.ok ? null : early.error).toEqual({ code: 'petition-wrong-state', params: { state: 'received' } });
    const before = step(petition, { type: 'decide', accepted: true, reason: '', at: '2026-11-23T09:00' }, at('2026-11-24T09:00'));
    expect(before.ok ? null : before.error).toEqual({ code: 'validation', params: { at: 'petitions.error.beforeLast' } });
  });
});

describe('the reminder', () => {
  it('reminds the lead time before the decision falls due, and not once the petition owes nothing', () => {
    const plan = defaultPlan('2026-11-01T00:00:00+08:00');
    const input = (petitions: Petition[]) => ({
      incidents: [],
      instructions: [],
      plan,
      calendar: officialCalendar,
      preferences: { dueSoonLeadMinutes: 60, levelOneRepeatMinutes: 15 },
      now: at('2026-12-08T23:30'),
      levelOneNotices: new Map(),
      petitions,
    });
    const petition = registered();
    expect(alertsFor(input([petition]))).toEqual([
      expect.objectContaining({
        kind: 'petition-due',
        fireAt: '2026-12-08T23:00:00+08:00',
        params: expect.objectContaining({ number: petition.number, duty: 'decide', deadline: '2026-12-09T00:00:00+08:00' }),
      }),
    ]);
    expect(alertsFor(input([answered()]))).toEqual([]);
  });
});

describe('the plan', () => {
  it('carries the office’s limits, refuses a zero, and shows a change in the revision’s differences', () => {
    const plan = defaultPlan('2026-11-01T00:00:00+08:00');
    const revised = { ...plan, petitions: { ...DEFAULT_PETITION_RULE, dayKind: 'working' as const, reviewRequestDays: 15 } };
    expect(PlanSchema.safeParse(revised).success).toBe(true);
    expect(PlanSchema.safeParse({ ...plan, petitions: { ...DEFAULT_PETITION_RULE, answerWithinDays: 0 } }).success).toBe(false);
    const rows = planDiff(plan, revised, 'zh-CN').filter((row) => row.topic === 'threshold');
    expect(rows).toEqual([
      { topic: 'threshold', subject: 'petitionDayKind', before: { text: '自然日' }, after: { text: '工作日' } },
      { topic: 'threshold', subject: 'reviewRequestDays', before: { text: '30' }, after: { text: '15' } },
    ]);
  });
});

describe('the plan a petition is counted under', () => {
  it('is the version in force when it was received, so a later revision never moves its limits', () => {
    const first = {
      ...defaultPlan('2026-01-01T00:00:00+08:00'),
      id: 'v1',
      status: 'approved' as const,
      versionNumber: 1,
      effectiveFrom: '2026-01-01T00:00:00+08:00',
    };
    const revised = {
      ...first,
      id: 'v2',
      versionNumber: 2,
      effectiveFrom: '2026-12-01T00:00:00+08:00',
      petitions: { ...DEFAULT_PETITION_RULE, reviewRequestDays: 10 },
    };
    const book = { plan: revised, plans: [first, revised] };
    expect(planOfPetition(book, { receivedAt: '2026-11-23T10:00:00+08:00' }).id).toBe('v1');
    expect(planOfPetition(book, { receivedAt: '2026-12-02T10:00:00+08:00' }).id).toBe('v2');
    expect(planOfPetition({ plan: revised }, { receivedAt: '2026-11-23T10:00:00+08:00' }).id).toBe('v2');
  });
});
