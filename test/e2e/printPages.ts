// Page models for printing: the incident summary screen, and a printed PDF read back with
// poppler's tools (pdftotext, pdffonts, pdftoppm) the way a person reads the paper.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

/** 事件摘要: opened from the incident page's 打印摘要 link. */
export class SummaryPage {
  constructor(readonly page: Page) {}

  async openFromIncident(number: string) {
    await this.page.getByRole('link', { name: '打印摘要' }).click();
    await expect(this.document()).toBeVisible();
    await expect(this.document()).toContainText(number);
  }

  document(): Locator {
    return this.page.getByRole('article', { name: '事件摘要' });
  }

  section(name: string | RegExp): Locator {
    return this.document().getByRole('region', { name });
  }

  printButton(): Locator {
    return this.page.getByRole('button', { name: '打印 / 导出 PDF' });
  }

  /**
   * The page as Chromium prints it to PDF: the same printToPDF the Electron host calls (A4, the
   * page's own @page size and margins, backgrounds), written to `path`.
   */
  async savePdf(path: string): Promise<PrintedPdf> {
    const pdf = await this.page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    return PrintedPdf.write(path, pdf);
  }
}

export type PdfFont = { name: string; type: string; embedded: boolean; unicode: boolean };

/** A printed PDF on disk, read with poppler-utils. */
export class PrintedPdf {
  private constructor(readonly path: string) {}

  static write(path: string, bytes: Buffer): PrintedPdf {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
    return new PrintedPdf(path);
  }

  /** The text of each page, laid out as printed (pdftotext -layout; pages end with a form feed). */
  pages(): string[] {
    const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', this.path, '-'], { encoding: 'utf8' });
    return text.split('\f').filter((page) => page.trim().length > 0);
  }

  text(): string {
    return this.pages().join('\n');
  }

  /** pdffonts' table, read by its column positions (a type such as "CID TrueType" has a space). */
  fonts(): PdfFont[] {
    const lines = execFileSync('pdffonts', [this.path], { encoding: 'utf8' }).split('\n');
    const header = lines[0] ?? '';
    const at = (column: string) => header.indexOf(column);
    const [type, encoding, emb, sub, uni] = [at('type'), at('encoding'), at('emb'), at('sub'), at('uni')];
    return lines
      .slice(2)
      .filter((line) => line.trim())
      .map((line) => ({
        name: line.slice(0, type).trim(),
        type: line.slice(type, encoding).trim(),
        embedded: line.slice(emb, sub).trim() === 'yes',
        unicode: line.slice(uni, uni + 3).trim() === 'yes',
      }));
  }

  /**
   * The font names the PDF's font descriptors carry. Chromium writes fonts with CFF outlines (Noto
   * CJK) as Type 3 glyph procedures, which pdffonts lists unnamed; the descriptor keeps the name.
   */
  fontNames(): string[] {
    const raw = readFileSync(this.path).toString('latin1');
    return [...raw.matchAll(/\/FontName\s*\/(?:[A-Z]{6}\+)?([^\s/>]+)/g)].map((m) => m[1]!);
  }

  /** One PNG per page (pdftoppm -png -r 60), for a person to look at. */
  images(prefix: string): void {
    mkdirSync(dirname(prefix), { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', this.path, prefix]);
  }
}

/** 第 X 页 / 共 Y 页 as pdftotext reads it (it may drop the narrow spaces around the numbers). */
export const PAGE_NUMBER = /第\s*(\d+)\s*页\s*\/\s*共\s*(\d+)\s*页/;
