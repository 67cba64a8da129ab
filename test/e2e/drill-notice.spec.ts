// Drill notices (演练通知): drafted in rehearsal mode from the plan's defaults, refused field by
// field when wrong, listed once saved, and printed as a formal A4 notice in official-document
// layout — no running header, — 1 — page numbers — read back from the PDF with poppler.
import { expect, test } from '@playwright/test';
import { DrillNoticeList, NoticePrintView, pageSizes } from './drillNoticePages';
import { ModeSwitch } from './drillPages';
import { ConsolePage } from './pages';

const SHOTS = 'test-results/screenshots';
const OUT = 'test-results/print';
const TITLE = '关于开展加油站投诉应急演练的通知';
const PLACE = '城东加油站及三楼应急指挥室';
const IN_CHARGE = '王建国（应急工作领导小组组长）';
const HEADINGS = ['一、演练目的', '二、演练时间和地点', '三、演练内容', '四、参演人员和负责人', '五、演练准备', '六、有关要求'];

test('drafts a drill notice, refuses bad input field by field, and prints it as a formal A4 notice', async ({ page }) => {
  test.setTimeout(120_000);
  const console = new ConsolePage(page);
  const list = new DrillNoticeList(page);
  const form = list.form();
  const paper = new NoticePrintView(page);
  await console.open();
  await console.appointTrainer('陈晓');
  await console.signIn('陈晓');
  await new ModeSwitch(page).enterDrill();
  await list.open();
  await expect(page.getByText('尚无演练通知')).toBeVisible();

  // A new notice starts from the plan: the organisation signs it, the usual title and wording.
  await list.create();
  await expect(form.field('标题')).toHaveValue('关于开展投诉应急演练的通知');
  await expect(form.field('发文机关（署名）')).toHaveValue('本单位');
  await expect(form.field('有关要求')).toHaveValue(/演练结束后进行评估/);
  await expect(form.field('成文日期')).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);

  // Wrong first: no place, and an end before the start. Each field says what is wrong.
  await form.fill({
    docNumber: '应急办[2026]12号',
    title: TITLE,
    issuer: '城东石油销售有限公司',
    startsAt: '2026-11-27T09:00',
    endsAt: '2026-11-27T08:30',
    personInCharge: IN_CHARGE,
    copyTo: '公司领导班子成员',
  });
  await form.save();
  await expect(page.getByRole('alert').filter({ hasText: '请修正标出的项目后再保存。' })).toBeVisible();
  await expect(form.field('演练地点')).toHaveAccessibleDescription('此项必填');
  await expect(form.field('结束时间')).toHaveAccessibleDescription('结束时间须晚于开始时间');
  await expect(form.field('演练地点')).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/#\/drill\/notices\/new$/);
  await form.field('演练地点').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/drill-notice-errors-zh.png`, fullPage: true });

  // Put right, with the petrol-station scenario; it is shown by its title, never its id.
  await form.fill({ place: PLACE, endsAt: '2026-11-27T11:30', scenario: '加油站加油数量纠纷（突发情况演练）' });
  await form.save();
  await expect(page.getByRole('status').filter({ hasText: `已保存“${TITLE}”` })).toBeVisible();
  await expect(page).toHaveURL(/#\/drill\/notices\/[0-9a-f-]{36}$/);
  await expect(form.field('发文字号')).toHaveValue('应急办〔2026〕12号');
  await expect(form.field('演练地点')).toHaveAttribute('aria-invalid', 'false');
  await page.getByRole('heading', { name: '编辑演练通知' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/drill-notice-form-zh.png`, fullPage: true });

  // In the list once: the refused attempt saved nothing.
  await page.getByRole('link', { name: '返回列表' }).click();
  await expect(list.table().getByRole('row')).toHaveCount(2);
  const row = list.row(TITLE);
  await expect(row).toContainText('应急办〔2026〕12号');
  await expect(row).toContainText(PLACE);
  await expect(row).toContainText('2026年11月27日（星期五）9:00—11:30');
  await page.screenshot({ path: `${SHOTS}/drill-notice-list-zh.png`, fullPage: true });

  await row.getByRole('link', { name: '打印预览' }).click();
  await expect(paper.document()).toBeVisible();
  await expect(paper.document().getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(paper.section('演练内容')).toContainText('本次演练按演练脚本《加油站加油数量纠纷》进行。');
  await expect(paper.section('演练内容')).toContainText('（一）流程演练。');
  await expect(paper.section('演练内容')).toContainText('（二）突发情况演练。');
  await expect(page.getByRole('button', { name: '打印 / 导出 PDF' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/drill-notice-print-zh.png`, fullPage: true });

  const pdf = await paper.savePdf(`${OUT}/drill-notice-zh.pdf`);
  pdf.images(`${OUT}/drill-notice-zh`);
  const pages = pdf.pages();
  const text = pdf.text();
  for (const expected of ['城东石油销售有限公司', '应急办〔2026〕12号', TITLE, '各工作组、各有关部门：', ...HEADINGS, PLACE, IN_CHARGE]) {
    expect(text).toContain(expected);
  }
  expect(text).toContain('演练时间：2026年11月27日（星期五）9:00—11:30。');
  expect(text).toMatch(/抄送：公司领导班子成员。/);
  expect(text).toMatch(/城东石油销售有限公司\s+\d{4}年\d{1,2}月\d{1,2}日印发/);
  // An official document: A4, no running header or 内部资料 mark, no drill banner, and — n — at
  // the foot of every page.
  expect(pageSizes(pdf)).toEqual(pages.map(() => expect.stringMatching(/\(A4\)$/)));
  expect(text).not.toContain('内部资料');
  expect(text).not.toContain('演练模式');
  expect(text).not.toMatch(/第\s*\d+\s*页/);
  pages.forEach((pageText, index) => {
    const lines = pageText.split('\n').filter((line) => line.trim());
    // pdftotext may drop the spaces between the dashes and the number.
    expect(lines.at(-1)?.trim(), `page ${index + 1} footer`).toMatch(new RegExp(`^—\\s*${index + 1}\\s*—$`));
  });
  expect(
    pages[0]!
      .split('\n')
      .find((line) => line.trim())
      ?.trim(),
  ).toBe('城东石油销售有限公司');

  // In English the notice reads as an English notice.
  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  const english = paper.document('Drill notice (print)');
  await expect(english).toBeVisible();
  await expect(english).toContainText('1. Purpose');
  await expect(english).toContainText('Time: Friday 27 November 2026, 9:00–11:30.');
  await expect(english).toContainText('The drill follows the scenario “Fuel-quantity dispute at a petrol station”.');
  await page.screenshot({ path: `${SHOTS}/drill-notice-print-en.png`, fullPage: true });
  const englishPdf = await paper.savePdf(`${OUT}/drill-notice-en.pdf`);
  englishPdf.images(`${OUT}/drill-notice-en`);
  expect(englishPdf.text()).toContain('6. Requirements');
});
