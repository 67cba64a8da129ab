// 信访事项: a petition received about the petrol station's fuel quantity is accepted (受理),
// transferred with a deadline and its receipt, answered on a printed 答复意见书, then 复查 is asked
// (refused one minute after its limit, taken on the last day) and answered; the data-privacy
// petition is not accepted (不予受理), with its reason on the printed notice. Bad input is said and
// changes nothing; the screens are looked at in Chinese and English.
import { expect, test, type Page } from '@playwright/test';
import { DATA_PRIVACY, FUEL_DISPUTE_BY_PHONE } from '../fixtures/registrations';
import { ConsolePage } from './pages';
import { PetitionPage, PetitionsPage, petitionOf } from './petitionPages';
import { PlanVersionsPage } from './planVersionPages';
import { NotificationCentre } from './notificationPages';

const SHOTS = 'test-results/screenshots';
const OUT = 'test-results/pdf';
const at = (local: string) => new Date(`${local}:00+08:00`);
const flat = (text: string) => text.replace(/\s+/g, ' ');

async function signedIn(page: Page, when: string) {
  await page.clock.setFixedTime(at(when));
  const console = new ConsolePage(page);
  await console.open();
  await console.signIn('王建国');
}

/** Moves the console's clock and comes back to the same screen signed in. */
async function later(page: Page, when: string) {
  await page.clock.setFixedTime(at(when));
  await page.reload();
  await new ConsolePage(page).signIn('王建国');
}

test('petrol station: received, 受理, 转办 with receipt, answered, 复查 refused late then taken and answered, papers printed', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signedIn(page, '2026-11-23T10:00');
  const list = new PetitionsPage(page);
  await list.open();
  const number = await list.register(petitionOf(FUEL_DISPUTE_BY_PHONE, '2026-11-23T09:40'));
  expect(number).toBe('XF-2026-0001');
  const petition = new PetitionPage(page);
  // The petitioner's phone is masked on screen.
  await expect(petition.facts()).toContainText('138****5678');
  await expect(petition.facts()).not.toContainText('13812345678');
  // As for complaints: the full data on request, and the request on the petition's history.
  await page.getByRole('button', { name: '查看完整个人信息' }).click();
  await expect(petition.facts()).toContainText('13812345678');
  await expect(petition.history()).toContainText(`查看信访事项 ${number} 的信访人完整个人信息`);
  await page.getByRole('button', { name: '隐藏个人信息' }).click();
  await expect(petition.facts()).not.toContainText('13812345678');
  await expect(petition.status()).toHaveText('待决定是否受理，应于 2026-12-08 24:00 前作出受理决定');

  await petition.step('受理决定', { 受理决定: '受理' }, '保存决定');
  await expect(petition.status()).toHaveText('已受理，办理中，应于 2027-01-22 24:00 前出具答复意见');
  // The written notice of the decision: accepted, and by when the answer is owed.
  const acceptance = flat((await petition.print('受理告知书', `${OUT}/petition-acceptance.pdf`)).text());
  expect(acceptance).toContain('决定予以受理');
  expect(acceptance).toContain('2027-01-22（含当日）前出具书面答复意见');
  expect(acceptance).not.toContain('13812345678');
  await page.getByRole('link', { name: '返回信访事项' }).click();

  // 转办 with a deadline already past: said at the field, nothing transferred.
  const transfer = await petition.openStep('转办/交办');
  await petition.fill(transfer, { 方式: '转办', 承办单位: '市技术监督局', 办理期限: '2026-11-20T17:00' }, '保存转办');
  await expect(transfer.locator('.field', { has: page.getByLabel('办理期限', { exact: true }) }).getByRole('alert')).toHaveText(
    '办理期限不能早于现在',
  );
  await expect(petition.transfers()).toContainText('尚未转办或交办。');
  await page.screenshot({ path: `${SHOTS}/petition-transfer-error-zh.png`, fullPage: true });
  await petition.fill(transfer, { 办理期限: '2026-12-04T17:00' }, '保存转办');
  await expect(transfer).toHaveCount(0);
  await expect(petition.status()).toHaveText('已受理，办理中，应于 2026-12-04 17:00 前承办单位报送办理结果');
  await expect(petition.transfers().getByRole('row').filter({ hasText: '市技术监督局' })).toContainText('转办');

  await page.clock.setFixedTime(at('2026-11-25T09:00'));
  await petition.transfers().getByRole('button', { name: '记录回执' }).click();
  await petition.fill(page.getByRole('form', { name: '记录回执' }), {}, '保存回执');
  await expect(petition.transfers().getByRole('row').filter({ hasText: '市技术监督局' })).toContainText('2026-11-25 09:00');
  await expect(petition.status()).toHaveText('已受理，办理中，应于 2027-01-22 24:00 前出具答复意见');

  // 延期: the time to answer extended once by the plan's 30 days, with its reason.
  await petition.step('延长办理期限', { 延期理由: '需等待市技术监督局出具检定报告' }, '保存延期');
  await expect(petition.status()).toHaveText('已受理，办理中，应于 2027-02-21 24:00 前出具答复意见');
  await expect(petition.handling().getByRole('button', { name: '延长办理期限' })).toHaveCount(0);

  await page.clock.setFixedTime(at('2026-12-01T15:00'));
  const opinion = '经市技术监督局现场检定，该加油机计量误差超出允许范围，已责令停用检修，并退还差额38.5元。';
  await petition.step('答复', { 意见: opinion }, '保存意见');
  await expect(petition.status()).toHaveText('已答复');
  await page.screenshot({ path: `${SHOTS}/petition-answered-zh.png`, fullPage: true });

  const answer = flat((await petition.print('答复意见书', `${OUT}/petition-answer.pdf`)).text());
  expect(answer).toContain('答复意见书');
  expect(answer).toContain(number);
  expect(answer).toContain('周建华');
  expect(answer).toContain('138****5678');
  expect(answer).not.toContain('13812345678');
  expect(answer.replace(/\s/g, '')).toContain(opinion);
  // The last day to ask, as the console counts it (30 days from the answer), not a count to work out.
  expect(answer).toContain('可于 2026-12-31（含当日）前请求复查');
  await page.screenshot({ path: `${SHOTS}/petition-answer-paper-zh.png`, fullPage: true });
  await page.getByRole('link', { name: '返回信访事项' }).click();

  // 复查 asked one minute after its 30 days (ended 2026-12-31): refused, nothing registered.
  await later(page, '2027-01-02T09:00');
  await new PetitionsPage(page).open();
  await new PetitionsPage(page).list().getByRole('link', { name: number }).click();
  const late = await petition.openStep('登记复查请求');
  await expect(late).toContainText('请求须在 2026-12-31（含当日）前提出。');
  await petition.fill(late, { 时间: '2027-01-01T00:00', 请求理由: '认为差额计算有误' }, '保存请求');
  await expect(late.getByRole('alert')).toContainText('复查请求已超过期限');
  await expect(late.getByRole('alert')).toContainText('2026-12-31');
  await expect(petition.status()).toHaveText('已答复');
  await page.screenshot({ path: `${SHOTS}/petition-review-late-zh.png`, fullPage: true });
  // Its letter was dated on the last day: taken.
  await petition.fill(late, { 时间: '2026-12-31T23:59' }, '保存请求');
  await expect(late).toHaveCount(0);
  await expect(petition.status()).toHaveText('复查中，应于 2027-01-30 24:00 前出具复查意见');

  await petition.step('复查答复', { 意见: '经复查，原答复意见认定事实清楚，维持原答复意见。' }, '保存意见');
  await expect(petition.status()).toHaveText('已复查');
  await expect(petition.history()).toContainText('信访人请求复查');
  await expect(petition.history()).toContainText('出具复查意见书');
  const review = flat((await petition.print('复查意见书', `${OUT}/petition-review.pdf`)).text());
  expect(review).toContain('复查意见书');
  expect(review).toContain('认为差额计算有误');
  expect(review).toContain('维持原答复意见');
  expect(review).toContain('可于 2027-02-01（含当日）前请求复核');
  await page.getByRole('link', { name: '返回信访事项' }).click();

  // The same screens in English.
  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await expect(page.getByRole('heading', { name: `Petition ${number}`, level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Handling', exact: true }).getByRole('status')).toHaveText('Reviewed');
  await expect(page.getByRole('list', { name: 'History' })).toContainText('Petitioner asked for a review');
  await page.screenshot({ path: `${SHOTS}/petition-page-en.png`, fullPage: true });
  await page.getByRole('link', { name: 'Back to petitions' }).click();
  await expect(page.getByRole('table', { name: 'All petitions' })).toContainText('Reviewed');
  await page.screenshot({ path: `${SHOTS}/petitions-list-en.png`, fullPage: true });
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await expect(new PetitionsPage(page).list()).toContainText('已复查');
  await page.screenshot({ path: `${SHOTS}/petitions-list-zh.png`, fullPage: true });
});

test('data privacy: 不予受理 needs its reason, which goes on the printed notice; a later step is not offered', async ({ page }) => {
  test.setTimeout(120_000);
  await signedIn(page, '2026-11-23T10:00');
  const list = new PetitionsPage(page);
  await list.open();
  // Bad registration: said at the fields, nothing registered.
  await page.getByRole('button', { name: '登记信访事项' }).click();
  const form = page.getByRole('form', { name: '登记信访事项' });
  await form.getByLabel('联系电话', { exact: true }).fill('abc');
  await form.getByRole('button', { name: '保存信访事项' }).click();
  await expect(form.locator('.field', { has: page.getByLabel('信访人姓名', { exact: true }) }).getByRole('alert')).toHaveText('此项必填');
  await expect(form.locator('.field', { has: page.getByLabel('联系电话', { exact: true }) }).getByRole('alert')).toHaveText(
    '请填写有效的联系电话',
  );
  await page.screenshot({ path: `${SHOTS}/petition-register-errors-zh.png`, fullPage: true });
  await form.getByRole('button', { name: '取消' }).click();
  await expect(page.getByText('尚未登记信访事项。')).toBeVisible();

  const number = await list.register(petitionOf(DATA_PRIVACY, '2026-11-23T09:30', '网上信访'));
  const petition = new PetitionPage(page);
  await expect(petition.facts()).toContainText('136****1234');

  const decide = await petition.openStep('受理决定');
  await petition.fill(decide, { 受理决定: '不予受理' }, '保存决定');
  await expect(decide.locator('.field', { has: page.getByLabel('理由', { exact: true }) }).getByRole('alert')).toHaveText('此项必填');
  await expect(petition.status()).toHaveText('待决定是否受理，应于 2026-12-08 24:00 前作出受理决定');
  const reason = '该事项已由信访人向人民法院提起诉讼，依法应通过诉讼程序解决。';
  await petition.fill(decide, { 理由: reason }, '保存决定');
  await expect(decide).toHaveCount(0);
  await expect(petition.status()).toHaveText('不予受理');
  await expect(petition.handling().getByRole('button', { name: '转办/交办' })).toHaveCount(0);
  await expect(petition.handling().getByRole('button', { name: '答复' })).toHaveCount(0);

  const notice = flat((await petition.print('不予受理告知书', `${OUT}/petition-rejection.pdf`)).text());
  expect(notice).toContain('不予受理告知书');
  expect(notice).toContain(number);
  expect(notice).toContain('林女士');
  expect(notice).toContain('决定不予受理');
  // A long line wraps on paper: read it without the line breaks.
  expect(notice.replace(/\s/g, '')).toContain(reason);
  expect(notice).not.toContain('13600001234');
  await page.screenshot({ path: `${SHOTS}/petition-rejection-paper-zh.png`, fullPage: true });
  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await expect(page.getByRole('article', { name: 'Notice of non-acceptance' })).toContainText('Reason for not accepting');
  await page.screenshot({ path: `${SHOTS}/petition-rejection-paper-en.png`, fullPage: true });

  // Statistics count the petition apart from complaints (none registered here).
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await new ConsolePage(page).nav('统计分析').click();
  const stats = page.getByRole('region', { name: '信访事项统计' });
  await expect(stats).toContainText('本期收到信访事项 1 件，单独统计，不计入投诉和事件。');
  await expect(stats.getByRole('row').filter({ hasText: '2026-11' })).toContainText(/1\s*0\s*0\s*0\s*1\s*0\s*0/);
  await stats.screenshot({ path: `${SHOTS}/petition-statistics-zh.png` });
  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await expect(page.getByRole('region', { name: 'Petitions', exact: true })).toContainText('Not accepted');
  await page.getByRole('region', { name: 'Petitions', exact: true }).screenshot({ path: `${SHOTS}/petition-statistics-en.png` });
});

test('data privacy: a petition of the app members received, 交办 with receipt, answered, 复查 requested and answered, the 答复意见书 printed', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await signedIn(page, '2026-11-23T10:00');
  const list = new PetitionsPage(page);
  await list.open();
  const number = await list.register(petitionOf(DATA_PRIVACY, '2026-11-23T09:30', '网上信访'));
  const petition = new PetitionPage(page);
  await petition.step('受理决定', { 受理决定: '受理' }, '保存决定');
  const assign = await petition.openStep('转办/交办');
  await petition.fill(assign, { 方式: '交办', 承办单位: '信息收集组', 办理期限: '2026-11-30T17:00' }, '保存转办');
  await expect(assign).toHaveCount(0);
  await expect(petition.transfers().getByRole('row').filter({ hasText: '信息收集组' })).toContainText('交办');
  await expect(petition.status()).toHaveText('已受理，办理中，应于 2026-11-30 17:00 前承办单位报送办理结果');

  await page.clock.setFixedTime(at('2026-11-27T16:00'));
  await petition.transfers().getByRole('button', { name: '记录回执' }).click();
  await petition.fill(page.getByRole('form', { name: '记录回执' }), {}, '保存回执');
  await expect(petition.transfers().getByRole('row').filter({ hasText: '信息收集组' })).toContainText('2026-11-27 16:00');

  await page.clock.setFixedTime(at('2026-11-28T10:00'));
  const opinion = '经核查，会员App短信接口存在越权调用，已关闭该接口并通知受影响用户，相关责任人已处理。';
  await petition.step('答复', { 意见: opinion }, '保存意见');
  await expect(petition.status()).toHaveText('已答复');
  const answer = flat((await petition.print('答复意见书', `${OUT}/petition-answer-privacy.pdf`)).text());
  expect(answer).toContain('答复意见书');
  expect(answer).toContain(number);
  expect(answer).toContain('林女士');
  expect(answer).toContain('136****1234');
  expect(answer).not.toContain('13600001234');
  expect(answer.replace(/\s/g, '')).toContain(opinion);
  expect(answer).toContain('可于 2026-12-28（含当日）前请求复查');
  await page.getByRole('link', { name: '返回信访事项' }).click();

  await later(page, '2026-12-05T09:00');
  await new PetitionsPage(page).open();
  await new PetitionsPage(page).list().getByRole('link', { name: number }).click();
  const request = await petition.openStep('登记复查请求');
  await expect(request).toContainText('请求须在 2026-12-28（含当日）前提出。');
  await petition.fill(request, { 请求理由: '认为未说明泄露的范围' }, '保存请求');
  await expect(request).toHaveCount(0);
  await expect(petition.status()).toHaveText('复查中，应于 2027-01-04 24:00 前出具复查意见');
  await petition.step('复查答复', { 意见: '经复查，已向信访人书面说明受影响的数据范围，维持原答复意见。' }, '保存意见');
  await expect(petition.status()).toHaveText('已复查');
  const review = flat((await petition.print('复查意见书', `${OUT}/petition-review-privacy.pdf`)).text());
  expect(review).toContain('认为未说明泄露的范围');
  expect(review).toContain('维持原答复意见');
  expect(review).toContain('可于 2027-01-04（含当日）前请求复核');
});

test('the office sets the petition limits in the plan: a 10-day 复查 window applies once the revision is approved', async ({ page }) => {
  test.setTimeout(150_000);
  await signedIn(page, '2026-11-23T10:00');
  const plan = new PlanVersionsPage(page);
  await plan.open();
  await plan.startRevision();
  const section = plan.editor().getByRole('region', { name: '信访事项时限' });
  await expect(section.getByLabel('时限计算方式', { exact: true })).toHaveValue('calendar');
  await section.getByLabel('请求复查期限（收到答复后天数）', { exact: true }).fill('0');
  await plan.saveDraft();
  await expect(plan.fieldError('请求复查期限（收到答复后天数）')).toBeVisible();
  await section.getByLabel('请求复查期限（收到答复后天数）', { exact: true }).fill('10');
  await section.screenshot({ path: `${SHOTS}/plan-petition-limits-zh.png` });
  await plan.saveDraft();
  await plan.submit();
  await plan.approve();
  await expect(plan.diff()).toContainText('请求复查期限（收到答复后天数）');
  await expect(page.getByRole('region', { name: '信访事项时限' }).filter({ hasText: '预案（按自然日）' })).toContainText(
    '答复后 10 日内可请求复查',
  );

  // A petition received before the revision keeps the limits it was received under (30 days).
  const list = new PetitionsPage(page);
  await list.open();
  await list.register(petitionOf(FUEL_DISPUTE_BY_PHONE, '2026-11-23T09:40'));
  const petition = new PetitionPage(page);
  await petition.step('受理决定', { 受理决定: '受理' }, '保存决定');
  await petition.step('答复', { 意见: '已核验并退还差额。' }, '保存意见');
  const before = await petition.openStep('登记复查请求');
  await expect(before).toContainText('请求须在 2026-12-23（含当日）前提出。');

  // One received after it: 10 days.
  await page.clock.setFixedTime(at('2026-11-23T10:30'));
  await list.open();
  await list.register(petitionOf(FUEL_DISPUTE_BY_PHONE, '2026-11-23T10:30'));
  await petition.step('受理决定', { 受理决定: '受理' }, '保存决定');
  await petition.step('答复', { 意见: '已核验并退还差额。' }, '保存意见');
  const request = await petition.openStep('登记复查请求');
  await expect(request).toContainText('请求须在 2026-12-03（含当日）前提出。');
  await page.clock.setFixedTime(at('2026-12-04T09:00'));
  await petition.fill(request, { 时间: '2026-12-04T09:00', 请求理由: '不服' }, '保存请求');
  await expect(request.getByRole('alert')).toContainText('应自收到答复意见之日起 10 日内（2026-12-03 前，含当日）提出');
  await expect(petition.status()).toHaveText('已答复');

  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await new ConsolePage(page).page.getByRole('navigation').getByRole('link', { name: 'Plan', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Petition limits' })).toContainText('a review may be asked within 10 days of the answer');
  await page.getByRole('region', { name: 'Petition limits' }).screenshot({ path: `${SHOTS}/plan-petition-limits-en.png` });
});

test('the console reminds before the 受理 decision falls due, and the reminder opens the petition', async ({ page }) => {
  test.setTimeout(120_000);
  await signedIn(page, '2026-11-23T10:00');
  const list = new PetitionsPage(page);
  await list.open();
  const number = await list.register(petitionOf(FUEL_DISPUTE_BY_PHONE, '2026-11-23T09:40'));
  // The decision is owed by the end of 8 December; the evening before the deadline the console reminds.
  await later(page, '2026-12-08T23:30');
  const centre = new NotificationCentre(page);
  await centre.open();
  const item = centre.item(`${number} 信访事项即将到期`);
  await expect(item).toBeVisible({ timeout: 30_000 });
  await expect(item).toContainText('应于 2026-12-08 24:00 前作出受理决定');
  await item.getByRole('link', { name: `信访事项 ${number}` }).click();
  await expect(page.getByRole('heading', { name: `信访事项 ${number}`, level: 1 })).toBeVisible();
  await expect(new PetitionPage(page).status()).toHaveText('待决定是否受理，应于 2026-12-08 24:00 前作出受理决定');
});
