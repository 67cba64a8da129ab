// Taking back an import once people have worked on what it brought in: nothing of theirs, and
// nothing of the run, is removed; the run is kept and the operator is told what others did.
import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { checkRows, guessMapping } from '@shared/importing';
import type { Actor } from '@shared/model';
import {
  commitBatch,
  rollBackInterruptedImports,
  runImport,
  startImport,
  takeBackImport,
  type LaterWork,
} from '../../../renderer/db/imports';
import { ORGANISATION_TIMELINE } from '../../../renderer/db/organisation';
import { draftRelease } from '../../../renderer/db/releases';
import { allocateResource, saveResource } from '../../../renderer/db/resources';
import { registerComplaint } from '../../../renderer/db/complaints';
import type { ConsoleDb } from '../../../renderer/db/schema';
import { laterWorkSentences } from '../../../renderer/features/exchange/exchangeText';
import { en } from '../../../renderer/i18n/en';
import { zhCN } from '../../../renderer/i18n/zh-CN';
import { contextFor, freshDb, hotlineTable, NOW, registration, STAFF } from '../../fixtures/database';

/** 冯雪, new-media staff on the sample publicity team (宣传引导组), who drafts statements. */
const WRITER: Actor = { id: 'a1000000-0000-4000-8000-00000000000a', name: '冯雪', role: 'staff' };

async function importedRun(db: ConsoleDb, count: number) {
  const ctx = await contextFor(db);
  const source = hotlineTable(count);
  const { valid } = checkRows(source, guessMapping(source.headers), ctx.plan, NOW, STAFF.id);
  const run = await startImport(db, { fileName: '热线导出.csv', format: 'csv', totalRows: count, invalidRows: 0, duplicateRows: 0 }, ctx);
  const batch = await commitBatch(db, run.id, valid, ctx);
  expect(batch.ok).toBe(true);
  const incidents = await db.incidents.where('importId').equals(run.id).sortBy('number');
  return { run, incidents, ctx };
}

async function snapshot(db: ConsoleDb) {
  return {
    complaints: await db.complaints.count(),
    incidents: await db.incidents.count(),
    releases: await db.releases.count(),
    allocations: await db.allocations.count(),
    resources: await db.resources.toArray(),
    caseTimeline: await db.timeline.where('incidentId').notEqual(ORGANISATION_TIMELINE).count(),
  };
}

async function translator(lng: 'en' | 'zh-CN') {
  const instance = i18next.createInstance();
  await instance.init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng,
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

describe('import take-back after a release and an allocation', () => {
  async function workedOn() {
    const db = await freshDb();
    const { run, incidents, ctx } = await importedRun(db, 3);
    const [first, second] = incidents;
    const release = await draftRelease(db, first!.id, { title: '情况说明', text: '初稿' }, await contextFor(db, WRITER));
    expect(release.ok).toBe(true);
    const radios = await saveResource(
      db,
      null,
      {
        type: 'communication',
        name: '对讲机',
        quantity: '20',
        unit: 'device',
        location: '综合保障部器材库',
        custodianName: '孙强',
        custodianPhone: '13800000006',
        status: 'available',
        minimum: '10',
        note: '',
      },
      ctx,
    );
    if (!radios.ok) throw new Error(radios.error.code);
    const sent = await allocateResource(
      db,
      second!.id,
      { resourceId: radios.value.id, quantity: '5', expectedReturnAt: '', note: '' },
      ctx,
    );
    expect(sent.ok).toBe(true);
    // A caller on the phone, attached by the operator to an imported incident.
    const attached = await registerComplaint(db, registration({ incidentId: second!.id }), ctx);
    expect(attached.ok).toBe(true);
    return { db, run, incidents, ctx };
  }

  it('keeps every record, the run’s and everyone else’s, and lists what others did on which incident', async () => {
    const { db, run, incidents, ctx } = await workedOn();
    const before = await snapshot(db);
    const taken = await takeBackImport(db, run.id, 'cancelled', ctx);
    expect(taken.ok).toBe(true);
    if (!taken.ok) return;
    expect(taken.value.run.status).toBe('kept');
    expect(taken.value.laterWork).toEqual([
      { incident: incidents[0]!.number, counts: { release: 1, change: 1 } },
      { incident: incidents[1]!.number, counts: { complaint: 1, allocation: 1, change: 2 } },
    ]);
    // Nothing was removed: the statement, the allocation (the radios stay out), the attached complaint.
    expect(await snapshot(db)).toEqual(before);
    expect((await db.imports.get(run.id))?.status).toBe('kept');
    const audit = await db.timeline.where('incidentId').equals(ORGANISATION_TIMELINE).toArray();
    expect(audit.map((e) => e.kind)).toContain('import-kept');
  });

  it('tells the operator in sentences what others have done', async () => {
    const { db, run, incidents, ctx } = await workedOn();
    const taken = await takeBackImport(db, run.id, 'cancelled', ctx);
    if (!taken.ok) throw new Error(taken.error.code);
    const zh = laterWorkSentences(taken.value.laterWork, await translator('zh-CN'));
    expect(zh).toEqual([
      `${incidents[0]!.number}：1 份信息发布、1 条变更记录`,
      `${incidents[1]!.number}：1 条后来登记的投诉、1 次资源调配、2 条变更记录`,
    ]);
    const english = laterWorkSentences(taken.value.laterWork, await translator('en'));
    expect(english[1]).toBe(`${incidents[1]!.number}: 1 complaint registered later, 1 resource allocation, 2 change records`);
  });

  it('keeps a run interrupted by a crash, at start-up, when others have worked on it', async () => {
    const { db, run } = await workedOn();
    const before = await snapshot(db);
    const rolledBack = await rollBackInterruptedImports(db, NOW + 60_000);
    expect(rolledBack.map((r) => [r.id, r.status])).toEqual([[run.id, 'kept']]);
    expect(await snapshot(db)).toEqual(before);
    // The journal no longer holds a running run, so the next import can start.
    expect(await db.imports.where('status').equals('running').count()).toBe(0);
  });

  it('still takes back a run nobody has touched, its alerts included', async () => {
    const db = await freshDb();
    const { run, incidents, ctx } = await importedRun(db, 2);
    await db.notices.add({
      id: `incident:${incidents[0]!.id}:acceptance:overdue@1`,
      mode: 'live',
      key: `incident:${incidents[0]!.id}:acceptance:overdue`,
      kind: 'overdue',
      titleKey: 't',
      bodyKey: 'b',
      params: {},
      targetId: incidents[0]!.id,
      urgent: false,
      firedAt: '2026-11-23T10:00:00+08:00',
      shownCount: 1,
      lastShownAt: '2026-11-23T10:00:00+08:00',
    });
    const taken = await takeBackImport(db, run.id, 'cancelled', ctx);
    expect(taken.ok && [taken.value.run.status, taken.value.laterWork]).toEqual(['cancelled', []]);
    expect(await db.complaints.count()).toBe(0);
    expect(await db.incidents.count()).toBe(0);
    expect(await db.notices.count()).toBe(0);
  });

  it('tells the page that a cancelled run was kept, and why', async () => {
    const db = await freshDb();
    const ctx = await contextFor(db);
    const source = hotlineTable(4);
    const { valid } = checkRows(source, guessMapping(source.headers), ctx.plan, NOW, STAFF.id);
    let runId = '';
    let statementDrafted = false;
    let drafting: Promise<unknown> = Promise.resolve();
    const kept: LaterWork[] = [];
    const result = await runImport(
      db,
      { fileName: '热线导出.csv', format: 'csv', totalRows: 4, invalidRows: 0, duplicateRows: 0, rows: valid },
      () => ctx,
      {
        batchSize: 2,
        onStarted: (run) => (runId = run.id),
        // While the run goes on, the publicity team drafts a statement on its first incident; then 取消.
        onProgress: (imported) => {
          if (imported !== 2) return;
          drafting = db.incidents
            .where('importId')
            .equals(runId)
            .first()
            .then((incident) => draftRelease(db, incident!.id, { title: '情况说明', text: '初稿' }, { ...ctx, actor: WRITER }))
            .then(() => (statementDrafted = true));
        },
        // The run waits for the statement before its next batch, so the cancel always finds it.
        between: () => drafting,
        cancelled: () => statementDrafted,
        onKept: (work) => kept.push(...work),
      },
    );
    expect(result.ok && result.value.status).toBe('kept');
    expect(kept).toHaveLength(1);
    expect(kept[0]!.counts).toEqual({ release: 1, change: 1 });
    expect(await db.complaints.count()).toBe(2);
    expect(await db.releases.count()).toBe(1);
  });
});
