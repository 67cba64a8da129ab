// 导调台: the trainer runs the drill — start at a speed, pause, resume, change speed, skip or
// re-send an event, finish — and sees each inject's delivery and the expected actions' progress
// as participants work; observers note what they see, timed on both clocks.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ActionEvaluation } from '@shared/drillEvaluation';
import type { DrillRunRecord } from '@shared/drillRecords';
import { DRILL_SPEEDS, drillMinutesAt, type DrillCommand, type DrillSpeed } from '@shared/scenarioEngine';
import { localized } from '@shared/text';
import { useConsole } from '../../db/DatabaseContext';
import { commandDrillRun } from '../../db/drillRuns';
import { useDrillRun } from '../../db/reads/drill';
import { useIncidentsByIds } from '../../db/reads/incidents';
import { useAppSelector } from '../../store';
import { Panel } from '../../ui/Field';
import { formatDateTime } from '../../ui/format';
import { useNow } from '../../ui/useNow';
import { useWriteContext } from '../session/useWriteContext';
import { DrillTabs } from './DrillTabs';
import { ObserverNotes } from './ObserverNotes';
import { ActionResult } from './ActionResult';
import { drillClockText, tPlusMinutes } from './drillText';
import { useRunEvaluation, useTeamName } from './useDrill';
import './drill.css';
import { useCommand } from '../../ui/useCommand';
import { FormAlert } from '../../ui/Outcome';

export function TrainerConsolePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const run = useDrillRun(id);
  if (run === undefined) return null;
  if (run === null) {
    return (
      <div className="drill-page">
        <DrillTabs />
        <p className="notice error" role="alert">
          {t('drill.console.notFound')}
        </p>
      </div>
    );
  }
  return <TrainerConsole run={run} />;
}

function TrainerConsole({ run }: { run: DrillRunRecord }) {
  const { t } = useTranslation();
  const teamName = useTeamName();
  const { db, now, plan } = useConsole();
  const locale = useAppSelector((s) => s.session.locale);
  const context = useWriteContext();
  const write = useCommand();
  const tick = useNow(now, 1000);
  const [startSpeed, setStartSpeed] = useState<DrillSpeed>(1);
  const [confirmFinish, setConfirmFinish] = useState(false);
  const evaluation = useRunEvaluation(run.id);
  const incidentIds = Object.values(run.injectIncidents);
  const incidents = useIncidentsByIds(incidentIds);
  const numbers = useMemo(() => new Map((incidents ?? []).flatMap((i) => (i ? [[i.id, i.number] as const] : []))), [incidents]);
  const actions = useMemo(
    () => new Map((evaluation?.ok ? evaluation.value.evaluation.actions : []).map((a) => [a.actionId, a] as const)),
    [evaluation],
  );

  const state = run.state;
  const status = state.status;
  const drillMinute = drillMinutesAt(state, tick);
  const realMs = status === 'ready' ? 0 : (status === 'finished' ? state.finishedAtMs : tick) - state.startedAtMs;
  const command = (c: DrillCommand) => write.run(() => commandDrillRun(db, run.id, c, context()));
  const progressOf = (seq: number) => state.injects.find((p) => p.seq === seq);
  const allDone = status !== 'ready' && state.injects.every((p) => p.fired || p.skipped);
  const offset = plan.utcOffsetMinutes;

  return (
    <div className="drill-page">
      <DrillTabs />
      <div className="page-header">
        <h1>{t('drill.console.title', { number: run.number })}</h1>
        <span className={`badge drill-status ${status}`}>{t(`drill.status.${status}`)}</span>
      </div>
      <p className="hint">{t('drill.console.scenario', { title: localized(run.scenario.title, locale) })}</p>

      <section className="drill-clock-bar" aria-label={t('drill.console.drillTime')}>
        <div className="drill-clock">
          <span className="label">{t('drill.console.drillTime')}</span>
          <output className="value mono" aria-label={t('drill.console.drillTime')}>
            {`T+${drillClockText(drillMinute)}`}
          </output>
        </div>
        <div className="drill-clock">
          <span className="label">{t('drill.console.realTime')}</span>
          <span className="value small-value mono">{drillClockText(Math.max(0, realMs) / 60_000)}</span>
        </div>
        <div className="drill-speed" role="group" aria-label={t('drill.console.speedLabel')}>
          {DRILL_SPEEDS.map((speed) => {
            const current = status === 'ready' ? startSpeed : state.speed;
            return (
              <button
                key={speed}
                type="button"
                aria-pressed={current === speed}
                className={current === speed ? 'pressed' : ''}
                disabled={status === 'finished'}
                onClick={() => (status === 'ready' ? setStartSpeed(speed) : current !== speed && void command({ type: 'setSpeed', speed }))}
              >
                {t('drill.speed', { speed })}
              </button>
            );
          })}
        </div>
        <div className="drill-commands">
          {status === 'ready' ? (
            <button type="button" className="primary" onClick={() => void command({ type: 'start', speed: startSpeed })}>
              {t('drill.console.start')}
            </button>
          ) : null}
          {status === 'running' ? (
            <button type="button" onClick={() => void command({ type: 'pause' })}>
              {t('drill.console.pause')}
            </button>
          ) : null}
          {status === 'paused' ? (
            <button type="button" className="primary" onClick={() => void command({ type: 'resume' })}>
              {t('drill.console.resume')}
            </button>
          ) : null}
          {status === 'running' || status === 'paused' ? (
            <button type="button" className="danger" onClick={() => setConfirmFinish(true)}>
              {t('drill.console.finish')}
            </button>
          ) : null}
          {status === 'finished' ? (
            <>
              <Link href={`/drill/runs/${run.id}/evaluation`} className="button primary">
                {t('drill.console.evaluation')}
              </Link>
              <Link href={`/drill/runs/${run.id}/report`} className="button">
                {t('drill.console.report')}
              </Link>
            </>
          ) : null}
        </div>
      </section>
      {status === 'ready' ? <p className="notice warning">{t('drill.console.ready')}</p> : null}
      {status === 'finished' ? (
        <p className="notice success">{t('drill.console.finished', { time: formatDateTime(state.finishedAtMs, offset) })}</p>
      ) : null}
      {allDone && status !== 'finished' ? <p className="notice success">{t('drill.console.allDone')}</p> : null}
      <FormAlert text={write.alert} />
      {confirmFinish ? (
        <div role="alertdialog" aria-modal="true" aria-label={t('drill.console.finishDialog')} className="mode-confirm">
          <p>{t('drill.console.confirmFinish')}</p>
          <div className="mode-confirm-actions">
            <button type="button" onClick={() => setConfirmFinish(false)}>
              {t('drill.console.cancel')}
            </button>
            <button
              type="button"
              className="primary"
              onClick={() => {
                setConfirmFinish(false);
                void command({ type: 'finish' });
              }}
            >
              {t('drill.console.confirm')}
            </button>
          </div>
        </div>
      ) : null}

      <div className="drill-console-grid">
        <Panel title={t('drill.console.injects')}>
          <table className="drill-table msel" aria-label={t('drill.console.injects')}>
            <thead>
              <tr>
                <th>{t('drill.console.col.seq')}</th>
                <th>{t('drill.console.col.at')}</th>
                <th>{t('drill.console.col.type')}</th>
                <th>{t('drill.console.col.fromTo')}</th>
                <th>{t('drill.console.col.content')}</th>
                <th>{t('drill.console.col.state')}</th>
                <th>{t('drill.console.col.actions')}</th>
              </tr>
            </thead>
            {[...run.scenario.injects]
              .sort((a, b) => a.seq - b.seq)
              .map((inject) => {
                const progress = progressOf(inject.seq);
                const incidentId = run.injectIncidents[String(inject.seq)];
                const number = incidentId ? numbers.get(incidentId) : undefined;
                const live = status === 'running' || status === 'paused';
                return (
                  <tbody
                    key={inject.seq}
                    data-seq={inject.seq}
                    className={progress?.fired ? 'fired' : progress?.skipped ? 'skipped' : 'pending'}
                  >
                    <tr className="inject-row">
                      <td className="mono">{inject.seq}</td>
                      <td className="mono">{t('drill.tPlus', { minutes: inject.offsetMinutes })}</td>
                      <td>{t(`drill.injectType.${inject.type}`)}</td>
                      <td>
                        {localized(inject.from, locale)} → {localized(inject.to, locale)}
                      </td>
                      <td className="inject-content">{localized(inject.content, locale)}</td>
                      <td className="inject-state">
                        {progress?.fired
                          ? t('drill.console.fired', {
                              tPlus: t('drill.tPlus', { minutes: tPlusMinutes(progress.fired.drillMinute) }),
                              time: formatDateTime(progress.fired.atMs, offset).slice(-5),
                            })
                          : progress?.skipped
                            ? t('drill.console.skipped')
                            : t('drill.console.pending')}
                        {progress && progress.resentCount > 0 ? (
                          <div className="small">{t('drill.console.resent', { count: progress.resentCount })}</div>
                        ) : null}
                        {incidentId && number ? (
                          <div>
                            <Link href={`/incidents/${incidentId}`}>{t('drill.console.openIncident', { number })}</Link>
                          </div>
                        ) : null}
                      </td>
                      <td className="drill-row-actions">
                        {progress && !progress.fired && !progress.skipped && status !== 'finished' ? (
                          <button type="button" onClick={() => void command({ type: 'skip', seq: inject.seq })}>
                            {t('drill.console.skip')}
                          </button>
                        ) : null}
                        {progress?.fired && live ? (
                          <button type="button" onClick={() => void command({ type: 'resend', seq: inject.seq })}>
                            {t('drill.console.resend')}
                          </button>
                        ) : null}
                      </td>
                    </tr>
                    {inject.expectedActions.length > 0 ? (
                      <tr className="expected-row">
                        <td />
                        <td colSpan={6}>
                          <ul className="expected-list" aria-label={t('drill.console.expected')}>
                            {inject.expectedActions.map((action) => (
                              <li key={action.id}>
                                <span className="team">{teamName(action.team)}</span>
                                <span className="description">{localized(action.description, locale)}</span>
                                <span className="limit muted">{t('drill.evaluation.minutes', { count: action.limitMinutes })}</span>
                                <ActionProgress evaluated={actions.get(action.id)} finished={status === 'finished'} />
                              </li>
                            ))}
                          </ul>
                        </td>
                      </tr>
                    ) : null}
                  </tbody>
                );
              })}
          </table>
        </Panel>
        <ObserverNotes run={run} />
      </div>
    </div>
  );
}

function ActionProgress({ evaluated, finished }: { evaluated: ActionEvaluation | undefined; finished: boolean }) {
  const { t } = useTranslation();
  if (!evaluated || evaluated.outcome.status === 'not-injected') return <span className="result pending" />;
  // While the drill runs, an action not yet done is still awaited, not failed.
  if (!finished && evaluated.outcome.status === 'missing') return <span className="result awaiting">{t('drill.console.awaiting')}</span>;
  return <ActionResult outcome={evaluated.outcome} compact />;
}
