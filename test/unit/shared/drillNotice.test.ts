// The pure parts of the drill notice: official-document numbering and 文号 brackets.
import { describe, expect, it } from 'vitest';
import { chineseNumeral, drillContents, normalizeDocNumber, paragraphs } from '@shared/drillNotice';

describe('drill notice text', () => {
  it('numbers official headings in Chinese numerals', () => {
    expect([1, 2, 6, 10, 11, 20, 21, 99].map(chineseNumeral)).toEqual(['一', '二', '六', '十', '十一', '二十', '二十一', '九十九']);
  });

  it('puts the year of a 文号 in six-cornered brackets', () => {
    for (const typed of ['应急办[2026]12号', '应急办【2026】12号', '应急办(2026)12号', '应急办（2026）12号', ' 应急办〔2026〕12号 ']) {
      expect(normalizeDocNumber(typed)).toBe('应急办〔2026〕12号');
    }
  });

  it('lists the content of the kinds of drill announced, process drill first', () => {
    expect(drillContents({ kinds: ['sudden', 'process'], processContent: 'A', suddenContent: 'B' })).toEqual([
      { kind: 'process', text: 'A' },
      { kind: 'sudden', text: 'B' },
    ]);
    expect(drillContents({ kinds: ['sudden'], processContent: 'A', suddenContent: 'B' })).toEqual([{ kind: 'sudden', text: 'B' }]);
  });

  it('turns typed lines into paragraphs, dropping blank ones', () => {
    expect(paragraphs('1. 按时到位。\r\n\n  2. 如实记录。  \n')).toEqual(['1. 按时到位。', '2. 如实记录。']);
  });
});
