// 时限: every clock of the incident with its state and a live countdown. A year without
// official calendar data is flagged for manual tracking, never guessed.
import { useTranslation } from 'react-i18next';
import type { Incident } from '@shared/model';
import { clockStatus, stageClocks } from '@shared/deadlines';
import { planOfIncident, versionNumberOf } from '@shared/planVersions';
import { useConsole } from '../../db/DatabaseContext';
import { ClockBadge } from '../../ui/Badges';
import { Panel } from '../../ui/Field';
import { formatDateTime, formatDeadline, formatDuration } from '../../ui/format';
import { useNow } from '../../ui/useNow';

export function ClocksPanel({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const book = useConsole();
  const { calendar, now: clock } = book;
  // The incident's own version: a later version never moves its clocks.
  const plan = planOfIncident(book, incident);
  const now = useNow(clock, 1000);
  const clocks = stageClocks(incident, plan, calendar);
  const at = (ms: number) => formatDateTime(ms, plan.utcOffsetMinutes);
  return (
    <Panel title={t('detail.clocks')} className="clocks-panel">
      <p className="muted small">{t('planEditor.follows', { version: versionNumberOf(plan) })}</p>
      <ul className="clock-list">
        {clocks.map((c) => {
          const status = clockStatus(c, now, plan.dueSoon);
          return (
            <li key={c.stage} className={`clock-item clock-${status}`} aria-label={t(`clock.stage.${c.stage}`)}>
              <div className="clock-head">
                <strong>{t(`clock.stage.${c.stage}`)}</strong>
                <ClockBadge status={status} />
              </div>
              <div className="muted small">
                {t('clock.allowance', { amount: c.rule.amount, unit: t(`clock.unit.${c.rule.unit}`) })}
                {c.dueAt !== null ? ` · ${t('clock.due', { at: formatDeadline(c.dueAt, plan.utcOffsetMinutes) })}` : ''}
              </div>
              {c.doneAt !== null ? <div className="small">{t('clock.done', { at: at(c.doneAt) })}</div> : null}
              {status === 'on-time' || status === 'due-soon' ? (
                <div className="countdown">{t('clock.remaining', { time: formatDuration(c.dueAt! - now, t) })}</div>
              ) : null}
              {status === 'overdue' ? (
                <div className="countdown overdue">{t('clock.overdueBy', { time: formatDuration(now - c.dueAt!, t) })}</div>
              ) : null}
              {c.calendarMissingYear ? (
                <div className="notice warning small" role="note">
                  {t('clock.calendarMissing', { year: c.calendarMissingYear })}
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
    </Panel>
  );
}
