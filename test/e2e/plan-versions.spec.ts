// 修订和审批: a deputy drafts a revision, the leader returns it, it is revised and approved; the
// next complaint follows the new version while an incident opened before keeps its limits.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { ConsolePage, IncidentPage, IntakePage, type Registration } from './pages';
import { PlanFilesPanel, PlanPrintView, PlanTemplatesView } from './planPages';
import { PlanVersionsPage } from './planVersionPages';

const SHOTS = 'test-results/screenshots';
const SCENIC = '景区游客投诉应急预案';
const SCENIC_TITLE = '景区游客投诉处理应急预案';

/** Under v1 (the default plan) and v3 (from the scenic-area template) the same category reads differently. */
const complaint = (subject: string, v3 = false): Registration => ({
  channel: v3 ? '游客服务中心现场' : '现场来访',
  category: v3 ? '游客安全' : '景区游客安全',
  urgency: '一般',
  name: '林先生',
  phone: '13911112222',
  subject,
  place: '北山景区索道站',
  content: '索道排队时间过长，现场秩序混乱，游客有意见。',
  expected: '改进排队管理',
});

/** The editor and the difference are taller than the window: shot whole in a tall window, then the window is put back. */
async function shootWhole(page: Page, panel: Locator, name: string) {
  await page.setViewportSize({ width: 1440, height: 3400 });
  await panel.screenshot({ path: `${SHOTS}/${name}.png` });
  await page.setViewportSize({ width: 1440, height: 900 });
}
const shootEditor = (page: Page, locale: string) => shootWhole(page, page.locator('section.plan-editor'), `plan-editor-${locale}`);

/** The acceptance clock's line on the incident page: its allowance and due time. */
const acceptanceClock = (page: Page) => page.getByRole('region', { name: '时限' }).getByRole('listitem', { name: '受理' });

test('a plan from the scenic-area template is revised, returned, revised again and approved; new incidents follow it, older ones keep v1', async ({
  page,
}) => {
  const console = new ConsolePage(page);
  const intake = new IntakePage(page);
  const incident = new IncidentPage(page);
  const plan = new PlanVersionsPage(page);
  await console.open();
  await console.signIn('陈晓');
  await intake.open();
  const before = await intake.register(complaint('索道排队秩序混乱'));

  // Staff may read the versions but not start a revision, and are told why.
  await plan.open();
  await expect(plan.version(1)).toContainText('已批准');
  await expect(plan.versions().getByRole('button', { name: '新建修订' })).toBeDisabled();
  await expect(plan.versions()).toContainText('只有组长、副组长可以修订预案。');

  // The deputy starts the office's new plan from the scenic-area template: a numbered draft.
  await console.switchOperator('李明');
  await plan.open();
  const templates = new PlanTemplatesView(page);
  await templates.open();
  await templates.choose(SCENIC);
  await templates.preview(SCENIC).getByRole('button', { name: '用此模板新建草稿' }).click();
  await expect(page.getByRole('status')).toContainText('尚未生效');
  await plan.open();
  await expect(plan.version(2)).toContainText('草稿');
  await plan.version(2).getByRole('button', { name: '打开' }).click();
  await expect(plan.editor()).toContainText('修订草稿：第 2 版');

  // A blank limit is refused on its field and nothing is stored.
  await plan.setLimit('受理', '');
  await plan.saveDraft();
  await expect(plan.fieldError('受理 时长')).toContainText('此项的值无效');
  await plan.setLimit('受理', '48');
  await plan.setDepartment('游客安全', '客户服务部');
  // A category of the office's own, handled by customer service; only level 1 still needs the leading group.
  await plan.addCategory('夜间游览', 'Night tours', '客户服务部');
  await plan.editor().getByLabel('二级的处置方案须经领导小组审批').uncheck();
  // Night tours are investigated within one working day.
  const limits = plan.editor().getByRole('region', { name: '时限' });
  await limits.getByRole('button', { name: '新增时限' }).click();
  const added = limits.getByRole('row').last();
  await added.getByLabel('环节 7', { exact: true }).selectOption({ label: '调查核实' });
  await added.getByLabel('调查核实 时长', { exact: true }).fill('1');
  await added.getByText('全部分类').click();
  await added.getByLabel('夜间游览', { exact: true }).check();
  await plan.submit();
  await expect(plan.version(2)).toContainText('待审批');

  // Returning needs a comment; only the leader decides.
  await expect(plan.decision().getByRole('button', { name: '批准' })).toBeDisabled();
  await console.switchOperator('王建国');
  await plan.open();
  await plan.version(2).getByRole('button', { name: '打开' }).click();
  await plan.returnWith('');
  await expect(plan.editor().getByRole('alert')).toContainText('退回时请写明意见。');
  await plan.returnWith('受理时限请与服务承诺一致');
  await expect(plan.version(2)).toContainText('已退回');
  await expect(plan.version(2)).toContainText('受理时限请与服务承诺一致');

  // The deputy revises from the returned version, submits again, and the leader approves from now.
  await console.switchOperator('李明');
  await plan.open();
  await plan.version(2).getByRole('button', { name: '据此修订' }).click();
  await expect(plan.version(3)).toContainText('草稿');
  await expect(plan.editor().getByLabel('受理 时长', { exact: true }).first()).toHaveValue('48');
  await expect(plan.editor().getByLabel('夜间游览 对口部门或小组', { exact: true }).locator('option:checked')).toHaveText('客户服务部');
  // A category an open incident still uses cannot be removed; the incident is named.
  await plan.editor().getByRole('button', { name: '删除 游客安全' }).click();
  await expect(plan.editor().getByRole('alert')).toHaveText(`以下分类或级别仍有未结事件使用，不能删除：游客安全 (${before.incident})`);
  await expect(plan.editor().getByLabel('游客安全 对口部门或小组', { exact: true })).toBeVisible();
  await plan.setLimit('受理', '36');
  await plan.submit();
  await shootEditor(page, 'zh');
  await console.switchOperator('王建国');
  await plan.open();
  await plan.version(3).getByRole('button', { name: '打开' }).click();
  await plan.approve();
  await expect(plan.version(3)).toContainText('已批准');
  await expect(page.getByText('现行：第 3 版')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SCENIC_TITLE);
  await plan.versions().screenshot({ path: `${SHOTS}/plan-versions-zh.png` });

  // The difference of v1 and v3 names the changed limit and department.
  await plan.diff().getByLabel('对比版本', { exact: true }).selectOption({ label: '第 1 版' });
  await plan.diff().getByLabel('与', { exact: true }).selectOption({ label: '第 3 版' });
  const diffTable = plan.diff().getByRole('table');
  await expect(diffTable.getByRole('row', { name: /时限 · 受理/ })).toContainText('24 小时');
  await expect(diffTable.getByRole('row', { name: /时限 · 受理/ })).toContainText('36 小时');
  await expect(diffTable.getByRole('row', { name: /对口部门 · 游客安全/ })).toContainText('客户服务部');
  // A limit of one category reads as such, not as the stage's limit gone; the new title is named.
  await expect(diffTable.getByRole('row', { name: /^时限 · 反馈投诉人 .*仅适用于：服务质量/ })).toContainText('24 小时');
  await expect(diffTable.getByRole('row', { name: /^预案标题/ })).toContainText(SCENIC_TITLE);
  await expect(diffTable.getByRole('row', { name: /^时限 · 调查核实 仅适用于：夜间游览/ })).toContainText('1 个工作日');
  await expect(diffTable.getByRole('row', { name: /投诉分类 · 夜间游览/ })).toContainText('夜间游览');
  await expect(diffTable.getByRole('row', { name: /^领导小组审批/ })).toHaveText(/一级、二级\s*一级$/);
  await expect(page.getByText('须经领导小组审批方案的级别：一级', { exact: true })).toBeVisible();
  await shootWhole(page, plan.diff(), 'plan-diff-zh');

  // A new complaint follows v3; the incident opened before keeps v1's 24 hours.
  await intake.open();
  // 对口处理: the category now names 客户服务部, whose manager becomes the owner.
  await expect(page.getByLabel('投诉分类', { exact: true }).getByRole('option', { name: '夜间游览' })).toBeAttached();
  await intake.fill(complaint('索道停运游客滞留', true));
  await expect(page.getByLabel('负责人', { exact: true }).locator('option:checked')).toHaveText(/刘洋/);
  await expect(page.getByText('对口处理：客户服务部')).toBeVisible();
  const after = await intake.register(complaint('索道停运游客滞留', true));
  await incident.openFromBoard(after.incident);
  await expect(page.getByText('按预案第 3 版')).toBeVisible();
  await expect(acceptanceClock(page)).toContainText('时限 36 小时');
  await incident.openFromBoard(before.incident);
  await expect(page.getByText('按预案第 1 版')).toBeVisible();
  await expect(acceptanceClock(page)).toContainText('时限 24 小时');

  // The same screens in English.
  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await page.goto('/#/plan');
  // A fresh draft in English: every label and heading translated, the draft editable.
  await page.getByRole('region', { name: 'Plan versions' }).getByRole('button', { name: 'New revision' }).click();
  await expect(page.getByRole('row', { name: 'Version 4' })).toContainText('Draft');
  await expect(page.getByRole('button', { name: 'Submit for approval' })).toBeEnabled();
  await shootEditor(page, 'en');
  const diffEn = page.getByRole('region', { name: 'Compare versions' });
  await diffEn.getByLabel('Compare', { exact: true }).selectOption({ label: 'Version 1' });
  await diffEn.getByLabel('with', { exact: true }).selectOption({ label: 'Version 3' });
  await expect(diffEn.getByRole('table')).toContainText('Time limit · Acceptance');
  await shootWhole(page, diffEn, 'plan-diff-en');

  // A draft nobody wants is discarded after one more question; the versions before it stay.
  await page.locator('section.plan-editor').getByRole('button', { name: 'Discard draft' }).click();
  await page.getByRole('group', { name: 'Discard draft' }).getByRole('button', { name: 'Discard', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Plan versions' }).getByRole('row', { name: 'Version 4' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Plan versions' }).getByRole('row', { name: 'Version 3' })).toContainText('Approved');
  await expect(page.getByRole('region', { name: 'Plan versions' }).getByRole('button', { name: 'New revision' })).toBeEnabled();
});

test('the office writes the text of its first plan in a revision; every part is asked for and the approved plan prints it', async ({
  page,
}) => {
  const console = new ConsolePage(page);
  const plan = new PlanVersionsPage(page);
  await console.open();
  await console.signIn('王建国');
  await plan.open();
  await plan.startRevision();
  const text = plan.editor().getByRole('region', { name: '预案文本' });
  await text.getByText(/^标题、编制目的/).click();
  await expect(text).toContainText('本预案尚未编写文本部分。');
  await text.getByRole('button', { name: '编写预案文本' }).click();
  // The duties start from the organisation's own teams and what it records as their duties.
  await expect(text.getByLabel('信息收集组 职责', { exact: true })).toHaveValue(/收集/);

  // Every part is asked for: a save with the parts blank is refused at each, and nothing is stored.
  await plan.saveDraft();
  await expect(plan.fieldError('编制目的')).toContainText('必填');
  await expect(plan.fieldError('持续改进')).toContainText('必填');
  const parts: [string, string][] = [
    ['编制目的', '为及时、妥善处置群体性投诉和突发投诉事件，维护投诉人合法权益，制定本预案。'],
    ['适用范围', '本预案适用于本单位受理的各类投诉及由投诉引发的突发事件。'],
    ['定义', '群体投诉：五人以上就同一事项提出的投诉。'],
    ['受理程序', '接到投诉后24小时内完成登记、分类和分级。'],
    ['调查程序', '对口部门3个工作日内查明事实。'],
    ['处理程序', '根据调查结果拟定处置方案，一级、二级报领导小组审批。'],
    ['反馈程序', '处理结果2个工作日内反馈投诉人。'],
    ['应急资源', '值班电话、接待场地、车辆和法律顾问。'],
    ['修订和审批', '每年至少修订一次，由组长批准。'],
    ['培训和演练', '每半年组织一次演练。'],
    ['持续改进', '每起一级、二级事件结束后复盘并整改。'],
  ];
  for (const [part, words] of parts) await text.getByLabel(part, { exact: true }).fill(words);
  await shootWhole(page, text, 'plan-text-zh');
  await plan.saveDraft();
  await expect(plan.editor().getByRole('status')).toHaveText('草稿已保存。');
  await plan.submit();
  await plan.approve();
  await expect(plan.version(2)).toContainText('已批准');

  // The plan in force now prints its text: the parts as written and the teams' duties.
  const files = new PlanFilesPanel(page);
  await files.open();
  await files.panel().getByRole('link', { name: '打印本预案' }).click();
  const paper = new PlanPrintView(page);
  // Approved, so neither stamped as a draft nor labelled with the first version's number.
  await expect(paper.document()).toContainText('第 2 版');
  await expect(paper.document()).not.toContainText('草稿');
  await expect(paper.section('编制目的')).toContainText('维护投诉人合法权益');
  await expect(paper.section('持续改进')).toContainText('复盘并整改');
  await expect(paper.section('组织机构与职责')).toContainText('信息收集组');
});
