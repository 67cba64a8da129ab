// 设置 in the browser host: the office's preferences survive a reload, a backup brings the data
// back as it was, and a damaged or altered backup file is refused without touching anything.
import { expect, test, type Page } from '@playwright/test';
import { ConsolePage, IntakePage, type Registration } from './pages';
import { ModeSwitch } from './drillPages';
import { SettingsPage } from './settingsPages';

const SHOTS = 'test-results/screenshots';

const lateDelivery: Registration = {
  channel: '24小时热线',
  category: '加油站数质量',
  urgency: '一般',
  name: '周建华',
  phone: '13812345678',
  subject: '城东加油站加油数量争议',
  place: '城东加油站',
  content: '加油后发现实际加油量与油箱容量明显不符，要求核实计量。',
  expected: '核验加油机计量并退还差额',
};

async function registerOne(page: Page): Promise<string> {
  const intake = new IntakePage(page);
  await intake.open();
  const { incident } = await intake.register(lateDelivery);
  return incident;
}

/** Deletes the live database under the running page, as a storage reset does; the page's connection gives way. */
async function wipeLiveDatabase(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('complaint-console');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(new Error('not deleted'));
      }),
  );
}

async function expectOnBoard(page: Page, incident: string, present: boolean) {
  await new ConsolePage(page).nav('事件看板').click();
  if (present) await expect(page.getByRole('link', { name: incident })).toBeVisible();
  else {
    await expect(page.getByText('还没有登记任何投诉。')).toBeVisible();
    await expect(page.getByRole('link', { name: incident })).toHaveCount(0);
  }
}

test('a changed preference is checked, saved and still there after a reload', async ({ page }) => {
  const console = new ConsolePage(page);
  const settings = new SettingsPage(page);
  await console.open();
  await console.signIn('陈晓');
  await settings.open();
  await expect(settings.preference('到期提醒提前量（分钟）')).toHaveValue('120');
  await expect(settings.preference('关闭窗口时最小化到托盘')).toBeChecked();
  await expect(settings.preferences()).toContainText('仅对桌面版有效');

  // Out of range: the field says why, and nothing is saved.
  await settings.savePreferences({ '到期提醒提前量（分钟）': '3', 保留自动备份份数: '' });
  await expect(settings.fieldError('到期提醒提前量（分钟）')).toHaveText('请输入 5 到 1440 之间的整数');
  await expect(settings.fieldError('保留自动备份份数')).toHaveText('请输入 1 到 365 之间的整数');
  await expect(settings.preferences().getByRole('alert').filter({ hasText: '设置尚未保存' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/settings-errors.png`, fullPage: true });

  await settings.savePreferences({
    '到期提醒提前量（分钟）': '90',
    '一级事件重复提醒间隔（分钟，0 为不重复）': '0',
    关闭窗口时最小化到托盘: false,
    保留自动备份份数: '7',
  });
  await expect(settings.preferences().getByRole('status')).toHaveText('设置已保存。');

  await page.reload();
  await console.signIn('陈晓');
  await settings.open();
  await expect(settings.preference('到期提醒提前量（分钟）')).toHaveValue('90');
  await expect(settings.preference('一级事件重复提醒间隔（分钟，0 为不重复）')).toHaveValue('0');
  await expect(settings.preference('关闭窗口时最小化到托盘')).not.toBeChecked();
  await expect(settings.preference('保留自动备份份数')).toHaveValue('7');
});

test('restoring a stored backup takes the data back to when it was made, and only a leader may', async ({ page }) => {
  const console = new ConsolePage(page);
  const settings = new SettingsPage(page);
  await console.open();
  await console.signIn('陈晓');
  await settings.open();
  await expect(settings.backups()).toContainText('还没有成功的备份。请立即备份。');
  const time = await settings.backupNow();
  await expect(settings.backups()).toContainText(`上次成功备份：${time}。`);
  // The last backup's size is on the same line as its time.
  await expect(settings.backups()).toContainText(new RegExp(`上次成功备份：${time}。大小：\\d+\\.\\d KB。`));
  await expect(settings.backupList()).not.toContainText('backup-');
  await expect(settings.backupList()).toContainText(/\d+\.\d KB/);

  const incident = await registerOne(page);
  await expectOnBoard(page, incident, true);

  // A member of staff sees the restore buttons off, and why, before choosing anything.
  await settings.open();
  const reason = '当前操作员 陈晓（工作人员）不能恢复备份：恢复会替换本机全部数据，须由组长或副组长操作。';
  await expect(settings.restoreLock()).toHaveText(reason);
  await expect(settings.restoreButton(time)).toBeDisabled();
  await expect(settings.restoreButton(time)).toHaveAccessibleDescription(reason);
  await expect(settings.restoreFromFileButton()).toBeDisabled();
  await expect(settings.restoreFromFileButton()).toHaveAccessibleDescription(reason);
  await expect(settings.backups().getByRole('button', { name: '立即备份' })).toBeEnabled();
  await page.screenshot({ path: `${SHOTS}/settings-staff-zh.png`, fullPage: true });
  await expect(settings.confirmation()).toHaveCount(0);

  await console.switchOperator('王建国');
  await settings.open();
  await expect(settings.restoreLock()).toHaveCount(0);
  await expect(settings.restoreFromFileButton()).toBeEnabled();
  const confirmation = await settings.askRestore(time);
  await expect(confirmation).toContainText(`将用 ${time} 的备份（投诉 0 件，事件 0 件）替换本机当前的全部数据`);
  await expect(confirmation).toContainText('恢复前会先自动备份当前数据');
  await page.screenshot({ path: `${SHOTS}/settings-zh.png`, fullPage: true });
  const rowsBefore = await settings.backupList().getByRole('row').count();
  await confirmation.getByRole('button', { name: '确认恢复' }).click();
  await expect(settings.status()).toContainText(`已恢复 ${time} 的备份：投诉 0 件，事件 0 件。恢复前的数据已备份`);
  // The data from before the restore is there to go back to.
  await expect(settings.backupList().getByRole('row')).toHaveCount(rowsBefore + 1);
  await expectOnBoard(page, incident, false);

  await settings.open();
  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Back up now' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/settings-en.png`, fullPage: true });
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
});

test('a backup file is sealed with a passphrase; a damaged, altered or wrongly unlocked one changes nothing; a good one restores after a leader accepts it', async ({
  page,
}) => {
  const console = new ConsolePage(page);
  const settings = new SettingsPage(page);
  await console.open();
  await console.signIn('王建国');
  await settings.open();
  const passphrase = '城东值班2026';
  const file = await settings.backupToFile(passphrase);
  expect(file.name).toMatch(/^应急指挥台备份-\d{8}-\d{4}\.cbk$/);
  // Sealed: not a name, a phone or a plan text in plain sight.
  expect(file.text).not.toContain('王建国');
  expect(file.text).not.toContain('13800');
  const incident = await registerOne(page);
  const lines = file.text.trimEnd().split('\n');

  await settings.open();
  await settings.restoreFromFile(file.name, lines.slice(0, -1).join('\n'), passphrase);
  await expect(settings.refusal()).toHaveText('备份文件不完整（可能复制或写入时中断），未作任何更改。');
  // The first chunk, after the header and the segment's marker line.
  expect(lines[1]).toMatch(/^\{"segment":/);
  const chunk = lines[2]!;
  const altered = [lines[0]!, lines[1]!, `${chunk.slice(0, 30)}${chunk[30] === 'A' ? 'B' : 'A'}${chunk.slice(31)}`, ...lines.slice(3)].join(
    '\n',
  );
  await settings.restoreFromFile(file.name, altered, passphrase);
  await expect(settings.refusal()).toHaveText(/口令不对，或文件已损坏|备份文件校验不符/);
  await settings.restoreFromFile(file.name, file.text, '不是这个口令');
  await expect(settings.refusal()).toHaveText('口令不对，或文件已损坏。未作任何更改。');
  await settings.restoreFromFile('notes.json', JSON.stringify({ hello: 'world' }));
  await expect(settings.refusal()).toHaveText('这不是应急指挥台的备份文件，未作任何更改。');
  await expect(settings.confirmation()).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/settings-refused.png`, fullPage: true });
  await expectOnBoard(page, incident, true);

  await settings.open();
  await settings.restoreFromFile(file.name, file.text, passphrase);
  await expect(settings.confirmation()).toContainText(`来源：文件 ${file.name}`);
  await expect(settings.confirmation()).toContainText('此文件不是本机签名的备份');
  const confirm = settings.confirmation().getByRole('button', { name: '确认恢复' });
  await expect(confirm).toBeDisabled();
  await page.screenshot({ path: `${SHOTS}/settings-untrusted-zh.png`, fullPage: true });
  await settings.confirmation().getByRole('checkbox').check();
  await confirm.click();
  await expect(settings.status()).toContainText('已恢复');
  await expectOnBoard(page, incident, false);
});

test('only the people the plan names may back up to a file, and the file is on the record before it exists', async ({ page }) => {
  const console = new ConsolePage(page);
  const settings = new SettingsPage(page);
  await console.open();
  await console.signIn('陈晓');
  await settings.open();
  await expect(settings.backups().getByRole('button', { name: '备份到文件…' })).toBeDisabled();
  await expect(settings.backups().getByText('只有预案指定的人员（默认组长、副组长）可以备份到文件').first()).toBeVisible();

  await console.switchOperator('王建国');
  await settings.open();
  const file = await settings.backupToFile('城东值班2026');
  await console.nav('组织机构').click();
  await expect(page.getByText(`备份到文件 ${file.name}`)).toBeVisible();
});

test('in drill mode a backup and a restore work on drill data only, and a live backup is refused there', async ({ page }) => {
  const console = new ConsolePage(page);
  const settings = new SettingsPage(page);
  await console.open();
  await console.signIn('王建国');
  await settings.open();
  const liveTime = await settings.backupNow();
  const passphrase = '城东值班2026';
  const file = await settings.backupToFile(passphrase);
  // Registered after the file was made: a wrongful restore of that file would take it away.
  const incident = await registerOne(page);

  await new ModeSwitch(page).enterDrill();
  await settings.open();
  await expect(settings.backups()).toContainText('这里的备份只包含演练数据');
  // The office's live settings are shown in a drill, not changed.
  await expect(page.getByRole('button', { name: '保存设置' })).toBeDisabled();
  await expect(page.getByText('演练模式下不能修改正式设置；请回到正式模式后修改。')).toBeVisible();
  // The live series is not offered in drill mode.
  await expect(settings.backups().getByRole('rowheader', { name: liveTime })).toHaveCount(0);
  await settings.backupNow();
  await settings.restoreFromFile(file.name, file.text, passphrase);
  await expect(settings.refusal()).toHaveText('演练模式下不能恢复正式数据的备份，请先回到正式模式。');
  await expect(settings.confirmation()).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/settings-drill-zh.png`, fullPage: true });

  await new ModeSwitch(page).returnToLive();
  await expectOnBoard(page, incident, true);
  await settings.open();
  await expect(settings.restoreButton(liveTime)).toBeVisible();
});

test('a database that comes back empty is not seeded over: the console says so and offers the latest backup', async ({ page }) => {
  const console = new ConsolePage(page);
  const settings = new SettingsPage(page);
  await console.open();
  await console.signIn('王建国');
  const incident = await registerOne(page);
  await settings.open();
  const time = await settings.backupNow();

  // The browser's storage for the console is wiped (as a storage reset or a cleaned profile does).
  await wipeLiveDatabase(page);
  await page.reload();
  await expect(page.getByRole('heading', { name: '本机数据库是空的' })).toBeVisible();
  // The one made by hand, and the day's automatic one if it had landed by then.
  await expect(page.getByText(/但找到了 [12] 份备份/)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/empty-start-zh.png`, fullPage: true });
  await page.getByRole('button', { name: `恢复 ${time} 的备份（手动）` }).click();
  await console.signIn('王建国');
  await expectOnBoard(page, incident, true);
});

test('starting blank over an emptied database is a choice, and the backups stay', async ({ page }) => {
  const console = new ConsolePage(page);
  const settings = new SettingsPage(page);
  await console.open();
  await console.signIn('王建国');
  await registerOne(page);
  await settings.open();
  const time = await settings.backupNow();
  await wipeLiveDatabase(page);
  await page.reload();
  await page.getByRole('button', { name: '不恢复，从空白开始' }).click();
  await console.signIn('王建国');
  await settings.open();
  await expect(settings.restoreButton(time)).toBeVisible();
});
