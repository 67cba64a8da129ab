// The printed page's frame (A4, running header, page X / Y) as CSS paged-media text. One rule
// serves both hosts: Electron's printToPDF and the browser's print read the page's own @page rule,
// so the header and footer cannot differ between them.

/**
 * CJK fonts for print, in order: the Noto CJK family Linux machines carry (fonts-noto-cjk), then
 * Windows' Microsoft YaHei (黑体 for text) and SimSun (宋体) as its fallback, then macOS.
 */
export const PRINT_FONT_STACK = [
  'Noto Sans CJK SC',
  'Noto Sans SC',
  'Source Han Sans SC',
  'Microsoft YaHei',
  '微软雅黑',
  'SimSun',
  '宋体',
  'PingFang SC',
  'sans-serif',
]
  .map((family) => (family === 'sans-serif' ? family : cssString(family)))
  .join(', ');

/**
 * A CSS string literal for any text (an organisation name is typed by the office). Quotes and
 * backslashes are escaped, and control characters (a newline would end the declaration in some
 * parsers) become hex escapes; the trailing space ends the escape before a following hex digit.
 */
export function cssString(text: string): string {
  let out = '"';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (char === '"' || char === '\\') out += `\\${char}`;
    else if (code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029) out += `\\${code.toString(16)} `;
    else out += char;
  }
  return `${out}"`;
}

/**
 * The footer's `content` value from a catalog sentence such as "第 {{page}} 页 / 共 {{pages}} 页":
 * the words become strings and the two placeholders the page counters, so each language keeps
 * its own word order.
 */
export function pageNumberContent(template: string): string {
  const parts = template.split(/(\{\{\s*pages?\s*\}\})/);
  const values = parts
    .filter((part) => part.length > 0)
    .map((part) => {
      const counter = /^\{\{\s*(pages?)\s*\}\}$/.exec(part);
      return counter ? `counter(${counter[1]})` : cssString(part);
    });
  return values.length > 0 ? values.join(' ') : '""';
}

export type RunningPage = {
  /** The organisation's name, top left of every page. */
  organisation: string;
  /** The classification mark, top right (内部资料). */
  mark: string;
  /** The footer sentence with {{page}} and {{pages}}. */
  pageNumber: string;
};

/** Margins leave room for the header and footer boxes; the sides match an office A4 letter. */
export const PAGE_MARGINS = { top: '18mm', right: '15mm', bottom: '16mm', left: '15mm' } as const;

export function runningPageRule({ organisation, mark, pageNumber }: RunningPage): string {
  const box = `font-family: ${PRINT_FONT_STACK}; font-size: 8.5pt; color: #444;`;
  // The header sits near the foot of the top margin with a rule under it and a little air above
  // the text, so it reads as part of the page rather than floating at the paper's edge.
  const header = `${box} vertical-align: bottom; padding-bottom: 1.5mm; margin-bottom: 4mm; border-bottom: 0.5pt solid #888;`;
  const { top, right, bottom, left } = PAGE_MARGINS;
  return [
    `@page {`,
    `  size: A4;`,
    `  margin: ${top} ${right} ${bottom} ${left};`,
    `  @top-left { content: ${cssString(organisation)}; ${header} text-align: left; }`,
    `  @top-right { content: ${cssString(mark)}; ${header} text-align: right; font-weight: bold; }`,
    `  @bottom-center { content: ${pageNumberContent(pageNumber)}; ${box} vertical-align: top; padding-top: 3mm; }`,
    `}`,
  ].join('\n');
}
