// What editing a draft does beyond one field: removing a category takes its own time limits with
// it, and the difference of two versions names every setting the editor can change.
import { describe, expect, it } from 'vitest';
import { defaultPlan } from '@shared/defaultPlan';
import { planFromTemplate, planTemplate } from '@shared/planTemplates';
import type { Plan } from '@shared/plan';
import { planDiff } from '@shared/planDiff';
import { withoutCategory } from '@shared/planVersions';

const v1 = defaultPlan('2026-01-05T09:00:00+08:00');

describe('removing a category from a draft', () => {
  it('forgets the category in shared limits and drops a limit written for it alone', () => {
    const plan: Plan = {
      ...v1,
      timeLimits: [
        ...v1.timeLimits,
        { stage: 'investigation', amount: 1, unit: 'workingDays', from: 'previous', categories: ['food-safety'] },
        { stage: 'solution', amount: 2, unit: 'workingDays', from: 'previous', categories: ['food-safety', 'public-health'] },
      ],
    };
    const without = withoutCategory(plan, 'food-safety');
    expect(without.categories.map((c) => c.code)).not.toContain('food-safety');
    expect(without.timeLimits).toHaveLength(v1.timeLimits.length + 1);
    expect(without.timeLimits.at(-1)).toMatchObject({ stage: 'solution', categories: ['public-health'] });
  });
});

describe('the difference of two versions', () => {
  it('names approval levels, personal-data roles, the closure rule, urgency names, the statement and instructions', () => {
    const v2: Plan = {
      ...v1,
      approvalLevels: [1],
      personalDataRoles: ['leader'],
      countsOfficeClosures: true,
      urgencies: v1.urgencies.map((u) => (u.code === 'urgent' ? { ...u, name: { zh: '特急' } } : u)),
      holdingStatement: { zh: '{{organisation}}正在核实{{title}}。' },
      standardInstructions: v1.standardInstructions.map((s, i) => (i === 0 ? { ...s, dueMinutes: s.dueMinutes + 15 } : s)),
    };
    const rows = planDiff(v1, v2, 'zh-CN');
    const of = (topic: string) => rows.find((row) => row.topic === topic);
    expect(of('approval')).toMatchObject({ before: { codes: ['1', '2'], kind: 'level' }, after: { codes: ['1'], kind: 'level' } });
    expect(of('personalData')).toMatchObject({ before: { codes: ['leader', 'deputy'] }, after: { codes: ['leader'] } });
    expect(of('closures')).toMatchObject({ before: { flag: false }, after: { flag: true } });
    expect(of('urgency')).toMatchObject({ subject: 'urgent', before: { text: '紧急' }, after: { text: '特急' } });
    expect(of('statement')?.after).toEqual({ text: '{{organisation}}正在核实{{title}}。' });
    const first = v1.standardInstructions[0]!;
    expect(rows.filter((row) => row.topic === 'instruction')).toEqual([
      {
        topic: 'instruction',
        subject: first.teamCode,
        before: { instruction: expect.objectContaining({ dueMinutes: first.dueMinutes }) },
        after: { instruction: expect.objectContaining({ dueMinutes: first.dueMinutes + 15 }) },
      },
    ]);
    expect(planDiff(v1, { ...v1 }, 'zh-CN')).toEqual([]);
  });
});

describe('the difference of two versions, for the plan’s text and its finer settings', () => {
  const scenic = planFromTemplate(planTemplate('scenic-area')!, '6b1f0a52-3c1e-4d4b-9a57-1f8e0c7d2a11', '2026-11-23T10:00:00+08:00');
  const doc = scenic.document!;

  it('names a changed title, written part, team duty, level response and national grade', () => {
    const revised: Plan = {
      ...scenic,
      title: { zh: '景区投诉应急预案（修订）' },
      document: {
        ...doc,
        purpose: { zh: '新的编制目的。' },
        duties: doc.duties.map((d, i) => (i === 0 ? { ...d, duty: { zh: '统一指挥。' } } : d)),
      },
      grades: scenic.grades.map((g) => (g.level === 1 ? { ...g, response: { zh: '组长到场指挥。' }, nationalLevels: ['I'] } : g)),
      dueSoon: { hours: 4, fraction: 0.25 },
      opinionRaise: { negativeReach: scenic.opinionRaise?.negativeReach ?? 5000, withinHours: 6 },
    };
    const rows = planDiff(scenic, revised, 'zh-CN');
    const topics = rows.map((r) => `${r.topic}:${r.subject}`);
    expect(topics).toEqual(
      expect.arrayContaining([
        'title:title',
        'document:purpose',
        `duty:${doc.duties[0]!.teamCode}`,
        `response:${scenic.grades[0]!.name.zh}`,
        `national:${scenic.grades[0]!.name.zh}`,
        'dueSoon:dueSoon',
        'threshold:withinHours',
      ]),
    );
    expect(rows.find((r) => r.topic === 'document')).toMatchObject({ before: { text: doc.purpose.zh }, after: { text: '新的编制目的。' } });
    expect(rows.find((r) => r.topic === 'national')?.after).toEqual({ codes: ['I'], kind: 'national' });
  });

  it('keeps the scope of a limit on its row, so two rules of one stage read apart', () => {
    const scoped = {
      stage: 'feedback' as const,
      amount: 1,
      unit: 'workingDays' as const,
      from: 'received' as const,
      categories: ['ticketing'],
    };
    const rows = planDiff(scenic, { ...scenic, timeLimits: [...scenic.timeLimits, scoped] }, 'zh-CN');
    expect(rows).toEqual([
      {
        topic: 'timeLimit',
        subject: 'feedback',
        scope: { from: 'received', categories: ['ticketing'] },
        before: null,
        after: { amount: 1, unit: 'workingDays' },
      },
    ]);
  });
});
