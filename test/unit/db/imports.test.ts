// The import journal against a real (fake-indexeddb) store: batches commit with the run's stamp,
// a cancel or an interruption leaves nothing of the run behind, and a re-import is recognised.
import { describe, expect, it } from 'vitest';
import { checkRows, guessMapping, splitDuplicates, type Duplicate, type SourceTable, type ValidRow } from '@shared/importing';
import {
  commitBatch,
  rememberedMapping,
  rememberMapping,
  rollBackInterruptedImports,
  runImport,
  startImport,
  storedDuplicateKeys,
} from '../../../renderer/db/imports';
import { ORGANISATION_TIMELINE } from '../../../renderer/db/organisation';
import type { ConsoleDb } from '../../../renderer/db/schema';
import { contextFor, freshDb, hotlineTable, NOW, STAFF } from '../../fixtures/database';

const table = (count: number, ref = (i: number) => `GD-${i}`): SourceTable =>
  hotlineTable(count, { ref, receivedAt: (i) => `2026-11-2${i % 3} 0${i % 9}:1${i % 6}` });

async function rowsOf(db: ConsoleDb, source: SourceTable): Promise<ValidRow[]> {
  const ctx = await contextFor(db);
  const checked = checkRows(source, guessMapping(source.headers), ctx.plan, NOW, STAFF.id);
  expect(checked.problems).toEqual([]);
  return checked.valid;
}

const plan = (rows: ValidRow[]) => ({
  fileName: '热线导出.csv',
  format: 'csv' as const,
  totalRows: rows.length,
  invalidRows: 0,
  duplicateRows: 0,
  rows,
});

describe('committing an import', () => {
  it('gives each imported complaint to the unit its category names (对口处理), the importer otherwise', async () => {
    const db = await freshDb();
    const ctx = await contextFor(db);
    const rows = await rowsOf(db, table(2));
    // 服务质量 is handled by customer service, whose manager 刘洋 becomes the owner.
    await db.plans.update(ctx.plan.id, {
      categories: ctx.plan.categories.map((c) => (c.code === 'service-quality' ? { ...c, department: '客户服务部' } : c)),
    });
    const result = await runImport(db, plan(rows), () => ctx, { onProgress: () => {}, cancelled: () => false, batchSize: 5 });
    expect(result.ok).toBe(true);
    const owners = (await db.incidents.toArray()).map((i) => i.ownerId);
    expect(owners).toEqual(['a1000000-0000-4000-8000-000000000004', 'a1000000-0000-4000-8000-000000000004']);

    const other = await freshDb();
    const otherCtx = await contextFor(other);
    await runImport(other, plan(await rowsOf(other, table(1))), () => otherCtx, { onProgress: () => {}, cancelled: () => false });
    expect((await other.incidents.toArray()).map((i) => i.ownerId)).toEqual([STAFF.id]);
  });

  it('refuses an import at a seat of an office, saying why, and registers nothing', async () => {
    const db = await freshDb();
    const ctx = await contextFor(db);
    const rows = await rowsOf(db, table(3));
    await db.settings.put({
      key: 'office.seat',
      value: { url: 'http://192.168.1.20:8443', token: 't', seatId: 's', name: '值班席', joinedAt: new Date(NOW).toISOString() },
      updatedAt: new Date(NOW).toISOString(),
    });
    const result = await runImport(db, plan(rows), () => ctx, { onProgress: () => {}, cancelled: () => false });
    expect(result).toMatchObject({ ok: false, error: { code: 'office-import-seat' } });
    expect(await db.complaints.count()).toBe(0);
    expect(await db.imports.count()).toBe(0);
  });

  it('registers the rows in batches, each complaint and incident stamped with the run', async () => {
    const db = await freshDb();
    const ctx = await contextFor(db);
    const rows = await rowsOf(db, table(5));
    const progress: number[] = [];
    const result = await runImport(db, plan(rows), () => ctx, {
      onProgress: (n) => progress.push(n),
      cancelled: () => false,
      batchSize: 2,
    });
    expect(result.ok && result.value.status).toBe('done');
    const runId = result.ok ? result.value.id : '';
    expect(progress).toEqual([2, 4, 5]);
    const complaints = await db.complaints.toArray();
    expect(complaints).toHaveLength(5);
    expect(complaints.every((c) => c.importId === runId)).toBe(true);
    // Each complaint carries its own row's 工单号.
    expect(complaints.map((c) => [c.complainant.name, c.externalRef]).sort()).toEqual(
      [0, 1, 2, 3, 4].map((i) => [`投诉人${i}`, `GD-${i}`]),
    );
    expect(await db.incidents.where('importId').equals(runId).count()).toBe(5);
    expect((await db.imports.get(runId))?.importedRows).toBe(5);
    const audit = await db.timeline.where('incidentId').equals(ORGANISATION_TIMELINE).toArray();
    expect(audit.map((e) => [e.kind, e.params])).toEqual([
      ['import-finished', { file: '热线导出.csv', imported: 5, invalid: 0, duplicates: 0 }],
    ]);
  });

  it('writes none of a batch, and uses no number, when one of its rows is refused on the way in', async () => {
    const db = await freshDb();
    const ctx = await contextFor(db);
    const rows = await rowsOf(db, table(3));
    const { rows: _all, ...file } = plan(rows);
    const runId = (await startImport(db, file, ctx)).id;
    // The plan changed between the file check and the batch: the third row's category is gone.
    const spoiled = rows.map((r, i) => (i === 2 ? { ...r, registration: { ...r.registration, categoryCode: 'no-such-category' } } : r));
    expect(await commitBatch(db, runId, spoiled, ctx)).toMatchObject({
      ok: false,
      error: { code: 'import-row-refused', params: { count: 1 } },
    });
    expect(await db.complaints.count()).toBe(0);
    expect(await db.counters.count()).toBe(0);
    expect((await db.imports.get(runId))?.importedRows).toBe(0);
    const committed = await commitBatch(db, runId, rows, ctx);
    expect(committed).toMatchObject({ ok: true, value: { imported: 3 } });
    expect((await db.complaints.toArray()).map((c) => c.number).sort()[0]).toMatch(/-0001$/);
  });

  it('leaves nothing of the run behind when it is cancelled after a batch', async () => {
    const db = await freshDb();
    const ctx = await contextFor(db);
    const rows = await rowsOf(db, table(6));
    let batches = 0;
    const result = await runImport(db, plan(rows), () => ctx, {
      onProgress: () => (batches += 1),
      cancelled: () => batches >= 2,
      batchSize: 2,
    });
    expect(result.ok && result.value.status).toBe('cancelled');
    expect(await db.complaints.count()).toBe(0);
    expect(await db.incidents.count()).toBe(0);
    expect(await db.timeline.where('incidentId').notEqual(ORGANISATION_TIMELINE).count()).toBe(0);
    const audit = await db.timeline.where('incidentId').equals(ORGANISATION_TIMELINE).toArray();
    expect(audit.map((e) => [e.kind, e.params?.removed])).toEqual([['import-cancelled', 4]]);
  });

  it('takes back a run left running by an app killed mid-import, at start-up', async () => {
    const db = await freshDb();
    const ctx = await contextFor(db);
    const done = await runImport(
      db,
      plan(
        await rowsOf(
          db,
          table(2, (i) => `OLD-${i}`),
        ),
      ),
      () => ctx,
      { onProgress: () => {}, cancelled: () => false },
    );
    const rows = await rowsOf(db, table(4));
    const run = await startImport(db, plan(rows), ctx);
    expect((await commitBatch(db, run.id, rows.slice(0, 2), ctx)).ok).toBe(true);
    expect(await db.complaints.count()).toBe(4);

    const rolledBack = await rollBackInterruptedImports(db, NOW + 60_000);
    expect(rolledBack.map((r) => [r.id, r.status])).toEqual([[run.id, 'rolled-back']]);
    expect((await db.complaints.toArray()).map((c) => c.externalRef).sort()).toEqual(['OLD-0', 'OLD-1']);
    expect(await db.incidents.where('importId').equals(run.id).count()).toBe(0);
    expect((await db.imports.get(done.ok ? done.value.id : ''))?.status).toBe('done');
    // A run that is no longer running cannot take another batch.
    expect(await commitBatch(db, run.id, rows.slice(2), ctx)).toMatchObject({ ok: false, error: { code: 'import-not-running' } });
  });
});

describe('one import at a time', () => {
  it('refuses to start a second run while one is running in the journal, and writes nothing for it', async () => {
    const db = await freshDb();
    const ctx = await contextFor(db);
    const first = await startImport(db, { ...plan(await rowsOf(db, table(4))), fileName: '第一批.csv' }, ctx);
    const second = await runImport(
      db,
      plan(
        await rowsOf(
          db,
          table(3, (i) => `NEW-${i}`),
        ),
      ),
      () => ctx,
      {
        onProgress: () => {},
        cancelled: () => false,
      },
    );
    expect(second).toMatchObject({ ok: false, error: { code: 'import-running', params: { file: '第一批.csv' } } });
    expect(await db.complaints.count()).toBe(0);
    expect((await db.imports.toArray()).map((r) => [r.id, r.status])).toEqual([[first.id, 'running']]);
  });

  it('refuses a second run started while the first is still committing its batches', async () => {
    const db = await freshDb();
    const ctx = await contextFor(db);
    const rows = await rowsOf(db, table(6));
    let second: ReturnType<typeof runImport> | undefined;
    const first = await runImport(db, plan(rows), () => ctx, {
      onProgress: () => {
        second ??= runImport(db, plan(rows), () => ctx, { onProgress: () => {}, cancelled: () => false });
      },
      cancelled: () => false,
      batchSize: 2,
    });
    expect(first.ok && first.value.status).toBe('done');
    expect(await second).toMatchObject({ ok: false, error: { code: 'import-running' } });
    expect(await db.complaints.count()).toBe(6);
  });
});

describe('rows registered by another run after the file was checked', () => {
  /** Checked against an empty store, then half of them registered by another run before the commit. */
  async function staleCheck(ref: (i: number) => string) {
    const db = await freshDb();
    const ctx = await contextFor(db);
    const rows = await rowsOf(db, table(6, ref));
    const { fresh } = splitDuplicates(rows, await storedDuplicateKeys(db, rows, ctx.plan.utcOffsetMinutes));
    expect(fresh).toHaveLength(6);
    const other = await runImport(db, { ...plan(rows.slice(0, 3)), fileName: '另一窗口.csv' }, () => ctx, {
      onProgress: () => {},
      cancelled: () => false,
    });
    expect(other.ok).toBe(true);
    const late: Duplicate[] = [];
    const result = await runImport(db, plan(fresh), () => ctx, {
      onProgress: () => {},
      onDuplicates: (d) => late.push(...d),
      cancelled: () => false,
      batchSize: 4,
    });
    return { db, result, late };
  }

  it('skips them as duplicates inside the batch by 工单号', async () => {
    const { db, result, late } = await staleCheck((i) => `GD-${i}`);
    expect(result).toMatchObject({ ok: true, value: { status: 'done', importedRows: 3, duplicateRows: 3 } });
    expect(late).toEqual([0, 1, 2].map((i) => ({ row: i + 2, externalRef: `GD-${i}`, reason: 'ref-stored' })));
    expect((await db.complaints.toArray()).map((c) => c.externalRef).sort()).toEqual([0, 1, 2, 3, 4, 5].map((i) => `GD-${i}`));
  });

  it('skips them as duplicates inside the batch by phone + 受理时间 + 投诉内容 when they have no 工单号', async () => {
    const { db, result, late } = await staleCheck(() => '');
    expect(result).toMatchObject({ ok: true, value: { status: 'done', importedRows: 3, duplicateRows: 3 } });
    expect(late).toEqual([0, 1, 2].map((i) => ({ row: i + 2, externalRef: '', reason: 'content-stored' })));
    expect((await db.complaints.toArray()).map((c) => c.complainant.name).sort()).toEqual([0, 1, 2, 3, 4, 5].map((i) => `投诉人${i}`));
  });
});

describe('re-importing the same file', () => {
  it('recognises every row as already stored, by 工单号 or by phone + time + content', async () => {
    const db = await freshDb();
    const ctx = await contextFor(db);
    const withRefs = await rowsOf(db, table(3));
    const withoutRefs = await rowsOf(
      db,
      table(3, () => ''),
    );
    await runImport(db, plan([...withRefs.slice(0, 2), ...withoutRefs.slice(0, 2)].map((r, i) => ({ ...r, row: i + 2 }))), () => ctx, {
      onProgress: () => {},
      cancelled: () => false,
    });
    const again = [...withRefs, ...withoutRefs];
    const { fresh, duplicates } = splitDuplicates(again, await storedDuplicateKeys(db, again, ctx.plan.utcOffsetMinutes));
    expect(duplicates.map((d) => d.reason)).toEqual(['ref-stored', 'ref-stored', 'content-stored', 'content-stored']);
    expect(fresh.map((r) => r.externalRef || r.registration.complainant.name)).toEqual(['GD-2', '投诉人2']);
  });

  it('remembers the column mapping per header layout', async () => {
    const db = await freshDb();
    const ctx = await contextFor(db);
    expect(await rememberedMapping(db, 'a|b')).toBeNull();
    await rememberMapping(db, 'a|b', { content: 'b', subject: 'a' }, ctx);
    expect(await rememberedMapping(db, 'a|b')).toEqual({ content: 'b', subject: 'a' });
  });
});
