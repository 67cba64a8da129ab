// The two tables the review screen and its printed report share: the timeline digest (处置经过)
// and the time limits met or missed per stage (时限执行情况).
import { useTranslation } from 'react-i18next';
import { keyIn, say } from '../../i18n/keys';
import type { DigestRow, LimitRow } from '@shared/review';
import { useConsole } from '../../db/DatabaseContext';
import { formatDateTime, formatDeadline, formatDuration } from '../../ui/format';
import { PaperTable } from '../../ui/paper/Paper';

export function DigestTable({ rows, mask = (text) => text }: { rows: DigestRow[]; mask?: (text: string) => string }) {
  const { t } = useTranslation();
  const { plan } = useConsole();
  const detail = (row: DigestRow): string => {
    if (row.step === 'instructions')
      return row.count ? t('review.digest.instructionsCount', { count: row.count }) : t('review.digest.noInstructions');
    if (row.at === null) return t('review.digest.notReached');
    if (row.level !== undefined) return say(t, keyIn('level', row.level));
    return row.note ? mask(row.note) : '';
  };
  return (
    <PaperTable
      className="review-digest"
      label={t('review.digest.title')}
      columns={[
        { label: t('review.digest.column.step'), className: 'col-step' },
        { label: t('review.digest.column.at'), className: 'col-time' },
        t('review.digest.column.detail'),
        { label: t('review.digest.column.actor'), className: 'col-name' },
      ]}
    >
      {rows.map((row) => (
        <tr key={row.step} className={row.at === null ? 'digest-skipped' : undefined}>
          <td className="nowrap">{t(`review.digest.step.${row.step}`)}</td>
          <td className="nowrap">{row.at ? formatDateTime(row.at, plan.utcOffsetMinutes) : t('print.none')}</td>
          <td>{detail(row)}</td>
          <td className="nowrap">{row.actorName ?? ''}</td>
        </tr>
      ))}
    </PaperTable>
  );
}

export function LimitsTable({ rows }: { rows: LimitRow[] }) {
  const { t } = useTranslation();
  const { plan } = useConsole();
  const at = (ms: number | null) => (ms === null ? t('print.none') : formatDateTime(ms, plan.utcOffsetMinutes));
  const met = rows.filter((r) => r.outcome === 'met').length;
  const missed = rows.filter((r) => r.outcome === 'missed').length;
  return (
    <>
      <PaperTable
        keepTogether
        className="review-limits"
        label={t('review.limits.title')}
        columns={[
          t('review.limits.column.stage'),
          t('review.limits.column.limit'),
          { label: t('review.limits.column.startAt'), className: 'col-time' },
          { label: t('review.limits.column.deadline'), className: 'col-time' },
          { label: t('review.limits.column.doneAt'), className: 'col-time' },
          t('review.limits.column.outcome'),
        ]}
      >
        {rows.map((row) => (
          <tr key={row.stage} className={`limit-row limit-${row.outcome}`}>
            <td className="nowrap">{t(`clock.stage.${row.stage}`)}</td>
            <td className="nowrap">
              {row.rule
                ? t('review.limits.allowance', { amount: row.rule.amount, unit: t(`clock.unit.${row.rule.unit}`) })
                : t('print.none')}
            </td>
            <td className="nowrap">{at(row.startAt)}</td>
            <td className="nowrap">{row.dueAt === null ? t('print.none') : formatDeadline(row.dueAt, plan.utcOffsetMinutes)}</td>
            <td className="nowrap">{at(row.doneAt)}</td>
            <td className="status nowrap">
              {row.outcome === 'missed'
                ? t('review.limits.outcome.missed', { time: formatDuration(row.lateBy ?? 0, t) })
                : t(`review.limits.outcome.${row.outcome}`)}
            </td>
          </tr>
        ))}
      </PaperTable>
      <p className="summary-sub">{t('review.limits.summary', { met, missed, other: rows.length - met - missed })}</p>
    </>
  );
}
