// 演练导调: the drill under way, a new drill from a scenario (and its notice), and past runs with
// their evaluation and report.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useLocation } from 'wouter';
import { localized } from '@shared/text';
import { useConsole } from '../../db/DatabaseContext';
import { createDrillRun, listDrillRuns } from '../../db/drillRuns';
import { listScenarios } from '../../db/scenarios';
import { useDrillNotices } from '../../db/reads/drill';
import { useAppSelector } from '../../store';
import { Field, Panel } from '../../ui/Field';
import { formatDateTime } from '../../ui/format';
import { useWriteContext } from '../session/useWriteContext';
import { DrillTabs } from './DrillTabs';

import './drill.css';
import { useCommand } from '../../ui/useCommand';
import { FormAlert } from '../../ui/Outcome';

export function DrillHomePage() {
  const { t } = useTranslation();
  const { db, plan } = useConsole();
  const locale = useAppSelector((s) => s.session.locale);
  const context = useWriteContext();
  const [, navigate] = useLocation();
  const runs = useLiveQuery(() => listDrillRuns(db), [db]);
  const scenarios = useLiveQuery(() => listScenarios(db), [db]);
  const notices = useDrillNotices();
  const [scenarioId, setScenarioId] = useState('');
  const [noticeId, setNoticeId] = useState('');
  const write = useCommand();
  const active = runs?.find((r) => r.state.status === 'running' || r.state.status === 'paused');
  const chosen = scenarios?.find((s) => s.id === (scenarioId || scenarios[0]?.id));

  const create = async () => {
    if (!chosen) return;
    const run = await write.run(() => createDrillRun(db, chosen, context(), noticeId ? { noticeId } : {}));
    if (run) navigate(`/drill/runs/${run.id}`);
  };

  return (
    <div className="drill-page">
      <DrillTabs />
      <div className="page-header">
        <h1>{t('drill.home.title')}</h1>
      </div>
      <p className="hint">{t('drill.home.intro')}</p>
      <div className="drill-home-grid">
        <Panel title={t('drill.home.active')}>
          {active ? (
            <div className="drill-active">
              <strong>{active.number}</strong> · {localized(active.scenario.title, locale)} ·{' '}
              <span className={`badge drill-status ${active.state.status}`}>{t(`drill.status.${active.state.status}`)}</span>
              <div>
                <Link href={`/drill/runs/${active.id}`} className="button primary">
                  {t('drill.home.open')}
                </Link>
              </div>
            </div>
          ) : (
            <p className="muted">{t('drill.home.noActive')}</p>
          )}
        </Panel>
        <Panel title={t('drill.home.create')}>
          <div className="drill-create">
            <Field label={t('drill.home.scenario')}>
              {(props) => (
                <select {...props} value={chosen?.id ?? ''} onChange={(e) => setScenarioId(e.target.value)}>
                  {(scenarios ?? []).map((s) => (
                    <option key={s.id} value={s.id}>
                      {localized(s.title, locale)} · {t(`drill.kind.${s.kind}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('drill.home.notice')}>
              {(props) => (
                <select {...props} value={noticeId} onChange={(e) => setNoticeId(e.target.value)}>
                  <option value="">{t('drill.home.noNotice')}</option>
                  {(notices ?? []).map((n) => (
                    <option key={n.id} value={n.id}>
                      {n.title}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {chosen ? <p className="hint">{localized(chosen.summary, locale)}</p> : null}
            <FormAlert text={write.alert} />
            <div className="form-actions">
              <button type="button" className="primary" onClick={() => void create()} disabled={!chosen}>
                {t('drill.home.createButton')}
              </button>
            </div>
          </div>
        </Panel>
      </div>
      <Panel title={t('drill.home.history')}>
        {runs && runs.length > 0 ? (
          <table className="drill-table" aria-label={t('drill.home.history')}>
            <thead>
              <tr>
                <th>{t('drill.home.col.number')}</th>
                <th>{t('drill.home.col.scenario')}</th>
                <th>{t('drill.home.col.status')}</th>
                <th>{t('drill.home.col.createdBy')}</th>
                <th>{t('drill.home.col.createdAt')}</th>
                <th>{t('drill.home.col.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {runs.map((run) => (
                <tr key={run.id}>
                  <td className="mono">{run.number}</td>
                  <td>{localized(run.scenario.title, locale)}</td>
                  <td>
                    <span className={`badge drill-status ${run.state.status}`}>{t(`drill.status.${run.state.status}`)}</span>
                  </td>
                  <td>{run.createdByName}</td>
                  <td>{formatDateTime(run.createdAt, plan.utcOffsetMinutes)}</td>
                  <td className="drill-row-actions">
                    <Link href={`/drill/runs/${run.id}`}>{t('drill.home.console')}</Link>
                    {run.state.status === 'finished' ? (
                      <>
                        <Link href={`/drill/runs/${run.id}/evaluation`}>{t('drill.home.evaluation')}</Link>
                        <Link href={`/drill/runs/${run.id}/report`}>{t('drill.home.report')}</Link>
                      </>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="muted">{t('drill.home.none')}</p>
        )}
      </Panel>
    </div>
  );
}
