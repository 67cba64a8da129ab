// The draft editor's writes: what the plan cannot hold together is refused at its field and
// nothing is stored; a draft may be discarded (audited) but a submitted version may not.
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_PLAN_ID } from '@shared/defaultPlan';
import type { Result } from '@shared/result';
import { RESPONSIBLE_TEAM } from '@shared/routing';
import { ORGANISATION_TIMELINE } from '../../../renderer/db/organisation';
import { discardVersion, saveDraft, startRevision, submitVersion } from '../../../renderer/db/plans';
import type { ConsoleDb } from '../../../renderer/db/schema';
import { contextFor, DEPUTY, freshDb, LEADER, value } from '../../fixtures/database';

let db: ConsoleDb;
afterEach(async () => {
  db?.close();
  if (db) await db.delete();
});

const fields = (result: Result<unknown>) => (result.ok ? {} : (result.error.params ?? {}));

describe('saving a draft from the editor', () => {
  it('refuses thresholds that do not rise with the level, at their fields, and stores nothing', async () => {
    db = await freshDb();
    const leader = await contextFor(db, LEADER);
    const draft = value(await startRevision(db, DEFAULT_PLAN_ID, leader));
    const result = await saveDraft(
      db,
      { ...draft, grading: { ...draft.grading, largeGroupPeople: 3, groupPeople: 5, amountLevel1: 10, amountLevel2: 100 } },
      leader,
    );
    expect(fields(result)).toEqual({
      'grading.largeGroupPeople': 'planEditor.problem.large-group-below-group',
      'grading.amountLevel1': 'planEditor.problem.level1-amount-below-level2',
    });
    expect((await db.plans.get(draft.id))!.grading).toEqual(draft.grading);
  });

  it('refuses days on the live board outside 7–3650 at their field, and stores nothing', async () => {
    db = await freshDb();
    const leader = await contextFor(db, LEADER);
    const draft = value(await startRevision(db, DEFAULT_PLAN_ID, leader));
    for (const days of [3, 5000, Number.NaN]) {
      const result = await saveDraft(db, { ...draft, liveBoardDays: days }, leader);
      expect(Object.keys(fields(result)), String(days)).toEqual(['liveBoardDays']);
    }
    expect((await db.plans.get(draft.id))!.liveBoardDays).toBeUndefined();
    expect((await saveDraft(db, { ...draft, liveBoardDays: 90 }, leader)).ok).toBe(true);
    expect((await db.plans.get(draft.id))!.liveBoardDays).toBe(90);
  });

  it('names a blank category, an instruction for no level and an empty list of personal-data roles', async () => {
    db = await freshDb();
    const leader = await contextFor(db, LEADER);
    const draft = value(await startRevision(db, DEFAULT_PLAN_ID, leader));
    const blank = { ...draft, categories: [...draft.categories, { code: 'category-1', name: { zh: '' } }] };
    expect(fields(await saveDraft(db, blank, leader))).toEqual({
      [`categories.${draft.categories.length}.name.zh`]: 'planEditor.editor.required',
    });
    const noLevel = {
      ...draft,
      standardInstructions: draft.standardInstructions.map((s, i) => (i === 0 ? { ...s, levels: [] } : s)),
      personalDataRoles: [],
    };
    expect(fields(await saveDraft(db, noLevel, leader))).toEqual({
      'standardInstructions.0.levels': 'planEditor.problem.no-level',
      personalDataRoles: 'planEditor.problem.no-personal-data-role',
    });
  });

  it('refuses two limits for the same stage and scope, and a limit for no level', async () => {
    db = await freshDb();
    const leader = await contextFor(db, LEADER);
    const draft = value(await startRevision(db, DEFAULT_PLAN_ID, leader));
    const first = draft.timeLimits[0]!;
    const twice = { ...draft, timeLimits: [...draft.timeLimits, { ...first, amount: first.amount + 1 }] };
    expect(fields(await saveDraft(db, twice, leader))).toEqual({
      [`timeLimits.${draft.timeLimits.length}`]: 'planEditor.problem.rule-twice',
    });
    const noLevel = { ...draft, timeLimits: draft.timeLimits.map((r, i) => (i === 1 ? { ...r, levels: [] } : r)) };
    expect(fields(await saveDraft(db, noLevel, leader))).toEqual({ 'timeLimits.1.levels': 'planEditor.problem.no-level' });
    expect((await db.plans.get(draft.id))!.timeLimits).toEqual(draft.timeLimits);
  });

  it('stores channels, urgency names, approval levels, instructions, the statement and the closure rule', async () => {
    db = await freshDb();
    const deputy = await contextFor(db, DEPUTY);
    const draft = value(await startRevision(db, DEFAULT_PLAN_ID, deputy));
    const changed = {
      ...draft,
      channels: [...draft.channels, { code: 'channel-1', name: { zh: '小程序留言', en: 'Mini-program message' } }],
      urgencies: draft.urgencies.map((u) => (u.code === 'urgent' ? { ...u, name: { zh: '特急', en: 'Most urgent' } } : u)),
      approvalLevels: [1 as const],
      standardInstructions: [
        ...draft.standardInstructions,
        {
          code: 'instruction-1',
          teamCode: RESPONSIBLE_TEAM,
          content: { zh: '对口部门一小时内联系投诉人' },
          dueMinutes: 60,
          priority: 'high' as const,
          levels: [2 as const],
        },
      ],
      holdingStatement: { zh: '{{organisation}}已关注{{title}}，正在核实。' },
      personalDataRoles: ['leader' as const],
      countsOfficeClosures: true,
    };
    value(await saveDraft(db, changed, deputy));
    const stored = (await db.plans.get(draft.id))!;
    expect(stored.channels.at(-1)!.name.zh).toBe('小程序留言');
    expect(stored.urgencies.find((u) => u.code === 'urgent')!.name.zh).toBe('特急');
    expect(stored.approvalLevels).toEqual([1]);
    expect(stored.standardInstructions.at(-1)).toMatchObject({ teamCode: RESPONSIBLE_TEAM, levels: [2], dueMinutes: 60 });
    expect(stored.holdingStatement!.zh).toContain('{{title}}');
    expect(stored.personalDataRoles).toEqual(['leader']);
    expect(stored.countsOfficeClosures).toBe(true);
  });
});

describe('discarding a draft', () => {
  it('deletes the draft with an audit entry, so a new revision can start', async () => {
    db = await freshDb();
    const deputy = await contextFor(db, DEPUTY);
    const draft = value(await startRevision(db, DEFAULT_PLAN_ID, deputy));
    value(await discardVersion(db, draft.id, deputy));
    expect(await db.plans.get(draft.id)).toBeUndefined();
    const entries = await db.timeline.where('incidentId').equals(ORGANISATION_TIMELINE).toArray();
    expect(entries.map((e) => [e.kind, e.params?.version])).toEqual([
      ['plan-revision-started', 2],
      ['plan-draft-discarded', 2],
    ]);
    value(await startRevision(db, DEFAULT_PLAN_ID, deputy));
  });

  it('keeps a submitted version and the plan in force, and refuses staff', async () => {
    db = await freshDb();
    const deputy = await contextFor(db, DEPUTY);
    const draft = value(await startRevision(db, DEFAULT_PLAN_ID, deputy));
    expect(await discardVersion(db, draft.id, await contextFor(db))).toMatchObject({ ok: false, error: { code: 'plan-not-editor' } });
    value(await submitVersion(db, draft.id, deputy));
    expect(await discardVersion(db, draft.id, deputy)).toMatchObject({ ok: false, error: { code: 'plan-not-draft' } });
    expect(await discardVersion(db, DEFAULT_PLAN_ID, deputy)).toMatchObject({ ok: false, error: { code: 'plan-not-draft' } });
    expect(await db.plans.count()).toBe(2);
  });
});
