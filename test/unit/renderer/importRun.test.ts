// The import under way lives outside the page: a screen that stops watching does not stop it, a
// screen that comes back finds its progress, and a second start in the same window is refused.
import { describe, expect, it } from 'vitest';
import { checkRows, guessMapping } from '@shared/importing';
import { importRun } from '../../../renderer/features/exchange/importRun';
import { contextFor, freshDb, NOW, STAFF } from '../db/fixtures';

const HEADERS = [
  '工单号',
  '受理时间',
  '受理渠道',
  '投诉分类',
  '紧急程度',
  '投诉人姓名',
  '联系电话',
  '投诉事项',
  '发生地点',
  '投诉内容',
  '诉求',
];
const rows = (count: number) =>
  Array.from({ length: count }, (_, i) => [
    `GD-${i}`,
    '2026-11-20 09:05',
    '24小时热线',
    '服务质量',
    '一般',
    `投诉人${i}`,
    `139${String(10_000_000 + i).slice(-8)}`,
    `第${i}号投诉`,
    '城东店',
    `第${i}位顾客反映服务态度差，要求道歉。`,
    '道歉',
  ]);

describe('the import run beyond the page', () => {
  it('goes on with no page watching, is found running by the next one, and refuses a second start', async () => {
    const db = await freshDb();
    const ctx = await contextFor(db);
    const checked = checkRows({ headers: HEADERS, rows: rows(1200) }, guessMapping(HEADERS), ctx.plan, NOW, STAFF.id);
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
