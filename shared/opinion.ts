// 舆情: public-opinion items logged per incident (platform, link, summary, sentiment, estimated
// reach), the rule that suggests raising the grade when negative reach grows past the plan's
// threshold, and the trend the incident page charts. Pure: the caller passes the time.
import { z } from 'zod';
import { decided, refused, type Decision, type Stamp } from './commandKit';
import { gradeSuggestion } from './grading';
import { ModeSchema, type Incident } from './model';
import { opinionWarningRule, warningAlerts, warningLevel, WarningLevelSchema } from './opinionWarning';
import type { Level, Plan } from './plan';
import { parsePlanLocalDateTime, toIsoWithOffset } from './time';

/** 微博, 微信, 抖音, 新闻网站, 论坛, 其他. */
export const OPINION_PLATFORMS = ['weibo', 'wechat', 'douyin', 'news', 'forum', 'other'] as const;
export type OpinionPlatform = (typeof OPINION_PLATFORMS)[number];
export const SENTIMENTS = ['negative', 'neutral', 'positive'] as const;
export type Sentiment = (typeof SENTIMENTS)[number];

/** Longest summary and link kept; longer text is a paste gone wrong, not a summary. */
export const SUMMARY_MAX = 1000;
export const LINK_MAX = 2000;
/** More than the world's population ten times over: a typing error, not an estimate. */
export const REACH_MAX = 100_000_000_000;

export const OpinionItemSchema = z.object({
  id: z.string().uuid(),
  mode: ModeSchema,
  /** The incident it concerns; absent while it is watched before (or without) one. */
  incidentId: z.string().optional(),
  /** 1 while no incident is attached (an index of what is watched); absent once attached. */
  watching: z.literal(1).optional(),
  platform: z.enum(OPINION_PLATFORMS),
  /** The post or article, http(s) only; absent when the item was seen offline or the link is lost. */
  link: z.string().optional(),
  summary: z.string().min(1),
  sentiment: z.enum(SENTIMENTS),
  /** Estimated reach (估计触达人次): views, readers or followers, as the monitoring team estimates. */
  reach: z.number().int().nonnegative(),
  /** Shares and comments (转发评论数), where the platform shows them. */
  spread: z.number().int().nonnegative().optional(),
  /** Picked up by news media (媒体转载/跟进). */
  mediaPickup: z.boolean().optional(),
  /** The warning level by the plan's rule when it was logged (舆情预警); absent: not negative. */
  warning: WarningLevelSchema.optional(),
  /** When a warning at or above the plan's alert level was raised (the alert's instant, indexed). */
  alertAt: z.string().optional(),
  /** When the monitoring team found it, ISO with the plan's offset. */
  foundAt: z.string(),
  recordedAt: z.string(),
  recordedBy: z.string(),
  recordedByName: z.string(),
  updatedAt: z.string(),
});
export type OpinionItem = z.infer<typeof OpinionItemSchema>;

// ---------------------------------------------------------------------------------------------
// Validation of what the operator typed.

/** The form as typed: every value a string (reach may come as a number from other callers). */
export type OpinionInput = {
  /** Shares and comments as typed; empty when the platform does not show them. */
  spread?: string | number;
  mediaPickup?: boolean;
  platform: string;
  link: string;
  summary: string;
  sentiment: string;
  reach: string | number;
  /** Plan-local "YYYY-MM-DDTHH:mm", as a datetime-local input gives it. */
  foundAt: string;
};
export type OpinionField = Exclude<keyof OpinionInput, 'mediaPickup'>;
export type OpinionProblem = { field: OpinionField; code: string };
export type ValidOpinion = {
  platform: OpinionPlatform;
  link?: string;
  summary: string;
  sentiment: Sentiment;
  reach: number;
  spread?: number;
  mediaPickup: boolean;
  foundAtMs: number;
};

/**
 * Reach as people write it: 12000, 12,000, 1.2万 (ten thousand) or 3亿 (a hundred million).
 * Null unless it comes to a whole number of at least zero.
 */
export function parseReach(value: string | number): number | null {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : null;
  const text = value.trim().replace(/[,，\s]/g, '');
  const match = /^(\d+(?:\.\d+)?)(万|亿)?$/.exec(text);
  if (!match) return null;
  const factor = match[2] === '亿' ? 100_000_000 : match[2] === '万' ? 10_000 : 1;
  // Scaled in integers so that 1.2万 is exactly 12000, not 11999.999….
  const [whole, fraction = ''] = match[1]!.split('.');
  const scaled = Number(whole + fraction) * factor;
  const divisor = 10 ** fraction.length;
  if (scaled % divisor !== 0) return null;
  return scaled / divisor;
}

/**
 * An http(s) address with a dotted host and no credentials (user@host is a classic disguise).
 * A pattern rather than URL: shared/ runs without the DOM's URL class.
 */
const WEB_LINK = /^https?:\/\/[^\s/?#@:]+\.[^\s/?#@:]+(?::\d{1,5})?(?:[/?#]\S*)?$/i;
const isWebLink = (value: string) => WEB_LINK.test(value);

/** Every problem field by field (empty list: it may be logged), or the cleaned values. */
export function validateOpinion(
  input: OpinionInput,
  offsetMinutes: number,
  nowMs: number,
): { ok: true; value: ValidOpinion } | { ok: false; problems: OpinionProblem[] } {
  const problems: OpinionProblem[] = [];
  const platform = OPINION_PLATFORMS.find((p) => p === input.platform);
  if (!platform) problems.push({ field: 'platform', code: 'platform-required' });
  const link = input.link.trim();
  if (link.length > LINK_MAX) problems.push({ field: 'link', code: 'link-too-long' });
  else if (link && !isWebLink(link)) problems.push({ field: 'link', code: 'link-invalid' });
  const summary = input.summary.trim();
  if (!summary) problems.push({ field: 'summary', code: 'summary-required' });
  else if (summary.length > SUMMARY_MAX) problems.push({ field: 'summary', code: 'summary-too-long' });
  const sentiment = SENTIMENTS.find((s) => s === input.sentiment);
  if (!sentiment) problems.push({ field: 'sentiment', code: 'sentiment-required' });
  const reach = parseReach(input.reach);
  if (typeof input.reach === 'string' && input.reach.trim() === '') problems.push({ field: 'reach', code: 'reach-required' });
  else if (reach === null) problems.push({ field: 'reach', code: 'reach-invalid' });
  else if (reach > REACH_MAX) problems.push({ field: 'reach', code: 'reach-too-large' });
  const spreadText = input.spread === undefined ? '' : String(input.spread).trim();
  const spread = spreadText === '' ? undefined : parseReach(spreadText);
  if (spread === null || (spread !== undefined && spread > REACH_MAX)) problems.push({ field: 'spread', code: 'spread-invalid' });
  const foundAtMs = parsePlanLocalDateTime(input.foundAt, offsetMinutes);
  if (foundAtMs === null) problems.push({ field: 'foundAt', code: 'found-at-invalid' });
  else if (foundAtMs > nowMs) problems.push({ field: 'foundAt', code: 'found-at-future' });
  if (problems.length > 0 || !platform || !sentiment || reach === null || foundAtMs === null) return { ok: false, problems };
  return {
    ok: true,
    value: {
      platform,
      ...(link ? { link } : {}),
      summary,
      sentiment,
      reach,
      ...(spread != null ? { spread } : {}),
      mediaPickup: input.mediaPickup === true,
      foundAtMs,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The rule: negative reach within the plan's window against its threshold.

export type OpinionRaiseRule = { negativeReach: number; withinHours: number };
/** The plan's default (shared/defaultPlan.ts); plans stored before the rule existed use it. */
export const DEFAULT_OPINION_RAISE: OpinionRaiseRule = { negativeReach: 10_000, withinHours: 24 };
export const opinionRule = (plan: Pick<Plan, 'opinionRaise'>): OpinionRaiseRule => plan.opinionRaise ?? DEFAULT_OPINION_RAISE;

const HOUR = 3_600_000;

type Found = Pick<OpinionItem, 'sentiment' | 'reach' | 'foundAt'>;

/** Estimated reach of the negative items found in the `withinHours` up to `atMs`, both ends included. */
export function negativeReachWithin(items: readonly Found[], atMs: number, withinHours: number): number {
  const since = atMs - withinHours * HOUR;
  let total = 0;
  for (const item of items) {
    if (item.sentiment !== 'negative') continue;
    const found = Date.parse(item.foundAt);
    if (found >= since && found <= atMs) total += item.reach;
  }
  return total;
}

/**
 * What the rule suggests. `raise`: the incident is graded, one level up (level 1 at most). `grade`:
 * not graded yet, so there is no level to step up from; the suggestion is what the plan's grading
 * rules give once the spread is counted as media attention (引起媒体关注), level 1 under the
 * default rules, since wide negative coverage is exactly that criterion.
 */
export type OpinionSuggestion = {
  kind: 'raise' | 'grade';
  current: Level | null;
  suggested: Level;
  reach: number;
  threshold: number;
  withinHours: number;
};

/** Incidents past deciding: a closed or rejected incident is not regraded. */
const SETTLED = new Set<Incident['state']>(['closed', 'rejected']);

export function opinionSuggestion(
  items: readonly Found[],
  incident: Pick<Incident, 'level' | 'state' | 'facts' | 'peopleInvolved' | 'urgency'>,
  plan: Pick<Plan, 'opinionRaise' | 'grading'>,
  nowMs: number,
): OpinionSuggestion | null {
  const rule = opinionRule(plan);
  const reach = negativeReachWithin(items, nowMs, rule.withinHours);
  if (reach < rule.negativeReach || incident.level === 1 || SETTLED.has(incident.state)) return null;
  const numbers = { reach, threshold: rule.negativeReach, withinHours: rule.withinHours };
  if (incident.level === null) {
    const facts = { ...incident.facts, mediaAttention: true, peopleInvolved: incident.peopleInvolved, urgency: incident.urgency };
    return { kind: 'grade', current: null, suggested: gradeSuggestion(facts, plan.grading).level, ...numbers };
  }
  return { kind: 'raise', current: incident.level, suggested: (incident.level - 1) as Level, ...numbers };
}

// ---------------------------------------------------------------------------------------------
// The trend: reach per hour (per day once the span is long) by sentiment, and the negative reach
// the rule counts at the end of each period, to draw against the threshold.

/** Up to two days the chart goes by the hour; beyond, by the day. */
export const HOURLY_SPAN_HOURS = 48;

export type TrendBucket = {
  /** Start of the period (ms). */
  start: number;
  /** Plan-local: "11-23 10:00" by the hour, "11-23" by the day. */
  label: string;
  negative: number;
  neutral: number;
  positive: number;
  /** What the rule counts at the end of the period (or now, for the current one). */
  negativeInWindow: number;
};
export type OpinionTrend = { unit: 'hour' | 'day'; buckets: TrendBucket[]; threshold: number; withinHours: number };

const periodLabel = (start: number, hourly: boolean, offsetMinutes: number) => {
  const local = toIsoWithOffset(start, offsetMinutes);
  return hourly ? `${local.slice(5, 10)} ${local.slice(11, 16)}` : local.slice(5, 10);
};

/** The chart shows at least this many periods, so one item does not fill the whole width. */
export const MIN_TREND_PERIODS = 6;

/**
 * The buckets to draw: a short trend gets empty periods in front (nothing was logged before the
 * first item, so they are all zero), so a lone bar sits at the end of a time axis as it happened.
 */
export function paddedBuckets(trend: OpinionTrend, offsetMinutes: number, min = MIN_TREND_PERIODS): TrendBucket[] {
  const first = trend.buckets[0];
  if (!first || trend.buckets.length >= min) return trend.buckets;
  const size = trend.unit === 'hour' ? HOUR : 24 * HOUR;
  const before = Array.from({ length: min - trend.buckets.length }, (_, i) => {
    const start = first.start - (min - trend.buckets.length - i) * size;
    return {
      start,
      label: periodLabel(start, trend.unit === 'hour', offsetMinutes),
      negative: 0,
      neutral: 0,
      positive: 0,
      negativeInWindow: 0,
    };
  });
  return [...before, ...trend.buckets];
}

/** The largest value the chart's y-axis must hold: a period's stacked reach, the window line or the threshold. */
export function trendMaximum(trend: OpinionTrend): number {
  return Math.max(trend.threshold, ...trend.buckets.map((b) => Math.max(b.negative + b.neutral + b.positive, b.negativeInWindow)));
}

export function opinionTrend(
  items: readonly Found[],
  { nowMs, offsetMinutes, rule }: { nowMs: number; offsetMinutes: number; rule: OpinionRaiseRule },
): OpinionTrend {
  const base = { threshold: rule.negativeReach, withinHours: rule.withinHours };
  if (items.length === 0) return { unit: 'hour', buckets: [], ...base };
  const times = items.map((i) => Date.parse(i.foundAt));
  const first = Math.min(...times);
  const last = Math.max(nowMs, ...times);
  const offset = offsetMinutes * 60_000;
  // Periods begin on the plan's own hours and midnights, whatever the PC's time zone.
  const floorTo = (ms: number, size: number) => Math.floor((ms + offset) / size) * size - offset;
  const hourly = last - floorTo(first, HOUR) <= HOURLY_SPAN_HOURS * HOUR;
  const size = hourly ? HOUR : 24 * HOUR;
  const buckets: TrendBucket[] = [];
  for (let start = floorTo(first, size); start <= last; start += size) {
    const at = Math.min(start + size - 1, nowMs);
    buckets.push({
      start,
      label: periodLabel(start, hourly, offsetMinutes),
      negative: 0,
      neutral: 0,
      positive: 0,
      negativeInWindow: at >= start ? negativeReachWithin(items, at, rule.withinHours) : 0,
    });
  }
  items.forEach((item, index) => {
    const bucket = buckets[Math.floor((times[index]! - buckets[0]!.start) / size)];
    if (bucket) bucket[item.sentiment] += item.reach;
  });
  return { unit: hourly ? 'hour' : 'day', buckets, ...base };
}

// ---- As a command: one item logged on an incident --------------------------------------------------

/** The incident and the form as typed: the time of the find is checked against the stamp's clock. */
export const logOpinionArgs = z.object({
  /** Absent: watched before any incident exists (舆情监测). */
  incidentId: z.string().min(1).optional(),
  input: z.custom<OpinionInput>((v) => typeof v === 'object' && v !== null),
});

/**
 * Logs one item, at any stage (closed ones too: coverage that flares up after closing still has to
 * be watched). Bad input is refused with a problem code per field (opinion.error.<code>).
 */
export function decideLogOpinion(
  seen: { incidentExists: boolean; plan: Pick<Plan, 'opinionWarning'> },
  { incidentId, input }: z.output<typeof logOpinionArgs>,
  stamp: Stamp,
): Decision<OpinionItem> {
  const checked = validateOpinion(input, stamp.utcOffsetMinutes, stamp.nowMs);
  if (!checked.ok) return refused('validation', Object.fromEntries(checked.problems.map((p) => [p.field, p.code])));
  if (incidentId !== undefined && !seen.incidentExists) return refused('incident-not-found');
  const value = checked.value;
  const rule = opinionWarningRule(seen.plan);
  const warning = warningLevel(value, rule);
  const item: OpinionItem = {
    id: stamp.newId(),
    mode: stamp.mode,
    ...(incidentId !== undefined ? { incidentId } : { watching: 1 as const }),
    platform: value.platform,
    ...(value.link ? { link: value.link } : {}),
    summary: value.summary,
    sentiment: value.sentiment,
    reach: value.reach,
    ...(value.spread !== undefined ? { spread: value.spread } : {}),
    ...(value.mediaPickup ? { mediaPickup: true } : {}),
    ...(warning ? { warning } : {}),
    ...(warningAlerts(warning, rule) ? { alertAt: stamp.at } : {}),
    foundAt: toIsoWithOffset(value.foundAtMs, stamp.utcOffsetMinutes),
    recordedAt: stamp.at,
    recordedBy: stamp.actor.id,
    recordedByName: stamp.actor.name,
    updatedAt: stamp.at,
  };
  // Watched without an incident, the item is its own record (who and when are on it); attached
  // later, the incident's timeline says so.
  const timeline =
    incidentId === undefined
      ? []
      : [
          {
            incidentId,
            kind: 'opinion-logged' as const,
            note: value.summary,
            params: { platform: value.platform, sentiment: value.sentiment, reach: value.reach },
          },
        ];
  return decided(item, [{ put: 'opinions', row: item }], timeline);
}

export const attachOpinionsArgs = z.object({ itemIds: z.array(z.string().min(1)).min(1).max(200), incidentId: z.string().min(1) });

/**
 * 关联到事件 (or 立为事件, after the new incident is registered): watched items join an incident.
 * An item already on another incident is not moved: that is a decision on that incident.
 */
export function decideAttachOpinions(
  seen: { incident: Pick<Incident, 'id' | 'number'> | undefined; items: (OpinionItem | undefined)[] },
  { incidentId }: z.output<typeof attachOpinionsArgs>,
  stamp: Stamp,
): Decision<OpinionItem[]> {
  if (!seen.incident) return refused('incident-not-found');
  if (seen.items.some((item) => item === undefined)) return refused('opinion-not-found');
  const items = seen.items as OpinionItem[];
  if (items.some((item) => item.incidentId !== undefined && item.incidentId !== incidentId)) return refused('opinion-already-attached');
  const attached = items
    .filter((item) => item.incidentId === undefined)
    .map((item): OpinionItem => {
      const { watching: _watching, ...rest } = item;
      return { ...rest, incidentId, updatedAt: stamp.at };
    });
  if (attached.length === 0) return decided([]);
  const reach = attached.filter((i) => i.sentiment === 'negative').reduce((sum, i) => sum + i.reach, 0);
  return decided(
    attached,
    attached.map((row) => ({ put: 'opinions' as const, row })),
    [{ incidentId, kind: 'opinion-attached', params: { count: attached.length, reach }, note: attached.map((i) => i.summary).join('；') }],
  );
}
