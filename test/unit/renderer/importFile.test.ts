// A file chosen for import is refused with a sentence when it is too large, has too many rows,
// is empty or cannot be read; nothing of the reader's own (English, technical) words shows.
import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '@shared/importing';
import { en } from '../../../renderer/i18n/en';
import { zhCN } from '../../../renderer/i18n/zh-CN';
import { readImportFile } from '../../../renderer/features/exchange/importFile';
import { failureText } from '../../../renderer/ui/describe';

async function translator(lng: 'en' | 'zh-CN') {
  const instance = i18next.createInstance();
  await instance.init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng,
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

const csv = (rows: number) =>
  new TextEncoder().encode(['工单号,投诉内容', ...Array.from({ length: rows }, (_, i) => `GD-${i},内容${i}`)].join('\r\n'));

describe('the size of an import', () => {
  it('takes at most 50 MB and 100,000 rows', () => {
    expect(MAX_IMPORT_BYTES).toBe(50 * 1024 * 1024);
    expect(MAX_IMPORT_ROWS).toBe(100_000);
  });

  it('refuses a file over the size limit before reading it, with its size and the limit', async () => {
    const result = await readImportFile('热线导出.csv', new Uint8Array(3 * 1024 * 1024), { maxBytes: 2 * 1024 * 1024, maxRows: 10 });
    expect(result).toEqual({ ok: false, error: { code: 'import-too-large', params: { name: '热线导出.csv', size: 3, limit: 2 } } });
    if (result.ok) return;
    expect(failureText(result.error, await translator('zh-CN'))).toBe(
      '文件 热线导出.csv 有 3 MB，超过导入上限 2 MB，未读取。请在热线系统中按时间段分几次导出。',
    );
  });

  it('refuses a file with more rows than the limit, and takes one at the limit', async () => {
    const limits = { maxBytes: MAX_IMPORT_BYTES, maxRows: 1_000 };
    const over = await readImportFile('全年.csv', csv(1_001), limits);
    expect(over).toEqual({ ok: false, error: { code: 'import-too-many-rows', params: { name: '全年.csv', limit: '1,000' } } });
    if (!over.ok) {
      expect(failureText(over.error, await translator('en'))).toBe(
        'The file 全年.csv has more than 1,000 data rows and was not imported. Export it from the hotline system in several parts by period, each under 1,000 rows.',
      );
    }
    const at = await readImportFile('一月.csv', csv(1_000), limits);
    expect(at.ok && at.value.table.rows.length).toBe(1_000);
  });
});

describe('a file that cannot be imported', () => {
  it('says a damaged Excel file cannot be read, without the reader’s own message', async () => {
    const result = await readImportFile('坏文件.xlsx', new TextEncoder().encode('not a zip'));
    expect(result).toEqual({ ok: false, error: { code: 'import-unreadable', params: { name: '坏文件.xlsx' } } });
    if (!result.ok) {
      expect(failureText(result.error, await translator('zh-CN'))).toBe(
        '无法读取文件 坏文件.xlsx：它不是可读的 CSV 或 Excel（XLSX）文件，或已损坏。',
      );
    }
  });

  it('says a file with a header and no rows is empty', async () => {
    expect(await readImportFile('空.csv', csv(0))).toMatchObject({ ok: false, error: { code: 'import-empty-file' } });
  });
});
