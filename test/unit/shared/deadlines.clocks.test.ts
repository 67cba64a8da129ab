// Which clocks an incident has under the default plan, when each starts and stops, how it is
// shown (on time, due soon, overdue, met, missed) and which deadline the board shows next.
import { describe, expect, it } from 'vitest';
import { officialCalendar } from '@shared/calendar';
import { clockStatus, nextDeadline, ruleFor, stageClocks, type ClockSubject, type StageClock } from '@shared/deadlines';
import { defaultPlan } from '@shared/defaultPlan';
import type { Milestones } from '@shared/model';
import type { ClockedStage, Level } from '@shared/plan';
import { toIsoWithOffset } from '@shared/time';
import type { WorkflowState } from '@shared/workflowStates';

const plan = defaultPlan('2026-01-05T09:00:00+08:00');
const at = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;

function clocks(milestones: Milestones, level: Level | null = 2, state: WorkflowState = 'investigating', categoryCode = 'product-quality') {
  const subject: ClockSubject = { state, level, categoryCode, milestones };
  return stageClocks(subject, plan, officialCalendar);
}
function clockOf(list: StageClock[], stage: ClockedStage): StageClock {
  const clock = list.find((c) => c.stage === stage);
  if (!clock) throw new Error(`no ${stage} clock`);
  return clock;
}
const statusAt = (clock: StageClock, nowIso: string) => clockStatus(clock, at(nowIso), plan.dueSoon);
/** A hand-made clock: started at `start`, due `allowanceHours` later, not done. */
function runningClock(start: number, allowanceHours: number): StageClock {
  return {
    stage: 'acceptance',
    rule: { stage: 'acceptance', amount: allowanceHours, unit: 'hours', from: 'previous' },
    startAt: start,
    dueAt: start + allowanceHours * HOUR,
    doneAt: null,
  };
}

describe('the rule a stage follows', () => {
  it('gives a service-quality complaint the 24-hour feedback rule', () => {
    for (const level of [1, 2, 3, null] as const) {
      expect(ruleFor(plan, 'feedback', level, 'service-quality')).toMatchObject({ amount: 24, unit: 'hours', from: 'received' });
    }
  });

  it('gives every other category the general 2-working-day feedback rule', () => {
    expect(ruleFor(plan, 'feedback', 2, 'product-quality')).toMatchObject({ amount: 2, unit: 'workingDays', from: 'previous' });
    expect(ruleFor(plan, 'feedback', 2, 'other')).toMatchObject({ amount: 2, unit: 'workingDays' });
  });

  it('has a report-to-the-leading-group rule for level 1 only', () => {
    expect(ruleFor(plan, 'report', 1, 'other')).toMatchObject({ amount: 30, unit: 'minutes' });
    expect(ruleFor(plan, 'report', 2, 'other')).toBeNull();
    expect(ruleFor(plan, 'report', 3, 'other')).toBeNull();
    expect(ruleFor(plan, 'report', null, 'other')).toBeNull();
  });

  it('lets a later general rule replace an earlier one the office revised', () => {
    const revised = {
      ...plan,
      timeLimits: [
        ...plan.timeLimits,
        { stage: 'investigation' as const, amount: 5, unit: 'workingDays' as const, from: 'previous' as const },
      ],
    };
    expect(ruleFor(revised, 'investigation', 2, 'other')).toMatchObject({ amount: 5 });
  });
});

describe('the clocks an incident has', () => {
  const received = { receivedAt: '2026-11-23T09:00:00+08:00' };

  it('runs six clocks for a level-1 incident, in workflow order', () => {
    expect(clocks(received, 1).map((c) => c.stage)).toEqual([
      'acceptance',
      'report',
      'investigation',
      'solution',
      'feedback',
      'evaluation',
    ]);
  });

  it('has no report clock below level 1 or before grading', () => {
    expect(clocks(received, 2).map((c) => c.stage)).not.toContain('report');
    expect(clocks(received, null, 'registered').map((c) => c.stage)).not.toContain('report');
  });

  it('keeps only the acceptance clock for a rejected complaint', () => {
    const list = clocks({ ...received, acceptedAt: '2026-11-23T10:00:00+08:00' }, 1, 'rejected');
    expect(list.map((c) => c.stage)).toEqual(['acceptance']);
    expect(statusAt(clockOf(list, 'acceptance'), '2026-12-30T00:00:00+08:00')).toBe('met');
  });

  it('starts only the acceptance clock at registration', () => {
    const list = clocks(received, null, 'registered');
    expect(list.filter((c) => c.startAt !== null).map((c) => c.stage)).toEqual(['acceptance']);
    expect(statusAt(clockOf(list, 'investigation'), '2026-11-23T10:00:00+08:00')).toBe('not-started');
  });

  it('starts the investigation at acceptance and stops it when the findings are in', () => {
    const clock = clockOf(
      clocks({ ...received, acceptedAt: '2026-11-23T10:00:00+08:00', investigationDoneAt: '2026-11-25T16:00:00+08:00' }),
      'investigation',
    );
    expect(clock.startAt).toBe(at('2026-11-23T10:00:00+08:00'));
    expect(clock.doneAt).toBe(at('2026-11-25T16:00:00+08:00'));
    expect(toIsoWithOffset(clock.dueAt ?? 0)).toBe('2026-11-27T00:00:00+08:00');
  });

  it('restarts the solution clock when the incident is reopened', () => {
    const clock = clockOf(
      clocks({
        ...received,
        acceptedAt: '2026-11-23T10:00:00+08:00',
        investigationDoneAt: '2026-11-24T10:00:00+08:00',
        reopenedAt: '2026-12-01T10:00:00+08:00',
      }),
      'solution',
    );
    expect(clock.startAt).toBe(at('2026-12-01T10:00:00+08:00'));
    expect(toIsoWithOffset(clock.dueAt ?? 0)).toBe('2026-12-09T00:00:00+08:00');
  });

  it('stops the report clock when the leader activates the response', () => {
    const clock = clockOf(
      clocks({ ...received, levelOneAt: '2026-11-23T10:00:00+08:00', activatedAt: '2026-11-23T10:20:00+08:00' }, 1),
      'report',
    );
    expect(toIsoWithOffset(clock.dueAt ?? 0)).toBe('2026-11-23T10:30:00+08:00');
    expect(statusAt(clock, '2026-11-23T12:00:00+08:00')).toBe('met');
  });

  it('counts the report as made at once when an incident already in response is raised to level 1', () => {
    const clock = clockOf(
      clocks({ ...received, activatedAt: '2026-11-23T10:00:00+08:00', levelOneAt: '2026-11-24T15:00:00+08:00' }, 1),
      'report',
    );
    expect(clock.doneAt).toBe(at('2026-11-24T15:00:00+08:00'));
    expect(statusAt(clock, '2026-11-24T16:00:00+08:00')).toBe('met');
  });

  it('runs a service complaint’s feedback clock from receipt, before any solution exists', () => {
    const clock = clockOf(
      clocks({ ...received, acceptedAt: '2026-11-23T09:30:00+08:00' }, 3, 'investigating', 'service-quality'),
      'feedback',
    );
    expect(clock.startAt).toBe(at('2026-11-23T09:00:00+08:00'));
    expect(statusAt(clock, '2026-11-24T09:01:00+08:00')).toBe('overdue');
  });
});

describe('how a clock is shown', () => {
  const start = at('2026-11-23T09:00:00+08:00');

  it('is on time with most of the allowance left', () => {
    expect(clockStatus(runningClock(start, 24), start + 1 * HOUR, plan.dueSoon)).toBe('on-time');
  });

  it('is due soon within 20% of a long allowance even with more than 2 hours left', () => {
    // 24 h allowance: 20% is 4.8 h, larger than 2 h.
    expect(clockStatus(runningClock(start, 24), start + 19 * HOUR, plan.dueSoon)).toBe('on-time');
    expect(clockStatus(runningClock(start, 24), start + 19.5 * HOUR, plan.dueSoon)).toBe('due-soon');
  });

  it('is due soon within 2 hours of a short allowance even when that is more than 20% of it', () => {
    // 5 h allowance: 20% is 1 h, smaller than 2 h.
    expect(clockStatus(runningClock(start, 5), start + 2.5 * HOUR, plan.dueSoon)).toBe('on-time');
    expect(clockStatus(runningClock(start, 5), start + 3.5 * HOUR, plan.dueSoon)).toBe('due-soon');
  });

  it('is due soon up to the last moment and overdue right after it', () => {
    const clock = runningClock(start, 24);
    expect(clockStatus(clock, start + 24 * HOUR, plan.dueSoon)).toBe('due-soon');
    expect(clockStatus(clock, start + 24 * HOUR + 1, plan.dueSoon)).toBe('overdue');
  });

  it('shows met for a stage done in time, however late it is looked at', () => {
    const clock = { ...runningClock(start, 24), doneAt: start + 23 * HOUR };
    expect(clockStatus(clock, start + 500 * HOUR, plan.dueSoon)).toBe('met');
  });

  it('shows missed for a stage done after its deadline', () => {
    const clock = { ...runningClock(start, 24), doneAt: start + 25 * HOUR };
    expect(clockStatus(clock, start + 26 * HOUR, plan.dueSoon)).toBe('missed');
  });

  it('shows that the calendar is missing rather than a guessed status', () => {
    const clock = clockOf(clocks({ receivedAt: '2026-12-30T09:00:00+08:00', acceptedAt: '2026-12-30T10:00:00+08:00' }), 'investigation');
    expect(clock.dueAt).toBeNull();
    expect(clock.calendarMissingYear).toBe(2027);
    expect(statusAt(clock, '2026-12-30T11:00:00+08:00')).toBe('calendar-missing');
  });

  it('follows the investigation over the Spring Festival: on time in the holiday, due soon, then overdue', () => {
    const clock = clockOf(clocks({ receivedAt: '2026-02-13T08:00:00+08:00', acceptedAt: '2026-02-13T10:00:00+08:00' }), 'investigation');
    expect(statusAt(clock, '2026-02-20T12:00:00+08:00')).toBe('on-time');
    expect(statusAt(clock, '2026-02-25T12:00:00+08:00')).toBe('due-soon');
    expect(statusAt(clock, '2026-02-26T00:00:01+08:00')).toBe('overdue');
  });
});

describe('the next deadline', () => {
  it('is the earliest running clock', () => {
    const list = clocks(
      { receivedAt: '2026-11-23T09:00:00+08:00', acceptedAt: '2026-11-23T09:30:00+08:00', levelOneAt: '2026-11-23T09:40:00+08:00' },
      1,
    );
    expect(nextDeadline(list)).toEqual({ stage: 'report', dueAt: at('2026-11-23T10:10:00+08:00') });
  });

  it('skips clocks that are done and clocks not started', () => {
    const list = clocks(
      {
        receivedAt: '2026-11-23T09:00:00+08:00',
        acceptedAt: '2026-11-23T09:30:00+08:00',
        levelOneAt: '2026-11-23T09:40:00+08:00',
        activatedAt: '2026-11-23T09:50:00+08:00',
      },
      1,
    );
    expect(nextDeadline(list)).toEqual({ stage: 'investigation', dueAt: at('2026-11-27T00:00:00+08:00') });
  });

  it('puts a running clock without calendar data first', () => {
    const list = clocks(
      { receivedAt: '2026-12-30T09:00:00+08:00', acceptedAt: '2026-12-30T09:30:00+08:00', levelOneAt: '2026-12-30T09:40:00+08:00' },
      1,
    );
    expect(nextDeadline(list)).toEqual({ stage: 'investigation', dueAt: null });
  });

  it('is nothing once every clock has stopped', () => {
    const list = clocks(
      {
        receivedAt: '2026-11-23T09:00:00+08:00',
        acceptedAt: '2026-11-23T09:30:00+08:00',
        investigationDoneAt: '2026-11-24T09:00:00+08:00',
        solutionReadyAt: '2026-11-25T09:00:00+08:00',
        feedbackAt: '2026-11-26T09:00:00+08:00',
        closedAt: '2026-11-27T09:00:00+08:00',
      },
      2,
      'closed',
    );
    expect(nextDeadline(list)).toBeNull();
    expect(list.map((c) => statusAt(c, '2027-06-01T00:00:00+08:00'))).toEqual(['met', 'met', 'met', 'met', 'met']);
  });
});
