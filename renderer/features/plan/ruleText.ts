// A time limit as one line of text: 调查核实：3 个工作日（仅适用于：服务质量）.
import type { TFunction } from 'i18next';
import type { TimeLimitRule } from '@shared/plan';

export function ruleText(rule: TimeLimitRule, t: TFunction, categoryName: (code: string) => string): string {
  const parts: string[] = [
    t('plan.rule', { stage: t(`clock.stage.${rule.stage}`), amount: rule.amount, unit: t(`clock.unit.${rule.unit}`) }),
  ];
  if (rule.from === 'received') parts.push(t('plan.fromReceived'));
  if (rule.categories) parts.push(t('plan.onlyCategories', { list: rule.categories.map(categoryName).join(t('common.listSeparator')) }));
  if (rule.levels) parts.push(t('plan.onlyLevels', { list: rule.levels.map((l) => t(`level.${l}`)).join(t('common.listSeparator')) }));
  return parts.join(' ');
}

/** Where the limit applies, for a table column: 全部 or the categories and levels it names. */
export function ruleScope(rule: TimeLimitRule, t: TFunction, categoryName: (code: string) => string): string {
  const names = [...(rule.categories ?? []).map(categoryName), ...(rule.levels ?? []).map((l) => t(`level.${l}`))];
  return names.length > 0 ? names.join(t('common.listSeparator')) : t('planTemplates.print.table.all');
}
