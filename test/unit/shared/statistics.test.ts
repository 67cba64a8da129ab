// 统计分析 on a small fixed data set for November 2026, every expected number counted by hand
// (the counts are written out next to each assertion).
import { incidentOf } from '../../fixtures/incidents';
import { describe, expect, it } from 'vitest';
import { officialCalendar } from '@shared/calendar';
import type { Instruction } from '@shared/command';
import { defaultPlan } from '@shared/defaultPlan';
import type { Complaint, Incident } from '@shared/model';
import {
  customPeriod,
  openMeasuresOverdue,
  periodStatistics,
  presetPeriod,
  recurringCauses,
  statisticsTable,
  trendBuckets,
  trendUnitFor,
  type StatisticsWords,
} from '@shared/statistics';

const plan = defaultPlan('2026-11-01T09:00:00+08:00');
const NOW = Date.parse('2026-11-23T10:00:00+08:00');
const NOVEMBER = { from: '2026-11-01', to: '2026-12-01' };

const incident = (partial: Partial<Incident> & Pick<Incident, 'id' | 'state' | 'level' | 'milestones'>): Incident =>
  incidentOf({ place: '城东门店', ...partial });

const complaint = (id: string, receivedAt: string, channelCode: string): Pick<Complaint, 'id' | 'receivedAt' | 'channelCode'> => ({
  id,
  receivedAt,
  channelCode,
});

function instruction(partial: Partial<Instruction> & Pick<Instruction, 'id' | 'teamId' | 'state' | 'issuedAt' | 'deadline'>): Instruction {
  return {
    mode: 'live',
    incidentId: 'A',
    assigneeId: null,
    content: '收集信息',
    priority: 'urgent',
    issuedBy: 'l',
    issuedByName: '王建国',
    progress: [],
    updatedAt: '',
    updatedBy: '',
    ...partial,
  };
}

const report = (at: string) => ({ at, by: 'm', byName: '李明', text: '已完成' });

// Instructions belong to A (closed) unless they are still owed; those belong to B (investigating).
// November's incidents (the cohort: A, B, C, D, E, H) and older ones closed or not in November.
const incidents: Incident[] = [
  // A: level 2, every stage met, closed 11-10 satisfied.
  incident({
    id: 'A',
    state: 'closed',
    level: 2,
    satisfaction: 'satisfied',
    milestones: {
      receivedAt: '2026-11-02T09:00:00+08:00',
      acceptedAt: '2026-11-02T10:00:00+08:00',
      investigationDoneAt: '2026-11-04T10:00:00+08:00',
      solutionReadyAt: '2026-11-05T10:00:00+08:00',
      feedbackAt: '2026-11-06T10:00:00+08:00',
      closedAt: '2026-11-10T10:00:00+08:00',
    },
  }),
  // B: level 1 at "城东门店 " (same place), accepted 25 h after receipt (missed), reported to the
  // leading group after 60 min of 30 (missed); still investigating.
  incident({
    id: 'B',
    state: 'investigating',
    level: 1,
    place: '城东门店 ',
    milestones: {
      receivedAt: '2026-11-05T08:00:00+08:00',
      acceptedAt: '2026-11-06T09:00:00+08:00',
      levelOneAt: '2026-11-06T09:30:00+08:00',
      activatedAt: '2026-11-06T10:30:00+08:00',
    },
  }),
  // C: a service complaint, fed back 49 h after receipt against its 24 h rule (missed), closed
  // 11-13 unsatisfied.
  incident({
    id: 'C',
    state: 'closed',
    level: 3,
    categoryCode: 'service-quality',
    channelCode: 'online',
    place: '城西门店',
    satisfaction: 'unsatisfied',
    milestones: {
      receivedAt: '2026-11-10T09:00:00+08:00',
      acceptedAt: '2026-11-10T09:30:00+08:00',
      investigationDoneAt: '2026-11-10T12:00:00+08:00',
      solutionReadyAt: '2026-11-11T09:00:00+08:00',
      feedbackAt: '2026-11-12T10:00:00+08:00',
      closedAt: '2026-11-13T09:00:00+08:00',
    },
  }),
  // D: registered only, third time at 城东门店.
  incident({ id: 'D', state: 'registered', level: null, channelCode: 'visit', milestones: { receivedAt: '2026-11-20T15:00:00+08:00' } }),
  // E: rejected, no place.
  incident({
    id: 'E',
    state: 'rejected',
    level: null,
    categoryCode: 'other',
    channelCode: 'email',
    place: '  ',
    milestones: { receivedAt: '2026-11-21T10:00:00+08:00' },
  }),
  // H: received at the very first minute of the period, accepted in time.
  incident({
    id: 'H',
    state: 'graded',
    level: 3,
    categoryCode: 'data-privacy',
    channelCode: 'social-media',
    place: '线上商城',
    milestones: { receivedAt: '2026-11-01T00:00:00+08:00', acceptedAt: '2026-11-01T08:00:00+08:00' },
  }),
  // G: received at the first minute after the period.
  incident({ id: 'G', state: 'registered', level: null, milestones: { receivedAt: '2026-12-01T00:00:00+08:00' } }),
  // F: received in October, closed in November satisfied.
  incident({
    id: 'F',
    state: 'closed',
    level: 3,
    satisfaction: 'satisfied',
    milestones: { receivedAt: '2026-10-28T09:00:00+08:00', closedAt: '2026-11-03T09:00:00+08:00' },
  }),
  // J: received and closed in October.
  incident({
    id: 'J',
    state: 'closed',
    level: 3,
    satisfaction: 'satisfied',
    milestones: { receivedAt: '2026-10-15T09:00:00+08:00', closedAt: '2026-10-30T09:00:00+08:00' },
  }),
  // K: received in October, closed in November after arbitration without a satisfaction answer.
  incident({
    id: 'K',
    state: 'closed',
    level: 2,
    escalation: { route: 'arbitration' },
    milestones: { receivedAt: '2026-10-01T09:00:00+08:00', closedAt: '2026-11-15T09:00:00+08:00' },
  }),
];

const complaints = [
  complaint('a1', '2026-11-02T09:00:00+08:00', 'hotline'),
  complaint('b1', '2026-11-05T08:00:00+08:00', 'hotline'),
  complaint('b2', '2026-11-06T14:00:00+08:00', 'visit'),
  complaint('b3', '2026-12-01T08:00:00+08:00', 'visit'),
  complaint('c1', '2026-11-10T09:00:00+08:00', 'online'),
  complaint('d1', '2026-11-20T15:00:00+08:00', 'visit'),
  complaint('e1', '2026-11-21T10:00:00+08:00', 'email'),
  complaint('h1', '2026-11-01T00:00:00+08:00', 'social-media'),
  complaint('f1', '2026-10-28T09:00:00+08:00', 'hotline'),
];

const teams = [
  { id: 'info', code: 'information', kind: 'working-team' as const },
  { id: 'coord', code: 'coordination', kind: 'working-team' as const },
  { id: 'pub', code: 'publicity', kind: 'working-team' as const },
  { id: 'log', code: 'logistics', kind: 'working-team' as const },
  { id: 'tf', code: 'task-force-B', kind: 'task-force' as const },
];

const instructions = [
  // info: accepted; signed after 0.5 h, reported after 2 h.
  instruction({
    id: 'i1',
    teamId: 'info',
    state: 'accepted',
    issuedAt: '2026-11-05T11:00:00+08:00',
    signedAt: '2026-11-05T11:30:00+08:00',
    report: report('2026-11-05T13:00:00+08:00'),
    deadline: '2026-11-05T12:00:00+08:00',
  }),
  // info: signed after 1 h, still in progress long past its deadline (open, overdue).
  instruction({
    id: 'i2',
    incidentId: 'B',
    teamId: 'info',
    state: 'in-progress',
    issuedAt: '2026-11-06T09:00:00+08:00',
    signedAt: '2026-11-06T10:00:00+08:00',
    deadline: '2026-11-06T12:00:00+08:00',
  }),
  // info: issued yesterday, due tomorrow (open, not overdue).
  instruction({
    id: 'i3',
    incidentId: 'B',
    teamId: 'info',
    state: 'issued',
    issuedAt: '2026-11-22T09:00:00+08:00',
    deadline: '2026-11-24T09:00:00+08:00',
  }),
  // info: issued in October, not counted.
  instruction({ id: 'i7', teamId: 'info', state: 'issued', issuedAt: '2026-10-30T09:00:00+08:00', deadline: '2026-10-30T10:00:00+08:00' }),
  // coordination: reported, awaiting the issuer (open, not overdue); signed after 2 h, reported after 6 h.
  instruction({
    id: 'i4',
    incidentId: 'B',
    teamId: 'coord',
    state: 'reported',
    issuedAt: '2026-11-05T11:00:00+08:00',
    signedAt: '2026-11-05T13:00:00+08:00',
    report: report('2026-11-05T17:00:00+08:00'),
    deadline: '2026-11-05T18:00:00+08:00',
  }),
  // task force: never signed (open, overdue).
  instruction({
    id: 'i5',
    incidentId: 'B',
    teamId: 'tf',
    state: 'issued',
    issuedAt: '2026-11-06T10:00:00+08:00',
    deadline: '2026-11-06T11:00:00+08:00',
  }),
  // a person alone: accepted; signed after 3 h, reported after 4 h.
  instruction({
    id: 'i6',
    teamId: null,
    assigneeId: 'm',
    state: 'accepted',
    issuedAt: '2026-11-07T09:00:00+08:00',
    signedAt: '2026-11-07T12:00:00+08:00',
    report: report('2026-11-07T13:00:00+08:00'),
    deadline: '2026-11-07T18:00:00+08:00',
  }),
];

const measures: unknown[] = [
  { id: 'm1', incidentId: 'F', text: '更换老化计量设备', owner: '李明', dueDate: '2026-11-20', status: 'open' },
  { id: 'm2', incidentId: 'A', text: '修订门店接待流程', owner: '张伟', dueDate: '2026-11-23', status: 'open' },
  { id: 'm3', incidentId: 'A', text: '培训一线员工', owner: '张伟', dueDate: '2026-11-01', status: 'done' },
  { id: 'm4', incidentId: 'A', text: '增设投诉公示牌', owner: 'p-1', dueDate: '2026-11-01', status: 'open' },
  { id: 'm5', incidentId: 'A' },
];

const stats = periodStatistics({
  period: NOVEMBER,
  plan,
  calendar: officialCalendar,
  now: NOW,
  incidents,
  complaints,
  instructions,
  teams,
  measures,
});

describe('statistics for a period', () => {
  it('counts the complaints and incidents received in the period, its first minute in and the next period’s first minute out', () => {
    // Complaints a1, b1, b2, c1, d1, e1, h1 (b3 is in December, f1 in October). Of the incidents
    // received, A B C D E H, E was refused (不予受理): it is counted as rejected, not as an incident.
    expect(stats.summary).toEqual({
      complaints: 7,
      incidents: 5, // A B C D H
      levelOne: 1, // B
      rejected: 1, // E
      closed: 4, // A, C, F, K (J closed in October)
      satisfactionRate: 2 / 3, // A, F satisfied; C not; K not asked
      onTimeRate: 10 / 13, // see the per-stage counts below
      overdueMeasures: 2, // m4, m1
    });
  });

  it('counts incidents by category, grade and place, leaving out the rejected, and complaints by channel', () => {
    // product-quality: A B D; one each, in the plan's order, for service-quality (C) and data-privacy (H).
    // E (other) was not accepted, so 'other' has no incident and no row.
    expect(stats.byCategory).toEqual([
      { categoryCode: 'product-quality', count: 3 },
      { categoryCode: 'service-quality', count: 1 },
      { categoryCode: 'data-privacy', count: 1 },
    ]);
    expect(stats.byLevel).toEqual([
      { level: 1, count: 1 }, // B
      { level: 2, count: 1 }, // A
      { level: 3, count: 2 }, // C, H
      { level: 'none', count: 1 }, // D (E, rejected, is no ungraded incident)
    ]);
    // Complaints, the refused e1 among them: hotline: a1 b1; visit: b2 d1; then email e1, online c1,
    // social-media h1 (ties in the plan's order).
    expect(stats.byChannel).toEqual([
      { channelCode: 'hotline', count: 2 },
      { channelCode: 'visit', count: 2 },
      { channelCode: 'email', count: 1 },
      { channelCode: 'online', count: 1 },
      { channelCode: 'social-media', count: 1 },
    ]);
    // "城东门店 " is the same place as "城东门店": A B D. E's blank place is not counted: E was rejected.
    expect(stats.byPlace[0]).toEqual({ place: '城东门店', count: 3 });
    expect(stats.byPlace).toHaveLength(3);
    expect(stats.byPlace.slice(1)).toEqual(
      expect.arrayContaining([
        { place: '城西门店', count: 1 },
        { place: '线上商城', count: 1 },
      ]),
    );
    const topTwo = periodStatistics({
      period: NOVEMBER,
      plan,
      calendar: officialCalendar,
      now: NOW,
      incidents,
      complaints,
      instructions,
      teams,
      measures,
      placeTop: 2,
    });
    expect(topTwo.byPlace).toHaveLength(2);
    expect(topTwo.placesNotShown).toBe(1);
  });

  it('draws a month’s trend by day, counting complaints and incidents on the day they were received', () => {
    expect(stats.trend.unit).toBe('day');
    expect(stats.trend.buckets).toHaveLength(30);
    const busy = stats.trend.buckets.filter((b) => b.complaints || b.incidents).map((b) => [b.start, b.complaints, b.incidents]);
    expect(busy).toEqual([
      ['2026-11-01', 1, 1], // h1 / H at 00:00
      ['2026-11-02', 1, 1], // a1 / A
      ['2026-11-05', 1, 1], // b1 / B
      ['2026-11-06', 1, 0], // b2, attached to B
      ['2026-11-10', 1, 1], // c1 / C
      ['2026-11-20', 1, 1], // d1 / D
      ['2026-11-21', 1, 0], // e1; E was rejected, no incident opened
    ]);
  });

  it('gives the on-time rate of the stages the period’s incidents finished', () => {
    expect(stats.onTime).toEqual([
      { stage: 'acceptance', met: 3, missed: 1, rate: 3 / 4 }, // A C H met, B 25 h
      { stage: 'report', met: 0, missed: 1, rate: 0 }, // B: 60 min of 30
      { stage: 'investigation', met: 2, missed: 0, rate: 1 }, // A, C
      { stage: 'solution', met: 2, missed: 0, rate: 1 }, // A, C
      { stage: 'feedback', met: 1, missed: 1, rate: 1 / 2 }, // A in 2 working days; C 49 h of 24
      { stage: 'evaluation', met: 2, missed: 0, rate: 1 }, // A, C
    ]);
  });

  it('counts the satisfaction of the incidents closed in the period, whenever they were received', () => {
    expect(stats.satisfaction).toEqual({ satisfied: 2, unsatisfied: 1, unrecorded: 1 });
  });

  it('finds the same category at the same place twice or more as a recurring cause', () => {
    expect(stats.recurring).toEqual([{ categoryCode: 'product-quality', place: '城东门店', count: 3, numbers: ['SJ-A', 'SJ-B', 'SJ-D'] }]);
    const cases = [
      { categoryCode: 'food-safety', place: 'Mall  North', number: 'N2' },
      { categoryCode: 'food-safety', place: 'mall north', number: 'N1' },
      { categoryCode: 'service-quality', place: 'Mall North', number: 'N3' },
      { categoryCode: 'other', place: '', number: 'X1' },
      { categoryCode: 'other', place: ' ', number: 'X2' },
    ];
    expect(recurringCauses(cases)).toEqual([{ categoryCode: 'food-safety', place: 'Mall North', count: 2, numbers: ['N1', 'N2'] }]);
  });

  it('gives each team’s instructions issued in the period: open, overdue and average hours to sign and report', () => {
    expect(stats.workload).toEqual([
      { teamId: 'info', issued: 3, open: 2, overdue: 1, avgSignHours: 0.75, avgReportHours: 2 },
      { teamId: 'coord', issued: 1, open: 1, overdue: 0, avgSignHours: 2, avgReportHours: 6 },
      { teamId: 'pub', issued: 0, open: 0, overdue: 0, avgSignHours: null, avgReportHours: null },
      { teamId: 'log', issued: 0, open: 0, overdue: 0, avgSignHours: null, avgReportHours: null },
      { teamId: 'tf', issued: 1, open: 1, overdue: 1, avgSignHours: null, avgReportHours: null },
      { teamId: null, issued: 1, open: 0, overdue: 0, avgSignHours: 3, avgReportHours: 4 },
    ]);
  });

  it('counts an instruction left unsigned on a closed incident as neither open nor overdue', () => {
    const leftover = instruction({
      id: 'i9',
      teamId: 'pub',
      state: 'issued',
      issuedAt: '2026-11-06T09:00:00+08:00',
      deadline: '2026-11-06T10:00:00+08:00',
    });
    const withLeftover = periodStatistics({
      period: NOVEMBER,
      plan,
      calendar: officialCalendar,
      now: NOW,
      incidents,
      complaints,
      instructions: [...instructions, leftover],
      teams,
      measures,
    });
    expect(withLeftover.workload.find((row) => row.teamId === 'pub')).toMatchObject({ issued: 1, open: 0, overdue: 0 });
  });

  it('lists open improvement measures past their due date, oldest first, skipping unreadable rows', () => {
    expect(stats.overdueMeasures).toEqual([
      { id: 'm4', incidentId: 'A', number: 'SJ-A', text: '增设投诉公示牌', owner: 'p-1', dueDate: '2026-11-01', daysOverdue: 22 },
      { id: 'm1', incidentId: 'F', number: 'SJ-F', text: '更换老化计量设备', owner: '李明', dueDate: '2026-11-20', daysOverdue: 3 },
    ]);
    expect(openMeasuresOverdue(measures, '2026-11-24').map((m) => m.id)).toEqual(['m4', 'm1', 'm2']);
  });

  it('writes each chart as a table with the same numbers, percentages to one decimal', () => {
    const words: StatisticsWords = {
      category: (code) => plan.categories.find((c) => c.code === code)!.name.zh,
      channel: (code) => plan.channels.find((c) => c.code === code)!.name.zh,
      level: (level) => (level === 'none' ? '未分级' : `${level}级`),
      stage: (stage) => stage,
      satisfaction: (result) => ({ satisfied: '满意', unsatisfied: '不满意', unrecorded: '未评价' })[result],
      team: (id) => id ?? '个人',
      place: (place) => place || '未填写',
      person: (owner) => (owner === 'p-1' ? '陈晓' : owner),
      bucket: (b) => b.start,
      numbers: (numbers) => numbers.join('、'),
    };
    expect(statisticsTable('category', stats, words)).toEqual({
      chart: 'category',
      columns: ['category', 'incidents', 'share'],
      rows: [
        // Shares of the 5 incidents (E, rejected, is not one): 3/5, 1/5, 1/5.
        ['产品质量', 3, 60],
        ['服务质量', 1, 20],
        ['数据隐私', 1, 20],
      ],
    });
    expect(statisticsTable('onTime', stats, words).rows[0]).toEqual(['acceptance', 3, 1, 75]);
    expect(statisticsTable('satisfaction', stats, words).rows).toEqual([
      ['满意', 2, 50],
      ['不满意', 1, 25],
      ['未评价', 1, 25],
    ]);
    expect(statisticsTable('workload', stats, words).rows[0]).toEqual(['info', 3, 2, 1, 0.8, 2]);
    expect(statisticsTable('workload', stats, words).rows[2]).toEqual(['pub', 0, 0, 0, '', '']);
    expect(statisticsTable('measures', stats, words).rows[0]).toEqual(['SJ-A', '增设投诉公示牌', '陈晓', '2026-11-01', 22]);
    expect(statisticsTable('recurring', stats, words).rows).toEqual([['产品质量', '城东门店', 3, 'SJ-A、SJ-B、SJ-D']]);
  });
});

describe('periods', () => {
  it('names this month, last month (across a new year), this quarter and this year', () => {
    expect(presetPeriod('this-month', '2026-11-23')).toEqual({ from: '2026-11-01', to: '2026-12-01' });
    expect(presetPeriod('last-month', '2026-11-23')).toEqual({ from: '2026-10-01', to: '2026-11-01' });
    expect(presetPeriod('last-month', '2026-01-15')).toEqual({ from: '2025-12-01', to: '2026-01-01' });
    expect(presetPeriod('this-quarter', '2026-11-23')).toEqual({ from: '2026-10-01', to: '2027-01-01' });
    expect(presetPeriod('this-year', '2026-11-23')).toEqual({ from: '2026-01-01', to: '2027-01-01' });
  });

  it('takes a custom period with both days included, and names every problem by its field', () => {
    expect(customPeriod('2026-11-01', '2026-11-30')).toEqual({ ok: true, period: { from: '2026-11-01', to: '2026-12-01' } });
    expect(customPeriod('2026-11-05', '2026-11-05')).toEqual({ ok: true, period: { from: '2026-11-05', to: '2026-11-06' } });
    expect(customPeriod('', '')).toEqual({
      ok: false,
      problems: [
        { field: 'from', code: 'required' },
        { field: 'to', code: 'required' },
      ],
    });
    expect(customPeriod('2026-02-30', '2026-03-01')).toEqual({ ok: false, problems: [{ field: 'from', code: 'invalid' }] });
    expect(customPeriod('2026-11-30', '2026-11-01')).toEqual({ ok: false, problems: [{ field: 'to', code: 'order' }] });
    expect(customPeriod('2023-01-01', '2026-01-01')).toEqual({ ok: false, problems: [{ field: 'to', code: 'too-long' }] });
  });

  it('trends a quarter by week from Monday and a year by month', () => {
    const quarter = presetPeriod('this-quarter', '2026-11-23');
    expect(trendUnitFor(quarter)).toBe('week');
    const weeks = trendBuckets(quarter, 'week');
    // Thursday 1 October to the first Monday, then 13 weeks from Monday 5 October to Monday 28 December.
    expect(weeks).toHaveLength(14);
    expect(weeks[0]).toEqual({ start: '2026-10-01', end: '2026-10-05' });
    expect(weeks.at(-1)).toEqual({ start: '2026-12-28', end: '2027-01-01' });
    const year = presetPeriod('this-year', '2026-11-23');
    expect(trendUnitFor(year)).toBe('month');
    expect(trendBuckets(year, 'month').map((b) => b.start)).toEqual(
      Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}-01`),
    );
  });
});
