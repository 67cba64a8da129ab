// After-action review (事后总结) and the printed report (总结报告) in the browser host: a closed
// incident is reviewed, its measures are followed on the dashboard until done, and the report
// prints the timeline, the time-limit table and the measures with the complainant masked.
import { expect, test, type Page } from '@playwright/test';
import { ConsolePage, IncidentPage, IntakePage } from './pages';
import { ReviewReport, ReviewScreen } from './reviewPages';
import { FUEL_DISPUTE, FUEL_DISPUTE_BY_PHONE } from '../fixtures/registrations';

const SHOTS = 'test-results/screenshots';
const OUT = 'test-results/review';

// The dispute as the caller gave it, with papers shown (the review masks them).
const fuelDispute = { ...FUEL_DISPUTE_BY_PHONE, idNumber: FUEL_DISPUTE.idNumber, address: FUEL_DISPUTE.address };

const at = (iso: string) => new Date(iso);

/** Registered Monday 09:00, accepted Tuesday 12:00 (three hours past 24 hours), then closed. */
async function closedIncident(page: Page): Promise<string> {
  const console = new ConsolePage(page);
  const intake = new IntakePage(page);
  const incident = new IncidentPage(page);
  await page.clock.setFixedTime(at('2026-11-23T09:00:00+08:00'));
  await console.open();
  await console.signIn('王建国');
  await intake.open();
  const { incident: number } = await intake.register(fuelDispute);
  await incident.openFromBoard(number);
  await page.clock.setFixedTime(at('2026-11-24T12:00:00+08:00'));
  await incident.run('确认有效，予以受理');
  await incident.run('确认分级', { 级别: '二级' });
  await incident.run('启动应急响应');
  await incident.run('完成调查', { 调查结论: '加油机计量误差超出允许范围，少加油2.1升' });
  await incident.run('提交解决方案', { '解决方案（道歉、赔偿、整改等）': '退还差额，书面道歉，检修该加油机' });
  await incident.run('批准方案');
  await incident.addCommunication('电话13812345678告知周建华调查结论和解决方案，投诉人同意', '周建华');
  await incident.run('协商一致，开始实施');
  await incident.run('实施完成');
  await incident.run('记录反馈', { 向投诉人反馈的结果及理由: '已退还差额并致歉，加油机已检修' });
  await incident.run('记录满意度', { 投诉人满意度: '满意' });
  // Before closing there is nothing to review.
  await expect(new ReviewScreen(page).panel()).toHaveCount(0);
  await incident.run('关闭事件');
  await incident.expectStage('已关闭');
  return number;
}

test('reviews a closed incident, follows its measures on the dashboard and prints the report with the complainant masked', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const number = await closedIncident(page);
  const review = new ReviewScreen(page);
  const console = new ConsolePage(page);
  await expect(review.panel()).toContainText('尚未填写总结');
  await page.clock.setFixedTime(at('2026-11-25T10:00:00+08:00'));
  await review.openFromIncident();

  // The digest and the time limits come from the incident's own records.
  await expect(review.digest().getByRole('row', { name: /审查确认/ })).toContainText('2026-11-24 12:00');
  await expect(review.digest().getByRole('row', { name: /分级评估/ })).toContainText('二级');
  await expect(review.digest().getByRole('row', { name: /调查核实/ })).toContainText('少加油2.1升');
  await expect(review.limits().getByRole('row', { name: /^受理/ })).toContainText('超时 3小时');
  await expect(review.limits().getByRole('row', { name: /报告领导小组/ })).toContainText('不适用');
  await expect(review.limits().getByRole('row', { name: /调查核实/ })).toContainText('按时完成');

  // Bad input: each problem is marked and nothing is saved.
  await review.write({ cause: ' ', accountable: { persons: '', measures: '' }, followUp: { result: '基本满意', by: '' } });
  await review.save();
  await expect(review.form().getByRole('alert').filter({ hasText: '请修正标出的项目后再保存' })).toBeVisible();
  await expect(review.fieldError('原因分析')).toHaveText('此项必填');
  await expect(review.fieldError('责任人 / 责任部门')).toHaveText('此项必填');
  await expect(review.fieldError('回访人')).toHaveText('此项必填');
  await page.screenshot({ path: `${SHOTS}/review-errors.png`, fullPage: true });

  await review.write({
    cause: '加油机未按期检定，计量误差超出允许范围；站内未建立计量复核制度。',
    wentWell: '技术监督局当天到场核验，退款当天完成。',
    toImprove: '受理登记后未及时审查确认，超过24小时受理时限。',
    accountable: { persons: '城东加油站站长', measures: '通报批评，扣减当月绩效' },
    followUp: { result: '基本满意', by: '陈晓', note: '投诉人希望加油站定期公示检定结果' },
  });
  await review.save();
  await expect(page.getByRole('status').filter({ hasText: '总结已保存' })).toBeVisible();

  // Measures: a due date in the past is refused; two are set.
  await review.addMeasure('全部加油机每季度检定一次', '设备管理部', '2026-11-20');
  await expect(review.fieldError('完成期限')).toHaveText('完成期限不能早于今天');
  await review.measures().getByLabel('完成期限', { exact: true }).fill('2026-11-30');
  await review.measures().getByRole('button', { name: '保存措施' }).click();
  await expect(review.measure('全部加油机每季度检定一次')).toContainText('未完成');
  await review.addMeasure('受理登记后2小时内完成审查确认', '客户服务部', '2026-12-31');
  await expect(review.measure('受理登记后2小时内完成审查确认')).toContainText('客户服务部');
  await page.screenshot({ path: `${SHOTS}/review-zh.png`, fullPage: true });

  // The dashboard follows open measures; a week later the first is overdue.
  await page.clock.setFixedTime(at('2026-12-05T10:00:00+08:00'));
  await console.nav('指挥台').click();
  const tracker = page.getByRole('region', { name: '整改措施跟踪' });
  await expect(tracker.getByRole('row', { name: /全部加油机每季度检定一次/ })).toContainText('已逾期');
  await expect(tracker.getByRole('row', { name: /受理登记后2小时内/ })).toContainText('未到期');
  await page.screenshot({ path: `${SHOTS}/review-dashboard.png` });
  await tracker.getByRole('link', { name: number }).first().click();
  await review.measure('全部加油机每季度检定一次').getByRole('button', { name: '标记完成' }).click();
  await expect(review.measure('全部加油机每季度检定一次')).toContainText('完成于 2026-12-05 10:00');
  await console.nav('指挥台').click();
  await expect(tracker.getByRole('row')).toHaveCount(2);
  await expect(tracker).not.toContainText('全部加油机每季度检定一次');

  // The report, masked by default.
  await console.nav('事件看板').click();
  await page.getByLabel('阶段', { exact: true }).selectOption({ label: '阶段: 全部' });
  await new IncidentPage(page).openFromBoard(number).catch(async () => {
    await page.getByRole('link', { name: number }).click();
  });
  await expect(review.panel()).toContainText('总结已填写');
  const report = new ReviewReport(page);
  await report.open();
  await expect(report.document()).toContainText(number);
  await expect(report.document()).toContainText('138****5678');
  await expect(report.document()).not.toContainText('13812345678');
  await expect(report.document()).not.toContainText('周建华');
  await page.screenshot({ path: `${SHOTS}/review-report-zh.png`, fullPage: true });

  const pdf = await report.savePdf(`${OUT}/report-zh.pdf`);
  pdf.images(`${OUT}/report-zh`);
  const text = pdf.text();
  for (const expected of [
    '总结报告',
    number,
    '二级（黄色）',
    '2026-11-23 09:00',
    '一、基本情况',
    '二、处置经过',
    '三、时限执行情况',
    '超时 3小时',
    '按时完成',
    '加油机未按期检定',
    '六、整改措施',
    '全部加油机每季度检定一次',
    '受理登记后2小时内完成审查确认',
    '设备管理部',
    '七、责任追究',
    '城东加油站站长',
    '基本满意',
    '编写人',
    '审核人',
    '批准人',
    '附件：事件时间线',
    '登记投诉',
    '关闭事件',
    '添加整改措施',
    '138****5678',
  ]) {
    expect(text, expected).toContain(expected);
  }
  for (const personal of ['13812345678', '周建华', '11010519491231002X', '城东区建设路12号']) expect(text).not.toContain(personal);
  expect(pdf.pages().length).toBeGreaterThanOrEqual(3);
  // The cover has a page to itself.
  expect(pdf.pages()[0]).not.toContain('一、基本情况');

  // In English, a screenshot to read.
  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await expect(page.getByRole('article', { name: 'After-action report' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/review-report-en.png`, fullPage: true });
  await page.getByRole('link', { name: /Back to the review/ }).click();
  await page.screenshot({ path: `${SHOTS}/review-en.png`, fullPage: true });
});

test('prints full personal data for one print only, and records that on the timeline', async ({ page }) => {
  test.setTimeout(120_000);
  const number = await closedIncident(page);
  const report = new ReviewReport(page);
  await new ReviewScreen(page).panel().getByRole('link', { name: '打印总结报告' }).click();
  await expect(report.document()).toContainText(number);
  await expect(report.document()).toContainText('尚未回访');
  await expect(report.document()).not.toContainText('13812345678');

  await report.fullData().check();
  await expect(report.document()).toContainText('13812345678');
  await expect(report.document()).toContainText('周建华');
  await page.evaluate(() => {
    const record = window as unknown as { printedTitles: string[] };
    record.printedTitles = [];
    window.print = () => record.printedTitles.push(document.title);
  });
  await report.printButton().click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { printedTitles: string[] }).printedTitles))
    .toEqual([`总结报告-${number}`]);
  // Masked again after that print; the print is on the timeline.
  await expect(report.fullData()).not.toBeChecked();
  await expect(report.document()).not.toContainText('13812345678');
  await expect(report.section(/^时间线/)).toContainText('打印总结报告，显示了投诉人完整个人信息');
});

test('refuses the review of an incident that is not closed', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open();
  await console.signIn('陈晓');
  await new IntakePage(page).open();
  const { incident } = await new IntakePage(page).register({ ...fuelDispute, urgency: '一般' });
  await new IncidentPage(page).openFromBoard(incident);
  await expect(new ReviewScreen(page).panel()).toHaveCount(0);
  const url = new URL(page.url());
  await page.evaluate((hash) => (window.location.hash = hash), `${url.hash}/review`);
  await expect(page.getByRole('alert')).toContainText('事件关闭后才能填写事后总结');
});
