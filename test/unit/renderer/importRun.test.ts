// The import under way lives outside the page: a screen that stops watching does not stop it, a
// screen that comes back finds its progress, and a second start in the same window is refused.
import { describe, expect, it } from 'vitest';
import { checkRows, guessMapping } from '@shared/importing';
import { importRun } from '../../../renderer/features/exchange/importRun';
import { contextFor, freshDb, HOTLINE_HEADERS, hotlineTable, NOW, STAFF } from '../../fixtures/database';

describe('the import run beyond the page', () => {
  it('goes on with no page watching, is found running by the next one, and refuses a second start', async () => {
    const db = await freshDb();
    const ctx = await contextFor(db);
    const checked = checkRows(hotlineTable(1200), guessMapping(HOTLINE_HEADERS), ctx.plan, NOW, STAFF.id);
    const check = { ...checked, fresh: checked.valid, duplicates: [] };
    const plan = { fileName: '热线导出.csv', format: 'csv' as const, totalRows: 1200, invalidRows: 0, duplicateRows: 0, rows: check.fresh };

    const page = importRun.subscribe(() => {});
    expect(await importRun.start({ db, plan, check, context: () => ctx })).toBeNull();
    page(); // the operator leaves 导入导出

    expect(importRun.snapshot()).toMatchObject({ phase: 'running', fileName: '热线导出.csv', progress: { total: 1200 } });
    expect(await importRun.start({ db, plan, check, context: () => ctx })).toEqual({
      code: 'import-running',
      params: { file: '热线导出.csv' },
    });

    const seen: string[] = [];
    const back = importRun.subscribe(() => seen.push(importRun.snapshot().phase));
    await expect.poll(() => importRun.snapshot().phase, { timeout: 20_000 }).toBe('finished');
    expect(seen).toContain('running');
    expect(importRun.snapshot()).toMatchObject({ phase: 'finished', finished: { run: { status: 'done', importedRows: 1200 } } });
    expect(await db.complaints.count()).toBe(1200);
    back();
    importRun.dismiss();
    expect(importRun.snapshot().phase).toBe('idle');
  });
});
