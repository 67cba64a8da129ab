// The items logged for an incident, newest find first: when, where, sentiment, reach, what was
// said and a link to the original (opened outside the console).
import { useTranslation } from 'react-i18next';
import type { OpinionItem } from '@shared/opinion';
import type { WarningLevel } from '@shared/opinionWarning';
import { useConsole } from '../../db/DatabaseContext';
import { formatDateTime } from '../../ui/format';

/** The warning level as a coloured badge (无预警 for items that are not negative). */
export function WarningBadge({ level }: { level: WarningLevel | undefined }) {
  const { t } = useTranslation();
  return <span className={`badge warning warning-${level ?? 'none'}`}>{t(`opinion.warning.${level ?? 'none'}`)}</span>;
}

export function OpinionList({ items }: { items: OpinionItem[] }) {
  const { t } = useTranslation();
  const { plan } = useConsole();
  return (
    <table className="opinion-table" aria-label={t('opinion.list')}>
      <thead>
        <tr>
          <th scope="col">{t('opinion.column.foundAt')}</th>
          <th scope="col">{t('opinion.column.platform')}</th>
          <th scope="col">{t('opinion.column.sentiment')}</th>
          <th scope="col">{t('opinion.column.warning')}</th>
          <th scope="col" className="number">
            {t('opinion.column.reach')}
          </th>
          <th scope="col">{t('opinion.column.summary')}</th>
          <th scope="col">{t('opinion.column.link')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id}>
            <td className="nowrap">{formatDateTime(item.foundAt, plan.utcOffsetMinutes)}</td>
            <td className="nowrap">{t(`opinion.platform.${item.platform}`)}</td>
            <td>
              <span className={`badge sentiment sentiment-${item.sentiment}`}>{t(`opinion.sentiment.${item.sentiment}`)}</span>
            </td>
            <td>
              <WarningBadge level={item.warning} />
            </td>
            <td className="number nowrap">
              <div>{t('opinion.reach', { reach: item.reach })}</div>
              {item.spread !== undefined ? <div className="muted small">{t('opinion.spread', { spread: item.spread })}</div> : null}
              {item.mediaPickup ? <div className="muted small">{t('opinion.media')}</div> : null}
            </td>
            <td>
              <div className="opinion-summary">{item.summary}</div>
              <div className="muted small">{t('opinion.recordedBy', { name: item.recordedByName })}</div>
            </td>
            <td className="nowrap">
              {item.link ? (
                // The console never navigates away: a new window is handed to the host (see the report).
                <a href={item.link} target="_blank" rel="noreferrer" title={item.link}>
                  {t('opinion.openLink')}
                </a>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
