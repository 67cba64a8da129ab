// The review's pure rules: the timeline digest, the time limits met or missed, what a measure and
// a review need before they are saved, and masking the complainants in free text.
import { closedFuelDispute } from '../../fixtures/incidents';
import { describe, expect, it } from 'vitest';
import { officialCalendar } from '@shared/calendar';
import { defaultPlan } from '@shared/defaultPlan';
import type { TimelineEntry } from '@shared/model';
import {
  maskKnownPersonalData,
  measureErrors,
  measureOverdue,
  reviewErrors,
  timeLimitTable,
  timelineDigest,
  type ReviewInput,
} from '@shared/review';

const plan = defaultPlan('2026-01-05T09:00:00+08:00');
const OFFSET = plan.utcOffsetMinutes;
const NOW = Date.parse('2026-11-23T10:00:00+08:00');
const HOUR = 3_600_000;

const incident = closedFuelDispute;

let seq = 0;
function entry(kind: TimelineEntry['kind'], at: string, params?: TimelineEntry['params']): TimelineEntry {
  seq += 1;
  return { id: `e${seq}`, mode: 'live', incidentId: 'i', at, actorId: 'p1', actorName: '王建国', kind, ...(params ? { params } : {}) };
}

describe('the timeline digest', () => {
  it('condenses the timeline into the ten steps of the response with their times', () => {
    const timeline = [
      entry('registered', '2026-11-16T09:05:00+08:00'),
      entry('verify', '2026-11-16T09:30:00+08:00'),
      entry('grade', '2026-11-16T09:40:00+08:00', { level: 2 }),
      entry('regrade', '2026-11-16T09:50:00+08:00', { from: 2, level: 1 }),
      entry('activateResponse', '2026-11-16T10:30:00+08:00'),
      entry('instruction-issued', '2026-11-16T10:31:00+08:00'),
      entry('instruction-issued', '2026-11-16T10:32:00+08:00'),
      entry('instruction-issued', '2026-11-16T10:33:00+08:00'),
      entry('communication', '2026-11-17T10:00:00+08:00'),
      entry('completeInvestigation', '2026-11-18T16:00:00+08:00'),
      entry('submitSolution', '2026-11-19T10:00:00+08:00'),
      entry('approveSolution', '2026-11-19T11:00:00+08:00'),
      entry('recordFeedback', '2026-11-20T15:00:00+08:00'),
      entry('close', '2026-11-21T10:00:00+08:00'),
    ];
    const digest = timelineDigest(incident(), timeline);
    expect(digest.map((row) => [row.step, row.at])).toEqual([
      ['received', '2026-11-16T09:05:00+08:00'],
      ['verified', '2026-11-16T09:30:00+08:00'],
      ['graded', '2026-11-16T09:50:00+08:00'],
      ['activated', '2026-11-16T10:30:00+08:00'],
      ['instructions', '2026-11-16T10:31:00+08:00'],
      ['investigation', '2026-11-18T16:00:00+08:00'],
      ['solution', '2026-11-19T10:00:00+08:00'],
      ['approval', '2026-11-19T11:00:00+08:00'],
      ['feedback', '2026-11-20T15:00:00+08:00'],
      ['closed', '2026-11-21T10:00:00+08:00'],
    ]);
    expect(digest.find((r) => r.step === 'instructions')?.count).toBe(3);
    expect(digest.find((r) => r.step === 'graded')).toMatchObject({ level: 1, actorName: '王建国' });
    expect(digest.find((r) => r.step === 'investigation')?.note).toBe('加油机计量误差超标');
  });

  it('falls back on the milestones for an imported record and leaves steps never taken empty', () => {
    const digest = timelineDigest(incident({ level: 3 }), []);
    expect(digest.find((r) => r.step === 'received')?.at).toBe('2026-11-16T09:00:00+08:00');
    expect(digest.find((r) => r.step === 'approval')?.at).toBeNull();
    expect(digest.find((r) => r.step === 'instructions')).toMatchObject({ at: null, count: 0 });
  });
});

describe('the time-limit table', () => {
  it('says per stage whether the limit was met, missed by how much, or does not apply', () => {
    const rows = timeLimitTable(incident(), { plan }, officialCalendar, NOW);
    expect(rows.map((r) => [r.stage, r.outcome])).toEqual([
      ['acceptance', 'met'],
      ['report', 'missed'],
      ['investigation', 'met'],
      ['solution', 'met'],
      ['feedback', 'met'],
      ['evaluation', 'met'],
    ]);
    expect(rows.find((r) => r.stage === 'report')?.lateBy).toBe(20 * 60_000);
  });

  it('marks the level-1 report not applicable on a level-3 incident', () => {
    const rows = timeLimitTable(
      incident({ level: 3, milestones: { ...incident().milestones, levelOneAt: undefined } }),
      { plan },
      officialCalendar,
      NOW,
    );
    expect(rows.find((r) => r.stage === 'report')).toMatchObject({ outcome: 'not-applicable', rule: null });
  });

  it('judges an incident by the limits of the version it was opened under, not a later revision', () => {
    // v2, in force since before the review, gives acceptance 48 hours: the v1 incident's late acceptance stays late.
    const v2 = {
      ...plan,
      id: '00000000-0000-4000-8000-0000000000b2',
      versionNumber: 2,
      effectiveFrom: '2026-11-01T00:00:00+08:00',
      timeLimits: plan.timeLimits.map((r) => (r.stage === 'acceptance' ? { ...r, amount: 48 } : r)),
    };
    const late = incident({ planVersionId: plan.id, milestones: { ...incident().milestones, acceptedAt: '2026-11-17T12:00:00+08:00' } });
    const row = timeLimitTable(late, { plan: v2, plans: [plan, v2] }, officialCalendar, NOW).find((r) => r.stage === 'acceptance');
    expect(row).toMatchObject({ rule: { amount: 24 }, outcome: 'missed', lateBy: 3 * HOUR });
  });

  it('counts a late acceptance in hours past the 24-hour limit', () => {
    const late = incident({ milestones: { ...incident().milestones, acceptedAt: '2026-11-17T12:00:00+08:00' } });
    const row = timeLimitTable(late, { plan }, officialCalendar, NOW).find((r) => r.stage === 'acceptance');
    expect(row).toMatchObject({ outcome: 'missed', lateBy: 3 * HOUR });
  });
});

describe('measures', () => {
  it('needs a text, an owner and a due date from today on', () => {
    expect(measureErrors({ text: '', owner: '', dueDate: '' }, NOW, OFFSET)).toEqual({
      text: 'validation.required',
      owner: 'validation.required',
      dueDate: 'validation.date',
    });
    expect(measureErrors({ text: '检定', owner: '设备部', dueDate: '2026-11-23' }, NOW, OFFSET)).toEqual({});
    expect(measureErrors({ text: '检定', owner: '设备部', dueDate: '2026-11-22' }, NOW, OFFSET)).toEqual({
      dueDate: 'review.validation.dueDatePast',
    });
  });

  it('is overdue only while open and after its due date', () => {
    expect(measureOverdue({ status: 'open', dueDate: '2026-11-23' }, NOW, OFFSET)).toBe(false);
    expect(measureOverdue({ status: 'open', dueDate: '2026-11-22' }, NOW, OFFSET)).toBe(true);
    expect(measureOverdue({ status: 'done', dueDate: '2026-11-22' }, NOW, OFFSET)).toBe(false);
  });
});

describe('the review form', () => {
  const input: ReviewInput = {
    causeAnalysis: '计量误差',
    wentWell: '',
    toImprove: '',
    accountability: { decided: false, persons: '', measuresTaken: '', note: '' },
    followUp: { at: '', by: '', result: '', note: '' },
  };
  it('needs only the cause analysis when nobody is held accountable and no follow-up was made', () => {
    expect(reviewErrors(input, NOW, OFFSET)).toEqual({});
  });
  it('needs the time and the caller of a follow-up', () => {
    expect(reviewErrors({ ...input, followUp: { at: 'x', by: '', result: 'unreachable', note: '' } }, NOW, OFFSET)).toEqual({
      'followUp.at': 'validation.dateTime',
      'followUp.by': 'validation.required',
    });
  });
});

describe('masking complainants in free text', () => {
  it('hides their phones and names wherever an operator typed them', () => {
    const people = [{ name: '周建华', phone: '13812345678' }];
    expect(maskKnownPersonalData('电话13812345678联系周建华，投诉人同意', people)).toBe('电话138****5678联系周**，投诉人同意');
  });
});
