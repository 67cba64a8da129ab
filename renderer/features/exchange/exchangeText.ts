// The operator's words for an import's findings: a field's label, a row's reason, a duplicate.
import type { TFunction } from 'i18next';
import type { Duplicate, ImportField, RowProblem } from '@shared/importing';

export const fieldLabel = (field: ImportField, t: TFunction) => t(`exchange.field.${field}`);

export const problemText = (problem: RowProblem, t: TFunction) => t(problem.reason.key, { ...problem.reason.params });

export const duplicateText = (duplicate: Duplicate, t: TFunction) =>
  t(`exchange.duplicate.${duplicate.reason}`, { ref: duplicate.externalRef, first: duplicate.firstRow ?? '' });

export const formatCount = (value: number, locale: string) => value.toLocaleString(locale === 'en' ? 'en-US' : 'zh-CN');
