// One vocabulary: every timeline kind and every refusal code the console writes has its sentence
// in Chinese and in English, and an entry of a kind no longer written still reads as words.
import { describe, expect, it } from 'vitest';
import i18next, { type TFunction } from 'i18next';
import { TIMELINE_KINDS } from '@shared/timelineKinds';
import { REFUSAL_CODES } from '@shared/refusalCodes';
import { en } from '../../../renderer/i18n/en';
import { zhCN } from '../../../renderer/i18n/zh-CN';
import { keysFor, timelineText } from '../../../renderer/ui/describe';

const languages = [
  ['zh-CN', zhCN],
  ['en', en],
] as const;

async function instance(lng: string, catalog: object) {
  const i18n = i18next.createInstance();
  await i18n.init({ lng, resources: { [lng]: { translation: catalog } } });
  return i18n;
}
const translator = async (lng: string, catalog: object): Promise<TFunction> => (await instance(lng, catalog)).t;

describe('the vocabulary', () => {
  it('has a sentence in both languages for every timeline kind, under timeline.<kind>', () => {
    for (const [lng, catalog] of languages) {
      const keys = Object.keys(catalog.timeline);
      // A kind told only by count or context (`calendar-year-approved_one`) counts as present.
      const missing = TIMELINE_KINDS.filter((kind) => !keys.some((key) => key === kind || key.startsWith(`${kind}_`)));
      expect(missing, lng).toEqual([]);
    }
  });

  it('keeps no timeline sentences in the feature catalogs any more', () => {
    const features = Object.entries(zhCN).filter(
      ([name, section]) => name !== 'drillReport' && typeof section === 'object' && 'timeline' in section,
    );
    expect(features.map(([name]) => name)).toEqual(['detail']);
  });

  it('reads an entry of a kind an older console wrote as a neutral sentence, not a raw key', async () => {
    const t = await translator('zh-CN', zhCN);
    expect(timelineText('fax-received', { page: 2 }, t)).toBe('记录：fax-received');
    expect(timelineText('registered', { complaint: 'TS-1' }, t)).toBe('登记投诉 TS-1，新建事件');
  });

  it('has a sentence in both languages for every refusal code', async () => {
    for (const [lng, catalog] of languages) {
      const i18n = await instance(lng, catalog);
      const missing = REFUSAL_CODES.filter((code) => !keysFor('refusal', code).some((key) => i18n.exists(key)));
      expect(missing, lng).toEqual([]);
    }
  });
});
