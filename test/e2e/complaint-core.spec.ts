// The live complaint core as the command office uses it, in the browser host.
import { expect, test } from '@playwright/test';
import { ConsolePage, IncidentPage, IntakePage, type Registration } from './pages';
import { FUEL_DISPUTE } from '../fixtures/registrations';

const SHOTS = 'test-results/screenshots';

const fuelDispute = FUEL_DISPUTE;

test('registers, grades, activates and closes a fuel-quantity dispute, and everything survives a reload', async ({ page }) => {
  const console = new ConsolePage(page);
  const intake = new IntakePage(page);
  const incident = new IncidentPage(page);
  await console.open();
  await console.signIn('陈晓');

  // Bad input: every problem is marked and nothing is saved.
  await intake.open();
  await intake.fill({ ...fuelDispute, phone: '12345', idNumber: '110105194912310021', content: '少了' });
  await page.getByLabel('姓名', { exact: true }).fill('');
  await intake.save();
  await expect(page.getByRole('alert').filter({ hasText: '请修正标出的项目后再保存' })).toBeVisible();
  await expect(intake.fieldError('姓名')).toHaveText('此项必填');
  await expect(intake.fieldError('联系电话')).toContainText('请输入有效的电话号码');
  await expect(intake.fieldError('身份证号（选填）')).toContainText('身份证号码无效');
  await expect(intake.fieldError('投诉内容（事情经过）')).toContainText('至少用5个字');
  await page.screenshot({ path: `${SHOTS}/intake-errors.png`, fullPage: true });
  await console.nav('事件看板').click();
  await expect(page.getByText('还没有登记任何投诉。')).toBeVisible();

  // Correct input: numbered at once.
  await intake.open();
  const numbers = await intake.register(fuelDispute);
  expect(numbers.complaint).toMatch(/^TS-\d{8}-0001$/);
  expect(numbers.incident).toMatch(/^SJ-\d{8}-0001$/);

  // The board shows the new incident at once, with its first clock running.
  await console.nav('事件看板').click();
  const row = page.getByRole('row').filter({ hasText: numbers.incident });
  await expect(row).toContainText('待审查');
  await expect(row).toContainText('受理');
  await page.screenshot({ path: `${SHOTS}/board.png` });

  await incident.openFromBoard(numbers.incident);
  await expect(page.getByText('138****5678')).toBeVisible();
  await expect(page.getByText('13812345678')).toHaveCount(0);
  await incident.run('确认有效，予以受理');
  await incident.expectStage('待分级');

  // The rules suggest level 2 (urgent); grading level 1 needs a reason.
  await expect(page.getByRole('region', { name: '分级建议' })).toContainText('紧急程度为“紧急”（二级）');
  await incident.run('确认分级', { 级别: '一级' });
  await expect(incident.refusal()).toContainText('所选级别与系统建议（二级）不同');
  await incident.run('确认分级', { 级别: '一级', 理由: '现场群众聚集且记者到场，可能引发媒体关注' });
  await incident.expectStage('待启动响应');
  await expect(page.locator('.header-badges')).toContainText('一级');
  await expect(incident.timeline()).toContainText('分级为一级（系统建议二级）');
  await expect(page.getByRole('listitem', { name: '报告领导小组' })).toBeVisible();

  // An ordinary operator cannot activate a level-1 response; the leader can.
  await incident.run('启动应急响应');
  await expect(incident.refusal()).toContainText('一级响应须由组长或副组长启动');
  await incident.expectStage('待启动响应');
  await console.switchOperator('王建国');
  await incident.run('启动应急响应', { 备注: '成立专项处理小组，技术监督局到场核验' });
  await incident.expectStage('调查核实');
  await expect(incident.timeline()).toContainText('启动一级应急响应');
  await expect(incident.timeline()).toContainText('王建国');

  // A call to the bureau while investigating is on record, but it is no agreement with the complainant.
  await incident.addCommunication('请市技术监督局到站检定加油机', '市技术监督局 刘工', '外部单位（公安、技术监督局等）');
  await expect(page.getByRole('region', { name: '沟通记录' })).toContainText('外部单位（公安、技术监督局等） · 市技术监督局 刘工');
  await incident.run('完成调查', { 调查结论: '加油机计量误差超出允许范围，少加油2.1升' });
  await incident.run('提交解决方案', { '解决方案（道歉、赔偿、整改等）': '退还差额，书面道歉，停用并检修该加油机' });
  await incident.expectStage('方案审批');
  await incident.run('批准方案');
  await incident.expectStage('沟通协商');
  await incident.run('协商一致，开始实施');
  await expect(incident.refusal()).toContainText('尚无方案确定');
  await expect(incident.refusal()).toContainText('之后与投诉人的沟通记录');
  await page.screenshot({ path: `${SHOTS}/agreement-refused.png` });
  await incident.addCommunication('电话告知调查结论和解决方案，投诉人同意', '周建华');
  await incident.run('协商一致，开始实施');
  await incident.expectStage('组织实施');
  await incident.run('实施完成');
  await incident.run('记录反馈', { 向投诉人反馈的结果及理由: '已退还差额并致歉，加油机已检修并经技术监督局复检合格' });
  await incident.expectStage('评估');
  await incident.run('关闭事件');
  await expect(incident.refusal()).toContainText('尚未记录投诉人满意度');
  await incident.run('记录满意度', { 投诉人满意度: '满意' });
  await incident.run('关闭事件');
  await incident.expectStage('已关闭');
  await expect(incident.actions().getByRole('button')).toHaveText(['重新处理']);
  await page.screenshot({ path: `${SHOTS}/incident-closed.png`, fullPage: true });

  // Reload: the record is the database, not the page.
  await page.reload();
  await console.signIn('王建国');
  // Reload returns to the same incident, read back from the database.
  await incident.expectStage('已关闭');
  for (const entry of [
    '登记投诉',
    '审查确认',
    '分级为一级',
    '启动一级应急响应',
    '完成调查',
    '批准解决方案',
    '沟通记录',
    '向投诉人反馈结果',
    '关闭事件',
  ]) {
    await expect(incident.timeline()).toContainText(entry);
  }
  await expect(page.getByRole('listitem', { name: '受理' })).toContainText('按时完成');
  // Closed work is off the default (open) board; it is one filter away.
  await console.nav('事件看板').click();
  await expect(page.getByRole('link', { name: numbers.incident })).toHaveCount(0);
  await page.getByLabel('阶段', { exact: true }).selectOption({ label: '阶段: 全部' });
  await expect(page.getByRole('row').filter({ hasText: numbers.incident })).toContainText('已关闭');
});

test('attaching four more complainants makes a group complaint and suggests a higher grade', async ({ page }) => {
  const console = new ConsolePage(page);
  const intake = new IntakePage(page);
  const incident = new IncidentPage(page);
  await console.open();
  await console.signIn('陈晓');
  await intake.open();
  const first = await intake.register({
    channel: '在线客服 / App',
    category: '产品质量',
    urgency: '一般',
    name: '马丽',
    phone: '13900001111',
    subject: '某型号电热水壶底座漏电',
    place: '线上商城',
    content: '使用两周后底座漏电，插电时有麻手感。',
    expected: '退货退款',
  });
  await incident.openFromBoard(first.incident);
  await incident.run('确认有效，予以受理');
  await incident.run('确认分级', { 级别: '三级' });
  await incident.expectStage('待启动响应');

  for (const [name, phone] of [
    ['孙伟', '13900002222'],
    ['钱芳', '13900003333'],
    ['李娜', '13900004444'],
    ['何军', '13900005555'],
  ]) {
    await page.getByRole('link', { name: '登记关联投诉' }).click();
    await expect(page.getByText(`关联到事件 ${first.incident}`)).toBeVisible();
    await page.getByLabel('受理渠道', { exact: true }).selectOption({ label: '24小时热线' });
    await page.getByLabel('紧急程度', { exact: true }).selectOption({ label: '一般' });
    await page.getByLabel('姓名', { exact: true }).fill(name!);
    await page.getByLabel('联系电话', { exact: true }).fill(phone!);
    await page.getByLabel('投诉内容（事情经过）', { exact: true }).fill('同型号电热水壶底座漏电，要求退货。');
    await page.getByLabel('期望解决方式', { exact: true }).fill('退货退款');
    if (name === '何军') {
      // Before saving, the preview already counts the incident's people with this complainant.
      await expect(page.getByRole('complementary', { name: '分级建议' })).toContainText('涉及 5 人，达到群体投诉阈值 5 人（二级）');
      await page.screenshot({ path: `${SHOTS}/intake-attach.png`, fullPage: true });
    }
    await intake.save();
    await expect(page.getByRole('status').filter({ hasText: first.incident })).toBeVisible();
    await page.getByRole('link', { name: '查看事件' }).click();
  }

  await expect(page.getByRole('region', { name: '投诉人（5）' })).toBeVisible();
  await expect(page.getByText('群体投诉：5 名投诉人、涉及 5 人')).toBeVisible();
  const grading = page.getByRole('region', { name: '分级建议' });
  await expect(grading).toContainText('事实已变化，建议调整为二级');
  await expect(grading).toContainText('涉及 5 人，达到群体投诉阈值 5 人（二级）');
  await expect(incident.timeline()).toContainText('涉及人数达 5 人，建议由三级调整为二级');
  await page.screenshot({ path: `${SHOTS}/incident-group.png`, fullPage: true });

  await incident.run('调整分级', { 级别: '二级', 理由: '同一产品缺陷引发群体投诉' });
  await expect(page.locator('.header-badges')).toContainText('二级');
  await expect(grading).not.toContainText('事实已变化');
  await console.nav('事件看板').click();
  await expect(page.getByRole('row').filter({ hasText: first.incident })).toContainText('5 人投诉');
});

test('attaches a complaint to an open incident from the intake form, and a second Enter keeps the confirmation', async ({ page }) => {
  const console = new ConsolePage(page);
  const intake = new IntakePage(page);
  await console.open();
  await console.signIn('陈晓');
  await intake.open();
  const scenic: Registration = {
    channel: '现场来访',
    category: '景区游客安全',
    urgency: '较紧急',
    name: '韩梅',
    phone: '13700001111',
    subject: '国庆黄金周索道排队秩序混乱',
    place: '南山景区索道站',
    content: '排队两小时无人疏导，发生推搡，老人被挤倒。',
    expected: '景区道歉并改进疏导',
  };
  const first = await intake.register(scenic);
  // Enter again on the emptied form: the confirmation with the numbers stays, nothing else is saved.
  await page.getByLabel('姓名', { exact: true }).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: first.complaint })).toBeVisible();
  await expect(page.getByText('请修正标出的项目后再保存')).toHaveCount(0);

  await page.getByRole('searchbox', { name: '输入事件编号、事由、地点或投诉人姓名，关联到已有事件' }).fill('索道');
  await page
    .getByRole('list', { name: '可关联的未结事件' })
    .getByRole('button', { name: new RegExp(first.incident) })
    .click();
  await expect(page.getByRole('group', { name: '所属事件' })).toContainText(`关联到事件 ${first.incident}`);
  await expect(page.getByLabel('涉及产品或服务', { exact: true })).toHaveValue('国庆黄金周索道排队秩序混乱');
  const second = await intake.register({
    ...scenic,
    name: '李雷',
    phone: '13700002222',
    content: '同一时段排队被挤伤手臂。',
    expected: '赔偿医药费',
  });
  expect(second.incident).toBe(first.incident);
  expect(second.complaint).not.toBe(first.complaint);

  // A new registration afterwards starts clean, not attached.
  await console.nav('事件看板').click();
  await intake.open();
  await expect(page.getByRole('group', { name: '所属事件' })).toContainText('新事件');
  await expect(page.getByLabel('涉及产品或服务', { exact: true })).toHaveValue('');
});
