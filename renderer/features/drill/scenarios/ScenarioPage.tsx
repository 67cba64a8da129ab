// One scenario: its overview and MSEL table. A built-in is a read-only template to copy; the
// office's own can be edited, exported and deleted.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useLocation } from 'wouter';
import type { Scenario } from '@shared/scenario';
import { localized } from '@shared/text';
import { useConsole } from '../../../db/DatabaseContext';
import { deleteScenario, getScenario } from '../../../db/scenarios';
import { useTeams } from '../../../db/reads/organisation';
import { useAppSelector } from '../../../store';
import { attempt } from '../../../ui/describe';
import { formatDateTime } from '../../../ui/format';
import { DrillTabs } from '../DrillTabs';
import { MselTable } from './MselTable';
import { ScenarioEditor } from './ScenarioEditor';
import { MessageLine, SourceBadge } from './ScenarioBits';
import { actionCount, durationOf, teamNamer } from './scenarioText';
import { leaveMessage, scenarioFailureText, useScenarioFiles } from './useScenarioFiles';
import './scenarios.css';
import { useWriteContext } from '../../session/useWriteContext';

export function ScenarioPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { db } = useConsole();
  // null once read and not there; undefined while reading.
  const scenario = useLiveQuery(async () => (await getScenario(db, id)) ?? null, [db, id]);
  if (scenario === undefined) return <p className="loading">{t('drillScenarios.loading')}</p>;
  if (scenario === null)
    return (
      <div className="scenario-page">
        <DrillTabs />
        <p className="notice warning">{t('drillScenarios.notFound')}</p>
        <Link href="/drill/scenarios">{t('drillScenarios.back')}</Link>
      </div>
    );
  return <ScenarioView key={scenario.id} scenario={scenario} />;
}

function ScenarioView({ scenario }: { scenario: Scenario }) {
  const { t } = useTranslation();
  const { db, plan } = useConsole();
  const locale = useAppSelector((s) => s.session.locale);
  const teams = useTeams();
  const teamName = teamNamer(teams, locale, t);
  const files = useScenarioFiles();
  const writeContext = useWriteContext();
  const [, navigate] = useLocation();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const title = localized(scenario.title, locale);

  async function remove() {
    const removed = await attempt(() => deleteScenario(db, scenario.id, writeContext()));
    setConfirming(false);
    if (!removed.ok) return files.setMessage({ kind: 'error', text: scenarioFailureText(removed.error, t) });
    leaveMessage({ kind: 'success', text: t('drillScenarios.deleted', { title }) });
    navigate('/drill/scenarios');
  }

  return (
    <div className="scenario-page">
      <DrillTabs />
      <p className="small">
        <Link href="/drill/scenarios">{t('drillScenarios.back')}</Link>
      </p>
      <div className="page-header">
        <h1>{title}</h1>
        <SourceBadge builtIn={scenario.builtIn} />
        <span className="badge kind">{t(`drillScenarios.kind.${scenario.kind}`)}</span>
        {editing ? null : (
          <div className="toolbar">
            {scenario.builtIn ? null : (
              <button type="button" className="primary" onClick={() => setEditing(true)}>
                {t('drillScenarios.edit')}
              </button>
            )}
            <button type="button" disabled={files.busy} onClick={() => void files.copy(scenario)}>
              {t('drillScenarios.copy')}
            </button>
            <button type="button" disabled={files.busy} onClick={() => void files.exportFile(scenario)}>
              {t('drillScenarios.export')}
            </button>
            {scenario.builtIn ? null : (
              <button type="button" className="danger" onClick={() => setConfirming(true)}>
                {t('drillScenarios.delete')}
              </button>
            )}
          </div>
        )}
      </div>
      <MessageLine message={files.message} />
      {confirming ? (
        <div className="scenario-confirm" role="alertdialog" aria-label={t('drillScenarios.confirmDelete.title')}>
          <p>{t('drillScenarios.confirmDelete.body', { title })}</p>
          <div className="form-actions">
            <button type="button" className="danger" onClick={() => void remove()}>
              {t('drillScenarios.confirmDelete.confirm')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('drillScenarios.confirmDelete.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      {editing ? (
        <ScenarioEditor
          scenario={scenario}
          teamName={teamName}
          onSaved={() => {
            setEditing(false);
            files.setMessage({ kind: 'success', text: t('drillScenarios.saved') });
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          {scenario.builtIn ? <p className="muted small">{t('drillScenarios.builtInNote')}</p> : null}
          <section className="panel" aria-label={t('drillScenarios.overview')}>
            <header className="panel-header">
              <h2>{t('drillScenarios.overview')}</h2>
              <span className="muted small">
                {t('drillScenarios.col.updated')} {formatDateTime(scenario.updatedAt, plan.utcOffsetMinutes)}
              </span>
            </header>
            <div className="panel-body scenario-overview">
              <p>{localized(scenario.summary, locale)}</p>
              <p className="muted">
                {t('drillScenarios.stats', {
                  injects: scenario.injects.length,
                  actions: actionCount(scenario),
                  minutes: durationOf(scenario),
                })}
              </p>
              <h3>{t('drillScenarios.objectivesHeading')}</h3>
              <ul className="objective-list">
                {scenario.objectives.map((objective) => (
                  <li key={objective.code}>{localized(objective.name, locale)}</li>
                ))}
              </ul>
            </div>
          </section>
          <section className="panel" aria-label={t('drillScenarios.msel')}>
            <header className="panel-header">
              <h2>{t('drillScenarios.msel')}</h2>
            </header>
            <div className="panel-body">
              <MselTable scenario={scenario} plan={plan} locale={locale} teamName={teamName} />
            </div>
          </section>
        </>
      )}
    </div>
  );
}
