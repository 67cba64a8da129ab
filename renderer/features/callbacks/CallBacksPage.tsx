// 回访 page: the incidents owed a call-back (soonest first, overdue ones marked) and the
// satisfaction of a year's call-backs by month, as the office reports it upward.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { callBackSummary, type CallBackMonth } from '@shared/callBacks';
import { addDays, planDateOf, startOfPlanDate, toIsoWithOffset } from '@shared/time';
import { useConsole } from '../../db/DatabaseContext';
import { useCallBacksBetween, useIncidentsDueCallBack } from '../../db/reads/callBacks';
import { Panel } from '../../ui/Field';
import { formatDateTime } from '../../ui/format';
import { useNow } from '../../ui/useNow';
import './callbacks.css';

const percent = (rate: number | null, none: string) => (rate === null ? none : `${(rate * 100).toFixed(1)}%`);

export function CallBacksPage() {
  const { t } = useTranslation();
  const { plan, now } = useConsole();
  const minute = useNow(now, 60_000);
  const offset = plan.utcOffsetMinutes;
  const [year, setYear] = useState(() => Number(toIsoWithOffset(now(), offset).slice(0, 4)));
  // Owed in the last 90 days or later (by whole days, so the read does not change every minute).
  const since = toIsoWithOffset(startOfPlanDate(addDays(planDateOf(minute, offset), -90), offset), offset);
  const due = useIncidentsDueCallBack(since);
  const from = toIsoWithOffset(startOfPlanDate(`${year}-01-01`, offset), offset);
  const to = toIsoWithOffset(startOfPlanDate(`${year + 1}-01-01`, offset), offset);
  const calls = useCallBacksBetween(from, to);
  const months = calls ? callBackSummary(calls, offset) : [];
  const total = months.reduce<CallBackMonth>(
    (sum, m) => ({
      month: '',
      calls: sum.calls + m.calls,
      reached: sum.reached + m.reached,
      satisfied: sum.satisfied + m.satisfied,
      basically: sum.basically + m.basically,
      unsatisfied: sum.unsatisfied + m.unsatisfied,
      rate: null,
    }),
    { month: '', calls: 0, reached: 0, satisfied: 0, basically: 0, unsatisfied: 0, rate: null },
  );
  const totalRate = total.reached ? (total.satisfied + total.basically) / total.reached : null;
  const row = (label: string, m: CallBackMonth, rate: number | null) => (
    <tr key={label}>
      <th scope="row">{label}</th>
      <td className="num">{m.calls}</td>
      <td className="num">{m.reached}</td>
      <td className="num">{m.satisfied}</td>
      <td className="num">{m.basically}</td>
      <td className="num">{m.unsatisfied}</td>
      <td className="num">{percent(rate, t('callBacks.page.rateNone'))}</td>
    </tr>
  );

  return (
    <div className="call-backs-page">
      <div className="page-header">
        <h1>{t('callBacks.page.title')}</h1>
      </div>
      <Panel title={t('callBacks.page.due')}>
        <p className="muted small">{t('callBacks.page.dueScope')}</p>
        {due && due.length === 0 ? <p className="muted">{t('callBacks.page.dueEmpty')}</p> : null}
        {due && due.length > 0 ? (
          <table aria-label={t('callBacks.page.dueList')}>
            <thead>
              <tr>
                <th>{t('callBacks.page.columns.number')}</th>
                <th>{t('callBacks.page.columns.title')}</th>
                <th>{t('callBacks.page.columns.closed')}</th>
                <th>{t('callBacks.page.columns.due')}</th>
              </tr>
            </thead>
            <tbody>
              {due.map((incident) => (
                <tr key={incident.id} className={incident.callBackDueAt && Date.parse(incident.callBackDueAt) < minute ? 'overdue' : ''}>
                  <td>
                    <Link href={`/incidents/${incident.id}`} className="mono">
                      {incident.number}
                    </Link>
                  </td>
                  <td>{incident.title}</td>
                  <td>{incident.milestones.closedAt ? formatDateTime(incident.milestones.closedAt, offset) : ''}</td>
                  <td>{incident.callBackDueAt ? formatDateTime(incident.callBackDueAt, offset) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </Panel>
      <Panel title={t('callBacks.page.summary')}>
        <label className="year-picker">
          {t('callBacks.page.year')}
          <input
            type="number"
            min={2000}
            max={2100}
            value={year}
            onChange={(e) => Number.isInteger(Number(e.target.value)) && setYear(Number(e.target.value))}
          />
        </label>
        {calls && months.length === 0 ? <p className="muted">{t('callBacks.page.summaryEmpty', { year })}</p> : null}
        {months.length > 0 ? (
          <table aria-label={t('callBacks.page.summary')}>
            <thead>
              <tr>
                <th>{t('callBacks.page.columns.month')}</th>
                <th className="num">{t('callBacks.page.columns.calls')}</th>
                <th className="num">{t('callBacks.page.columns.reached')}</th>
                <th className="num">{t('callBacks.page.columns.satisfied')}</th>
                <th className="num">{t('callBacks.page.columns.basically')}</th>
                <th className="num">{t('callBacks.page.columns.unsatisfied')}</th>
                <th className="num">{t('callBacks.page.columns.rate')}</th>
              </tr>
            </thead>
            <tbody>
              {months.map((m) => row(m.month, m, m.rate))}
              {row(t('callBacks.page.total'), total, totalRate)}
            </tbody>
          </table>
        ) : null}
      </Panel>
    </div>
  );
}
