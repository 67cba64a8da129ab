// On the dashboard (指挥台): improvement measures from after-action reviews that are not done yet,
// across incidents, earliest due first, overdue ones flagged. Nothing shows when none are open.
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { measureOverdue } from '@shared/review';
import { useConsole } from '../../db/DatabaseContext';
import { useOpenMeasures } from '../../db/reads/reviews';
import { Panel } from '../../ui/Field';
import './review.css';

export function OpenMeasuresPanel() {
  const { t } = useTranslation();
  const { plan, now } = useConsole();
  const rows = useOpenMeasures();
  if (!rows || rows.length === 0) return null;
  const nowMs = now();
  const overdue = rows.filter((r) => measureOverdue(r.measure, nowMs, plan.utcOffsetMinutes)).length;
  return (
    <Panel
      title={t('review.open.title')}
      className={`open-measures-panel${overdue ? ' has-overdue' : ''}`}
      actions={<span className="muted">{t('review.open.summary', { count: rows.length, overdue })}</span>}
    >
      <table className="data-table open-measures">
        <thead>
          <tr>
            <th>{t('review.open.column.incident')}</th>
            <th>{t('review.open.column.measure')}</th>
            <th>{t('review.open.column.owner')}</th>
            <th>{t('review.open.column.dueDate')}</th>
            <th>{t('review.open.column.state')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ measure, number }) => {
            const late = measureOverdue(measure, nowMs, plan.utcOffsetMinutes);
            return (
              <tr key={measure.id} className={late ? 'measure-overdue' : undefined}>
                <td className="nowrap">
                  <Link href={`/incidents/${measure.incidentId}/review`} className="mono">
                    {number}
                  </Link>
                </td>
                <td>{measure.text}</td>
                <td className="nowrap">{measure.owner}</td>
                <td className="nowrap">{measure.dueDate}</td>
                <td className="nowrap">
                  {late ? (
                    <span className="badge overdue">{t('review.open.overdue')}</span>
                  ) : (
                    <span className="muted">{t('review.open.due')}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Panel>
  );
}
