// The after-action review and its improvement measures, written against a real (fake) IndexedDB.
import { afterEach, describe, expect, it } from 'vitest';
import type { Command } from '@shared/workflow';
import type { ReviewInput } from '@shared/review';
import { addCommunication } from '../../../renderer/db/communications';
import { registerComplaint } from '../../../renderer/db/complaints';
import { applyCommand } from '../../../renderer/db/incidents';
import { addMeasure, completeMeasure, recordFullDataPrinted, reviewOf, saveReview, updateMeasure } from '../../../renderer/db/reviews';
import type { ConsoleDb } from '../../../renderer/db/schema';
import { contextFor, freshDb, LEADER, NOW, registration, STAFF } from '../../fixtures/database';

let db: ConsoleDb | undefined;
afterEach(async () => {
  db?.close();
  db = undefined;
});

async function registered(database: ConsoleDb) {
  const result = await registerComplaint(database, registration(), await contextFor(database));
  if (!result.ok) throw new Error(result.error.code);
  return result.value.incident;
}

async function run(database: ConsoleDb, incidentId: string, command: Command) {
  const result = await applyCommand(database, incidentId, command, await contextFor(database, LEADER));
  if (!result.ok) throw new Error(`${command.type}: ${result.error.code}`);
  return result.value;
}

/** A level-3 incident taken through the whole response to 已关闭. */
async function closedIncident(database: ConsoleDb) {
  const incident = await registered(database);
  await run(database, incident.id, { type: 'verify' });
  await run(database, incident.id, { type: 'grade', level: 3 });
  await run(database, incident.id, { type: 'activateResponse' });
  await run(database, incident.id, { type: 'completeInvestigation', findings: '加油机计量误差超标' });
  const submitted = await run(database, incident.id, { type: 'submitSolution', solution: '退还差额并致歉' });
  if (submitted.state === 'approval') await run(database, incident.id, { type: 'approveSolution' });
  await addCommunication(
    database,
    incident.id,
    { at: '2026-11-23T10:00', channel: 'phone', person: '周先生', summary: '告知方案', outcome: '同意' },
    await contextFor(database),
  );
  await run(database, incident.id, { type: 'startImplementation' });
  await run(database, incident.id, { type: 'completeImplementation' });
  await run(database, incident.id, { type: 'recordFeedback', feedback: '已退还差额' });
  await run(database, incident.id, { type: 'recordSatisfaction', satisfaction: 'satisfied' });
  return run(database, incident.id, { type: 'close' });
}

const review = (overrides: Partial<ReviewInput> = {}): ReviewInput => ({
  causeAnalysis: '加油机未按期检定，计量误差超出允许范围。',
  wentWell: '技术监督局当天到场核验。',
  toImprove: '现场人员未及时上报。',
  accountability: { decided: true, persons: '城东加油站站长', measuresTaken: '通报批评', note: '' },
  followUp: { at: '2026-11-23T09:40', by: '陈晓', result: 'basically-satisfied', note: '希望加强检定' },
  ...overrides,
});

const kinds = async (database: ConsoleDb, incidentId: string) =>
  (await database.timeline.where('incidentId').equals(incidentId).toArray()).map((e) => e.kind);

describe('the after-action review', () => {
  it('refuses to review an incident that is not closed', async () => {
    db = await freshDb();
    const incident = await registered(db);
    const result = await saveReview(db, incident.id, review(), await contextFor(db));
    expect(result.ok ? 'saved' : result.error.code).toBe('review-incident-not-closed');
    expect(await db.reviews.count()).toBe(0);
    const measure = await addMeasure(db, incident.id, { text: '定期检定', owner: '设备部', dueDate: '2026-12-31' }, await contextFor(db));
    expect(measure.ok ? 'saved' : measure.error.code).toBe('review-incident-not-closed');
  });

  it('saves the review of a closed incident once, revises it later, and records both on the timeline', async () => {
    db = await freshDb();
    const incident = await closedIncident(db);
    const first = await saveReview(db, incident.id, review(), await contextFor(db));
    expect(first.ok).toBe(true);
    const second = await saveReview(db, incident.id, review({ wentWell: '响应迅速' }), await contextFor(db, LEADER, NOW + 60_000));
    expect(second.ok).toBe(true);
    expect(await db.reviews.count()).toBe(1);
    const stored = await reviewOf(db, incident.id);
    expect(stored).toMatchObject({
      wentWell: '响应迅速',
      createdBy: STAFF.id,
      updatedBy: LEADER.id,
      mode: 'live',
      accountability: { decided: true, persons: '城东加油站站长', measuresTaken: '通报批评' },
      followUp: { at: '2026-11-23T09:40:00+08:00', by: '陈晓', result: 'basically-satisfied' },
    });
    expect((await kinds(db, incident.id)).filter((k) => k === 'review-saved')).toHaveLength(2);
  });

  it('marks every bad field and saves nothing', async () => {
    db = await freshDb();
    const incident = await closedIncident(db);
    const result = await saveReview(
      db,
      incident.id,
      review({
        causeAnalysis: '  ',
        accountability: { decided: true, persons: '', measuresTaken: '', note: '' },
        followUp: { at: '2026-11-25T09:00', by: '', result: 'unsatisfied', note: '' },
      }),
      await contextFor(db),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('validation');
      expect(result.error.params).toEqual({
        causeAnalysis: 'validation.required',
        'accountability.persons': 'validation.required',
        'accountability.measuresTaken': 'validation.required',
        'followUp.at': 'validation.future',
        'followUp.by': 'validation.required',
      });
    }
    expect(await db.reviews.count()).toBe(0);
  });

  it('keeps no follow-up and no accountability details when none were given', async () => {
    db = await freshDb();
    const incident = await closedIncident(db);
    await saveReview(
      db,
      incident.id,
      review({
        accountability: { decided: false, persons: '不该保存', measuresTaken: '', note: '经调查不予追责' },
        followUp: { at: '', by: '', result: '', note: '' },
      }),
      await contextFor(db),
    );
    const stored = await reviewOf(db, incident.id);
    expect(stored?.followUp).toBeUndefined();
    expect(stored?.accountability).toEqual({ decided: false, persons: '', measuresTaken: '', note: '经调查不予追责' });
  });
});

describe('improvement measures', () => {
  it('adds, changes and completes a measure, each on the timeline', async () => {
    db = await freshDb();
    const incident = await closedIncident(db);
    const added = await addMeasure(
      db,
      incident.id,
      { text: '加油机每季度检定', owner: '设备管理部', dueDate: '2026-12-31' },
      await contextFor(db),
    );
    if (!added.ok) throw new Error(added.error.code);
    expect(added.value).toMatchObject({ status: 'open', owner: '设备管理部', dueDate: '2026-12-31' });
    const changed = await updateMeasure(
      db,
      added.value.id,
      { text: '加油机每月检定', owner: '设备管理部', dueDate: '2026-12-15' },
      await contextFor(db),
    );
    expect(changed.ok && changed.value.text).toBe('加油机每月检定');
    const done = await completeMeasure(db, added.value.id, await contextFor(db, LEADER));
    expect(done.ok && done.value).toMatchObject({ status: 'done', doneAt: '2026-11-23T10:00:00+08:00', doneBy: LEADER.id });
    const again = await completeMeasure(db, added.value.id, await contextFor(db));
    expect(again.ok ? 'done' : again.error.code).toBe('measure-already-done');
    const entries = await db.timeline.where('incidentId').equals(incident.id).toArray();
    expect(entries.filter((e) => e.kind.startsWith('measure-')).map((e) => [e.kind, e.params])).toEqual([
      ['measure-added', { owner: '设备管理部', due: '2026-12-31' }],
      ['measure-changed', { owner: '设备管理部', due: '2026-12-15' }],
      ['measure-done', { owner: '设备管理部', due: '2026-12-15' }],
    ]);
  });

  it('refuses a measure without an owner, or due before today', async () => {
    db = await freshDb();
    const incident = await closedIncident(db);
    const result = await addMeasure(db, incident.id, { text: '检定', owner: ' ', dueDate: '2026-11-22' }, await contextFor(db));
    expect(result.ok ? null : result.error.params).toEqual({ owner: 'validation.required', dueDate: 'review.validation.dueDatePast' });
    const bad = await addMeasure(db, incident.id, { text: '检定', owner: '设备部', dueDate: '2026-02-30' }, await contextFor(db));
    expect(bad.ok ? null : bad.error.params).toEqual({ dueDate: 'validation.date' });
    expect(await db.measures.count()).toBe(0);
  });

  it('records that the report was printed with full personal data', async () => {
    db = await freshDb();
    const incident = await closedIncident(db);
    await recordFullDataPrinted(db, incident.id, await contextFor(db));
    expect(await kinds(db, incident.id)).toContain('review-report-full-data');
  });
});
