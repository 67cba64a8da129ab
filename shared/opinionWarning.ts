// 舆情预警: the warning level of a negative item by the plan's rules — estimated reach, spread
// (shares and comments) and whether news media picked it up — in the national four colours, blue
// (IV) to red (I). Neutral and positive items carry no warning. Pure.
import { z } from 'zod';

export const WARNING_LEVELS = ['blue', 'yellow', 'orange', 'red'] as const;
export type WarningLevel = (typeof WARNING_LEVELS)[number];
export const WarningLevelSchema = z.enum(WARNING_LEVELS);
/** Warnings above blue, with their own thresholds. */
const RAISED = ['yellow', 'orange', 'red'] as const;

const Threshold = z.object({ reach: z.number().int().positive(), spread: z.number().int().positive() });
export const OpinionWarningRuleSchema = z.object({
  yellow: Threshold,
  orange: Threshold,
  red: Threshold,
  /** News media picking an item up makes it at least this level. */
  mediaPickup: WarningLevelSchema,
  /** From this level on a warning is raised as an alert. */
  alertFrom: WarningLevelSchema,
});
export type OpinionWarningRule = z.infer<typeof OpinionWarningRuleSchema>;

export const DEFAULT_OPINION_WARNING: OpinionWarningRule = {
  yellow: { reach: 5_000, spread: 100 },
  orange: { reach: 50_000, spread: 1_000 },
  red: { reach: 500_000, spread: 10_000 },
  mediaPickup: 'orange',
  alertFrom: 'orange',
};

export const opinionWarningRule = (plan: { opinionWarning?: OpinionWarningRule | undefined }): OpinionWarningRule =>
  plan.opinionWarning ?? DEFAULT_OPINION_WARNING;

export const warningRank = (level: WarningLevel): number => WARNING_LEVELS.indexOf(level);
const higher = (a: WarningLevel, b: WarningLevel) => (warningRank(a) >= warningRank(b) ? a : b);

export type Warned = { sentiment: string; reach: number; spread?: number | undefined; mediaPickup?: boolean | undefined };

/** The item's warning: null unless negative; then the highest level whose reach or spread it meets, at least blue, raised by media pickup. */
export function warningLevel(item: Warned, rule: OpinionWarningRule): WarningLevel | null {
  if (item.sentiment !== 'negative') return null;
  let level: WarningLevel = 'blue';
  for (const raised of RAISED) {
    const threshold = rule[raised];
    if (item.reach >= threshold.reach || (item.spread ?? 0) >= threshold.spread) level = raised;
  }
  return item.mediaPickup ? higher(level, rule.mediaPickup) : level;
}

/** Whether a warning of this level is raised as an alert under the rule. */
export const warningAlerts = (level: WarningLevel | null, rule: OpinionWarningRule): boolean =>
  level !== null && warningRank(level) >= warningRank(rule.alertFrom);

/** Items per warning level (none: neutral or positive), for the dashboard and statistics. */
export function countByWarning(items: readonly { warning?: WarningLevel | undefined }[]): Record<WarningLevel | 'none', number> {
  const counts = { none: 0, blue: 0, yellow: 0, orange: 0, red: 0 };
  for (const item of items) counts[item.warning ?? 'none'] += 1;
  return counts;
}

export type WarningDay = { day: string; none: number; blue: number; yellow: number; orange: number; red: number };

/** Items per plan-local day of finding, by warning level, for every day from `from` up to (not including) `to`. */
export function opinionByDay(
  items: readonly { foundAt: string; warning?: WarningLevel | undefined }[],
  from: string,
  to: string,
  offsetMinutes: number,
): WarningDay[] {
  const days: WarningDay[] = [];
  const index = new Map<string, WarningDay>();
  for (let ms = Date.parse(`${from}T00:00:00Z`); ; ms += 86_400_000) {
    const day = new Date(ms).toISOString().slice(0, 10);
    if (day >= to) break;
    const row = { day, none: 0, blue: 0, yellow: 0, orange: 0, red: 0 };
    days.push(row);
    index.set(day, row);
    if (days.length > 400) break;
  }
  const offset = offsetMinutes * 60_000;
  for (const item of items) {
    const day = new Date(Date.parse(item.foundAt) + offset).toISOString().slice(0, 10);
    const row = index.get(day);
    if (row) row[item.warning ?? 'none'] += 1;
  }
  return days;
}
