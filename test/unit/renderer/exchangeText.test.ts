// Counted things in the import screens agree with their number in English and stay plain in Chinese.
import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { en } from '../../../renderer/i18n/en';
import { zhCN } from '../../../renderer/i18n/zh-CN';
import { countOf } from '../../../renderer/features/exchange/exchangeText';

async function translator(lng: 'en' | 'zh-CN') {
  const instance = i18next.createInstance();
  await instance.init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng,
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

describe('counted words of the import', () => {
  it('says "1 duplicate" and "2 duplicates", "1 row" and "5,000 rows" in English', async () => {
    const t = await translator('en');
    expect(countOf('duplicates', 1, 'en', t)).toBe('1 duplicate');
    expect(countOf('duplicates', 2, 'en', t)).toBe('2 duplicates');
    expect(countOf('rows', 1, 'en', t)).toBe('1 row');
    expect(countOf('rows', 5000, 'en', t)).toBe('5,000 rows');
    expect(t('exchange.export.saved', { count: 1, file: 'a.csv' })).toBe('Exported 1 row: a.csv');
  });

  it('keeps the Chinese sentences as they were', async () => {
    const t = await translator('zh-CN');
    const summary = t('exchange.check.summary', {
      total: countOf('rows', 5000, 'zh-CN', t),
      ready: countOf('rows', 4950, 'zh-CN', t),
      invalid: countOf('rows', 50, 'zh-CN', t),
      duplicates: countOf('duplicates', 0, 'zh-CN', t),
    });
    expect(summary).toBe('共 5,000 行：可导入 4,950 行，有误 50 行，重复 0 行（有误和重复的行不导入）。');
    expect(t('exchange.export.saved', { count: 1, file: 'a.csv' })).toBe('已导出 1 条：a.csv');
  });
});
