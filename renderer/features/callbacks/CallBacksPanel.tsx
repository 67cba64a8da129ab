// 回访 on the incident page: the plan's rule, when the call-back is owed (or was made), the calls
// made with their outcome, and 记录回访 once the incident is closed.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { callBackDue, callBackRule } from '@shared/callBacks';
import type { Incident } from '@shared/model';
import { planOfIncident } from '@shared/planVersions';
import { useConsole } from '../../db/DatabaseContext';
import { useIncidentCallBacks } from '../../db/reads/callBacks';
import { useAppSelector } from '../../store';
import { Panel } from '../../ui/Field';
import { formatDateTime, formatDuration } from '../../ui/format';
import { useNow } from '../../ui/useNow';
import { CallBackForm } from './CallBackForm';
import './callbacks.css';

export function CallBacksPanel({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const book = useConsole();
  const locale = useAppSelector((s) => s.session.locale);
  const minute = useNow(book.now, 30_000);
  const [recording, setRecording] = useState(false);
  const callBacks = useIncidentCallBacks(incident.id);
  if (callBacks === undefined) return null;
  const plan = planOfIncident(book, incident);
  const rule = callBackRule(plan);
  const due = callBackDue(incident, rule);
  const at = (value: string | number) => formatDateTime(value, plan.utcOffsetMinutes);
  const closed = incident.state === 'closed';
  const levels = rule.levels.map((level) => t(`level.${level}`)).join(locale === 'en' ? ', ' : '、');

  return (
    <Panel
      title={t('callBacks.title')}
      className="call-backs-panel"
      actions={
        closed && !recording ? (
          <button type="button" onClick={() => setRecording(true)}>
            {t('callBacks.record')}
          </button>
        ) : null
      }
    >
      <p className="muted small">{t('callBacks.rule', { days: rule.afterDays, levels })}</p>
      {!closed ? <p className="muted">{t('callBacks.notOwed')}</p> : null}
      {due !== null ? (
        <p role="status" className={minute > due ? 'call-back-due overdue' : 'call-back-due'}>
          {t('callBacks.dueOn', { at: at(due) })}
          {minute > due ? ` · ${t('callBacks.overdue', { duration: formatDuration(minute - due, t) })}` : ''}
        </p>
      ) : incident.callBack?.doneAt ? (
        <p role="status" className="call-back-due done">
          {t('callBacks.done', { at: at(incident.callBack.doneAt) })}
        </p>
      ) : null}
      {recording ? <CallBackForm incidentId={incident.id} onDone={() => setRecording(false)} /> : null}
      {closed && callBacks.length === 0 ? <p className="muted">{t('callBacks.empty')}</p> : null}
      {callBacks.length > 0 ? (
        <ul className="call-back-list" aria-label={t('callBacks.list')}>
          {callBacks.map((c) => (
            <li key={c.id}>
              {t('callBacks.line', {
                at: at(c.at),
                method: t(`callBacks.method.${c.method}`),
                name: c.byName,
                outcome: c.reached && c.satisfaction ? t(`callBacks.satisfaction.${c.satisfaction}`) : t('callBacks.unreached'),
                result: c.result,
              })}
            </li>
          ))}
        </ul>
      ) : null}
    </Panel>
  );
}
