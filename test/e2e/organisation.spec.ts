// The command structure as the office keeps it: the leading group and teams, the duty roster with
// who is on duty now, and the emergency contact list printed on one page.
import { expect, test } from '@playwright/test';
import { ConsolePage, ContactsPage, OrganisationPage, RosterPage } from './pages';

const SHOTS = 'test-results/screenshots';

test('edit the leading group and a team, and see it persisted after reload', async ({ page }) => {
  const console = new ConsolePage(page);
  const organisation = new OrganisationPage(page);
  await console.open();
  // People and teams are changed by the leaders only.
  await console.signIn('王建国');
  await organisation.open();
  await expect(organisation.team('领导小组')).toContainText('李明');

  // The deputy's new number, marked no longer a sample.
  const person = await organisation.editPerson('李明', { 电话: '1390000' });
  await expect(person.getByRole('alert').filter({ hasText: '请输入有效的电话号码' })).toBeVisible();
  await organisation.editPerson('李明', { 电话: '13900002222' });
  await expect(person).toHaveCount(0);
  await expect(organisation.team('领导小组')).toContainText('13900002222');
  await expect(organisation.personRow('李明')).not.toContainText('示例');

  // A lead who is not a member is refused; once a member, saved.
  const form = await organisation.editTeam('信息收集组');
  await form.getByLabel('负责人', { exact: true }).selectOption({ label: '刘洋 · 客户服务部经理' });
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByRole('alert').filter({ hasText: '负责人必须是本组成员' })).toBeVisible();
  await form.getByRole('checkbox', { name: /刘洋/ }).check();
  await form.getByLabel('电话', { exact: true }).fill('010-80000022');
  await page.screenshot({ path: `${SHOTS}/organisation-team-edit.png`, fullPage: true });
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form).toHaveCount(0);
  const team = organisation.team('信息收集组');
  await expect(team).toContainText('刘洋 · 13800000004');
  await expect(team).toContainText('张丽、吴婷、刘洋');
  await expect(team).not.toContainText('示例');
  await expect(page.getByRole('list', { name: '变更记录' })).toContainText('修改信息收集组');

  await page.reload();
  await console.signIn('王建国');
  await organisation.open();
  await expect(organisation.team('信息收集组')).toContainText('刘洋 · 13800000004');
  await expect(organisation.team('信息收集组')).toContainText('010-80000022');
  await expect(organisation.team('领导小组')).toContainText('13900002222');
  await page.screenshot({ path: `${SHOTS}/organisation-zh.png`, fullPage: true });

  // Removing a person takes them off their team.
  await organisation.personRow('吴婷').getByRole('button', { name: '移除' }).click();
  await page.getByRole('form', { name: '移除人员：吴婷' }).getByRole('button', { name: '确认移除' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已移除 吴婷' })).toBeVisible();
  await expect(organisation.team('信息收集组')).toContainText('张丽、刘洋');

  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await expect(page.getByRole('heading', { name: 'Organisation', level: 1 })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/organisation-en.png`, fullPage: true });
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
});

test('a night shift added to the roster shows as on duty now, past midnight', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T23:00:00+08:00'));
  const console = new ConsolePage(page);
  const roster = new RosterPage(page);
  await console.open();
  await console.signIn('陈晓');
  await roster.open();
  await expect(roster.onDutyNow()).toContainText('当前没有安排值班人员');

  await roster.addShift({ date: '2026-11-23', person: '陈晓 · 应急指挥办公室值班员', post: '值班员', preset: '夜班 18:00–次日08:30' });
  await roster.addShift({ date: '2026-11-23', person: '李明 · 副总经理（副组长）', post: '带班领导', start: '18:00', end: '08:30' });
  // The same person cannot be on two shifts at once.
  const clash = await roster.addShift({
    date: '2026-11-24',
    person: '陈晓 · 应急指挥办公室值班员',
    post: '值班员',
    start: '08:00',
    end: '12:00',
  });
  await expect(clash.getByRole('alert').filter({ hasText: '时间重叠' })).toBeVisible();
  await clash.getByRole('button', { name: '取消' }).click();

  await expect(roster.row('2026-11-23')).toContainText('陈晓');
  await expect(roster.row('2026-11-23')).toContainText('18:00–08:30 次日');
  const onDuty = roster.onDutyNow();
  await expect(onDuty).toContainText('陈晓');
  await expect(onDuty).toContainText('13800000007');
  await expect(onDuty).toContainText('值班员');
  await expect(onDuty).toContainText('带班领导');
  await expect(onDuty).toContainText('至 11-24 08:30');
  await page.screenshot({ path: `${SHOTS}/roster-zh.png`, fullPage: true });

  // Past midnight the night shift is still on; at its end it is not.
  await page.clock.setFixedTime(new Date('2026-11-24T01:00:00+08:00'));
  await page.reload();
  await console.signIn('陈晓');
  await roster.open();
  await expect(roster.onDutyNow()).toContainText('陈晓');
  await page.clock.setFixedTime(new Date('2026-11-24T08:31:00+08:00'));
  await page.reload();
  await console.signIn('陈晓');
  await roster.open();
  await expect(roster.onDutyNow()).toContainText('当前没有安排值班人员');
});

test('searches the emergency contacts and prints them on one A4 page', async ({ page }) => {
  const console = new ConsolePage(page);
  const contacts = new ContactsPage(page);
  await console.open();
  await console.signIn('陈晓');
  await contacts.open();
  await expect(contacts.external()).toContainText('12315');

  await contacts.search('消防');
  await expect(contacts.external().getByRole('row')).toHaveCount(2);
  await expect(contacts.external()).toContainText('119');
  await expect(contacts.internal().getByRole('row')).toHaveCount(1);
  await contacts.search('13800000003');
  await expect(contacts.internal()).toContainText('张丽');
  await contacts.search('');

  // An outside body needs an organisation and a valid number.
  await page.getByRole('button', { name: '添加外部单位' }).click();
  const form = page.getByRole('form', { name: '添加外部单位' });
  await form.getByLabel('类别', { exact: true }).selectOption({ label: '媒体' });
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByRole('alert').filter({ hasText: '请至少填写一个电话号码' })).toBeVisible();
  await form.getByLabel('单位', { exact: true }).fill('市电视台新闻热线');
  await form.getByLabel('电话', { exact: true }).fill('010-65001234');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(contacts.external()).toContainText('市电视台新闻热线');
  await page.screenshot({ path: `${SHOTS}/contacts-zh.png`, fullPage: true });

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
  await expect(page.getByRole('button', { name: '打印' })).toBeHidden();
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.screenshot({ path: `${SHOTS}/contacts-print.png`, fullPage: true });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBe(1);
});
