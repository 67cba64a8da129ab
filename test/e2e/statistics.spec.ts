// 统计分析 on data registered through the console: the counts by category, grade, channel and
// place, recurring problems, on-time stages and satisfaction; the CSV of a figure; the period
// picker with its checks; and the page on A4.
import { expect, test } from '@playwright/test';
import { ConsolePage, IncidentPage, IntakePage, type Registration } from './pages';
import { PrintedPdf } from './printPages';
import { StatisticsPage } from './statisticsPages';

const SHOTS = 'test-results/screenshots';

const kettle: Registration = {
  channel: '24小时热线',
  category: '产品质量',
  urgency: '一般',
  name: '马丽',
  phone: '13900001111',
  subject: '某型号电热水壶',
  place: '城东门店',
  content: '使用两周后底座漏电，插电时有麻手感。',
  expected: '退货退款',
};
const complaints: Registration[] = [
  kettle,
  { ...kettle, channel: '在线客服 / App', name: '孙伟', phone: '13900002222', content: '同型号电热水壶底座漏电，要求退货。' },
  {
    ...kettle,
    channel: '现场来访',
    category: '服务质量',
    urgency: '较紧急',
    name: '钱芳',
    phone: '13900003333',
    subject: '门店退货服务',
    place: '城西门店',
    content: '店员拒绝办理七天无理由退货，态度恶劣。',
    expected: '办理退货并道歉',
  },
  {
    ...kettle,
    category: '食品安全',
    name: '李娜',
    phone: '13900004444',
    subject: '袋装面包',
    place: '城北超市',
    content: '购买的袋装面包在保质期内发霉。',
    expected: '退款并赔偿',
  },
];
// A fifth complaint is refused (不予受理): it is counted as such, never as an incident.
const advert: Registration = {
  ...kettle,
  category: '其他',
  name: '周杰',
  phone: '13900005555',
  subject: '上门推销',
  place: '城南门店',
  content: '投诉门店不接受其推销的清洁用品。',
  expected: '门店采购其产品',
};

test('counts the month’s complaints by category, grade, channel and place, exports a figure and prints', async ({ page }) => {
  test.setTimeout(120_000);
  // Monday 23 November 2026, 10:00 in China: 本月 is November, 上月 October.
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00+08:00'));
  const console = new ConsolePage(page);
  const intake = new IntakePage(page);
  const incident = new IncidentPage(page);
  const statistics = new StatisticsPage(page);
  await console.open();
  await console.signIn('陈晓');

  await intake.open();
  const numbers = [];
  for (const complaint of complaints) numbers.push(await intake.register(complaint));
  const refused = await intake.register(advert);
  await incident.openFromBoard(refused.incident);
  await incident.run('不予受理', { 类型: '特殊投诉（恶意、重复、不属受理范围）', 理由: '不属于投诉受理范围' });
  await incident.expectStage('不予受理');

  // The first kettle complaint runs its whole course to a satisfied closing (level 3, no approval).
  await incident.openFromBoard(numbers[0]!.incident);
  await incident.run('确认有效，予以受理');
  await incident.run('确认分级', { 级别: '三级' });
  await incident.run('启动应急响应');
  await incident.run('完成调查', { 调查结论: '该批次底座绝缘层装配不良' });
  await incident.run('提交解决方案', { '解决方案（道歉、赔偿、整改等）': '退货退款并书面道歉，同批次下架检测' });
  await incident.addCommunication('电话告知调查结论和解决方案，投诉人同意', '马丽');
  await incident.run('协商一致，开始实施');
  await incident.run('实施完成');
  await incident.run('记录反馈', { 向投诉人反馈的结果及理由: '已退款并致歉，同批次产品已下架送检' });
  await incident.run('记录满意度', { 投诉人满意度: '满意' });
  await incident.run('关闭事件');
  await incident.expectStage('已关闭');

  await statistics.open();
  await expect(page.getByText('统计期间：2026-11-01 至 2026-11-30')).toBeVisible();
  await expect(statistics.tile('受理投诉（件）')).toHaveText('5');
  // The refused complaint is no incident: not in 立案事件, nor by category, grade or place.
  await expect(statistics.tile('立案事件（起）')).toHaveText('4');
  await expect(statistics.tile('不予受理或特殊投诉（起）')).toHaveText('1');
  await expect(statistics.tile('一级事件（起）')).toHaveText('0');
  await expect(statistics.tile('本期办结（起）')).toHaveText('1');
  await expect(statistics.tile('满意率')).toHaveText('100%');
  await expect(statistics.tile('时限达标率')).toHaveText('100%');
  await expect(statistics.tile('逾期改进措施（项）')).toHaveText('0');

  expect(await statistics.rows('按投诉分类')).toEqual([
    ['产品质量', '2', '50'],
    ['服务质量', '1', '25'],
    ['食品安全', '1', '25'],
  ]);
  await expect(statistics.figure('按投诉分类')).toContainText('另有 1 起投诉不予受理（无效或特殊投诉），未立案，不计入本图。');
  await expect(statistics.figure('按级别')).toContainText('另有 1 起投诉不予受理');
  await expect(statistics.figure('投诉量趋势')).toContainText('事件数不含 1 起不予受理的投诉');
  expect(await statistics.rows('按级别')).toEqual([
    ['一级', '0', '0'],
    ['二级', '0', '0'],
    ['三级', '1', '25'],
    ['未分级', '3', '75'],
  ]);
  expect(await statistics.rows('按受理渠道')).toEqual([
    ['24小时热线', '3', '60'],
    ['在线客服 / App', '1', '20'],
    ['现场来访', '1', '20'],
  ]);
  expect((await statistics.rows('按发生地点（前 10 位）'))[0]).toEqual(['城东门店', '2', '50']);
  expect(await statistics.rows('重复发生的问题')).toEqual([
    ['产品质量', '城东门店', '2', [numbers[0]!.incident, numbers[1]!.incident].sort().join('、')],
  ]);
  expect(await statistics.rows('投诉人满意度')).toEqual([
    ['满意', '1', '100'],
    ['不满意', '0', '0'],
    ['未记录', '0', '0'],
  ]);
  // Only the closed incident has finished stages, each in time; the refusal finished 受理 in time too.
  const onTime = await statistics.rows('各环节时限达标率');
  expect(onTime.find((row) => row[0] === '受理')).toEqual(['受理', '2', '0', '100']);
  expect(onTime.find((row) => row[0] === '结果评估')).toEqual(['结果评估', '1', '0', '100']);
  expect(onTime.find((row) => row[0] === '报告领导小组')).toEqual(['报告领导小组', '0', '0', '—']);
  const trend = await statistics.rows('投诉量趋势');
  expect(trend).toHaveLength(30);
  expect(trend.find((row) => row[0] === '2026-11-23')).toEqual(['2026-11-23', '5', '4']);
  // Overdue measures are not of the period: an empty list says so.
  await expect(statistics.figure('逾期改进措施')).toContainText('没有逾期的改进措施。');
  await expect(statistics.figure('逾期改进措施')).not.toContainText('本期无数据');
  // Every bar label, "100%" included, lies inside its chart.
  const onTimeChart = statistics.figure('各环节时限达标率').locator('svg.recharts-surface');
  const chartBox = (await onTimeChart.boundingBox())!;
  const labels = onTimeChart.locator('.recharts-label-list text');
  await expect(labels.first()).toHaveText('100%');
  for (const label of await labels.all()) {
    const box = (await label.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(chartBox.x + chartBox.width);
  }
  // A bar's tooltip names what it counts, not the figure.
  await statistics.figure('投诉量趋势').locator('.recharts-bar-rectangle path').last().hover();
  await expect(statistics.figure('投诉量趋势').locator('.recharts-tooltip-wrapper')).toContainText('投诉件数 : 5');
  await page.screenshot({ path: `${SHOTS}/statistics.png`, fullPage: true });
  await statistics.figure('各环节时限达标率').screenshot({ path: `${SHOTS}/statistics-on-time.png` });

  // The figure's numbers as CSV: a BOM, Chinese headers, the same rows.
  const csv = await statistics.exportCsv('按投诉分类');
  expect(csv.name).toBe('统计-按投诉分类-20261101至20261130.csv');
  expect(csv.text.split('\r\n')).toEqual(['\ufeff投诉分类,事件数,占比（%）', '产品质量,2,50', '服务质量,1,25', '食品安全,1,25']);
  // The chart's own tooltip is a status too, while the pointer rests on a bar: the notice is the one saying 已导出.
  await expect(statistics.figure('按投诉分类').getByRole('status').filter({ hasText: '已导出' })).toHaveText(`已导出 ${csv.name}`);

  // Last month had none of it.
  await statistics.choosePeriod('上月');
  await expect(page.getByText('统计期间：2026-10-01 至 2026-10-31')).toBeVisible();
  await expect(statistics.tile('受理投诉（件）')).toHaveText('0');
  await expect(statistics.figure('按投诉分类')).toContainText('本期无数据。');
  // Nothing closed: the shares are blank (—), and they stand under their heading.
  const satisfaction = statistics.table('投诉人满意度');
  await expect(satisfaction.locator('tbody tr').first()).toHaveText(/满意\s*0\s*—/);
  const heading = (await satisfaction.getByRole('columnheader', { name: '占比（%）' }).boundingBox())!;
  const share = (await satisfaction.locator('tbody tr').first().getByRole('cell').last().boundingBox())!;
  expect(Math.abs(heading.x + heading.width - (share.x + share.width))).toBeLessThan(2);
  await statistics.figure('投诉人满意度').screenshot({ path: `${SHOTS}/statistics-last-month-satisfaction.png` });

  // A custom period is checked field by field, and nothing changes until it is right.
  await statistics.customPeriod('', '2026-11-30');
  await expect(statistics.fieldError('开始日期')).toHaveText('请填写日期');
  await statistics.customPeriod('2026-11-30', '2026-11-01');
  await expect(statistics.fieldError('结束日期')).toHaveText('结束日期不能早于开始日期');
  await expect(statistics.fieldError('开始日期')).toHaveCount(0);
  await expect(page.getByText('统计期间：2026-10-01 至 2026-10-31')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/statistics-period-errors.png` });
  await statistics.customPeriod('2026-11-20', '2026-11-23');
  await expect(page.getByText('统计期间：2026-11-20 至 2026-11-23')).toBeVisible();
  await expect(statistics.tile('受理投诉（件）')).toHaveText('5');
  expect(await statistics.rows('投诉量趋势')).toHaveLength(4);
  // The mouse rests on a bar when printing: its tooltip stays off the paper.
  await statistics.figure('投诉量趋势').locator('.recharts-bar-rectangle path').last().hover();
  await expect(statistics.figure('投诉量趋势').locator('.recharts-tooltip-wrapper')).toContainText('投诉件数 : 5');

  // On paper: the title, the period and the numbers; no buttons.
  const pdf = PrintedPdf.write(
    'test-results/statistics/statistics.pdf',
    await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }),
  );
  const text = pdf.text();
  expect(text).toContain('投诉应急统计分析');
  expect(text).toContain('统计期间：2026-11-20 至 2026-11-23');
  expect(text).toMatch(/产品质量\s+2\s+50/);
  expect(text).not.toContain('导出CSV');
  expect(text).not.toMatch(/投诉件数\s*:\s*5/);
  expect(text).not.toContain('打印 / 导出 PDF');

  // The same page in English.
  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await expect(page.getByRole('heading', { name: 'Statistics', level: 1 })).toBeVisible();
  await expect(page.getByRole('table', { name: 'By category data' })).toContainText('Product quality');
  await page.screenshot({ path: `${SHOTS}/statistics-en.png`, fullPage: true });
  await statistics.figure('Complainant satisfaction').screenshot({ path: `${SHOTS}/statistics-en-satisfaction.png` });
});
