// The five plan templates: each is a whole plan the console can run on, holds together, and
// carries the facts of the source plan it was written from.
import { describe, expect, it } from 'vitest';
import { PlanSchema, type Plan, type TimeLimitRule } from '@shared/plan';
import { planProblems } from '@shared/planChecks';
import { PLAN_PARTS } from '@shared/planDocument';
import { PLAN_TEMPLATES, planFromTemplate, planTemplate } from '@shared/planTemplates';

const NOW = '2026-12-04T10:00:00+08:00';
const ID = '3f0c1b2a-9d8e-4f7a-8b6c-5d4e3f2a1b0c';

function planOf(key: string): Plan {
  const template = planTemplate(key);
  if (!template) throw new Error(`no template ${key}`);
  return planFromTemplate(template, ID, NOW);
}

const limit = (plan: Plan, stage: TimeLimitRule['stage']) =>
  plan.timeLimits.find((rule) => rule.stage === stage && !rule.categories && !rule.levels);

describe('plan templates', () => {
  it('offers five, one per source plan', () => {
    expect(PLAN_TEMPLATES.map((t) => t.key)).toEqual([
      'enterprise-group',
      'company-complaints',
      'consumer-fuel',
      'scenic-area',
      'tech-petitions',
    ]);
  });

  it.each(PLAN_TEMPLATES.map((t) => [t.key]))('%s is a valid plan that holds together', (key) => {
    const plan = planOf(key);
    expect(PlanSchema.safeParse(plan).error?.issues ?? []).toEqual([]);
    expect(planProblems(plan)).toEqual([]);
  });

  it.each(PLAN_TEMPLATES.map((t) => [t.key]))('%s fills in every one of the fourteen parts, in Chinese and English', (key) => {
    const plan = planOf(key);
    expect(PLAN_PARTS).toHaveLength(14);
    const document = plan.document;
    if (!document) throw new Error('no document');
    for (const part of PLAN_PARTS) {
      if (part === 'title') expect(plan.title.en).toBeTruthy();
      else if (part === 'effectiveDate') expect(plan.effectiveDate).toBe('2026-12-04');
      else if (part === 'duties') expect(document.duties.every((d) => d.duty.en && d.teamName.en)).toBe(true);
      else expect(document[part].en, part).toBeTruthy();
    }
    expect(plan.categories.every((c) => c.department)).toBe(true);
  });

  it('starts every template as a draft, never in force, with its own copy of the settings', () => {
    const plan = planOf('scenic-area');
    expect(plan.inForce).toBe(false);
    plan.timeLimits[0]!.amount = 99;
    expect(limit(planOf('scenic-area'), 'acceptance')?.amount).toBe(24);
  });

  it('scenic area: accepts within 24 hours, then 3 / 5 / 2 / 15 working days', () => {
    const plan = planOf('scenic-area');
    expect(limit(plan, 'acceptance')).toMatchObject({ amount: 24, unit: 'hours', from: 'received' });
    expect(['investigation', 'solution', 'feedback', 'evaluation'].map((s) => limit(plan, s as TimeLimitRule['stage']))).toEqual([
      expect.objectContaining({ amount: 3, unit: 'workingDays' }),
      expect.objectContaining({ amount: 5, unit: 'workingDays' }),
      expect.objectContaining({ amount: 2, unit: 'workingDays' }),
      expect.objectContaining({ amount: 15, unit: 'workingDays' }),
    ]);
  });

  it('enterprise group: a leading group and four working groups, the leader approving major complaints', () => {
    const plan = planOf('enterprise-group');
    expect(plan.document?.duties.map((d) => d.teamCode)).toEqual([
      'leading-group',
      'information',
      'coordination',
      'publicity',
      'logistics',
    ]);
    expect(plan.grades[0]?.name.zh).toContain('重大');
    expect(plan.grades[2]?.name.zh).toContain('一般');
    expect(plan.approvalLevels).toEqual([1]);
  });

  it('company complaints: product, service and contract categories and four channels', () => {
    const plan = planOf('company-complaints');
    expect(plan.categories.map((c) => c.code)).toEqual(['product-quality', 'service-quality', 'contract-dispute', 'other']);
    expect(plan.channels.map((c) => c.code)).toEqual(['hotline', 'email', 'online', 'visit']);
    expect(plan.urgencies.map((u) => u.name.zh)).toEqual(['紧急', '较紧急', '一般']);
  });

  it('consumer complaints: the fuel dispute goes to the technical supervision bureau; service gets a 24-hour reply', () => {
    const plan = planOf('consumer-fuel');
    expect(plan.standardInstructions.some((i) => i.content.zh.includes('技术监督局'))).toBe(true);
    expect(plan.timeLimits).toContainEqual(
      expect.objectContaining({ stage: 'feedback', amount: 24, unit: 'hours', from: 'received', categories: ['service-quality'] }),
    );
  });

  it('technology company: petitions and opinion teams, data privacy routed to legal, simplified characters', () => {
    const plan = planOf('tech-petitions');
    expect(plan.document?.duties.map((d) => d.teamName.zh)).toEqual(expect.arrayContaining(['信访处理小组', '舆情监测小组']));
    expect(plan.categories.find((c) => c.code === 'data-privacy')?.department).toBe('法务部');
    // 信訪 / 輿情 in the source; the template is written in simplified Chinese.
    expect(JSON.stringify(plan)).not.toMatch(/[訪輿預應處際與關]/);
  });
});

describe('plan cross-checks', () => {
  it('names a time limit for a category the plan does not have', () => {
    const plan = planOf('company-complaints');
    plan.timeLimits.push({ stage: 'feedback', amount: 1, unit: 'hours', from: 'received', categories: ['no-such'] });
    expect(planProblems(plan)).toContainEqual({
      path: `timeLimits.${plan.timeLimits.length - 1}.categories`,
      problem: 'unknown-category',
      params: { code: 'no-such' },
    });
  });

  it('names a team given instructions but no duty, and thresholds that fall with the level', () => {
    const plan = planOf('company-complaints');
    plan.standardInstructions[0]!.teamCode = 'nobody';
    plan.grading.amountLevel1 = 1;
    expect(planProblems(plan).map((p) => p.problem)).toEqual(['level1-amount-below-level2', 'team-without-duty']);
  });
});
