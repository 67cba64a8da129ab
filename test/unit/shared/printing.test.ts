// The printed page's frame: the organisation's name and 内部资料 on top, 第 X 页 / 共 Y 页 below,
// written as CSS text that must survive any name the office types.
import { describe, expect, it } from 'vitest';
import { cssString, pageNumberContent, PRINT_FONT_STACK, runningPageRule } from '@shared/printing';

describe('writing a text as a CSS string', () => {
  it('quotes a plain Chinese name as it is', () => {
    expect(cssString('某市燃气有限公司')).toBe('"某市燃气有限公司"');
  });

  it('escapes quotes and backslashes so a name cannot end the string early', () => {
    expect(cssString('A "B" \\ C')).toBe('"A \\"B\\" \\\\ C"');
  });

  it('writes a line break as a hex escape with the space that ends it', () => {
    expect(cssString('第一行\n2号楼')).toBe('"第一行\\a 2号楼"');
  });

  it('leaves a name that tries to close the rule inside the string', () => {
    const rule = runningPageRule({ organisation: '"; } body { display: none } @page { x: "', mark: '内部资料', pageNumber: '{{page}}' });
    // One @page block, one closing brace for each margin box and one for the rule.
    expect(rule.match(/^\s*@/gm)).toHaveLength(4);
    expect(rule).toContain('content: "\\"; } body { display: none } @page { x: \\"";');
  });
});

describe('the page number sentence', () => {
  it('turns the Chinese catalog sentence into words and page counters', () => {
    expect(pageNumberContent('第 {{page}} 页 / 共 {{pages}} 页')).toBe('"第 " counter(page) " 页 / 共 " counter(pages) " 页"');
  });

  it('keeps the English word order', () => {
    expect(pageNumberContent('Page {{page}} of {{pages}}')).toBe('"Page " counter(page) " of " counter(pages)');
  });

  it('gives an empty footer for an empty sentence rather than broken CSS', () => {
    expect(pageNumberContent('')).toBe('""');
  });
});

describe('the running page rule', () => {
  const rule = runningPageRule({ organisation: '本单位', mark: '内部资料', pageNumber: '第 {{page}} 页 / 共 {{pages}} 页' });

  it('prints on A4 with the organisation top left, the mark top right and page X / Y at the foot', () => {
    expect(rule).toContain('size: A4;');
    expect(rule).toMatch(/@top-left \{ content: "本单位";/);
    expect(rule).toMatch(/@top-right \{ content: "内部资料";/);
    expect(rule).toMatch(/@bottom-center \{ content: "第 " counter\(page\) " 页 \/ 共 " counter\(pages\) " 页";/);
  });

  it('names a CJK font for Linux and both Windows ones (YaHei, then SimSun)', () => {
    expect(PRINT_FONT_STACK).toMatch(/^"Noto Sans CJK SC"/);
    expect(PRINT_FONT_STACK.indexOf('"Microsoft YaHei"')).toBeLessThan(PRINT_FONT_STACK.indexOf('"SimSun"'));
    expect(rule).toContain(PRINT_FONT_STACK);
  });
});
