// What editing a draft does beyond one field: removing a category takes its own time limits with
// it, and the difference of two versions names every setting the editor can change.
import { describe, expect, it } from 'vitest';
import { defaultPlan } from '@shared/defaultPlan';
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
