// What the renderer hands the main-process scheduler (deadlines, overdue instructions, drill
// injects) and the pure rules for when each one fires. The main process only keeps time; which
// alerts exist is always computed by the renderer from the records.
import { z } from 'zod';
import type { NoticeSchema } from './bridge';
import { ALERT_KINDS } from './alertKinds';

export const DRILL_PREFIX = '【演练】';

/**
 * A registration replaces every alert of its scope, so live and drill can be re-registered
 * independently (ending a drill registers an empty 'drill' set).
 */
export const ScheduleScopeSchema = z.enum(['live', 'drill']);
export type ScheduleScope = z.infer<typeof ScheduleScopeSchema>;

export const ScheduledAlertSchema = z.object({
  /** Stable across reloads, e.g. `incident:<id>:investigation:due-soon` or `instruction:<id>:overdue`. */
  key: z.string().min(1).max(200),
  /** The instant to fire; an offset is required so the PC's own time zone never moves it. */
  fireAt: z.iso.datetime({ offset: true }),
  kind: z.enum(ALERT_KINDS),
  // Shorter than a notice title (200) so the 【演练】 prefix always fits.
  title: z.string().min(1).max(190),
  body: z.string().max(1000),
  target: z.object({ kind: z.enum(['incident', 'petition']), id: z.string().uuid() }).optional(),
  drill: z.boolean(),
  urgent: z.boolean().default(false),
});
export type ScheduledAlert = z.output<typeof ScheduledAlertSchema>;
export type ScheduledAlertInput = z.input<typeof ScheduledAlertSchema>;

/** Every field of an alert: one added to ScheduledAlert fails to compile here until it is compared below. */
const ALERT_FIELDS = { key: 1, fireAt: 1, kind: 1, title: 1, body: 1, drill: 1, urgent: 1, target: 1 } satisfies Record<
  keyof ScheduledAlert,
  1
>;
const PLAIN_FIELDS = (Object.keys(ALERT_FIELDS) as (keyof ScheduledAlert)[]).filter((field) => field !== 'urgent' && field !== 'target');

/**
 * Whether an alert as given (checked or not; `urgent` may be left out, and is false then) says
 * exactly what `known` says: at years of data a registration holds thousands of alerts and is
 * given again on every change, so what did not change is told field by field, not checked or
 * written out again.
 */
export function sameScheduledAlert(given: unknown, known: ScheduledAlert): boolean {
  if (typeof given !== 'object' || given === null) return false;
  const alert = given as Partial<Record<keyof ScheduledAlert, unknown>> & { target?: { kind?: unknown; id?: unknown } };
  return (
    PLAIN_FIELDS.every((field) => alert[field] === known[field]) &&
    (alert.urgent ?? false) === known.urgent &&
    (alert.target === undefined) === (known.target === undefined) &&
    alert.target?.kind === known.target?.kind &&
    alert.target?.id === known.target?.id
  );
}

/**
 * The notice that stands for a burst of alerts coming due at one look (after a night with the
 * console closed, or an import of old complaints), in the operator's language. `{count}` is
 * replaced by how many alerts it stands for.
 */
export const BurstSummarySchema = z.object({
  title: z.string().min(1).max(190),
  body: z.string().max(1000),
});
export type BurstSummary = z.infer<typeof BurstSummarySchema>;

export const DEFAULT_BURST_SUMMARY: BurstSummary = { title: '另有 {count} 条提醒', body: '请到通知中心逐条查看并确认。' };

/**
 * At most this many desktop notices at one look, per scope: beyond it the most urgent ones are
 * shown and the rest are told as one summary, so a backlog never buries the screen in popups.
 * Every alert is still recorded one by one in the notification centre.
 */
export const NOTICE_BURST_LIMIT = 3;

/** The payload of one registration (the `scheduleDeadlines` channel). */
export const ScheduleRegistrationSchema = z.object({
  scope: ScheduleScopeSchema,
  summary: BurstSummarySchema.optional(),
  alerts: z
    .array(ScheduledAlertSchema)
    .max(10_000)
    // Two alerts with one key would make "fired once" ambiguous; refuse rather than guess.
    .refine((alerts) => new Set(alerts.map((a) => a.key)).size === alerts.length, { message: 'duplicate alert key' }),
});
export type ScheduleRegistration = z.input<typeof ScheduleRegistrationSchema>;

type ParsedNotice = z.output<typeof NoticeSchema>;

/** The instant an alert fires, in epoch milliseconds. */
export const fireAtMs = (alert: Pick<ScheduledAlert, 'fireAt'>): number => Date.parse(alert.fireAt);

/**
 * What "already fired" remembers: the key together with the instant. A reload re-registers the
 * same pair and stays quiet, while a deadline that moved (延期) is a new firing and is told again.
 * The instant is normalised so `+08:00` and `Z` spellings of one moment are the same firing.
 */
export const firingId = (alert: Pick<ScheduledAlert, 'key' | 'fireAt'>): string => `${alert.key}@${fireAtMs(alert)}`;

/** Earliest first; the key breaks ties so the order never depends on registration order. */
export const byFireTime = (a: ScheduledAlert, b: ScheduledAlert) =>
  fireAtMs(a) - fireAtMs(b) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** When an alert may fire: its own time, or later if an attempt to show it failed (`heldUntil`). */
const readyAt = (alert: ScheduledAlert, heldUntil?: ReadonlyMap<string, number>) =>
  Math.max(fireAtMs(alert), heldUntil?.get(firingId(alert)) ?? -Infinity);

/** Alerts whose time has come and that have not fired yet, earliest first. */
export function dueAlerts(
  alerts: readonly ScheduledAlert[],
  fired: ReadonlySet<string>,
  nowMs: number,
  heldUntil?: ReadonlyMap<string, number>,
): ScheduledAlert[] {
  return alerts.filter((alert) => !fired.has(firingId(alert)) && readyAt(alert, heldUntil) <= nowMs).sort(byFireTime);
}

/** The earliest instant at which an alert not yet fired may fire, or null when nothing is waiting. */
export function nextFireAt(
  alerts: readonly ScheduledAlert[],
  fired: ReadonlySet<string>,
  heldUntil?: ReadonlyMap<string, number>,
): number | null {
  let next: number | null = null;
  for (const alert of alerts) {
    if (fired.has(firingId(alert))) continue;
    const at = readyAt(alert, heldUntil);
    if (next === null || at < next) next = at;
  }
  return next;
}

/**
 * Splits the alerts due at one look into those shown one by one and those folded into a summary:
 * within the limit all are shown; beyond it, urgent first and then earliest, the first
 * `limit - 1` are shown and the summary makes up the last notice.
 */
export function foldBurst<T>(
  due: readonly T[],
  alertOf: (item: T) => ScheduledAlert,
  limit = NOTICE_BURST_LIMIT,
): { shown: T[]; folded: T[] } {
  if (due.length <= limit) return { shown: [...due], folded: [] };
  const ordered = [...due].sort((a, b) => Number(alertOf(b).urgent) - Number(alertOf(a).urgent) || byFireTime(alertOf(a), alertOf(b)));
  return { shown: ordered.slice(0, limit - 1), folded: ordered.slice(limit - 1) };
}

/** The one notice for the folded alerts; marked 【演练】 when they are a drill's. */
export function burstNotice(folded: readonly ScheduledAlert[], summary: BurstSummary = DEFAULT_BURST_SUMMARY): ParsedNotice {
  const count = String(folded.length);
  const title = summary.title.replaceAll('{count}', count);
  return {
    title: folded.some((alert) => alert.drill) ? `${DRILL_PREFIX}${title}` : title,
    body: summary.body.replaceAll('{count}', count),
    urgent: folded.some((alert) => alert.urgent),
  };
}

/** The desktop notice for an alert; drills are marked so nobody mistakes one for the real thing. */
export function noticeFor(alert: ScheduledAlert): ParsedNotice {
  return {
    title: alert.drill ? `${DRILL_PREFIX}${alert.title}` : alert.title,
    body: alert.body,
    ...(alert.target ? { target: alert.target } : {}),
    urgent: alert.urgent,
  };
}

/**
 * Within this, the wall clock and the running time may disagree between two looks without it
 * counting as a clock change: timers run late under load and time sync nudges the clock.
 */
export const CLOCK_JUMP_TOLERANCE_MS = 2 * 60_000;

/** One look at the clocks: wall time (Date.now) and running time no clock setting moves (performance.now). */
export type ClockLook = { wall: number; mono: number };

/** A change of the wall clock between two looks: `ms` > 0 forward, < 0 back; `from` is the instant it left. */
export type ClockJump = { ms: number; from: number };

/**
 * Whether the wall clock was set between two looks, rather than time passing. A sleep also moves
 * the wall clock past the running time (which stops while the machine sleeps on most systems), so
 * a look after a sleep — the OS said suspend or resume — is never a jump: what fell due meanwhile
 * really is due. Small differences are drift, not jumps.
 */
export function clockJump(last: ClockLook | null, now: ClockLook, slept: boolean): ClockJump | null {
  if (!last || slept) return null;
  const ms = now.wall - last.wall - (now.mono - last.mono);
  if (Math.abs(ms) <= CLOCK_JUMP_TOLERANCE_MS) return null;
  return { ms, from: now.wall - ms };
}

/**
 * After the clock was set forward: each alert not yet fired and not yet due when the clock left
 * is held until its instant plus the jump, so it fires once its real waiting time has passed:
 * those the jump skipped over are not shown all at once, and those after it keep their order.
 * Alerts already due before the jump stay due. Alerts registered later are on the new clock, as
 * are the records they come from. Returns how many were moved.
 */
export function deferSkipped(
  alerts: readonly ScheduledAlert[],
  fired: ReadonlySet<string>,
  heldUntil: Map<string, number>,
  jump: ClockJump,
): number {
  let moved = 0;
  for (const alert of alerts) {
    const at = fireAtMs(alert);
    const id = firingId(alert);
    if (fired.has(id) || at <= jump.from) continue;
    heldUntil.set(id, Math.max(heldUntil.get(id) ?? -Infinity, at + jump.ms));
    moved += 1;
  }
  return moved;
}

/** After the clock was set back: what was held keeps its real waiting time, so it comes that much sooner. */
export function pullBackHeld(heldUntil: Map<string, number>, jump: ClockJump): void {
  for (const [id, until] of heldUntil) heldUntil.set(id, until + jump.ms);
}
