// 演练计划与培训 in the database: the watcher finds a planned drill by its remindAt index until it is
// held; a person's record is read by the multi-entry indexes; a refused command writes nothing;
// the dashboard reads only the open measures.
import { describe, expect, it } from 'vitest';
import {
  addDrillMeasure,
  drillPlanOfYear,
  drillPlansToRemind,
  markDrillMeasureDone,
  openDrillMeasures,
  personProgrammeRecord,
  planDrill,
  recordDrillAttendance,
  recordTraining,
} from '../../../renderer/db/drillProgramme';
import { contextFor, freshDbs, LEADER, NOW, value } from '../../fixtures/database';

const fresh = freshDbs();
const WEEK = { remindDaysBefore: 7 };
const ZHANG = 'a1000000-0000-4000-8000-000000000003';
const WU = 'a1000000-0000-4000-8000-000000000008';
const FUEL = { id: 'fuel-dispute', title: { zh: '加油站加油数量纠纷', en: 'Fuel-quantity dispute at a petrol station' } };

describe('the drill programme in the database', () => {
  it('reminds of a planned drill by its index until it is held, and keeps who was there', async () => {
    const db = await fresh();
    const ctx = await contextFor(db, LEADER, NOW);
    const teamIds = (await db.teams.toArray()).filter((t) => t.memberIds.includes(ZHANG)).map((t) => t.id);
    expect(teamIds.length).toBeGreaterThan(0);
    const item = value(await planDrill(db, { year: 2026, scenario: FUEL, plannedFor: '2026-12-10', teamIds, organiserId: '' }, ctx));
    expect(item.remindAt).toBe('2026-12-03T00:00:00+08:00');
    expect(await drillPlansToRemind(db, '2026-01-01T00:00:00+08:00', '2026-12-03T00:00:00+08:00', WEEK, 480)).toEqual([]);
    expect((await drillPlansToRemind(db, '2026-01-01T00:00:00+08:00', '2026-12-03T00:00:01+08:00', WEEK, 480)).map((d) => d.id)).toEqual([
      item.id,
    ]);
    // A revision reminding 30 days before reaches a drill planned under the 7 days: from 11-10 on.
    const month = { remindDaysBefore: 30 };
    expect(await drillPlansToRemind(db, '2026-01-01T00:00:00+08:00', '2026-11-10T00:00:00+08:00', month, 480)).toEqual([]);
    expect((await drillPlansToRemind(db, '2026-11-01T00:00:00+08:00', '2026-11-10T00:00:01+08:00', month, 480)).map((d) => d.id)).toEqual([
      item.id,
    ]);
    // Reminded before the watcher's reach back: raised long ago, not read again.
    expect(await drillPlansToRemind(db, '2026-12-03T00:00:01+08:00', '2027-01-01T00:00:00+08:00', WEEK, 480)).toEqual([]);

    // Refused (someone not in the organisation): nothing changes.
    const refused = await recordDrillAttendance(
      db,
      { planId: item.id, heldOn: '2026-11-23', attendance: [{ personId: ZHANG, present: true }], extraNames: ['张三'] },
      ctx,
    );
    expect(refused.ok).toBe(false);
    expect(await db.drillPlans.get(item.id)).toEqual(item);

    value(
      await recordDrillAttendance(
        db,
        {
          planId: item.id,
          heldOn: '2026-11-23',
          attendance: [
            { personId: ZHANG, present: true },
            { personId: WU, present: false },
          ],
          extraNames: [],
        },
        ctx,
      ),
    );
    expect(await drillPlansToRemind(db, '2026-01-01T00:00:00+08:00', '2027-01-01T00:00:00+08:00', WEEK, 480)).toEqual([]);
    expect((await drillPlanOfYear(db, 2026)).map((d) => d.status)).toEqual(['held']);
    expect((await personProgrammeRecord(db, ZHANG)).drills.map((d) => d.id)).toEqual([item.id]);
    expect((await personProgrammeRecord(db, WU)).drills).toEqual([]);

    const measure = value(await addDrillMeasure(db, { planId: item.id, measure: '完善口径', ownerId: ZHANG, dueDate: '2026-12-31' }, ctx));
    expect((await openDrillMeasures(db)).map((m) => m.id)).toEqual([measure.id]);
    value(await markDrillMeasureDone(db, measure.id, ctx));
    expect(await openDrillMeasures(db)).toEqual([]);
  });

  it('records a training on each attendee’s record, and writes nothing for an empty topic', async () => {
    const db = await fresh();
    const ctx = await contextFor(db, LEADER, NOW);
    const empty = await recordTraining(db, { heldOn: '2026-11-20', topic: ' ', trainer: '李明', attendeeIds: [WU], material: '' }, ctx);
    expect(empty).toMatchObject({ ok: false, error: { code: 'validation', params: { topic: 'drillProgramme.error.noTopic' } } });
    expect(await db.trainings.count()).toBe(0);
    const training = value(
      await recordTraining(db, { heldOn: '2026-11-20', topic: '分级与报告', trainer: '李明', attendeeIds: [WU, ZHANG], material: '' }, ctx),
    );
    expect((await personProgrammeRecord(db, WU)).trainings.map((t) => t.id)).toEqual([training.id]);
  });
});
