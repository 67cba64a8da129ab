// Page models for drill notices (演练通知): the list, the form and the printed notice, as a
// trainer sees them in rehearsal mode.
import { execFileSync } from 'node:child_process';
import { expect, type Locator, type Page } from '@playwright/test';
import { ConsolePage } from './pages';
import { PrintedPdf } from './printPages';

export type NoticeFields = {
  docNumber?: string;
  title?: string;
  issuer?: string;
  addressees?: string;
  copyTo?: string;
  startsAt?: string;
  endsAt?: string;
  place?: string;
  purpose?: string;
  scenario?: string;
  personInCharge?: string;
  participants?: string;
};

const LABELS: Record<Exclude<keyof NoticeFields, 'scenario'>, string> = {
  docNumber: '发文字号',
  title: '标题',
  issuer: '发文机关（署名）',
  addressees: '主送机关',
  copyTo: '抄送机关',
  startsAt: '开始时间',
  endsAt: '结束时间',
  place: '演练地点',
  purpose: '演练目的',
  personInCharge: '负责人',
  participants: '参演人员',
};

export class DrillNoticeList {
  constructor(readonly page: Page) {}

  /** From the main navigation: 演练导调, then its 演练通知 tab. */
  async open() {
    await new ConsolePage(this.page).nav('演练导调').click();
    await this.page.getByRole('navigation', { name: '演练导调' }).getByRole('link', { name: '演练通知' }).click();
    await expect(this.page.getByRole('heading', { name: '演练通知', level: 1 })).toBeVisible();
  }

  table(): Locator {
    return this.page.getByRole('table', { name: '演练通知列表' });
  }

  row(title: string): Locator {
    return this.table()
      .getByRole('row')
      .filter({ has: this.page.getByRole('link', { name: title, exact: true }) });
  }

  async create() {
    await this.page.getByRole('link', { name: '新建演练通知' }).click();
    await expect(this.form().form()).toBeVisible();
  }

  form(): DrillNoticeForm {
    return new DrillNoticeForm(this.page);
  }
}

export class DrillNoticeForm {
  constructor(readonly page: Page) {}

  form(): Locator {
    return this.page.getByRole('form', { name: /演练通知$/ });
  }

  field(label: string): Locator {
    return this.form().getByLabel(label, { exact: true });
  }

  async fill(fields: NoticeFields) {
    for (const [key, value] of Object.entries(fields) as [keyof NoticeFields, string][]) {
      if (key === 'scenario') await this.field('演练脚本').selectOption({ label: value });
      else await this.field(LABELS[key]).fill(value);
    }
  }

  async save() {
    await this.form().getByRole('button', { name: '保存' }).click();
  }
}

export class NoticePrintView {
  constructor(readonly page: Page) {}

  document(name = '演练通知（打印版）'): Locator {
    return this.page.getByRole('article', { name });
  }

  section(name: string): Locator {
    return this.document().getByRole('region', { name });
  }

  /** The page as the host prints it: Chromium's printToPDF with the page's own @page rules. */
  async savePdf(path: string): Promise<PrintedPdf> {
    return PrintedPdf.write(path, await this.page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
  }
}

/** Each page's size as pdfinfo reports it, e.g. "594.96 x 841.92 pts (A4)". */
export function pageSizes(pdf: PrintedPdf): string[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '99', pdf.path], { encoding: 'utf8' });
  return [...info.matchAll(/^Page\s+\d+\s+size:\s+(.+)$/gm)].map((m) => m[1]!);
}
