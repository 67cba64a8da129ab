// The operator's words for an import's findings: a field's label, a row's reason, a duplicate,
// and counted things ("1 row", "2 rows") pluralised by i18next in English.
import type { TFunction } from 'i18next';
import type { Duplicate, RowProblem } from '@shared/importing';
import { LATER_WORK_KINDS, type LaterWork } from '../../db/importTakeBack';
import { dataKey, say } from '../../i18n/keys';

export const fieldLabel = (field: RowProblem['field'], t: TFunction) => t(`exchange.field.${field}`);

export const problemText = (problem: RowProblem, t: TFunction) =>
  say(t, dataKey(problem.reason.key), { field: fieldLabel(problem.field, t), ...problem.reason.params });

export const duplicateText = (duplicate: Duplicate, t: TFunction) =>
  t(`exchange.duplicate.${duplicate.reason}`, { ref: duplicate.externalRef, first: duplicate.firstRow ?? '' });

export const formatCount = (value: number, locale: string) => value.toLocaleString(locale === 'en' ? 'en-US' : 'zh-CN');

export type CountedUnit = 'rows' | 'duplicates' | 'complaints' | 'findings' | 'columns';

/** "4,950 行" / "4,950 rows", "1 duplicate": the number formatted, the noun agreeing with it. */
export const countOf = (unit: CountedUnit, value: number, locale: string, t: TFunction) =>
  t(`exchange.unit.${unit}`, { count: value, n: formatCount(value, locale) });

/** "SJ-…：1 份信息发布、1 次资源调配": what others did on each imported incident, one sentence each. */
export const laterWorkSentences = (work: readonly LaterWork[], t: TFunction) =>
  work.map(({ incident, counts }) =>
    t('exchange.kept.incident', {
      incident,
      work: LATER_WORK_KINDS.flatMap((kind) => (counts[kind] ? [t(`exchange.kept.work.${kind}`, { count: counts[kind] })] : [])).join(
        t('exchange.listJoin'),
      ),
    }),
  );
