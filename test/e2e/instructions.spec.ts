// Instructions on a level-1 response (指令 → 签收 → 反馈): issued in one click on activation, signed
// and reported by the team, accepted by the leader, and escalated when one is left unsigned.
import { expect, test, type Page } from '@playwright/test';
import { ConsolePage, IncidentInstructions, IncidentPage, InstructionInbox, IntakePage, type Registration } from './pages';

const SHOTS = 'test-results/screenshots';

const massComplaint: Registration = {
  channel: '24小时热线',
  category: '产品质量',
  urgency: '紧急',
  name: '李国华',
  phone: '13912345678',
  subject: '电动自行车电池批量鼓包',
  place: '城西门店',
  content: '同一批次电动自行车电池充电后鼓包冒烟，多名车主到门店聚集要求说法。',
  expected: '召回同批次电池并赔偿损失',
  people: 3,
};

/** The mass complaint registered by `operator`, accepted and graded level 1, at 09:00 on Monday 23 November. */
async function levelOneMassComplaint(page: Page, operator: string) {
  // Held there until the test moves it (real timers keep running, so the console's own checks still happen).
  await page.clock.setFixedTime(new Date('2026-11-23T09:00:00+08:00'));
  const console = new ConsolePage(page);
  const incident = new IncidentPage(page);
  await console.open();
  await console.signIn(operator);
  await new IntakePage(page).open();
  const numbers = await new IntakePage(page).register(massComplaint);
  await incident.openFromBoard(numbers.incident);
  await incident.run('确认有效，予以受理');
  await incident.run('确认分级', { 级别: '一级', 理由: '多名车主聚集，存在安全隐患和媒体关注风险' });
  return { console, incident, numbers, instructions: new IncidentInstructions(page), inbox: new InstructionInbox(page) };
}

test('issues the standard instructions on a level-1 activation; the team signs and reports; an unsigned one escalates', async ({
  page,
}) => {
  const { console, incident, numbers, instructions, inbox } = await levelOneMassComplaint(page, '陈晓');
  await incident.expectStage('待启动响应');
  // Before activation there is nothing standard to issue.
  await expect(instructions.standard()).toHaveCount(0);
  await expect(instructions.panel()).toContainText('尚未下达指令');

  await console.switchOperator('王建国');
  await incident.run('启动应急响应', { 备注: '成立专项处理小组' });
  await incident.expectStage('调查核实');
  await expect(instructions.standard()).toContainText('信息收集组：收集并核实事件的时间、地点');
  await expect(instructions.standard().getByRole('listitem')).toHaveCount(4);
  await instructions.issueStandard();
  await expect(instructions.items()).toHaveCount(4);
  for (const team of ['信息收集组', '处置协调组', '宣传引导组', '后勤保障组'])
    await expect(instructions.item(team)).toContainText('待签收');
  await expect(instructions.item('信息收集组')).toContainText('特急');
  await expect(instructions.item('信息收集组')).toContainText('时限 2026-11-23 09:30');
  await expect(instructions.item('信息收集组')).toContainText('剩余 30分钟');
  // The leader is not on the information team: nothing to sign for him.
  await expect(instructions.item('信息收集组').getByRole('button', { name: '签收' })).toHaveCount(0);
  await instructions.panel().screenshot({ path: `${SHOTS}/instructions-incident-zh.png` });

  // Bad input: an instruction without receiver or content is refused field by field.
  await instructions.panel().getByRole('button', { name: '下达指令' }).click();
  const form = instructions.panel().getByRole('form', { name: '下达指令' });
  await form.getByRole('button', { name: '下达' }).click();
  await expect(form.getByText('请选择接收的工作组或人员。')).toBeVisible();
  await expect(form.getByText('请填写指令内容。')).toBeVisible();
  await form.getByRole('button', { name: '取消' }).click();
  await expect(instructions.items()).toHaveCount(4);

  // 张丽 leads the information team: she signs and reports in her team's inbox.
  await console.switchOperator('张丽');
  await inbox.open('信息收集组');
  const toSign = inbox.item('待签收', '信息收集组');
  await expect(toSign).toContainText(numbers.incident);
  await inbox.command(toSign, '签收');
  const working = inbox.item('办理中', '信息收集组');
  await expect(working).toContainText('张丽 于 2026-11-23');
  await inbox.command(working, '反馈结果', '');
  await expect(working.getByRole('alert')).toHaveText('请填写内容。');
  await working.getByRole('form', { name: '反馈结果' }).getByLabel('内容', { exact: true }).fill('已核实：涉及车主3人，诉求为召回和赔偿');
  await working.getByRole('form', { name: '反馈结果' }).getByRole('button', { name: '确定' }).click();
  const reported = inbox.item('已反馈', '信息收集组');
  await expect(reported).toContainText('已核实：涉及车主3人');
  await expect(reported.getByRole('button')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/instructions-inbox-zh.png`, fullPage: true });

  // The leader accepts the report from the incident.
  await console.switchOperator('王建国');
  await reported.getByRole('link', { name: new RegExp(numbers.incident) }).click();
  await instructions.command('信息收集组', '采纳');
  await expect(instructions.item('信息收集组')).toContainText('已办结');
  for (const entry of ['下达指令：信息收集组', '信息收集组 签收指令', '信息收集组 反馈指令办理结果', '采纳信息收集组的指令反馈'])
    await expect(incident.timeline()).toContainText(entry);

  // Past the one-hour deadlines the unsigned publicity and logistics instructions are overdue and
  // escalated once to the issuer and the leader; the coordination one (two hours) is still in time.
  await page.clock.setFixedTime(new Date('2026-11-23T10:05:00+08:00'));
  // Reopening the console runs the overdue check at once (it also runs every 30 s).
  await page.reload();
  await console.signIn('王建国');
  await expect(instructions.item('宣传引导组')).toContainText('逾期未签收');
  await expect(instructions.item('宣传引导组')).toContainText('已提醒下达人和组长');
  await expect(instructions.item('处置协调组')).not.toContainText('逾期');
  await expect(incident.timeline()).toContainText('指令逾期未签收：宣传引导组');
  await expect(incident.timeline().getByText('指令逾期未签收：宣传引导组')).toHaveCount(1);
  // Checking again later raises nothing twice.
  await page.clock.setFixedTime(new Date('2026-11-23T10:07:00+08:00'));
  await page.reload();
  await console.signIn('王建国');
  await expect(incident.timeline().getByText(/指令逾期未签收/)).toHaveCount(2);
  await instructions.panel().screenshot({ path: `${SHOTS}/instructions-overdue-zh.png` });

  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await expect(page.getByRole('region', { name: 'Instructions', exact: true })).toContainText('Overdue, not signed');
  await page.screenshot({ path: `${SHOTS}/instructions-incident-en.png`, fullPage: true });
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
});

test('refuses an instruction longer than 2000 characters with a sentence and issues nothing', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T09:00:00+08:00'));
  const console = new ConsolePage(page);
  const incident = new IncidentPage(page);
  const instructions = new IncidentInstructions(page);

  await console.open();
  await console.signIn('王建国');
  await new IntakePage(page).open();
  const numbers = await new IntakePage(page).register(massComplaint);
  await incident.openFromBoard(numbers.incident);
  await incident.run('确认有效，予以受理');
  await incident.run('确认分级', { 级别: '一级', 理由: '多名车主聚集，存在安全隐患和媒体关注风险' });
  await incident.run('启动应急响应');
  await incident.expectStage('调查核实');

  // A pasted chat log, not an instruction: refused under the field, nothing issued.
  await instructions.panel().getByRole('button', { name: '下达指令' }).click();
  const form = instructions.panel().getByRole('form', { name: '下达指令' });
  await form.getByLabel('接收对象', { exact: true }).selectOption({ label: '信息收集组' });
  await form.getByLabel('指令内容', { exact: true }).fill('核实现场人数。'.repeat(300));
  await form.getByRole('button', { name: '下达' }).click();
  await expect(form.getByText('指令内容不能超过 2000 字，请精简或另附材料。')).toBeVisible();
  await form.getByRole('button', { name: '取消' }).click();
  await expect(instructions.items()).toHaveCount(0);
  await expect(incident.timeline()).not.toContainText('下达指令：');
});

test('closing asks what becomes of the open instructions; withdrawn ones stop counting in the team inbox', async ({ page }) => {
  const { console, incident, numbers, instructions, inbox } = await levelOneMassComplaint(page, '王建国');
  await incident.run('启动应急响应');
  await instructions.issueStandard();
  await incident.run('完成调查', { 调查结论: '同批次电池存在缺陷' });
  await incident.run('提交解决方案', { '解决方案（道歉、赔偿、整改等）': '召回同批次电池并赔偿' });
  await incident.run('批准方案');
  await incident.addCommunication('电话告知召回和赔偿方案，车主同意', '李国华');
  await incident.run('协商一致，开始实施');
  await incident.run('实施完成');
  await incident.run('记录反馈', { 向投诉人反馈的结果及理由: '已召回并赔偿' });
  await incident.run('记录满意度', { 投诉人满意度: '满意' });

  // Nobody signed the four instructions: closing says so and asks for a reason to withdraw them.
  await incident.run('关闭事件');
  const form = incident.actions().getByRole('form', { name: '关闭事件' });
  await expect(form).toContainText('本事件还有 4 条指令未办结');
  await expect(incident.refusal()).toContainText('请撤销这些指令并说明理由，或待其办结后再关闭');
  await incident.expectStage('评估');
  await form.getByLabel('撤销未办结指令的理由', { exact: true }).fill('召回已完成，余下工作不再需要');
  await page.screenshot({ path: `${SHOTS}/close-open-instructions.png` });
  await form.getByRole('button', { name: '确定' }).click();
  await incident.expectStage('已关闭');
  await expect(instructions.item('宣传引导组')).toContainText('已撤销');
  await expect(instructions.item('宣传引导组')).toContainText('已撤销：召回已完成，余下工作不再需要');
  await expect(incident.timeline()).toContainText('撤销宣传引导组的指令（事件关闭）');

  // Hours past their deadlines, the team's inbox holds them as finished, not overdue.
  await page.clock.setFixedTime(new Date('2026-11-23T13:00:00+08:00'));
  await page.reload();
  await console.signIn('王建国');
  await inbox.open('宣传引导组');
  await expect(inbox.item('已办结', '宣传引导组')).toContainText(numbers.incident);
  await expect(inbox.group('待签收')).toContainText('无');
  await expect(page.getByText('逾期未签收')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/inbox-after-close.png`, fullPage: true });
});
