// 应急资源: the logistics team keeps the inventory, allocates to an incident and takes it back.
import { expect, test, type Page } from '@playwright/test';
import { ConsolePage, IncidentInstructions, IncidentPage, IntakePage, PASSWORD, type Registration } from './pages';
import { IncidentResources, InventoryPage } from './resourcePages';

const SHOTS = 'test-results/screenshots';

const crowd: Registration = {
  channel: '现场来访',
  category: '景区游客安全',
  urgency: '紧急',
  name: '林先生',
  phone: '13911112222',
  subject: '景区索道停运游客滞留',
  place: '北山景区索道站',
  content: '索道突然停运，两百余名游客在山顶滞留，现场情绪激动。',
  expected: '尽快疏导下山并说明原因',
};

/** Two days from now, as the datetime field takes it and as the console prints it (China time). */
function twoDaysAhead() {
  const local = new Date(Date.now() + 2 * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 11) + '18:00';
  return { input: local, shown: local.replace('T', ' ') };
}

async function registerAndOpen(page: Page, registration: Registration) {
  const intake = new IntakePage(page);
  await intake.open();
  const numbers = await intake.register(registration);
  await new IncidentPage(page).openFromBoard(numbers.incident);
  return numbers.incident;
}

test('allocates radios to an incident, refuses more than are available, flags the shortage and takes them back', async ({ page }) => {
  const console = new ConsolePage(page);
  const inventory = new InventoryPage(page);
  const resources = new IncidentResources(page);
  const incident = new IncidentPage(page);
  await console.open();
  await console.signIn('陈晓');

  // An empty inventory offers the sample list.
  await inventory.open();
  await expect(page.getByText('尚未登记应急资源。')).toBeVisible();
  await page.getByRole('button', { name: '载入示例资源' }).click();
  await expect(page.getByRole('status')).toContainText('已载入 11 项示例资源');
  await expect(inventory.row('对讲机')).toContainText('20 / 20');
  await expect(inventory.row('对讲机')).toContainText('孙强');

  // Bad input is marked field by field and nothing is saved.
  await page.getByRole('button', { name: '新增资源' }).click();
  await inventory.fill({ 资源类型: '通信设备', 名称: '', '数量（总数）': '几个', 存放地点: '器材库', 保管人: '孙强', 保管人电话: '123' });
  await expect(inventory.fieldError('名称')).toHaveText('此项必填');
  await expect(inventory.fieldError('数量（总数）')).toHaveText('请输入整数');
  await expect(inventory.fieldError('保管人电话')).toContainText('请输入有效的电话号码');
  // A negative number is a whole number, only too small; a minimum above the holding is refused.
  await inventory.fill({ 名称: '便携扩音器', '数量（总数）': '-3', 保管人电话: '13800000006' });
  await expect(inventory.fieldError('数量（总数）')).toHaveText('请输入不小于 0 的整数');
  await inventory.fill({ '数量（总数）': '5', 最低保有量: '99' });
  await expect(inventory.fieldError('最低保有量')).toHaveText('最低保有量不能大于数量（总数），否则将一直标为短缺');
  await expect(inventory.row('便携扩音器')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/resources-form-errors.png`, fullPage: true });
  const form = await inventory.fill({ 名称: '便携扩音器', '数量（总数）': '6', 单位: '台', 保管人电话: '13800000006', 最低保有量: '2' });
  await expect(form).toHaveCount(0);
  await expect(inventory.row('便携扩音器')).toContainText('6 / 6');
  await expect(page.getByText('共 12 项资源')).toBeVisible();

  // Allocate to an incident: the choice shows what is available; more than that is refused.
  const number = await registerAndOpen(page, crowd);
  await expect(resources.panel()).toContainText('尚未给本事件调配资源。');
  const allocation = await resources.allocate(/对讲机/, 25);
  await expect(allocation.getByRole('alert')).toContainText('“对讲机”当前只有 20台可用');
  await expect(allocation.getByLabel('资源', { exact: true })).toContainText('对讲机（可用 20/20台）');
  const due = twoDaysAhead();
  await resources.allocate(/对讲机/, 12, due.input);
  await expect(allocation).toHaveCount(0);
  await expect(resources.item('对讲机')).toContainText('12台');
  await expect(resources.item('对讲机')).toContainText('使用中');
  await expect(resources.item('对讲机')).toContainText(`预计 ${due.shown} 归还`);
  await expect(incident.timeline()).toContainText(`调配资源：对讲机 12台，预计 ${due.shown} 归还`);
  await page.screenshot({ path: `${SHOTS}/resources-incident-panel.png`, fullPage: true });

  // The inventory shows 8 left, below the minimum of 10: a shortage, found by the filter.
  await inventory.open();
  await expect(inventory.row('对讲机')).toContainText('20 / 8');
  await expect(inventory.row('对讲机')).toContainText('短缺');
  await inventory.filter('提示', '短缺');
  await expect(inventory.table().getByRole('row')).toHaveCount(2);
  const records = await inventory.showAllocations('对讲机');
  await expect(records).toContainText(number);
  await expect(records).toContainText('陈晓');
  await expect(records).toContainText('使用中');
  await page.screenshot({ path: `${SHOTS}/resources-inventory.png`, fullPage: true });

  // The holding cannot be cut below the 12 out with the incident: said at the quantity, in 台.
  await inventory.row('对讲机').getByRole('button', { name: '编辑' }).click();
  await inventory.fill({ '数量（总数）': '10', 最低保有量: '5' });
  await expect(inventory.fieldError('数量（总数）')).toHaveText('仍有 12台在事件中使用，总数不能少于未归还的数量。');
  await expect(inventory.form().locator('.notice')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/resources-edit-below-allocated.png`, fullPage: true });
  await inventory.form().getByRole('button', { name: '取消' }).click();

  // Back on the incident: 归还, once; the radios are available again and the flag is gone.
  await records.getByRole('link', { name: number }).click();
  await resources.giveBack('对讲机');
  await expect(resources.item('对讲机').getByRole('button', { name: '归还' })).toHaveCount(0);
  await expect(incident.timeline()).toContainText('归还资源：对讲机 12台');
  await inventory.open();
  await expect(inventory.row('对讲机')).toContainText('20 / 20');
  await expect(inventory.row('对讲机')).not.toContainText('短缺');
});

test('flags resources not returned when the incident is over, and the English inventory reads well', async ({ page }) => {
  const console = new ConsolePage(page);
  const inventory = new InventoryPage(page);
  const resources = new IncidentResources(page);
  const incident = new IncidentPage(page);
  await console.open();
  await console.signIn('陈晓');
  await inventory.open();
  await page.getByRole('button', { name: '载入示例资源' }).click();
  await expect(inventory.row('应急指挥车')).toContainText('2 / 2');

  const number = await registerAndOpen(page, { ...crowd, name: '许女士', phone: '13922223333' });
  await resources.allocate(/应急指挥车/, 1);
  await expect(resources.item('应急指挥车')).toContainText('使用中');
  await incident.run('不予受理', { 类型: '特殊投诉（恶意、重复、不属受理范围）', 理由: '与已登记事件重复' });
  await incident.expectStage('不予受理');
  await expect(resources.panel()).toContainText('事件已结束，不能再调配资源');
  await expect(resources.panel().getByRole('button', { name: '调配资源' })).toHaveCount(0);
  await expect(resources.item('应急指挥车')).toContainText('事件已结束，尚未归还');

  await inventory.open();
  await expect(inventory.row('应急指挥车')).toContainText('有未归还');
  await inventory.filter('提示', '有未归还');
  await expect(inventory.table().getByRole('row')).toHaveCount(2);
  await expect(await inventory.showAllocations('应急指挥车')).toContainText(number);

  await page.reload();
  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await page.getByRole('radio', { name: /陈晓/ }).check();
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Resources' }).click();
  const table = page.getByRole('table', { name: 'Resources' });
  await expect(table.getByRole('row').filter({ hasText: '应急指挥车' })).toContainText('Not returned');
  await expect(table.getByRole('row').filter({ hasText: '应急指挥车' })).toContainText('vehicles');
  // One vehicle out is "1 vehicle", not "1 vehicles".
  await table.getByRole('row').filter({ hasText: '应急指挥车' }).getByRole('button', { name: 'Allocations (1)' }).click();
  const records = page.getByRole('table', { name: 'Allocations of “应急指挥车”' });
  await expect(records).toContainText('1 vehicle');
  await expect(records).not.toContainText('1 vehicles');
  await page.screenshot({ path: `${SHOTS}/resources-inventory-en.png`, fullPage: true });
});

test('offers to put an allocation on the logistics team’s open instruction as progress, in one click', async ({ page }) => {
  const console = new ConsolePage(page);
  const incident = new IncidentPage(page);
  const resources = new IncidentResources(page);
  const instructions = new IncidentInstructions(page);
  await console.open();
  await console.signIn('王建国');
  await new InventoryPage(page).open();
  await page.getByRole('button', { name: '载入示例资源' }).click();
  const number = await registerAndOpen(page, crowd);
  await incident.run('确认有效，予以受理');
  await incident.run('确认分级', { 级别: '一级', 理由: '两百余名游客滞留山顶' });
  await incident.run('启动应急响应');
  await instructions.issueStandard();

  // The leader allocating is not on the logistics team: nothing is offered to him.
  await resources.allocate(/对讲机/, 2);
  await expect(resources.panel().getByRole('status')).toContainText('已调配“对讲机”');
  await expect(resources.panel().getByRole('group', { name: '报告指令进展' })).toHaveCount(0);

  // 孙强 leads logistics: his allocation is offered as progress on the team's instruction.
  await console.switchOperator('孙强');
  await incident.openFromBoard(number);
  await resources.allocate(/应急指挥车/, 1);
  const offer = resources.panel().getByRole('group', { name: '报告指令进展' });
  await expect(offer).toContainText('这项工作可记为后勤保障组指令的进展');
  await page.screenshot({ path: `${SHOTS}/resources-work-report-offer.png` });
  await offer.getByRole('button', { name: '记入指令进展' }).click();
  await expect(resources.panel().getByRole('status').last()).toContainText('已记入后勤保障组指令的进展');
  await expect(instructions.item('后勤保障组')).toContainText('办理中');
  await expect(instructions.item('后勤保障组').getByRole('list', { name: '进展' })).toContainText('已调配“应急指挥车”');
  await expect(incident.timeline()).toContainText('后勤保障组 签收指令');
});
