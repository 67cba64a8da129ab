// Review and measure commands as pure decisions: only a closed incident is reviewed, a measure
// needs an owner and a due date from today on, a done measure stays done.
import { describe, expect, it } from 'vitest';
import type { Stamp } from '@shared/commandKit';
import type { Incident } from '@shared/model';
import type { Measure, ReviewInput } from '@shared/review';
import {
  decideAddMeasure,
  decideCompleteMeasure,
  decideFullDataPrinted,
  decideSaveReview,
  decideUpdateMeasure,
  saveReviewArgs,
} from '@shared/reviewCommands';

const NOW = Date.parse('2026-11-23T10:00:00+08:00');
const stamp: Stamp = {
  actor: { id: 'staff', name: '陈晓', role: 'staff' },
  at: '2026-11-23T10:00:00+08:00',
  nowMs: NOW,
  utcOffsetMinutes: 480,
  mode: 'live',
  newId: () => '00000000-0000-4000-8000-000000000001',
};
const closed = { id: 'incident-1', state: 'closed' } as Incident;
const open = { id: 'incident-1', state: 'investigating' } as Incident;

const review: ReviewInput = {
  causeAnalysis: '加油机未按期检定。',
  wentWell: '',
  toImprove: '',
  accountability: { decided: false, persons: '', measuresTaken: '', note: '' },
  followUp: { at: '', by: '', result: '', note: '' },
};
const measure = { text: '加油机每季度检定', owner: '设备管理部', dueDate: '2026-12-31' };
const stored: Measure = {
  id: 'm1',
  mode: 'live',
  incidentId: 'incident-1',
  ...measure,
  status: 'open',
  createdAt: '2026-11-22T10:00:00+08:00',
  createdBy: 'staff',
  updatedAt: '2026-11-22T10:00:00+08:00',
  updatedBy: 'staff',
};

describe('saving the review', () => {
  it('refuses an incident that is not closed, or is gone, and writes nothing', () => {
    expect(decideSaveReview({ incident: open, existing: undefined }, { incidentId: 'incident-1', input: review }, stamp)).toEqual({
      ok: false,
      error: { code: 'review-incident-not-closed' },
    });
    const gone = decideSaveReview({ incident: undefined, existing: undefined }, { incidentId: 'incident-1', input: review }, stamp);
    expect(gone.ok ? 'saved' : gone.error.code).toBe('incident-not-found');
  });

  it('marks a missing cause analysis at its field before looking at the incident', () => {
    const decision = decideSaveReview(
      { incident: open, existing: undefined },
      { incidentId: 'incident-1', input: { ...review, causeAnalysis: ' ' } },
      stamp,
    );
    expect(decision).toEqual({ ok: false, error: { code: 'validation', params: { causeAnalysis: 'validation.required' } } });
  });

  it('takes a follow-up result only from the list, saying so at its field', () => {
    const parsed = saveReviewArgs.safeParse({
      incidentId: 'incident-1',
      input: { ...review, followUp: { ...review.followUp, result: 'happy' } },
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ['input', 'followUp', 'result'], message: 'validation.choose' });
  });

  it('creates the review once and keeps who began it when revised', () => {
    const first = decideSaveReview({ incident: closed, existing: undefined }, { incidentId: 'incident-1', input: review }, stamp);
    if (!first.ok) throw new Error(first.error.code);
    expect(first.value.timeline).toEqual([{ incidentId: 'incident-1', kind: 'review-saved' }]);
    const leader: Stamp = { ...stamp, actor: { id: 'leader', name: '王建国', role: 'leader' }, at: '2026-11-23T11:00:00+08:00' };
    const second = decideSaveReview({ incident: closed, existing: first.value.value }, { incidentId: 'incident-1', input: review }, leader);
    if (!second.ok) throw new Error(second.error.code);
    expect(second.value.value).toMatchObject({ id: first.value.value.id, createdBy: 'staff', updatedBy: 'leader' });
  });
});

describe('improvement measures', () => {
  it('refuses a measure without an owner at its field, and writes nothing', () => {
    const decision = decideAddMeasure({ incident: closed }, { incidentId: 'incident-1', input: { ...measure, owner: '  ' } }, stamp);
    expect(decision).toEqual({ ok: false, error: { code: 'validation', params: { owner: 'validation.required' } } });
  });

  it('refuses a measure for an incident not yet closed', () => {
    const decision = decideAddMeasure({ incident: open }, { incidentId: 'incident-1', input: measure }, stamp);
    expect(decision.ok ? 'added' : decision.error.code).toBe('review-incident-not-closed');
  });

  it('refuses to change or complete a measure already done, or gone', () => {
    const done: Measure = { ...stored, status: 'done' };
    const changed = decideUpdateMeasure({ measure: done }, { measureId: 'm1', input: measure }, stamp);
    expect(changed.ok ? 'changed' : changed.error.code).toBe('measure-already-done');
    const again = decideCompleteMeasure({ measure: done }, { measureId: 'm1' }, stamp);
    expect(again.ok ? 'done' : again.error.code).toBe('measure-already-done');
    const gone = decideCompleteMeasure({ measure: undefined }, { measureId: 'm1' }, stamp);
    expect(gone.ok ? 'done' : gone.error.code).toBe('measure-not-found');
  });

  it('completes a measure with who and when, and its entry', () => {
    const decision = decideCompleteMeasure({ measure: stored }, { measureId: 'm1' }, stamp);
    if (!decision.ok) throw new Error(decision.error.code);
    expect(decision.value.value).toMatchObject({ status: 'done', doneAt: stamp.at, doneBy: 'staff' });
    expect(decision.value.timeline).toEqual([
      { incidentId: 'incident-1', kind: 'measure-done', note: measure.text, params: { owner: measure.owner, due: measure.dueDate } },
    ]);
  });
});

describe('printing with full personal data', () => {
  it('is recorded on the incident, and refused for one that does not exist', () => {
    const recorded = decideFullDataPrinted({ incidentExists: true }, { incidentId: 'incident-1' });
    expect(recorded.ok && recorded.value.timeline).toEqual([{ incidentId: 'incident-1', kind: 'review-report-full-data' }]);
    const refused = decideFullDataPrinted({ incidentExists: false }, { incidentId: 'incident-1' });
    expect(refused.ok ? 'recorded' : refused.error.code).toBe('incident-not-found');
  });
});
