// 信息报送: the report clocks (首报 from activation, 续报 from the last report while open, 终报 from
// closing), their reminders through the alerts, and the commands: what may be drafted when, who
// approves, and that a report that needs approval is not sent without it.
import { describe, expect, it } from 'vitest';
import { alertsFor } from '@shared/alerts';
import { officialCalendar } from '@shared/calendar';
import type { Stamp } from '@shared/commandKit';
import { defaultPlan } from '@shared/defaultPlan';
import type { Incident } from '@shared/model';
import type { Plan } from '@shared/plan';
import { toIsoWithOffset } from '@shared/time';
import { decideDraftReport, decideReportStep, decideSendReport, type ReportSeen } from '@shared/upwardReportCommands';
import {
  DEFAULT_UPWARD_REPORTING,
  reportClocks,
  reportDraft,
  reportProjection,
  reportStepsFor,
  sendErrors,
  withReportSent,
  type UpwardReport,
} from '@shared/upwardReports';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const ACTIVATED = Date.parse('2026-11-23T10:00:00+08:00');
const iso = (ms: number) => toIsoWithOffset(ms, 480);
const plan: Plan = defaultPlan('2026-11-01T00:00:00+08:00');
const rule = DEFAULT_UPWARD_REPORTING;

function incident(partial: Partial<Incident> = {}): Incident {
  return {
    id: '00000000-0000-4000-8000-000000000010',
    mode: 'live',
    number: 'SJ-2026-0001',
    title: '城东加油站加油数量争议',
    categoryCode: 'fuel-quantity-quality',
    channelCode: 'hotline',
    place: '城东加油站',
    urgency: 'urgent',
    level: 1,
    state: 'investigating',
    ownerId: 'p1',
    facts: {},
    milestones: { receivedAt: iso(ACTIVATED - 30 * MINUTE), levelOneAt: iso(ACTIVATED - 10 * MINUTE), activatedAt: iso(ACTIVATED) },
    complainantCount: 12,
    peopleInvolved: 12,
    complainantNames: [],
    nextDeadlineAt: null,
    nextDeadlineStage: null,
    planVersionId: plan.id,
    createdAt: iso(ACTIVATED - 30 * MINUTE),
    createdBy: 'p1',
    updatedAt: iso(ACTIVATED),
    updatedBy: 'p1',
    ...partial,
  } as Incident;
}

const staff = { id: 'staff', name: '陈晓', role: 'staff' as const };
const leader = { id: 'leader', name: '王建国', role: 'leader' as const };
const stampAt = (ms: number, actor: Stamp['actor'] = staff): Stamp => ({
  actor,
  at: iso(ms),
  nowMs: ms,
  utcOffsetMinutes: 480,
  mode: 'live',
  newId: () => '00000000-0000-4000-8000-000000000099',
});
const words = { title: '关于城东加油站加油数量争议的首报', text: '一、基本情况……', recipients: ['leading-group', 'market-regulator'] };

describe('the report clocks', () => {
  it('owes a 首报 the plan’s 30 minutes after activation, and nothing before activation or at a level that does not report', () => {
    const clocks = reportClocks(incident(), rule, { starting: true });
    expect(clocks).toEqual([{ kind: 'first', sequence: 1, startAt: ACTIVATED, dueAt: ACTIVATED + 30 * MINUTE, doneAt: null }]);
    expect(reportClocks(incident({ milestones: { receivedAt: iso(ACTIVATED) } }), rule, { starting: true })).toEqual([]);
    expect(reportClocks(incident({ level: 3 }), rule, { starting: true })).toEqual([]);
    // A plan that reports at level 3 too.
    expect(reportClocks(incident({ level: 3 }), { ...rule, levels: [1, 2, 3] }, { starting: true })).toHaveLength(1);
    // Once started, the incident stores what it owes, and its clocks are counted from then on.
    expect(reportClocks({ ...incident(), ...reportProjection(incident(), plan, true) }, rule)).toEqual(clocks);
  });

  it('holds an incident activated before reports upward existed to no clock, until its first report is sent', () => {
    expect(reportClocks(incident(), rule)).toEqual([]);
    expect(reportProjection(incident(), plan)).toEqual({ reportDueAt: undefined });
    const sent = incident({ reporting: withReportSent(undefined, 'first', iso(ACTIVATED + 3 * HOUR)) });
    expect(reportClocks(sent, rule).map((c) => c.kind)).toEqual(['first', 'follow-up']);
  });

  it('runs the next 续报 from the last report sent while open, numbered, and the 首报 counts as done when it went out', () => {
    const sentFirst = withReportSent(undefined, 'first', iso(ACTIVATED + 20 * MINUTE));
    const clocks = reportClocks(incident({ reporting: sentFirst }), rule);
    expect(clocks[0]).toMatchObject({ kind: 'first', doneAt: ACTIVATED + 20 * MINUTE });
    expect(clocks[1]).toEqual({
      kind: 'follow-up',
      sequence: 1,
      startAt: ACTIVATED + 20 * MINUTE,
      dueAt: ACTIVATED + 80 * MINUTE,
      doneAt: null,
    });
    const sentFollowUp = withReportSent(sentFirst, 'follow-up', iso(ACTIVATED + 75 * MINUTE));
    expect(reportClocks(incident({ reporting: sentFollowUp }), rule)[1]).toMatchObject({
      sequence: 2,
      startAt: ACTIVATED + 75 * MINUTE,
      dueAt: ACTIVATED + 135 * MINUTE,
    });
    // A plan with 续报 every 4 hours.
    expect(reportClocks(incident({ reporting: sentFirst }), { ...rule, followUpEveryHours: 4 })[1]!.dueAt).toBe(ACTIVATED + 260 * MINUTE);
  });

  it('stops the 续报 at closing and owes the 终报 within the plan’s hours of it, done once sent', () => {
    const closedAt = ACTIVATED + 5 * HOUR;
    const reporting = withReportSent(undefined, 'first', iso(ACTIVATED + 20 * MINUTE));
    const closed = incident({ state: 'closed', reporting, milestones: { ...incident().milestones, closedAt: iso(closedAt) } });
    const clocks = reportClocks(closed, rule);
    expect(clocks.map((c) => c.kind)).toEqual(['first', 'final']);
    expect(clocks[1]).toMatchObject({ startAt: closedAt, dueAt: closedAt + 24 * HOUR, doneAt: null });
    const done = reportClocks({ ...closed, reporting: withReportSent(reporting, 'final', iso(closedAt + HOUR)) }, rule);
    expect(done[1]!.doneAt).toBe(closedAt + HOUR);
    expect(reportClocks(incident({ state: 'rejected' }), rule)).toEqual([]);
  });

  it('stores the report owed that started last, so a 终报 is found even when the 首报 was never sent, and nothing once all are sent', () => {
    expect(reportProjection(incident(), plan, true)).toEqual({ reportDueAt: iso(ACTIVATED + 30 * MINUTE) });
    const neverReported = incident({
      state: 'closed',
      reportDueAt: iso(ACTIVATED + 30 * MINUTE),
      milestones: { ...incident().milestones, closedAt: iso(ACTIVATED + 40 * 24 * HOUR) },
    });
    expect(reportProjection(neverReported, plan)).toEqual({ reportDueAt: iso(ACTIVATED + 41 * 24 * HOUR) });
    const closedAt = ACTIVATED + 5 * HOUR;
    const allSent = withReportSent(withReportSent(undefined, 'first', iso(ACTIVATED + 20 * MINUTE)), 'final', iso(closedAt + HOUR));
    const closed = incident({ state: 'closed', reporting: allSent, milestones: { ...incident().milestones, closedAt: iso(closedAt) } });
    expect(reportProjection(closed, plan)).toEqual({ reportDueAt: undefined });
  });
});

describe('the reminders', () => {
  const alertsAt = (now: number, subject: Incident) =>
    alertsFor({
      incidents: [{ ...subject, ...reportProjection(subject, plan, true) }],
      instructions: [],
      plan,
      preferences: { dueSoonLeadMinutes: 10, levelOneRepeatMinutes: 0 },
      calendar: officialCalendar,
      now,
      levelOneNotices: new Map(),
    }).filter((a) => a.key.startsWith('report:'));

  it('reminds before the 首报 is due and raises it overdue at the deadline, and neither once it went out', () => {
    const alerts = alertsAt(ACTIVATED + MINUTE, incident());
    expect(alerts.map((a) => [a.kind, a.fireAt])).toEqual([
      ['report-due-soon', iso(ACTIVATED + 20 * MINUTE)],
      ['report-overdue', iso(ACTIVATED + 30 * MINUTE)],
    ]);
    expect(alerts[1]).toMatchObject({
      urgent: true,
      params: { number: 'SJ-2026-0001', report: 'first', deadline: iso(ACTIVATED + 30 * MINUTE) },
    });
    const sent = incident({ reporting: withReportSent(undefined, 'first', iso(ACTIVATED + 20 * MINUTE)) });
    const after = alertsAt(ACTIVATED + 21 * MINUTE, sent);
    // The 首报 went out: the first 续报 is due an hour later, its reminder 10 minutes before.
    expect(after.map((a) => [a.key.split(':').slice(2).join(':'), a.fireAt])).toEqual([
      ['follow-up:1:due-soon', iso(ACTIVATED + 70 * MINUTE)],
      ['follow-up:1:overdue', iso(ACTIVATED + 80 * MINUTE)],
    ]);
  });

  it('raises nothing for an incident that stores no report owed (activated before reporting existed)', () => {
    const alerts = alertsFor({
      incidents: [incident()],
      instructions: [],
      plan,
      preferences: { dueSoonLeadMinutes: 10, levelOneRepeatMinutes: 0 },
      calendar: officialCalendar,
      now: ACTIVATED,
      levelOneNotices: new Map(),
    });
    expect(alerts.filter((a) => a.key.startsWith('report:'))).toEqual([]);
  });
});

describe('the report commands', () => {
  const seen = (subject: Incident, reports: UpwardReport[] = []): ReportSeen => ({ incident: subject, reports, plan });
  const draft = (subject = incident(), kind: UpwardReport['kind'] = 'first', reports: UpwardReport[] = []) => {
    const decision = decideDraftReport(
      seen(subject, reports),
      { incidentId: subject.id, kind, input: words },
      stampAt(ACTIVATED + 5 * MINUTE),
    );
    if (!decision.ok) throw new Error(decision.error.code);
    return decision.value.value;
  };

  it('drafts a level-1 首报 that needs the leader’s approval, and a level-2 one that does not', () => {
    expect(draft()).toMatchObject({ kind: 'first', sequence: 1, status: 'draft', needsApproval: true, recipients: words.recipients });
    expect(draft(incident({ level: 2 })).needsApproval).toBe(false);
  });

  it('refuses a report not owed or out of turn, and words field by field', () => {
    const code = (subject: Incident, kind: UpwardReport['kind'], reports: UpwardReport[] = [], input = words) => {
      const d = decideDraftReport(seen(subject, reports), { incidentId: subject.id, kind, input }, stampAt(ACTIVATED));
      return d.ok ? 'drafted' : d.error.code;
    };
    expect(code(incident({ level: 3 }), 'first')).toBe('report-not-owed');
    expect(code(incident(), 'first', [draft()])).toBe('report-first-exists');
    expect(code(incident(), 'follow-up', [draft()])).toBe('report-first-not-sent');
    expect(code(incident(), 'final')).toBe('report-final-before-close');
    const bad = decideDraftReport(
      seen(incident()),
      { incidentId: incident().id, kind: 'first', input: { title: ' ', text: '', recipients: ['nobody'] } },
      stampAt(ACTIVATED),
    );
    expect(bad.ok ? null : bad.error).toEqual({
      code: 'validation',
      params: { title: 'validation.required', text: 'validation.required', recipients: 'reports.error.recipientUnknown' },
    });
  });

  it('sends a report that needs approval only once the leader approved it, and only the leaders approve', () => {
    const report = draft();
    const send = (r: UpwardReport, at = ACTIVATED + 20 * MINUTE) =>
      decideSendReport(
        { ...seen(incident(), [r]), report: r },
        { reportId: r.id, input: { method: 'phone', at: iso(at).slice(0, 16), receivers: '领导小组 王组长' } },
        stampAt(at),
      );
    const early = send(report);
    expect(early.ok ? 'sent' : early.error.code).toBe('report-not-approved');
    const submitted = decideReportStep(
      { ...seen(incident(), [report]), report },
      { reportId: report.id, step: { type: 'submit' } },
      stampAt(ACTIVATED + 10 * MINUTE),
    );
    if (!submitted.ok) throw new Error(submitted.error.code);
    const byStaff = decideReportStep(
      { ...seen(incident()), report: submitted.value.value },
      { reportId: report.id, step: { type: 'approve' } },
      stampAt(ACTIVATED + 12 * MINUTE),
    );
    expect(byStaff.ok ? 'approved' : byStaff.error.code).toBe('report-needs-leader');
    expect(reportStepsFor(submitted.value.value, staff)).toEqual([]);
    expect(reportStepsFor(submitted.value.value, leader)).toEqual(['approve', 'return']);
    const approved = decideReportStep(
      { ...seen(incident()), report: submitted.value.value },
      { reportId: report.id, step: { type: 'approve' } },
      stampAt(ACTIVATED + 15 * MINUTE, leader),
    );
    if (!approved.ok) throw new Error(approved.error.code);
    const sent = send(approved.value.value);
    if (!sent.ok) throw new Error(sent.error.code);
    expect(sent.value.value).toMatchObject({
      status: 'sent',
      sent: { method: 'phone', at: iso(ACTIVATED + 20 * MINUTE), receivers: '领导小组 王组长', byName: '陈晓' },
    });
    // The incident keeps when it went out, and now owes the first 续报 an hour later.
    const written = sent.value.writes.find((w) => 'put' in w && w.put === 'incidents');
    expect(written && 'row' in written ? written.row : null).toMatchObject({
      reporting: { firstSentAt: iso(ACTIVATED + 20 * MINUTE), lastSentAt: iso(ACTIVATED + 20 * MINUTE) },
      reportDueAt: iso(ACTIVATED + 80 * MINUTE),
    });
    expect(sent.value.timeline[0]).toMatchObject({
      kind: 'report-sent',
      params: { kind: 'first', method: 'phone', recipients: '应急领导小组、市场监管部门' },
    });
  });

  it('refuses a return without its reason, and a send time in the future or before activation', () => {
    const report = { ...draft(), status: 'submitted' as const };
    const noReason = decideReportStep(
      { ...seen(incident()), report },
      { reportId: report.id, step: { type: 'return', comment: ' ' } },
      stampAt(ACTIVATED, leader),
    );
    expect(noReason.ok ? null : noReason.error).toEqual({ code: 'validation', params: { comment: 'validation.required' } });
    const clock = { utcOffsetMinutes: 480, nowMs: ACTIVATED + 20 * MINUTE };
    expect(sendErrors({ method: 'fax', at: iso(ACTIVATED + 40 * MINUTE).slice(0, 16), receivers: 'x' }, clock)).toEqual({
      at: 'validation.future',
    });
    expect(sendErrors({ method: 'fax', at: iso(ACTIVATED - 20 * MINUTE).slice(0, 16), receivers: 'x' }, clock, iso(ACTIVATED))).toEqual({
      at: 'reports.error.beforeActivation',
    });
    // Phoned in at activation, typed up later: the time it went out is what is recorded.
    expect(sendErrors({ method: 'phone', at: iso(ACTIVATED).slice(0, 16), receivers: 'x' }, clock, iso(ACTIVATED))).toEqual({});
    expect(sendErrors({ method: 'pigeon', at: 'soon', receivers: '' }, clock)).toEqual({
      method: 'validation.choose',
      at: 'validation.dateTime',
      receivers: 'validation.required',
    });
  });

  it('fills the plan’s template from the incident', () => {
    const draftWords = reportDraft({
      plan,
      incident: incident(),
      kind: 'first',
      sequence: 1,
      kindName: '首报',
      stageName: '调查核实',
      locale: 'zh-CN',
    });
    expect(draftWords.title).toBe('关于“城东加油站加油数量争议”的首报');
    expect(draftWords.text).toContain('城东加油站发生“城东加油站加油数量争议”（事件编号 SJ-2026-0001），涉及 12 人');
    expect(draftWords.text).toContain('于 2026-11-23 10:00 启动应急响应');
    expect(draftWords.text).toContain('当前处于“调查核实”阶段');
  });
});
