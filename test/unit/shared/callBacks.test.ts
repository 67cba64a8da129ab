// 回访: owed the plan's days after closing (for the levels it names), again the day after an attempt
// that did not reach the complainant, ended by one that did; the reminder; the monthly summary.
import { describe, expect, it } from 'vitest';
import { alertsFor } from '@shared/alerts';
import { officialCalendar } from '@shared/calendar';
import {
  callBackDue,
  callBackProjection,
  callBackSummary,
  decideRecordCallBack,
  DEFAULT_CALLBACK_RULE,
  type CallBackInput,
} from '@shared/callBacks';
import type { Stamp } from '@shared/commandKit';
import { defaultPlan } from '@shared/defaultPlan';
import type { Incident } from '@shared/model';
import { toIsoWithOffset } from '@shared/time';

const DAY = 24 * 3_600_000;
const CLOSED = Date.parse('2026-11-23T16:00:00+08:00');
const iso = (ms: number) => toIsoWithOffset(ms, 480);
const plan = defaultPlan('2026-11-01T00:00:00+08:00');
const rule = DEFAULT_CALLBACK_RULE;

const closed = (partial: Partial<Incident> = {}): Incident =>
  ({
    id: '00000000-0000-4000-8000-000000000020',
    mode: 'live',
    number: 'SJ-2026-0002',
    title: '会员App疑似泄露用户手机号',
    level: 2,
    state: 'closed',
    milestones: { receivedAt: iso(CLOSED - 3 * DAY), closedAt: iso(CLOSED) },
    planVersionId: plan.id,
    updatedAt: iso(CLOSED),
    updatedBy: 'p1',
    ...partial,
  }) as Incident;

const stampAt = (ms: number): Stamp => ({
  actor: { id: 'staff', name: '陈晓', role: 'staff' },
  at: iso(ms),
  nowMs: ms,
  utcOffsetMinutes: 480,
  mode: 'live',
  newId: () => '00000000-0000-4000-8000-000000000098',
});
const input = (ms: number, more: Partial<CallBackInput> = {}): CallBackInput => ({
  method: 'phone',
  at: iso(ms).slice(0, 16),
  reached: true,
  satisfaction: 'satisfied',
  result: '投诉人表示问题已解决。',
  ...more,
});

describe('when a call-back is owed', () => {
  it('is owed the plan’s days after closing, only for a closed incident at a level the plan names', () => {
    expect(callBackDue(closed(), rule)).toBe(CLOSED + 7 * DAY);
    expect(callBackDue(closed(), { afterDays: 3, levels: [1, 2, 3] })).toBe(CLOSED + 3 * DAY);
    expect(callBackDue(closed({ state: 'feedback' }), rule)).toBeNull();
    expect(callBackDue(closed({ level: 3 }), { afterDays: 7, levels: [1, 2] })).toBeNull();
    expect(callBackProjection(closed(), plan)).toEqual({ callBackDueAt: iso(CLOSED + 7 * DAY) });
  });

  it('is owed again the day after an attempt that did not reach them, and no more once one did', () => {
    const tried = CLOSED + 8 * DAY;
    expect(callBackDue(closed({ callBack: { lastAttemptAt: iso(tried) } }), rule)).toBe(tried + DAY);
    expect(callBackDue(closed({ callBack: { lastAttemptAt: iso(tried), doneAt: iso(tried) } }), rule)).toBeNull();
  });

  it('reminds on the day it is owed, for an incident that stores it', () => {
    const subject = { ...closed(), ...callBackProjection(closed(), plan) };
    const alerts = alertsFor({
      incidents: [subject],
      instructions: [],
      plan,
      preferences: { dueSoonLeadMinutes: 120, levelOneRepeatMinutes: 0 },
      calendar: officialCalendar,
      now: CLOSED,
      levelOneNotices: new Map(),
    });
    expect(alerts.filter((a) => a.kind === 'call-back-due').map((a) => [a.fireAt, a.params.number])).toEqual([
      [iso(CLOSED + 7 * DAY), 'SJ-2026-0002'],
    ]);
  });
});

describe('recording a call-back', () => {
  const seen = (incident: Incident) => ({ incident, plan });

  it('ends what is owed when the complainant is reached, with a timeline entry of how and how satisfied', () => {
    const at = CLOSED + 7 * DAY + 3_600_000;
    const decision = decideRecordCallBack(seen(closed()), { incidentId: closed().id, input: input(at) }, stampAt(at));
    if (!decision.ok) throw new Error(decision.error.code);
    expect(decision.value.value).toMatchObject({ method: 'phone', reached: true, satisfaction: 'satisfied', at: iso(at), byName: '陈晓' });
    const incident = decision.value.writes.find((w) => 'put' in w && w.put === 'incidents');
    expect(incident && 'row' in incident ? incident.row : null).toMatchObject({ callBack: { doneAt: iso(at) }, callBackDueAt: undefined });
    expect(decision.value.timeline[0]).toMatchObject({ kind: 'call-back', params: { method: 'phone', rating: 'satisfied' } });
  });

  it('keeps it owed the next day when they were not reached, and asks no satisfaction then', () => {
    const at = CLOSED + 7 * DAY;
    const decision = decideRecordCallBack(
      seen(closed()),
      { incidentId: closed().id, input: input(at, { reached: false, satisfaction: '', result: '电话无人接听' }) },
      stampAt(at),
    );
    if (!decision.ok) throw new Error(decision.error.code);
    const incident = decision.value.writes.find((w) => 'put' in w && w.put === 'incidents');
    expect(incident && 'row' in incident ? incident.row : null).toMatchObject({ callBackDueAt: iso(at + DAY) });
    expect(decision.value.value.satisfaction).toBeUndefined();
  });

  it('refuses before closing, before the closing time, in the future, and without a satisfaction or a result', () => {
    const code = (incident: Incident, given: CallBackInput, now = CLOSED + 8 * DAY) => {
      const d = decideRecordCallBack(seen(incident), { incidentId: incident.id, input: given }, stampAt(now));
      return d.ok ? 'recorded' : d.error.code === 'validation' ? d.error.params : d.error.code;
    };
    expect(code(closed({ state: 'feedback' }), input(CLOSED + DAY))).toBe('call-back-not-closed');
    expect(code(closed(), input(CLOSED - DAY))).toEqual({ at: 'callBacks.error.beforeClosing' });
    // Closed at 16:00:30: a call typed as 16:00 is in the same minute, so after it.
    expect(code(closed({ milestones: { receivedAt: iso(CLOSED - DAY), closedAt: iso(CLOSED + 30_000) } }), input(CLOSED))).toBe('recorded');
    expect(code(closed(), input(CLOSED + 9 * DAY))).toEqual({ at: 'validation.future' });
    expect(code(closed(), input(CLOSED + DAY, { satisfaction: '', result: ' ', method: 'fax' }))).toEqual({
      method: 'validation.choose',
      satisfaction: 'validation.choose',
      result: 'validation.required',
    });
  });
});

describe('the satisfaction summary', () => {
  it('counts calls, those reached and each satisfaction by month, with (满意 + 基本满意) / reached as the rate', () => {
    const at = (date: string) => `${date}T10:00:00+08:00`;
    const months = callBackSummary(
      [
        { at: at('2026-11-30'), reached: true, satisfaction: 'satisfied' },
        { at: at('2026-11-05'), reached: true, satisfaction: 'unsatisfied' },
        { at: at('2026-11-06'), reached: false },
        { at: at('2026-12-01'), reached: true, satisfaction: 'basically' },
        { at: '2026-11-30T17:00:00Z', reached: true, satisfaction: 'satisfied' },
      ],
      480,
    );
    expect(months).toEqual([
      { month: '2026-11', calls: 3, reached: 2, satisfied: 1, basically: 0, unsatisfied: 1, rate: 0.5 },
      { month: '2026-12', calls: 2, reached: 2, satisfied: 1, basically: 1, unsatisfied: 0, rate: 1 },
    ]);
  });
});
