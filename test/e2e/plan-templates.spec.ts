// The plan's templates, files and print-out: a draft started from the scenic-area template with
// its limits, the plan printed as an A4 official document read back with poppler, and a plan
// file that a fresh profile imports as the same plan (a bad file changes nothing).
import { expect, test } from '@playwright/test';
import { ConsolePage } from './pages';
import { PlanFilesPanel, PlanPrintView, PlanTemplatesView, type StoredPlan } from './planPages';

const SHOTS = 'test-results/screenshots';
const OUT = 'test-results/print';
const SCENIC = '景区游客投诉应急预案';
const SCENIC_TITLE = '景区游客投诉处理应急预案';

async function draftFromScenicTemplate(page: import('@playwright/test').Page) {
  const templates = new PlanTemplatesView(page);
  await templates.open();
  await templates.choose(SCENIC);
  const preview = templates.preview(SCENIC);
  await preview.getByRole('button', { name: '用此模板新建草稿' }).click();
  await expect(page.getByRole('status')).toContainText(`已新建草稿预案“${SCENIC_TITLE}”，尚未生效`);
  return templates;
}

/** What makes two stored plans the same plan: everything but the record's id, dates and status. */
const sameness = ({ id: _id, createdAt: _c, updatedAt: _u, inForce: _f, ...plan }: StoredPlan) => plan;

test('starts from the scenic-area template: the preview shows its limits and a draft is created with them', async ({ page }) => {
  const console = new ConsolePage(page);
  const files = new PlanFilesPanel(page);
  await console.open();
  await console.signIn('陈晓');
  await files.open();
  await expect(files.panel()).toContainText('暂无草稿预案。');

  const templates = new PlanTemplatesView(page);
  await templates.open();
  await expect(page.getByRole('list', { name: '模板' }).getByRole('button')).toHaveCount(5);
  await templates.choose(SCENIC);
  const preview = templates.preview(SCENIC);
  const limits = preview.getByRole('list', { name: '处理时限' });
  await expect(limits.getByRole('listitem')).toHaveText([
    '受理：24 小时 （自受理时起）',
    '报告领导小组：30 分钟 仅适用于：一级',
    '调查核实：3 个工作日',
    '解决方案：5 个工作日',
    '反馈投诉人：2 个工作日',
    '结果评估：15 个工作日',
  ]);
  await expect(preview).toContainText('游客安全 对口：安全保卫部');
  await expect(preview).toContainText('游客服务中心 本单位：信息收集组');
  await page.screenshot({ path: `${SHOTS}/plan-templates-zh.png`, fullPage: true });

  await preview.getByRole('button', { name: '用此模板新建草稿' }).click();
  await expect(page.getByRole('status')).toContainText(`已新建草稿预案“${SCENIC_TITLE}”，尚未生效`);

  // The draft is stored with the template's limits and is not in force; the plan in force is unchanged.
  const stored = await files.storedPlans();
  const draft = stored.find((plan) => !plan.inForce);
  expect(stored.filter((plan) => plan.inForce)).toHaveLength(1);
  expect(draft?.title.zh).toBe(SCENIC_TITLE);
  expect(draft?.timeLimits).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ stage: 'acceptance', amount: 24, unit: 'hours' }),
      expect.objectContaining({ stage: 'evaluation', amount: 15, unit: 'workingDays' }),
    ]),
  );
  await page.getByRole('link', { name: '返回应急预案' }).click();
  await expect(files.drafts()).toContainText(SCENIC_TITLE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('投诉应急预案');
  await files.panel().scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/plan-files-zh.png`, fullPage: true });

  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await page.getByRole('region', { name: 'Plan files and templates' }).getByRole('link', { name: 'New from a template' }).click();
  await page
    .getByRole('list', { name: 'Templates' })
    .getByRole('button', { name: /Scenic area visitor complaint plan/ })
    .click();
  await expect(page.getByRole('region', { name: 'Preview: Scenic area visitor complaint plan' })).toContainText(
    'Investigation: 3 working days',
  );
  await page.screenshot({ path: `${SHOTS}/plan-templates-en.png`, fullPage: true });
});

test('prints the plan as an A4 official document and checks it with pdftotext', async ({ page }) => {
  test.setTimeout(120_000);
  const console = new ConsolePage(page);
  const files = new PlanFilesPanel(page);
  const paper = new PlanPrintView(page);
  await console.open();
  await console.signIn('陈晓');
  await files.open();
  // The plan in force, stored before plans had written parts, still prints its settings.
  await files.panel().getByRole('link', { name: '打印本预案' }).click();
  await expect(paper.document().getByRole('heading', { level: 1 })).toHaveText('投诉应急预案');
  await expect(paper.document()).toContainText('本预案尚未编写文本部分。');
  await expect(paper.section('处理时限')).toContainText('15 个工作日');
  await page.getByRole('link', { name: '返回应急预案' }).click();

  await draftFromScenicTemplate(page);
  await page.getByRole('link', { name: '查看和打印草稿' }).click();

  await expect(paper.document().getByRole('heading', { level: 1 })).toHaveText(SCENIC_TITLE);
  await expect(paper.section('受理程序')).toContainText('24小时内完成登记');
  await expect(page.getByRole('button', { name: '打印 / 导出 PDF' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/plan-print-zh.png`, fullPage: true });

  const pdf = await paper.savePdf(`${OUT}/plan-zh.pdf`);
  pdf.images(`${OUT}/plan-zh`);
  const text = pdf.text();
  for (const expected of [
    '本景区',
    SCENIC_TITLE,
    '生效日期：',
    '（草稿，未生效）',
    '一、编制目的',
    '二、适用范围',
    '三、定义',
    '四、组织机构与职责',
    '五、分级标准与响应',
    '六、受理程序',
    '七、调查程序',
    '八、处理程序',
    '九、反馈程序',
    '十、处理时限',
    '十一、应急资源',
    '十二、修订和审批',
    '十三、培训和演练',
    '十四、持续改进',
    '游客服务中心',
    '安全保卫部',
  ]) {
    expect(text).toContain(expected);
  }
  // A time limit as its table row: 结果评估 · 15 个工作日.
  expect(text).toMatch(/结果评估\s+15 个工作日/);
  expect(text).not.toContain('内部资料');

  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  const english = paper.document('Plan text');
  await expect(english).toContainText('1. Purpose');
  await page.screenshot({ path: `${SHOTS}/plan-print-en.png`, fullPage: true });
  const englishPdf = await paper.savePdf(`${OUT}/plan-en.pdf`);
  englishPdf.images(`${OUT}/plan-en`);
  expect(englishPdf.text()).toContain('14. Continuous improvement');
  expect(englishPdf.text()).toMatch(/Evaluation\s+15 working days/);
});

test('a plan file exported and imported into a fresh profile is the same plan; a bad file changes nothing', async ({ page, browser }) => {
  const console = new ConsolePage(page);
  const files = new PlanFilesPanel(page);
  await console.open();
  await console.signIn('陈晓');
  await files.open();
  await draftFromScenicTemplate(page);
  await page.getByRole('link', { name: '返回应急预案' }).click();
  const exported = await files.download(files.drafts().getByRole('button', { name: '导出' }));
  expect(exported.name).toBe(`预案-${SCENIC_TITLE}.json`);
  await expect(files.panel().getByRole('status')).toContainText(exported.name);
  const original = (await files.storedPlans()).find((plan) => !plan.inForce);
  if (!original) throw new Error('no draft');

  const context = await browser.newContext();
  const branch = await context.newPage();
  const branchConsole = new ConsolePage(branch);
  const branchFiles = new PlanFilesPanel(branch);
  await branchConsole.open();
  await branchConsole.signIn('陈晓');
  await branchFiles.open();

  // A file of another kind first: a sentence, and nothing stored.
  await branchFiles.importFile({ name: 'not-a-plan.json', text: '{"format":"something-else"}' });
  await expect(branchFiles.panel().getByRole('alert')).toHaveText('该文件不是本系统导出的预案文件，未导入任何内容。');
  const broken = JSON.parse(exported.text) as { plan: { timeLimits: { amount: number }[] } };
  broken.plan.timeLimits[2]!.amount = -1;
  await branchFiles.importFile({ name: 'broken.json', text: JSON.stringify(broken) });
  await expect(branchFiles.panel().getByRole('alert')).toHaveText('预案文件内容有误（时限 › 第 3 项），未导入任何内容。');
  expect(await branchFiles.storedPlans()).toHaveLength(1);

  await branchFiles.importFile(exported);
  await expect(branchFiles.panel().getByRole('status')).toContainText(`已导入预案“${SCENIC_TITLE}”，保存为草稿，尚未生效。`);
  const imported = (await branchFiles.storedPlans()).find((plan) => !plan.inForce);
  if (!imported) throw new Error('not imported');
  expect(sameness(imported)).toEqual(sameness(original));
  await context.close();
});
