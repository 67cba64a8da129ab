// Working-day limits follow the official calendar; where the next year's arrangement is not yet
// published, the console says so instead of guessing.
import { expect, test } from '@playwright/test';
import { CONTRACT_INTO_NEXT_YEAR } from './calendarPages';
import { ConsolePage, IncidentPage, IntakePage } from './pages';

test('flags a working-day deadline that runs into a year without official calendar data', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-30T10:00:00+08:00'));
  const console = new ConsolePage(page);
  await console.open();
  await console.signIn('陈晓');
  const intake = new IntakePage(page);
  await intake.open();
  const numbers = await intake.register(CONTRACT_INTO_NEXT_YEAR);
  const incident = new IncidentPage(page);
  await incident.openFromBoard(numbers.incident);
  const acceptance = page.getByRole('listitem', { name: '受理' });
  await expect(acceptance).toContainText('期限 2026-12-31 10:');
  await incident.run('确认有效，予以受理');
  const investigation = page.getByRole('listitem', { name: '调查核实' });
  await expect(investigation).toContainText('日历数据缺失');
  await expect(investigation).toContainText('2027年官方节假日安排尚未载入');
  await expect(investigation).not.toContainText('期限 20');
  await page.screenshot({ path: 'test-results/screenshots/calendar-missing.png', fullPage: true });
  await console.nav('事件看板').click();
  await expect(page.getByRole('row').filter({ hasText: numbers.incident })).toContainText('调查核实 · 日历缺失');
});
