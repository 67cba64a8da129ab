// 版本对比: the rows the leader reads before approving a revision.
import { describe, expect, it } from 'vitest';
import { defaultPlan } from '@shared/defaultPlan';
import { planDiff } from '@shared/planDiff';
import { DEFAULT_UPWARD_REPORTING } from '@shared/upwardReports';
import { DEFAULT_CALLBACK_RULE } from '@shared/callBacks';
import { DEFAULT_ARCHIVE_RULE } from '@shared/archive';
import { DEFAULT_OPINION_WARNING } from '@shared/opinionWarning';

const v1 = defaultPlan('2026-01-05T09:00:00+08:00');

describe('the difference between two plan versions', () => {
  it('finds nothing between a version and its copy', () => {
    expect(planDiff(v1, structuredClone(v1), 'zh-CN')).toEqual([]);
  });

  it('names how long finished incidents stay on the live board, the default counting as 180 days', () => {
    expect(planDiff(v1, { ...v1, liveBoardDays: 180 }, 'zh-CN')).toEqual([]);
    expect(planDiff(v1, { ...v1, liveBoardDays: 90 }, 'zh-CN')).toEqual([
      { topic: 'threshold', subject: 'liveBoardDays', before: { text: '180' }, after: { text: '90' } },
    ]);
  });

  it('names the reporting clocks and the call-back days as they apply, the defaults counting as written', () => {
    expect(planDiff(v1, { ...v1, upwardReporting: DEFAULT_UPWARD_REPORTING, callBacks: DEFAULT_CALLBACK_RULE }, 'zh-CN')).toEqual([]);
    const v2 = {
      ...v1,
      upwardReporting: { ...DEFAULT_UPWARD_REPORTING, followUpEveryHours: 4 },
      callBacks: { ...DEFAULT_CALLBACK_RULE, afterDays: 3 },
    };
    expect(planDiff(v1, v2, 'zh-CN')).toEqual([
      { topic: 'threshold', subject: 'followUpEveryHours', before: { text: '1' }, after: { text: '4' } },
      { topic: 'threshold', subject: 'callBackDays', before: { text: '7' }, after: { text: '3' } },
    ]);
  });

  it('names who reports and is approved first, how long files are kept and the opinion warnings, as the leader approves them', () => {
    const v2 = {
      ...v1,
      upwardReporting: { ...DEFAULT_UPWARD_REPORTING, approvalLevels: [1, 2] as (1 | 2 | 3)[] },
      archive: { ...DEFAULT_ARCHIVE_RULE, retentionYears: [30, 10, 5] as [number, number, number] },
      opinionWarning: { ...DEFAULT_OPINION_WARNING, red: { reach: 300_000, spread: 10_000 } },
    };
    expect(planDiff(v1, v2, 'zh-CN')).toEqual([
      { topic: 'threshold', subject: 'reportApprovalLevels', before: { text: '1' }, after: { text: '1/2' } },
      { topic: 'threshold', subject: 'retentionYearsAll', before: { text: '30/10/10' }, after: { text: '30/10/5' } },
      { topic: 'threshold', subject: 'warning-red-reach', before: { text: '500000' }, after: { text: '300000' } },
    ]);
  });

  it('names a changed time limit, a category’s new department and a removed category', () => {
    const v2 = {
      ...v1,
      timeLimits: v1.timeLimits.map((r) => (r.stage === 'acceptance' ? { ...r, amount: 12 } : r)),
      categories: v1.categories
        .filter((c) => c.code !== 'public-health')
        .map((c) => (c.code === 'food-safety' ? { ...c, department: '食品安全部' } : c)),
      grading: { ...v1.grading, groupPeople: 8 },
    };
    expect(planDiff(v1, v2, 'zh-CN')).toEqual([
      {
        topic: 'timeLimit',
        subject: 'acceptance',
        scope: { from: 'received' },
        before: { amount: 24, unit: 'hours' },
        after: { amount: 12, unit: 'hours' },
      },
      { topic: 'department', subject: '食品安全', before: null, after: { text: '食品安全部' } },
      { topic: 'category', subject: '公共卫生', before: { text: '公共卫生' }, after: null },
      { topic: 'threshold', subject: 'groupPeople', before: { text: '5' }, after: { text: '8' } },
    ]);
  });

  it('speaks the reader’s language for names', () => {
    const v2 = { ...v1, grades: v1.grades.map((g) => (g.level === 3 ? { ...g, name: { zh: '三级（一般）', en: 'Level 3 (minor)' } } : g)) };
    expect(planDiff(v1, v2, 'en')).toEqual([
      { topic: 'gradeName', subject: '3', before: { text: 'Level 3' }, after: { text: 'Level 3 (minor)' } },
    ]);
  });
});
