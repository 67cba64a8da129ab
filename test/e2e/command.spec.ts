// The command structure around a live incident: the special task force, the team cards on the
// dashboard, and moving through the board by keyboard.
import { expect, test } from '@playwright/test';
import { ConsolePage, IncidentInstructions, IncidentPage, IntakePage, type Registration } from './pages';

const mediaCase: Registration = {
  channel: '新闻媒体曝光',
  category: '加油站数质量',
  urgency: '紧急',
  name: '周建华',
  phone: '13812345678',
  subject: '城东加油站加油数量争议，记者到场',
  place: '城东加油站',
  content: '加油数量争议引发围观，电视台记者到场拍摄。',
  expected: '现场核验并公开说明',
  media: true,
};

test('a leader forms the special task force of a level-1 incident; the dashboard counts its instructions', async ({ page }) => {
  const console = new ConsolePage(page);
  const incident = new IncidentPage(page);
  await console.open();
  await console.signIn('陈晓');
  await new IntakePage(page).open();
  const numbers = await new IntakePage(page).register(mediaCase);
  await incident.openFromBoard(numbers.incident);
  await incident.run('确认有效，予以受理');
  // Media attention: the rules suggest level 1, so confirming needs no reason.
  await incident.run('确认分级', { 级别: '一级' });
  const taskForce = page.getByRole('region', { name: '专项处理小组' });
  await expect(taskForce).toContainText('只能查看');
  await expect(taskForce.getByRole('button', { name: '组建专项处理小组' })).toHaveCount(0);

  await console.switchOperator('王建国');
  await taskForce.getByRole('button', { name: '组建专项处理小组' }).click();
  await taskForce.getByLabel('小组组长').selectOption({ label: '刘洋 · 客户服务部经理' });
  await taskForce.getByRole('checkbox', { name: /张丽/ }).check();
  await taskForce.getByRole('checkbox', { name: /郑浩/ }).check();
  await taskForce.getByRole('button', { name: '保存' }).click();
  await expect(taskForce).toContainText('刘洋');
  await expect(taskForce).toContainText('郑浩');
  await expect(incident.timeline()).toContainText('组建专项处理小组，组长 刘洋，共 3 人');

  await incident.run('启动应急响应');
  const instructions = new IncidentInstructions(page);
  await instructions.issueStandard();
  await expect(instructions.items()).toHaveCount(4);
  await console.nav('指挥台').click();
  for (const team of ['信息收集组', '处置协调组', '宣传引导组', '后勤保障组']) {
    // The card's name is what it shows: the team, then its figures.
    await expect(page.getByRole('link', { name: new RegExp(`^${team}`) })).toContainText('1 件在办指令');
    await expect(page.getByRole('link', { name: new RegExp(`^${team}`) })).toContainText('0 件超时');
  }
  await expect(page.locator('tr[data-level="1"] td.total')).toHaveText('1');
});

test('moves through the board with the arrow keys and opens a row with Enter', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open();
  await console.signIn('陈晓');
  const intake = new IntakePage(page);
  await intake.open();
  const first = await intake.register({ ...mediaCase, media: false, subject: '第一件：电热水壶漏电', category: '产品质量' });
  await intake.register({ ...mediaCase, media: false, subject: '第二件：景区排队纠纷', category: '景区游客安全' });
  await console.nav('事件看板').click();
  const rows = page.locator('.virtual-scroll [role=row]');
  await rows.first().focus();
  await expect(rows.first()).toContainText('第二件');
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(rows.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: new RegExp(first.incident) })).toBeVisible();
});
