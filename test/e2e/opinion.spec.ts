// 舆情监测: the monitoring team logs items on an incident; once negative reach within 24 hours
// reaches the plan's threshold (10,000) the console suggests raising the grade, and a person
// decides through the actions panel. Bad input is marked field by field and nothing is saved.
import { expect, test } from '@playwright/test';
import { ConsolePage, IncidentPage, IntakePage, type Registration } from './pages';
import { OpinionPanel } from './opinionPages';

const SHOTS = 'test-results/screenshots';

const fuelDispute: Registration = {
  channel: '24小时热线',
  category: '加油站数质量',
  urgency: '一般',
  name: '周建华',
  phone: '13812345678',
  subject: '城东加油站加油数量争议',
  place: '城东加油站',
  content: '加油后发现实际加油量与油箱容量明显不符，要求核验加油机计量。',
  expected: '核验计量，退还差额',
  people: 1,
  amount: 120,
};

test('logs opinion items, refuses bad ones field by field, and suggests raising the grade at the plan’s threshold', async ({ page }) => {
  test.setTimeout(120_000);
  // Monday 2026-11-23 10:00 China time, held there (real timers keep running).
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00+08:00'));
  const console = new ConsolePage(page);
  const incident = new IncidentPage(page);
  const opinion = new OpinionPanel(page);

  await console.open();
  await console.signIn('陈晓');
  await new IntakePage(page).open();
  const numbers = await new IntakePage(page).register(fuelDispute);
  await incident.openFromBoard(numbers.incident);
  await incident.run('确认有效，予以受理');
  await incident.run('确认分级', { 级别: '三级' });
  await incident.expectStage('待启动响应');
  await expect(opinion.panel()).toContainText('尚未登记舆情');
  await expect(opinion.figures()).toHaveText('近 24 小时负面舆情估计触达 0 人次；预案阈值 10,000 人次，达到即建议提级。');

  // Bad input: each field says what is wrong, and nothing is saved.
  const refused = await opinion.submit({ platform: '', sentiment: '负面', reach: '很多', link: 'weibo.com/123', summary: '' });
  await expect(opinion.fieldError('平台')).toHaveText('请选择平台');
  await expect(opinion.fieldError('估计触达（人次）')).toHaveText('请填写不小于 0 的整数，如 12000 或 1.2万');
  await expect(opinion.fieldError('原文链接（选填）')).toHaveText('请填写以 http:// 或 https:// 开头的完整网址');
  await expect(opinion.fieldError('内容摘要')).toHaveText('请填写内容摘要');
  await expect(opinion.fieldError('倾向')).toHaveCount(0);
  await expect(refused.getByText('请修正标出的项目后再保存。')).toBeVisible();
  await refused.screenshot({ path: `${SHOTS}/opinion-form-errors-zh.png` });
  await opinion.submit({ platform: '微博', sentiment: '负面', reach: '100', foundAt: '2026-11-23T10:30', summary: '未来的帖子' });
  await expect(opinion.fieldError('发现时间')).toHaveText('发现时间不能晚于现在');
  await refused.getByRole('button', { name: '取消' }).click();
  await expect(opinion.rows()).toHaveCount(0);
  await expect(incident.timeline()).not.toContainText('登记舆情');

  // 6,000 negative within the window, a large positive item and an old negative one that has
  // left the 24-hour window: below the threshold, so no suggestion.
  await opinion.log({
    platform: '微博',
    sentiment: '负面',
    reach: '6000',
    foundAt: '2026-11-23T08:15',
    link: 'https://weibo.com/1234567890/PqRsTuVw',
    summary: '网友发帖称城东加油站加油机少加油，附加油小票照片，转发量上升。',
  });
  // A short trend is padded with earlier empty hours, so the lone bar does not fill the chart.
  await expect(opinion.trend()).toContainText('11-23 05:00');
  await opinion.trend().screenshot({ path: `${SHOTS}/opinion-trend-short-zh.png` });
  await opinion.log({
    platform: '微信',
    sentiment: '正面',
    reach: '3万',
    foundAt: '2026-11-23T09:10',
    summary: '本地公众号转载本单位情况说明，评论区多数表示理解。',
  });
  await opinion.log({
    platform: '新闻网站',
    sentiment: '负面',
    reach: '50,000',
    foundAt: '2026-11-22T08:00',
    link: 'https://news.example.cn/2026/11/22/fuel.html',
    summary: '本地新闻网站昨日报道加油站计量投诉。',
  });
  await expect(opinion.figures()).toContainText('近 24 小时负面舆情估计触达 6,000 人次');
  await expect(opinion.suggestion()).toHaveCount(0);

  // 4,000 more negative: 10,000 within 24 hours, exactly the threshold.
  await opinion.log({
    platform: '抖音',
    sentiment: '负面',
    reach: '4000',
    link: 'https://www.douyin.com/video/7312345678901234567',
    summary: '抖音短视频拍摄加油现场争执，标题称“加油站坑人”。',
  });
  await expect(opinion.suggestion()).toContainText(
    '负面舆情 24 小时内估计触达 10,000 人次，已达到预案阈值 10,000，建议将事件级别由三级调整为二级。',
  );
  await expect(opinion.suggestion()).toContainText('系统不会自动改级');
  // The grade is a person's decision: it has not changed.
  await expect(page.locator('.header-badges')).toContainText('三级');
  await expect(incident.timeline()).toContainText('登记舆情：抖音，负面，估计触达 4,000 人次');

  // The list, newest find first, with the reach and the link opening outside the console.
  await expect(opinion.rows()).toHaveCount(4);
  await expect(opinion.rows().nth(0)).toContainText('抖音');
  await expect(opinion.rows().nth(0)).toContainText('4,000 人次');
  await expect(opinion.rows().nth(3)).toContainText('2026-11-22 08:00');
  await expect(opinion.rows().nth(3)).toContainText('新闻网站');
  const link = opinion.rows().nth(0).getByRole('link', { name: '打开原文' });
  await expect(link).toHaveAttribute('href', 'https://www.douyin.com/video/7312345678901234567');
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(opinion.rows().nth(1)).toContainText('微信');
  await expect(opinion.rows().nth(1).getByRole('link')).toHaveCount(0);
  // The trend: reach by the hour (26 hours so far), with the window line and the threshold.
  await expect(opinion.trend()).toContainText('各小时估计触达人次，按倾向');
  await expect(opinion.trend().locator('.recharts-bar-rectangle path').first()).toBeVisible();
  await expect(opinion.trend()).toContainText('预案阈值 10,000');
  await opinion.panel().screenshot({ path: `${SHOTS}/opinion-panel-zh.png` });

  // A person raises it to level 2; the reach is still over the threshold, so the next step up is
  // suggested, which is the leading group's to take.
  await incident.run('调整分级', { 级别: '二级', 理由: '负面舆情24小时内触达1万人次，达到预案阈值' });
  await expect(page.locator('.header-badges')).toContainText('二级');
  await expect(opinion.suggestion()).toContainText('建议将事件级别由二级调整为一级');
  await expect(opinion.suggestion()).toContainText('须由组长或副组长');
  await console.switchOperator('王建国');
  await incident.run('调整分级', { 级别: '一级', 理由: '舆情持续发酵，启动一级响应' });
  await expect(page.locator('.header-badges')).toContainText('一级');
  await expect(opinion.suggestion()).toHaveCount(0);
  await expect(opinion.figures()).toContainText('10,000 人次');

  // The same panel in English.
  await console.switchOperator('陈晓');
  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Incident board' }).click();
  await page.getByRole('link', { name: numbers.incident }).click();
  const english = page.getByRole('region', { name: 'Public opinion', exact: true });
  await expect(english.getByRole('status')).toContainText('Negative items in the last 24 hours reach an estimated 10,000 people');
  await expect(english.getByRole('table', { name: 'Public-opinion items' })).toContainText('Douyin');
  await english.screenshot({ path: `${SHOTS}/opinion-panel-en.png` });
  // The reach field's example fits its box in English.
  await english.getByRole('button', { name: 'Log an item' }).click();
  await expect(english.getByLabel('Estimated reach (people)', { exact: true })).toHaveAttribute('placeholder', 'e.g. 12000; 0 if unknown');
  await english.screenshot({ path: `${SHOTS}/opinion-form-en.png` });
});

test('the plan shows the opinion threshold and the holding-statement template the teams work from', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open();
  await console.signIn('陈晓');
  await console.nav('应急预案').click();
  const panel = page.getByRole('region', { name: '信息发布与舆情' });
  await expect(panel).toContainText('负面舆情在 24 小时内估计触达达到 10,000 人次时，建议提高事件级别。');
  await expect(panel).toContainText('【日期】，【地点】发生“【事由】”一事。【组织名称】高度重视');
  await expect(panel).not.toContainText('{{');
  await page.screenshot({ path: 'test-results/screenshots/plan-publicity-zh.png', fullPage: true });
});
