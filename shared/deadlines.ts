// The time-limit calculator (时限). Each clocked stage starts at a milestone and stops at another;
// its allowance comes from the plan (hours run round the clock, working days follow the official
// calendar, and the office's own closure days when the plan version counts them). It takes the calendar as an argument and never reads the time itself: callers pass
// `now`, so tests and drills can run at any speed.
//
// Working days are counted as Chinese law counts periods: the day the clock starts is not
// counted, and the period ends at 24:00 of its last working day.
import { calendarForPlan, type WorkingCalendar } from './calendar';
import type { Milestones } from './model';
import type { ClockedStage, Level, Plan, TimeLimitRule } from './plan';
import { CLOCKED_STAGES } from './plan';
import { addDays, planDateOf, startOfPlanDate } from './time';
import type { WorkflowState } from './workflowStates';

export type ClockSubject = {
  state: WorkflowState;
  level: Level | null;
  categoryCode: string;
  milestones: Milestones;
};

export type StageClock = {
  stage: ClockedStage;
  rule: TimeLimitRule;
  startAt: number | null;
  dueAt: number | null;
  doneAt: number | null;
  /** Set when the allowance runs into a year the calendar has no official data for. */
  calendarMissingYear?: number;
  /** Then: the start of the first day without data; the deadline cannot fall before it. */
  calendarKnownUntil?: number;
};

export type ClockStatus = 'not-started' | 'on-time' | 'due-soon' | 'overdue' | 'met' | 'missed' | 'calendar-missing';

const ms = (iso: string | undefined) => (iso ? Date.parse(iso) : null);
const MINUTE = 60_000;

/** The most specific rule for a stage wins (category and level constraints), later over earlier. */
export function ruleFor(plan: Plan, stage: ClockedStage, level: Level | null, categoryCode: string): TimeLimitRule | null {
  let best: TimeLimitRule | null = null;
  let bestScore = -1;
  for (const rule of plan.timeLimits) {
    if (rule.stage !== stage) continue;
    if (rule.categories && !rule.categories.includes(categoryCode)) continue;
    if (rule.levels && (level === null || !rule.levels.includes(level))) continue;
    const score = (rule.categories ? 1 : 0) + (rule.levels ? 1 : 0);
    if (score >= bestScore) {
      best = rule;
      bestScore = score;
    }
  }
  return best;
}

export type DueResult = { ok: true; dueAt: number } | { ok: false; missingYear: number; knownUntil: number };

export function dueAfter(
  startAt: number,
  rule: Pick<TimeLimitRule, 'amount' | 'unit'>,
  offsetMinutes: number,
  calendar: WorkingCalendar,
): DueResult {
  if (rule.unit === 'minutes') return { ok: true, dueAt: startAt + rule.amount * MINUTE };
  if (rule.unit === 'hours') return { ok: true, dueAt: startAt + rule.amount * 60 * MINUTE };
  const needed = Math.ceil(rule.amount);
  let date = planDateOf(startAt, offsetMinutes);
  let counted = 0;
  // The plan schema caps working-day allowances at 250 (about a year), so 3 years of look-ahead
  // always finishes the count.
  for (let step = 0; step < 1100 && counted < needed; step += 1) {
    date = addDays(date, 1);
    const kind = calendar.dayKind(date);
    if (kind === 'unknown') return { ok: false, missingYear: Number(date.slice(0, 4)), knownUntil: startOfPlanDate(date, offsetMinutes) };
    if (kind === 'workday') counted += 1;
  }
  return { ok: true, dueAt: startOfPlanDate(addDays(date, 1), offsetMinutes) };
}

function anchors(stage: ClockedStage, m: Milestones): { start: number | null; done: number | null } {
  const latest = (...values: (string | undefined)[]) => {
    const times = values.map(ms).filter((v): v is number => v !== null);
    return times.length ? Math.max(...times) : null;
  };
  switch (stage) {
    case 'acceptance':
      return { start: ms(m.receivedAt), done: ms(m.acceptedAt) };
    case 'report': {
      // 一级投诉立即报告领导小组: stops when the response is activated, or at once if the
      // response was already running when the incident was raised to level 1.
      const start = ms(m.levelOneAt);
      const activated = ms(m.activatedAt);
      return { start, done: activated === null || start === null ? null : Math.max(activated, start) };
    }
    case 'investigation':
      return { start: ms(m.acceptedAt), done: ms(m.investigationDoneAt) };
    case 'solution':
      return { start: latest(m.investigationDoneAt, m.reopenedAt), done: ms(m.solutionReadyAt) };
    case 'feedback':
      return { start: ms(m.solutionReadyAt), done: ms(m.feedbackAt) };
    case 'evaluation':
      return { start: ms(m.feedbackAt), done: ms(m.closedAt) };
  }
}

/** Every clock that applies to the subject under the plan, in workflow order. */
export function stageClocks(subject: ClockSubject, plan: Plan, calendar: WorkingCalendar): StageClock[] {
  // The one place a clock meets the calendar, so every screen, alert and stored deadline agrees
  // on whether the office's own closure days count under this plan version.
  const counting = calendarForPlan(calendar, plan);
  const clocks: StageClock[] = [];
  for (const stage of CLOCKED_STAGES) {
    if (subject.state === 'rejected' && stage !== 'acceptance') continue;
    const rule = ruleFor(plan, stage, subject.level, subject.categoryCode);
    if (!rule) continue;
    const anchor = anchors(stage, subject.milestones);
    const startAt = rule.from === 'received' ? ms(subject.milestones.receivedAt) : anchor.start;
    // A clock that started before the stage it measures was reached (e.g. 24-hour service feedback
    // from receipt) is still stopped by that stage's own end.
    const doneAt = startAt === null ? null : anchor.done;
    const clock: StageClock = { stage, rule, startAt, dueAt: null, doneAt };
    if (startAt !== null) {
      const due = dueAfter(startAt, rule, plan.utcOffsetMinutes, counting);
      if (due.ok) clock.dueAt = due.dueAt;
      else {
        clock.calendarMissingYear = due.missingYear;
        clock.calendarKnownUntil = due.knownUntil;
      }
    }
    clocks.push(clock);
  }
  return clocks;
}

export function clockStatus(clock: StageClock, now: number, dueSoon: Plan['dueSoon']): ClockStatus {
  if (clock.startAt === null) return 'not-started';
  if (clock.dueAt === null) {
    // Counting had not finished when the data ran out, so the deadline lies beyond that day:
    // a stage done before it was done in time whatever the next year's arrangement says.
    const doneInKnownTime = clock.doneAt !== null && clock.calendarKnownUntil !== undefined && clock.doneAt <= clock.calendarKnownUntil;
    return doneInKnownTime ? 'met' : 'calendar-missing';
  }
  if (clock.doneAt !== null) return clock.doneAt <= clock.dueAt ? 'met' : 'missed';
  const remaining = clock.dueAt - now;
  if (remaining < 0) return 'overdue';
  const allowance = clock.dueAt - clock.startAt;
  const soonWindow = Math.max(dueSoon.hours * 60 * MINUTE, dueSoon.fraction * allowance);
  return remaining <= soonWindow ? 'due-soon' : 'on-time';
}

/** The running clock that falls due first; a running clock without calendar data comes first. */
export function nextDeadline(clocks: StageClock[]): { stage: ClockedStage; dueAt: number | null } | null {
  let next: { stage: ClockedStage; dueAt: number | null } | null = null;
  for (const clock of clocks) {
    if (clock.startAt === null || clock.doneAt !== null) continue;
    if (clock.dueAt === null) return { stage: clock.stage, dueAt: null };
    if (!next || (next.dueAt !== null && clock.dueAt < next.dueAt)) next = { stage: clock.stage, dueAt: clock.dueAt };
  }
  return next;
}
