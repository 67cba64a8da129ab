// 当场解决 and 受理回执: a level-3 complaint registered, settled and closed in one form with the
// full timeline; a level-1 one refused; the complainant's receipt printed to A4 and read back
// with pdftotext (number, next steps, a dated limit, the contact, the phone masked), and recorded
// on the timeline as given.
import { expect, test } from '@playwright/test';
import { ConsolePage, IncidentPage, IntakePage, type Registration } from './pages';
import { AcknowledgementPage, QuickPathForm } from './acknowledgementPages';

const SHOTS = 'test-results/screenshots';
const OUT = 'test-results/print';

const overcharged: Registration = {
  channel: '现场来访',
  category: '服务质量',
  urgency: '一般',
  name: '李芳',
  phone: '13712345678',
  address: '城西区和平路3号',
  subject: '门店收银多收费用',
  place: '城西门店',
  content: '结账时发现小票金额比标价多收了12元，要求核对并退还。',
  expected: '退还多收的12元',
  people: 1,
  amount: 12,
};
const settledOnTheSpot = {
  result: '当场核对小票与价签，确认收银员误按价格，退还多收的12元。',
  feedback: '已向投诉人说明多收原因并当面退款致歉，已提醒收银员核对价签。',
  satisfaction: '满意' as const,
};

test('quick path closes a level-3 complaint in one form, and refuses a level-1 one', async ({ page }) => {
  const console = new ConsolePage(page);
  const intake = new IntakePage(page);
  const quick = new QuickPathForm(page);
  const incident = new IncidentPage(page);
  await console.open();
  await console.signIn('陈晓');
  await intake.open();

  await intake.fill(overcharged);
  await quick.fill(settledOnTheSpot);
  await expect(page.getByRole('complementary', { name: '分级建议' })).toContainText('三级');
  await page.screenshot({ path: `${SHOTS}/quick-path-zh.png`, fullPage: true });
  const numbers = await quick.settle();
  expect(numbers.complaint).toMatch(/^TS-\d{8}-\d{4}$/);

  await page.getByRole('status').getByRole('link', { name: '查看事件' }).click();
  await incident.expectStage('已关闭');
  const timeline = incident.timeline();
  for (const entry of [
    `登记投诉 ${numbers.complaint}`,
    '审查确认',
    '分级为三级',
    '启动三级应急响应',
    '完成调查',
    '提交解决方案',
    '沟通记录',
    '协商一致，开始实施',
    '实施完成',
    '向投诉人反馈结果',
    '记录满意度：满意',
    '关闭事件',
  ])
    await expect(timeline.getByRole('listitem').filter({ hasText: entry }).first()).toContainText('陈晓');
  await expect(timeline.getByRole('listitem')).toHaveCount(12);
  await page.screenshot({ path: `${SHOTS}/quick-path-incident-zh.png`, fullPage: true });

  // The rules call a matter with media attention level 1: no settling it at the desk.
  await intake.open();
  await intake.fill({ ...overcharged, name: '王磊', phone: '13787654321', subject: '门店收银多收费用（记者到场）', media: true });
  await quick.fill(settledOnTheSpot);
  await page.getByRole('button', { name: '登记并当场办结' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '系统建议为一级，不能当场办结' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveCount(0);
  // Nothing was written, not even a number: registered the usual way, it takes the very next one.
  await quick.section().getByRole('checkbox').uncheck();
  await intake.save();
  const next = (n: string) => n.replace(/\d{4}$/, (seq) => String(Number(seq) + 1).padStart(4, '0'));
  await expect(page.getByRole('status')).toContainText(`投诉编号 ${next(numbers.complaint)}，事件编号 ${next(numbers.incident)}`);

  // In English the section reads as English.
  await intake.open();
  await quick.section().getByRole('checkbox').check();
  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await expect(quick.section()).toContainText('register and close it now');
  await expect(page.getByRole('button', { name: 'Register and close on the spot' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/quick-path-en.png`, fullPage: true });
});

test('print the acknowledgement and check it with pdftotext', async ({ page }) => {
  test.setTimeout(120_000);
  const console = new ConsolePage(page);
  const intake = new IntakePage(page);
  const incident = new IncidentPage(page);
  const receipt = new AcknowledgementPage(page);
  await console.open();
  await console.signIn('陈晓');
  await intake.open();
  const numbers = await intake.register(overcharged);

  await receipt.openFromConfirmation();
  await expect(receipt.document()).toContainText(numbers.complaint);
  await expect(receipt.section('投诉信息')).toContainText('137****5678');
  await expect(receipt.document()).not.toContainText('13712345678');
  expect(await receipt.print()).toEqual([`受理回执-${numbers.complaint}`]);
  await page.screenshot({ path: `${SHOTS}/acknowledgement-zh.png`, fullPage: true });

  const pdf = await receipt.savePdf(`${OUT}/acknowledgement-zh.pdf`);
  pdf.images(`${OUT}/acknowledgement-zh`);
  expect(pdf.pages()).toHaveLength(1);
  const text = pdf.text();
  for (const expected of [
    '受理回执',
    numbers.complaint,
    '李芳：',
    '后续办理',
    '审查受理',
    '办理时限',
    '联系方式',
    '本单位',
    '010-80000001',
    '陈晓',
  ])
    expect(text).toContain(expected);
  // The acceptance limit with its date: 24 hours from receipt.
  expect(text).toMatch(/受理\s+24\s*小时\s+\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
  expect(text).toContain('137****5678');
  for (const personal of ['13712345678', '城西区和平路3号']) expect(text).not.toContain(personal);
  // It leaves the office: the frame names the receipt, not the 内部资料 mark of internal prints.
  expect(pdf.pages()[0]!.split('\n')[0]).toMatch(/本单位\s+受理回执/);
  expect(text).not.toContain('内部资料');

  // Given is on the incident's timeline, with who; the complainant panel opens the receipt again.
  await page.getByRole('link', { name: '返回事件' }).click();
  await expect(
    incident
      .timeline()
      .getByRole('listitem')
      .filter({ hasText: `向投诉人出具受理回执（投诉 ${numbers.complaint}）` }),
  ).toContainText('陈晓');
  await receipt.openFromIncident(numbers.complaint);

  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await expect(receipt.document()).toContainText('What happens next');
  await page.screenshot({ path: `${SHOTS}/acknowledgement-en.png`, fullPage: true });
});

test('the receipt of a complaint settled on the spot gives the result, not time limits', async ({ page }) => {
  const console = new ConsolePage(page);
  const receipt = new AcknowledgementPage(page);
  await console.open();
  await console.signIn('陈晓');
  await new IntakePage(page).open();
  await new IntakePage(page).fill(overcharged);
  const quick = new QuickPathForm(page);
  await quick.fill(settledOnTheSpot);
  await quick.settle();
  await receipt.openFromConfirmation();
  await expect(receipt.section('投诉信息')).toContainText('已办结');
  await expect(receipt.section('办理结果')).toContainText(settledOnTheSpot.feedback);
  await expect(receipt.section('办理时限')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/acknowledgement-closed-zh.png`, fullPage: true });
});
