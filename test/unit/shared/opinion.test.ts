// 舆情: what the monitoring team may log, the rule that suggests raising the grade once negative
// reach within the plan's window reaches its threshold (exact numbers at the edges), and the
// trend the incident page charts.
import { describe, expect, it } from 'vitest';
import { defaultPlan } from '@shared/defaultPlan';
import type { Incident } from '@shared/model';
import {
  DEFAULT_OPINION_RAISE,
  negativeReachWithin,
  opinionSuggestion,
  opinionTrend,
  paddedBuckets,
  trendMaximum,
  parseReach,
  validateOpinion,
  type OpinionInput,
  type OpinionItem,
  type Sentiment,
} from '@shared/opinion';
import type { Level, Plan } from '@shared/plan';
import { toIsoWithOffset } from '@shared/time';

/** Monday 2026-11-23 10:00 China time. */
const NOW = Date.parse('2026-11-23T10:00:00+08:00');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const OFFSET = 480;
const PLAN = defaultPlan('2026-11-01T09:00:00+08:00');

const item = (sentiment: Sentiment, reach: number, foundAtMs: number): Pick<OpinionItem, 'sentiment' | 'reach' | 'foundAt'> => ({
  sentiment,
  reach,
  foundAt: toIsoWithOffset(foundAtMs, OFFSET),
});

type Graded = Pick<Incident, 'level' | 'state' | 'facts' | 'peopleInvolved' | 'urgency'>;
const incident = (level: Level | null, state: Incident['state'] = level === null ? 'verified' : 'investigating'): Graded => ({
  level,
  state,
  facts: { mediaAttention: false, injury: false, regulatorInvolved: false, repeatComplaint: false, amountAtStake: 0 },
  peopleInvolved: 1,
  urgency: 'normal',
});

const input = (overrides: Partial<OpinionInput> = {}): OpinionInput => ({
  platform: 'weibo',
  link: 'https://weibo.com/1234567890/PqRsTuVw?refer=search',
  summary: '网友发帖称城东加油站加油机少加油，转发量快速上升',
  sentiment: 'negative',
  reach: '8000',
  foundAt: '2026-11-23T09:40',
  ...overrides,
});
const problemsOf = (overrides: Partial<OpinionInput>, now = NOW) => {
  const result = validateOpinion(input(overrides), OFFSET, now);
  return result.ok ? [] : result.problems;
};

describe('what may be logged', () => {
  it('accepts a complete item and cleans it', () => {
    const result = validateOpinion(input({ summary: '  网友发帖称加油机少加油  ', reach: '1.2万' }), OFFSET, NOW);
    expect(result).toEqual({
      ok: true,
      value: {
        platform: 'weibo',
        link: 'https://weibo.com/1234567890/PqRsTuVw?refer=search',
        summary: '网友发帖称加油机少加油',
        sentiment: 'negative',
        reach: 12_000,
        mediaPickup: false,
        foundAtMs: Date.parse('2026-11-23T09:40:00+08:00'),
      },
    });
  });

  it('takes an item without a link, and a reach of 0 when nobody knows it', () => {
    const result = validateOpinion(input({ link: '  ', reach: '0' }), OFFSET, NOW);
    expect(result.ok && result.value).toMatchObject({ reach: 0 });
    expect(result.ok && 'link' in result.value).toBe(false);
  });

  it('names every missing field with its own code', () => {
    const result = validateOpinion({ platform: '', link: '', summary: ' ', sentiment: '', reach: '', foundAt: '' }, OFFSET, NOW);
    expect(result).toEqual({
      ok: false,
      problems: [
        { field: 'platform', code: 'platform-required' },
        { field: 'summary', code: 'summary-required' },
        { field: 'sentiment', code: 'sentiment-required' },
        { field: 'reach', code: 'reach-required' },
        { field: 'foundAt', code: 'found-at-invalid' },
      ],
    });
  });

  it('refuses platforms and sentiments it does not know', () => {
    expect(problemsOf({ platform: 'twitter', sentiment: 'angry' })).toEqual([
      { field: 'platform', code: 'platform-required' },
      { field: 'sentiment', code: 'sentiment-required' },
    ]);
  });

  it.each([
    'weibo.com/1234567890/PqRsTuVw',
    'ftp://files.example.com/a.txt',
    'javascript:alert(1)',
    'https://user@evil.example.com/',
    'https://localhost/post',
    'https://weibo .com/1',
  ])('refuses %s as a link', (link) => {
    expect(problemsOf({ link })).toEqual([{ field: 'link', code: 'link-invalid' }]);
  });

  it.each(['http://news.example.cn/2026/11/23/a.html', 'https://t.cn/A6xYz', 'https://mp.weixin.qq.com/s/AbC-dEf_123#frag'])(
    'accepts %s as a link',
    (link) => {
      expect(problemsOf({ link })).toEqual([]);
    },
  );

  it('refuses a link or a summary too long to be one', () => {
    expect(problemsOf({ link: `https://example.com/${'a'.repeat(2000)}` })).toEqual([{ field: 'link', code: 'link-too-long' }]);
    expect(problemsOf({ summary: '长'.repeat(1001) })).toEqual([{ field: 'summary', code: 'summary-too-long' }]);
    expect(problemsOf({ summary: '长'.repeat(1000) })).toEqual([]);
  });

  it.each(['-5', '12.5', 'abc', '1.23456万', '12000人'])('refuses %s as a reach', (reach) => {
    expect(problemsOf({ reach })).toEqual([{ field: 'reach', code: 'reach-invalid' }]);
  });

  it('refuses a reach beyond any real audience', () => {
    expect(problemsOf({ reach: '100000000001' })).toEqual([{ field: 'reach', code: 'reach-too-large' }]);
    expect(problemsOf({ reach: '1000亿' })).toEqual([]);
  });

  it('reads reach as people write it', () => {
    expect(parseReach('12000')).toBe(12_000);
    expect(parseReach('12,000')).toBe(12_000);
    expect(parseReach(' 12，000 ')).toBe(12_000);
    expect(parseReach('1.2万')).toBe(12_000);
    expect(parseReach('1.25万')).toBe(12_500);
    expect(parseReach('3亿')).toBe(300_000_000);
    expect(parseReach(4500)).toBe(4500);
    expect(parseReach(4500.5)).toBeNull();
    expect(parseReach(-1)).toBeNull();
  });

  it('refuses a time found later than now, or that does not exist; now itself is fine', () => {
    expect(problemsOf({ foundAt: '2026-11-23T10:01' })).toEqual([{ field: 'foundAt', code: 'found-at-future' }]);
    expect(problemsOf({ foundAt: '2026-11-23T10:00' })).toEqual([]);
    expect(problemsOf({ foundAt: '2026-02-30T10:00' })).toEqual([{ field: 'foundAt', code: 'found-at-invalid' }]);
  });
});

describe('the rule: negative reach within the plan’s window against its threshold', () => {
  it('uses the plan’s threshold, 10,000 within 24 hours by default', () => {
    expect(PLAN.opinionRaise).toEqual({ negativeReach: 10_000, withinHours: 24 });
    expect(DEFAULT_OPINION_RAISE).toEqual({ negativeReach: 10_000, withinHours: 24 });
  });

  it('suggests nothing at 9,999 and raising level 3 to level 2 at exactly 10,000', () => {
    const below = [item('negative', 4_000, NOW - 3 * HOUR), item('negative', 5_999, NOW - 20 * MINUTE)];
    expect(opinionSuggestion(below, incident(3), PLAN, NOW)).toBeNull();
    const at = [...below, item('negative', 1, NOW)];
    expect(opinionSuggestion(at, incident(3), PLAN, NOW)).toEqual({
      kind: 'raise',
      current: 3,
      suggested: 2,
      reach: 10_000,
      threshold: 10_000,
      withinHours: 24,
    });
  });

  it('counts only negative items: neutral and positive reach, however large, do not count', () => {
    const items = [item('negative', 9_000, NOW - HOUR), item('neutral', 50_000, NOW - HOUR), item('positive', 80_000, NOW - HOUR)];
    expect(negativeReachWithin(items, NOW, 24)).toBe(9_000);
    expect(opinionSuggestion(items, incident(3), PLAN, NOW)).toBeNull();
  });

  it('counts an item found exactly 24 hours ago, not one found a minute earlier', () => {
    const recent = item('negative', 6_000, NOW - 2 * HOUR);
    expect(opinionSuggestion([recent, item('negative', 4_000, NOW - 24 * HOUR)], incident(3), PLAN, NOW)?.reach).toBe(10_000);
    expect(opinionSuggestion([recent, item('negative', 4_000, NOW - 24 * HOUR - MINUTE)], incident(3), PLAN, NOW)).toBeNull();
  });

  it('does not count an item stamped later than now', () => {
    expect(negativeReachWithin([item('negative', 20_000, NOW + MINUTE)], NOW, 24)).toBe(0);
  });

  it('suggests one level up at most: level 2 to level 1, nothing for level 1', () => {
    const items = [item('negative', 12_000, NOW - HOUR)];
    expect(opinionSuggestion(items, incident(2), PLAN, NOW)).toMatchObject({ kind: 'raise', current: 2, suggested: 1, reach: 12_000 });
    expect(opinionSuggestion(items, incident(1), PLAN, NOW)).toBeNull();
  });

  it('suggests grading an ungraded incident as the rules grade media attention: level 1', () => {
    const items = [item('negative', 12_000, NOW - HOUR)];
    expect(opinionSuggestion(items, incident(null, 'verified'), PLAN, NOW)).toEqual({
      kind: 'grade',
      current: null,
      suggested: 1,
      reach: 12_000,
      threshold: 10_000,
      withinHours: 24,
    });
    expect(opinionSuggestion(items, incident(null, 'registered'), PLAN, NOW)).toMatchObject({ kind: 'grade', suggested: 1 });
  });

  it('suggests nothing for a closed or rejected incident', () => {
    const items = [item('negative', 50_000, NOW - HOUR)];
    expect(opinionSuggestion(items, incident(3, 'closed'), PLAN, NOW)).toBeNull();
    expect(opinionSuggestion(items, incident(null, 'rejected'), PLAN, NOW)).toBeNull();
  });

  it('follows the plan’s own threshold and window: 50,000 within 6 hours', () => {
    const plan: Plan = { ...PLAN, opinionRaise: { negativeReach: 50_000, withinHours: 6 } };
    const items = [
      item('negative', 30_000, NOW - 5 * HOUR),
      item('negative', 19_999, NOW - 10 * MINUTE),
      item('negative', 40_000, NOW - 7 * HOUR),
    ];
    expect(opinionSuggestion(items, incident(3), plan, NOW)).toBeNull();
    const more = [...items, item('negative', 1, NOW - MINUTE)];
    expect(opinionSuggestion(more, incident(3), plan, NOW)).toMatchObject({
      reach: 50_000,
      threshold: 50_000,
      withinHours: 6,
      suggested: 2,
    });
  });

  it('falls back to 10,000 within 24 hours for a plan stored before the rule existed', () => {
    const { opinionRaise: _absent, ...older } = PLAN;
    expect(opinionSuggestion([item('negative', 9_999, NOW - HOUR)], incident(3), older, NOW)).toBeNull();
    expect(opinionSuggestion([item('negative', 10_000, NOW - 23 * HOUR)], incident(3), older, NOW)).toMatchObject({ reach: 10_000 });
  });

  it('lets the suggestion lapse as items age out of the window', () => {
    const items = [item('negative', 12_000, NOW - HOUR)];
    expect(opinionSuggestion(items, incident(3), PLAN, NOW + 23 * HOUR)).not.toBeNull();
    expect(opinionSuggestion(items, incident(3), PLAN, NOW + 23 * HOUR + MINUTE)).toBeNull();
  });
});

describe('the trend', () => {
  const rule = { negativeReach: 10_000, withinHours: 24 };

  it('has nothing to draw without items', () => {
    expect(opinionTrend([], { nowMs: NOW, offsetMinutes: OFFSET, rule })).toEqual({
      unit: 'hour',
      buckets: [],
      threshold: 10_000,
      withinHours: 24,
    });
  });

  it('goes by the hour over a short span, splits reach by sentiment and carries what the rule counts', () => {
    const items = [
      item('negative', 3_000, Date.parse('2026-11-23T08:10:00+08:00')),
      item('positive', 500, Date.parse('2026-11-23T08:50:00+08:00')),
      item('negative', 8_000, Date.parse('2026-11-23T09:30:00+08:00')),
      item('neutral', 1_200, Date.parse('2026-11-23T09:45:00+08:00')),
    ];
    const trend = opinionTrend(items, { nowMs: NOW, offsetMinutes: OFFSET, rule });
    expect(trend.unit).toBe('hour');
    expect(trend.threshold).toBe(10_000);
    expect(trend.buckets.map(({ start: _start, ...rest }) => rest)).toEqual([
      { label: '11-23 08:00', negative: 3_000, neutral: 0, positive: 500, negativeInWindow: 3_000 },
      { label: '11-23 09:00', negative: 8_000, neutral: 1_200, positive: 0, negativeInWindow: 11_000 },
      { label: '11-23 10:00', negative: 0, neutral: 0, positive: 0, negativeInWindow: 11_000 },
    ]);
    // The current period shows exactly what the suggestion counts now.
    expect(trend.buckets.at(-1)!.negativeInWindow).toBe(opinionSuggestion(items, incident(3), PLAN, NOW)!.reach);
  });

  it('goes by the plan’s day over a long span, midnight to midnight China time', () => {
    const items = [
      // 02:00 on 11-20 China time is still 11-19 in UTC.
      item('negative', 7_000, Date.parse('2026-11-20T02:00:00+08:00')),
      item('negative', 4_000, Date.parse('2026-11-21T20:00:00+08:00')),
      item('positive', 2_000, Date.parse('2026-11-22T09:00:00+08:00')),
      item('negative', 9_000, Date.parse('2026-11-23T08:00:00+08:00')),
    ];
    const trend = opinionTrend(items, { nowMs: NOW, offsetMinutes: OFFSET, rule });
    expect(trend.unit).toBe('day');
    // Each day's window value is what the rule counts at its last moment: by the end of 11-22 the
    // 20:00 item of 11-21 has left the 24 hours.
    expect(trend.buckets.map(({ start: _start, ...rest }) => rest)).toEqual([
      { label: '11-20', negative: 7_000, neutral: 0, positive: 0, negativeInWindow: 7_000 },
      { label: '11-21', negative: 4_000, neutral: 0, positive: 0, negativeInWindow: 4_000 },
      { label: '11-22', negative: 0, neutral: 0, positive: 2_000, negativeInWindow: 0 },
      { label: '11-23', negative: 9_000, neutral: 0, positive: 0, negativeInWindow: 9_000 },
    ]);
    expect(trend.buckets[0]!.start).toBe(Date.parse('2026-11-20T00:00:00+08:00'));
  });

  it('pads a short trend with empty earlier periods, so one item does not fill the chart, and knows its largest value', () => {
    const trend = opinionTrend([item('negative', 16_000, Date.parse('2026-11-23T09:30:00+08:00'))], {
      nowMs: NOW,
      offsetMinutes: OFFSET,
      rule,
    });
    expect(trend.buckets).toHaveLength(2);
    const padded = paddedBuckets(trend, OFFSET);
    expect(padded.map((b) => b.label)).toEqual(['11-23 05:00', '11-23 06:00', '11-23 07:00', '11-23 08:00', '11-23 09:00', '11-23 10:00']);
    expect(padded.slice(0, 4).every((b) => b.negative + b.neutral + b.positive + b.negativeInWindow === 0)).toBe(true);
    expect(padded.slice(4)).toEqual(trend.buckets);
    expect(paddedBuckets({ ...trend, buckets: [] }, OFFSET)).toEqual([]);
    expect(trendMaximum(trend)).toBe(16_000);
    expect(trendMaximum({ ...trend, threshold: 20_000 })).toBe(20_000);
  });

  it('switches from hours to days past 48 hours', () => {
    const within = opinionTrend([item('negative', 1, NOW - 47 * HOUR)], { nowMs: NOW, offsetMinutes: OFFSET, rule });
    expect(within.unit).toBe('hour');
    expect(within.buckets).toHaveLength(48);
    const beyond = opinionTrend([item('negative', 1, NOW - 49 * HOUR)], { nowMs: NOW, offsetMinutes: OFFSET, rule });
    expect(beyond.unit).toBe('day');
    expect(beyond.buckets.map((b) => b.label)).toEqual(['11-21', '11-22', '11-23']);
  });
});
