// 演练评估: each expected action checked against the records, P/S/M/U per objective, per team and
// overall; the trainer adjusts a rating with a reason; findings become improvement measures with
// owner and due date; and the comparison with the previous run of the same scenario. Each part
// is a component in ./evaluation.
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { localized } from '@shared/text';
import type { RunEvaluation } from '../../db/drillRuns';
import { useAppSelector } from '../../store';
import { DrillTabs } from './DrillTabs';
import { Findings } from './evaluation/Findings';
import { ObjectiveRatings } from './evaluation/ObjectiveRatings';
import { ObservedActions } from './evaluation/ObservedActions';
import { OverallRating } from './evaluation/OverallRating';
import { PreviousRunComparison } from './evaluation/PreviousRunComparison';
import { TeamRatings } from './evaluation/TeamRatings';
import { useRunEvaluation } from './useDrill';
import './drill.css';

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

function Evaluation({ data }: { data: RunEvaluation }) {
  const { t } = useTranslation();
  const locale = useAppSelector((s) => s.session.locale);
  const { run, evaluation, previous } = data;
  const finished = run.state.status === 'finished';
  const objectiveName = (code: string) => {
    const objective = run.scenario.objectives.find((o) => o.code === code);
    return objective ? localized(objective.name, locale) : '';
  };

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
      <OverallRating overall={evaluation.overall} />
      <ObjectiveRatings runId={run.id} objectives={evaluation.objectives} finished={finished} />
      <TeamRatings teams={evaluation.teams} />
      <ObservedActions scenario={run.scenario} actions={evaluation.actions} />
      <Findings data={data} objectiveName={objectiveName} />
      <PreviousRunComparison number={run.number} scenario={run.scenario} previous={previous} />
    </div>
  );
}
