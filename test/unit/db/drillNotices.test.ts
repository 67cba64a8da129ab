// The drill notice repository: notices live in the drill database only, are validated whole
// (each bad field named, nothing saved) and are listed with the latest written first.
import { afterEach, describe, expect, it } from 'vitest';
import type { DrillNoticeInput } from '@shared/drillNotice';
import { BUILT_IN_SCENARIOS } from '@shared/scenarios';
import { deleteDrillNotice, getDrillNotice, listDrillNotices, saveDrillNotice } from '../../../renderer/db/drillNotices';
import { ConsoleDb } from '../../../renderer/db/schema';
import { ensureSeeded } from '../../../renderer/db/seed';
import { en } from '../../../renderer/i18n/en';
import { zhCN } from '../../../renderer/i18n/zh-CN';
import { contextFor, freshDb, LEADER, NOW, STAFF, TRAINER } from '../../fixtures/database';

/** A catalog entry by its dotted key, or undefined. */
const entry = (catalog: object, key: string): unknown =>
  key
    .split('.')
    .reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), catalog);

const opened: ConsoleDb[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

async function drillDb(): Promise<ConsoleDb> {
  const db = new ConsoleDb(`drill-notices-${process.pid}-${Math.random().toString(36).slice(2)}`, 'drill');
  await ensureSeeded(db, NOW);
  opened.push(db);
  return db;
}

function notice(overrides: Partial<DrillNoticeInput> = {}): DrillNoticeInput {
  return {
    docNumber: '应急办[2026]12号',
    title: '关于开展投诉应急演练的通知',
    addressees: '各工作组、各有关部门',
    purpose: '检验投诉应急预案的可操作性，提高快速响应和协同处置能力。',
    startsAt: '2026-11-27T09:00',
    endsAt: '2026-11-27T11:30',
    place: '三楼应急指挥室',
    kinds: ['process', 'sudden'],
    processContent: '按受理、调查、协商、跟进回访的流程处置模拟投诉。',
    suddenContent: '模拟加油站现场纠纷、群众围观和媒体到场。',
    scenarioId: '',
    participants: '应急领导小组、信息收集组、处置协调组、宣传引导组、后勤保障组全体成员',
    personInCharge: '王建国',
    preparation: '组织参演人员学习应急预案。',
    requirements: '按实战要求进行，演练后进行评估。',
    issuer: '某某有限公司',
    issuedOn: '2026-11-23',
    copyTo: '',
    ...overrides,
  };
}

describe('drill notices', () => {
  it('saves a new notice in the drill database with who wrote it and when', async () => {
    const db = await drillDb();
    const ctx = await contextFor(db, TRAINER);
    const result = await saveDrillNotice(db, null, notice(), ctx);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const stored = await getDrillNotice(db, result.value.id);
    expect(stored).toMatchObject({
      title: '关于开展投诉应急演练的通知',
      place: '三楼应急指挥室',
      personInCharge: '王建国',
      updatedBy: STAFF.id,
      createdAt: '2026-11-23T10:00:00+08:00',
      updatedAt: '2026-11-23T10:00:00+08:00',
    });
    // The year of a 文号 takes the six-cornered brackets, whatever keyboard typed it.
    expect(stored?.docNumber).toBe('应急办〔2026〕12号');
    expect(stored).not.toHaveProperty('scenarioId');
  });

  it('names every bad field and saves nothing', async () => {
    const db = await drillDb();
    const result = await saveDrillNotice(
      db,
      null,
      notice({ place: '  ', endsAt: '2026-11-27T08:00', kinds: [], personInCharge: '', issuedOn: '2026-02-30' }),
      await contextFor(db, TRAINER),
    );
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'validation',
        params: {
          place: 'validation.required',
          endsAt: 'drillNotice.validation.endBeforeStart',
          kinds: 'drillNotice.validation.kinds',
          personInCharge: 'validation.required',
          issuedOn: 'drillNotice.validation.date',
        },
      },
    });
    expect(await db.drillNotices.count()).toBe(0);
  });

  it('requires the content of each kind of drill announced, and only of those', async () => {
    const db = await drillDb();
    const ctx = await contextFor(db, TRAINER);
    const missing = await saveDrillNotice(db, null, notice({ suddenContent: '' }), ctx);
    expect(missing.ok || missing.error.params).toEqual({ suddenContent: 'validation.required' });
    const processOnly = await saveDrillNotice(db, null, notice({ kinds: ['process'], suddenContent: '' }), ctx);
    expect(processOnly.ok).toBe(true);
  });

  it('keeps a chosen scenario and refuses one that does not exist', async () => {
    const db = await drillDb();
    const ctx = await contextFor(db, TRAINER);
    const scenario = BUILT_IN_SCENARIOS[0]!;
    const chosen = await saveDrillNotice(db, null, notice({ scenarioId: scenario.id }), ctx);
    expect(chosen.ok && chosen.value.scenarioId).toBe(scenario.id);
    const unknown = await saveDrillNotice(db, null, notice({ scenarioId: 'no-such-scenario' }), ctx);
    expect(unknown.ok || unknown.error.params).toEqual({ scenarioId: 'drillNotice.validation.scenario' });
    expect(await db.drillNotices.count()).toBe(1);
  });

  it('refuses to write a notice into the live database', async () => {
    const live = await freshDb();
    opened.push(live);
    const result = await saveDrillNotice(live, null, notice(), await contextFor(live, TRAINER));
    expect(result).toEqual({ ok: false, error: { code: 'drill-database-required' } });
    expect(await live.drillNotices.count()).toBe(0);
    expect(await listDrillNotices(live)).toEqual([]);
  });

  it('updates a notice in place, keeping when it was created', async () => {
    const db = await drillDb();
    const created = await saveDrillNotice(db, null, notice(), await contextFor(db, TRAINER));
    if (!created.ok) throw new Error(created.error.code);
    const later = NOW + 3_600_000;
    const updated = await saveDrillNotice(db, created.value.id, notice({ place: '一楼会议室' }), await contextFor(db, LEADER, later));
    expect(updated.ok).toBe(true);
    expect(await db.drillNotices.count()).toBe(1);
    expect(await getDrillNotice(db, created.value.id)).toMatchObject({
      place: '一楼会议室',
      createdAt: '2026-11-23T10:00:00+08:00',
      updatedAt: '2026-11-23T11:00:00+08:00',
      updatedBy: LEADER.id,
    });
    const gone = await saveDrillNotice(db, 'no-such-notice', notice(), await contextFor(db, TRAINER));
    expect(gone).toEqual({ ok: false, error: { code: 'drill-notice-not-found' } });
  });

  it('lists the most recently written notice first', async () => {
    const db = await drillDb();
    const titles = ['第一次演练通知', '第二次演练通知', '第三次演练通知'];
    const ids: string[] = [];
    for (const [i, title] of titles.entries()) {
      const saved = await saveDrillNotice(db, null, notice({ title }), await contextFor(db, TRAINER, NOW + i * 60_000));
      if (!saved.ok) throw new Error(saved.error.code);
      ids.push(saved.value.id);
    }
    expect((await listDrillNotices(db)).map((n) => n.title)).toEqual(['第三次演练通知', '第二次演练通知', '第一次演练通知']);
    // Editing the first brings it to the top.
    await saveDrillNotice(db, ids[0]!, notice({ title: '第一次演练通知（修订）' }), await contextFor(db, TRAINER, NOW + 10 * 60_000));
    expect((await listDrillNotices(db)).map((n) => n.title)[0]).toBe('第一次演练通知（修订）');
  });

  it('deletes a notice from the drill database only', async () => {
    const db = await drillDb();
    const saved = await saveDrillNotice(db, null, notice(), await contextFor(db, TRAINER));
    if (!saved.ok) throw new Error(saved.error.code);
    expect(await deleteDrillNotice(db, saved.value.id, await contextFor(db, TRAINER))).toEqual({ ok: true, value: undefined });
    expect(await listDrillNotices(db)).toEqual([]);
    expect(await deleteDrillNotice(db, saved.value.id, await contextFor(db, TRAINER))).toEqual({
      ok: false,
      error: { code: 'drill-notice-not-found' },
    });
    const live = await freshDb();
    opened.push(live);
    expect(await deleteDrillNotice(live, saved.value.id, await contextFor(live, TRAINER))).toEqual({
      ok: false,
      error: { code: 'drill-database-required' },
    });
  });

  it('has a sentence in both languages for every message the form can show', async () => {
    const db = await drillDb();
    const ctx = await contextFor(db, TRAINER);
    const bad = await saveDrillNotice(
      db,
      null,
      notice({ title: '', place: 'x'.repeat(201), startsAt: '2026-11-27T25:00', kinds: [], issuedOn: '', scenarioId: 'none' }),
      ctx,
    );
    const unknownScenario = await saveDrillNotice(db, null, notice({ scenarioId: 'none' }), ctx);
    const live = await freshDb();
    opened.push(live);
    const refused = await saveDrillNotice(live, null, notice(), await contextFor(live, TRAINER));
    const fieldKeys = [bad, unknownScenario].flatMap((r) => (r.ok ? [] : Object.values(r.error.params ?? {}).map(String)));
    const refusalKeys = [bad, refused].map((r) => (r.ok ? '' : `drillNotice.refusal.${r.error.code}`));
    expect(fieldKeys).toEqual(expect.arrayContaining(['validation.required', 'validation.tooLong', 'drillNotice.validation.scenario']));
    for (const key of [...fieldKeys, ...refusalKeys, 'drillNotice.refusal.drill-notice-not-found']) {
      expect(entry(zhCN, key), key).toEqual(expect.any(String));
      expect(entry(en, key), key).toEqual(expect.any(String));
    }
  });
});
