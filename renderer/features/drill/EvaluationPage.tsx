// 演练评估: each expected action checked against the records, P/S/M/U per objective, per team and
// overall; the trainer adjusts a rating with a reason; findings become improvement measures with
// owner and due date; and the comparison with the previous run of the same scenario.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { DRILL_RATINGS, type DrillRating, type ObjectiveEvaluation } from '@shared/drillEvaluation';
import type { DrillFinding } from '@shared/drillRecords';
import { localized } from '@shared/text';
import { useConsole } from '../../db/DatabaseContext';
import { adjustDrillRating, deleteDrillFinding, saveDrillFinding, setMeasureStatus, type RunEvaluation } from '../../db/drillRuns';
import { useAppSelector } from '../../store';
import { Field, Panel } from '../../ui/Field';
import { planDateOf } from '@shared/time';
import { useWriteContext } from '../session/useWriteContext';
import { ActionResult } from './ActionResult';
import { DrillTabs } from './DrillTabs';
import { minutesText } from './drillText';
import { useRunEvaluation, useTeamName } from './useDrill';
import './drill.css';
import { useCommand } from '../../ui/useCommand';

export function EvaluationPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const loaded = useRunEvaluation(id);
  if (loaded === undefined) return null;
  if (!loaded.ok) {
    return (
      <div className="drill-page">
        <DrillTabs />
        <p className="notice error" role="alert">
          {t('drill.console.notFound')}
        </p>
      </div>
    );
  }
  return <Evaluation data={loaded.value} />;
}

function RatingBadge({ rating }: { rating: DrillRating | null }) {
  const { t } = useTranslation();
  if (!rating) return <span className="muted">{t('drill.rating.none')}</span>;
  return (
    <span className={`rating rating-${rating}`} title={t(`drill.rating.${rating}`)}>
      {t(`drill.rating.${rating}`)}
    </span>
  );
}

function Evaluation({ data }: { data: RunEvaluation }) {
  const { t } = useTranslation();
  const teamName = useTeamName();
  const locale = useAppSelector((s) => s.session.locale);
  const { run, evaluation, previous } = data;
  const finished = run.state.status === 'finished';
  const [adjusting, setAdjusting] = useState<ObjectiveEvaluation | null>(null);
  const injects = new Map(run.scenario.injects.map((i) => [i.seq, i]));
  const actionsById = new Map(run.scenario.injects.flatMap((i) => i.expectedActions).map((a) => [a.id, a]));
  const objectiveName = (code: string) => {
    const objective = run.scenario.objectives.find((o) => o.code === code);
    return objective ? localized(objective.name, locale) : '';
  };
  const tallyCells = (tally: ObjectiveEvaluation['tally']) => (
    <>
      <td className="num">{tally.expected}</td>
      <td className="num">{tally.done}</td>
      <td className="num">{tally.onTime}</td>
      <td className="num">{tally.late}</td>
      <td className="num">{tally.missing}</td>
      <td className="num">{tally.notDue}</td>
      <td className="num">{tally.notInjected}</td>
    </>
  );
  const tallyHead = (
    <>
      <th className="num">{t('drill.evaluation.col.expected')}</th>
      <th className="num">{t('drill.evaluation.col.done')}</th>
      <th className="num">{t('drill.evaluation.col.onTime')}</th>
      <th className="num">{t('drill.evaluation.col.late')}</th>
      <th className="num">{t('drill.evaluation.col.missing')}</th>
      <th className="num">{t('drill.evaluation.col.notDue')}</th>
      <th className="num">{t('drill.evaluation.col.notInjected')}</th>
    </>
  );

  return (
    <div className="drill-page">
      <DrillTabs />
      <div className="page-header">
        <h1>{t('drill.evaluation.title', { number: run.number })}</h1>
        <div className="header-actions">
          <Link href={`/drill/runs/${run.id}`} className="button">
            {t('drill.evaluation.back')}
          </Link>
          {finished ? (
            <Link href={`/drill/runs/${run.id}/report`} className="button primary">
              {t('drill.evaluation.report')}
            </Link>
          ) : null}
        </div>
      </div>
      <p className="hint">{t('drill.console.scenario', { title: localized(run.scenario.title, locale) })}</p>
      {!finished ? <p className="notice warning">{t('drill.evaluation.notFinished')}</p> : null}

      <section className="drill-overall" aria-label={t('drill.evaluation.overall')}>
        <span className="label">{t('drill.evaluation.overall')}</span>
        <RatingBadge rating={evaluation.overall.rating} />
        {evaluation.overall.rating !== evaluation.overall.computed ? (
          <span className="muted">
            {t('drill.evaluation.computed')}: <RatingBadge rating={evaluation.overall.computed} />
          </span>
        ) : null}
        <p className="hint">
          <strong>{t('drill.evaluation.ruleTitle')}</strong> {t('drill.evaluation.rule')}
        </p>
      </section>

      <Panel title={t('drill.evaluation.objectives')}>
        <table className="drill-table ratings" aria-label={t('drill.evaluation.objectives')}>
          <thead>
            <tr>
              <th>{t('drill.evaluation.col.objective')}</th>
              {tallyHead}
              <th>{t('drill.evaluation.col.computed')}</th>
              <th>{t('drill.evaluation.col.rating')}</th>
              <th>{t('drill.evaluation.col.reason')}</th>
              <th>{t('drill.evaluation.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {evaluation.objectives.map((objective) => (
              <tr key={objective.objective} data-objective={objective.objective}>
                <th scope="row">{localized(objective.name, locale)}</th>
                {tallyCells(objective.tally)}
                <td>
                  <RatingBadge rating={objective.computed} />
                </td>
                <td className="rating-cell">
                  <RatingBadge rating={objective.rating} />
                </td>
                <td>
                  {objective.adjustment ? (
                    <>
                      {objective.adjustment.reason}
                      <div className="small muted">{t('drill.evaluation.adjustedBy', { by: objective.adjustment.by })}</div>
                    </>
                  ) : null}
                </td>
                <td>
                  {finished && objective.computed !== null ? (
                    <button type="button" onClick={() => setAdjusting(objective)}>
                      {t('drill.evaluation.adjust')}
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Panel>
      {adjusting ? <AdjustDialog runId={run.id} objective={adjusting} onClose={() => setAdjusting(null)} /> : null}

      <Panel title={t('drill.evaluation.teams')}>
        <table className="drill-table ratings" aria-label={t('drill.evaluation.teams')}>
          <thead>
            <tr>
              <th>{t('drill.evaluation.col.team')}</th>
              {tallyHead}
              <th>{t('drill.evaluation.col.rating')}</th>
            </tr>
          </thead>
          <tbody>
            {evaluation.teams.map((team) => (
              <tr key={team.team}>
                <th scope="row">{teamName(team.team)}</th>
                {tallyCells(team.tally)}
                <td>
                  <RatingBadge rating={team.rating} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Panel>

      <Panel title={t('drill.evaluation.actions')}>
        <table className="drill-table" aria-label={t('drill.evaluation.actions')}>
          <thead>
            <tr>
              <th>{t('drill.evaluation.col.inject')}</th>
              <th>{t('drill.evaluation.col.action')}</th>
              <th>{t('drill.evaluation.col.team')}</th>
              <th>{t('drill.evaluation.col.limit')}</th>
              <th>{t('drill.evaluation.col.result')}</th>
              <th>{t('drill.evaluation.col.by')}</th>
              <th>{t('drill.evaluation.col.source')}</th>
            </tr>
          </thead>
          <tbody>
            {evaluation.actions.map((action) => {
              const inject = injects.get(action.injectSeq);
              const described = actionsById.get(action.actionId);
              const outcome = action.outcome;
              return (
                <tr key={action.actionId}>
                  <td className="mono">
                    {action.injectSeq} · {t('drill.tPlus', { minutes: inject?.offsetMinutes ?? 0 })}
                  </td>
                  <td>{described ? localized(described.description, locale) : ''}</td>
                  <td>{teamName(action.team)}</td>
                  <td className="num">{t('drill.evaluation.minutes', { count: action.limitMinutes })}</td>
                  <td>
                    <ActionResult outcome={outcome} />
                  </td>
                  <td>{'by' in outcome ? outcome.by : ''}</td>
                  <td>
                    {'source' in outcome
                      ? outcome.source === 'observer'
                        ? t('drill.evaluation.sourceObserver')
                        : t('drill.evaluation.sourceRecord')
                      : ''}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </Panel>

      <Findings data={data} objectiveName={objectiveName} />

      <Panel title={previous ? t('drill.evaluation.comparison', { number: previous.run.number }) : t('drill.evaluation.comparisonTitle')}>
        {previous ? (
          <table className="drill-table" aria-label={t('drill.evaluation.comparison', { number: previous.run.number })}>
            <thead>
              <tr>
                <th>{t('drill.evaluation.col.objective')}</th>
                <th>{previous.run.number}</th>
                <th>{run.number}</th>
                <th>{t('drill.evaluation.col.trend')}</th>
              </tr>
            </thead>
            <tbody>
              {previous.comparison.objectives.map((row) => (
                <tr key={row.objective}>
                  <th scope="row">{localized(row.name, locale)}</th>
                  <td>
                    <RatingBadge rating={row.earlier} />
                  </td>
                  <td>
                    <RatingBadge rating={row.later} />
                  </td>
                  <td>{row.trend ? t(`drill.evaluation.${row.trend}`) : ''}</td>
                </tr>
              ))}
              <tr className="sub-head">
                <th scope="col">{t('drill.evaluation.col.actionTime')}</th>
                <th scope="col">{previous.run.number}</th>
                <th scope="col">{run.number}</th>
                <th scope="col">{t('drill.evaluation.col.change')}</th>
              </tr>
              {previous.comparison.actions
                .filter((row) => row.changeMinutes !== null)
                .map((row) => (
                  <tr key={row.actionId} className="small">
                    <td>{actionsById.get(row.actionId) ? localized(actionsById.get(row.actionId)!.description, locale) : ''}</td>
                    <td className="num">
                      {t('drill.evaluation.minutes', { count: Number(minutesText(row.earlier!.minutesAfterInject!)) })}
                    </td>
                    <td className="num">{t('drill.evaluation.minutes', { count: Number(minutesText(row.later!.minutesAfterInject!)) })}</td>
                    <td className="num">
                      {row.changeMinutes! === 0
                        ? t('drill.evaluation.unchanged')
                        : t(row.changeMinutes! < 0 ? 'drill.evaluation.faster' : 'drill.evaluation.slower', {
                            minutes: minutesText(Math.abs(row.changeMinutes!)),
                          })}
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        ) : (
          <p className="muted">{t('drill.evaluation.noPrevious')}</p>
        )}
      </Panel>
    </div>
  );
}

function AdjustDialog({ runId, objective, onClose }: { runId: string; objective: ObjectiveEvaluation; onClose: () => void }) {
  const { t } = useTranslation();
  const { db } = useConsole();
  const locale = useAppSelector((s) => s.session.locale);
  const context = useWriteContext();
  const write = useCommand();
  const [rating, setRating] = useState<DrillRating>(objective.rating ?? 'P');
  const [reason, setReason] = useState('');
  const save = async () => {
    const saved = await write.run(() => adjustDrillRating(db, runId, { objective: objective.objective, rating, reason }, context()));
    if (saved) onClose();
  };
  const title = t('drill.evaluation.adjustDialog', { objective: localized(objective.name, locale) });
  return (
    <div role="dialog" aria-modal="true" aria-label={title} className="mode-confirm drill-adjust">
      <h2>{title}</h2>
      <Field label={t('drill.evaluation.newRating')}>
        {(props) => (
          <select {...props} value={rating} onChange={(e) => setRating(e.target.value as DrillRating)}>
            {DRILL_RATINGS.map((r) => (
              <option key={r} value={r}>
                {t(`drill.rating.${r}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('drill.evaluation.reason')} error={write.alert ?? undefined}>
        {(props) => <textarea {...props} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <div className="mode-confirm-actions">
        <button type="button" onClick={onClose}>
          {t('drill.evaluation.cancel')}
        </button>
        <button type="button" className="primary" onClick={() => void save()}>
          {t('drill.evaluation.save')}
        </button>
      </div>
    </div>
  );
}

const emptyFinding = (today: string) => ({ objective: '', finding: '', measure: '', owner: '', dueDate: today });

function Findings({ data, objectiveName }: { data: RunEvaluation; objectiveName: (code: string) => string }) {
  const { t } = useTranslation();
  const { db, now, plan } = useConsole();
  const locale = useAppSelector((s) => s.session.locale);
  const context = useWriteContext();
  const write = useCommand();
  const [draft, setDraft] = useState(() => emptyFinding(planDateOf(now(), plan.utcOffsetMinutes)));
  const set = (field: keyof typeof draft) => (e: { target: { value: string } }) => setDraft({ ...draft, [field]: e.target.value });
  const add = async () => {
    const saved = await write.run(() =>
      saveDrillFinding(db, data.run.id, { ...draft, objective: draft.objective || undefined }, context()),
    );
    if (saved) setDraft(emptyFinding(draft.dueDate));
  };
  const toggle = (finding: DrillFinding) =>
    write.run(() => setMeasureStatus(db, finding.id, finding.status === 'open' ? 'done' : 'open', context()));
  const fieldError = (name: string) => write.errors[name];

  return (
    <Panel title={t('drill.evaluation.findings')}>
      {data.findings.length === 0 ? (
        <p className="muted">{t('drill.evaluation.noFindings')}</p>
      ) : (
        <table className="drill-table" aria-label={t('drill.evaluation.findings')}>
          <thead>
            <tr>
              <th>{t('drill.evaluation.objective')}</th>
              <th>{t('drill.evaluation.finding')}</th>
              <th>{t('drill.evaluation.measure')}</th>
              <th>{t('drill.evaluation.owner')}</th>
              <th>{t('drill.evaluation.dueDate')}</th>
              <th>{t('drill.evaluation.measureStatus')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {data.findings.map((finding) => (
              <tr key={finding.id}>
                <td>{finding.objective ? objectiveName(finding.objective) : ''}</td>
                <td>{finding.finding}</td>
                <td>{finding.measure}</td>
                <td>{finding.owner}</td>
                <td className="mono">{finding.dueDate}</td>
                <td>{finding.status === 'done' ? t('drill.evaluation.done') : t('drill.evaluation.open')}</td>
                <td className="drill-row-actions">
                  <button type="button" onClick={() => void toggle(finding)}>
                    {finding.status === 'open' ? t('drill.evaluation.markDone') : t('drill.evaluation.reopen')}
                  </button>
                  <button
                    type="button"
                    className="link"
                    onClick={() => void write.run(() => deleteDrillFinding(db, finding.id, context()))}
                  >
                    {t('drill.evaluation.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="finding-form">
        <Field label={t('drill.evaluation.objective')}>
          {(props) => (
            <select {...props} value={draft.objective} onChange={set('objective')}>
              <option value="">{t('drill.evaluation.anyObjective')}</option>
              {data.run.scenario.objectives.map((o) => (
                <option key={o.code} value={o.code}>
                  {localized(o.name, locale)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('drill.evaluation.finding')} error={fieldError('finding')} wide>
          {(props) => <textarea {...props} rows={2} value={draft.finding} onChange={set('finding')} />}
        </Field>
        <Field label={t('drill.evaluation.measure')} error={fieldError('measure')} wide>
          {(props) => <textarea {...props} rows={2} value={draft.measure} onChange={set('measure')} />}
        </Field>
        <Field label={t('drill.evaluation.owner')} error={fieldError('owner')}>
          {(props) => <input {...props} value={draft.owner} onChange={set('owner')} />}
        </Field>
        <Field label={t('drill.evaluation.dueDate')} error={fieldError('dueDate')}>
          {(props) => <input {...props} type="date" value={draft.dueDate} onChange={set('dueDate')} />}
        </Field>
      </div>
      {write.alert && Object.keys(write.errors).length === 0 ? (
        <p className="notice error" role="alert">
          {write.alert}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="button" className="primary" onClick={() => void add()}>
          {t('drill.evaluation.addFinding')}
        </button>
      </div>
    </Panel>
  );
}
