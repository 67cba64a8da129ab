// 演练脚本库: every scenario, built-in and the office's own, with what each rehearses and how long
// it runs; copy, export and import from here.
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import { localized } from '@shared/text';
import { useConsole } from '../../../db/DatabaseContext';
import { listScenarios } from '../../../db/scenarios';
import { useAppSelector } from '../../../store';
import { formatDateTime } from '../../../ui/format';
import { DrillTabs } from '../DrillTabs';
import { MessageLine, SourceBadge } from './ScenarioBits';
import { durationOf } from './scenarioText';
import { useScenarioFiles } from './useScenarioFiles';
import './scenarios.css';

export function ScenarioLibraryPage() {
  const { t } = useTranslation();
  const { db, plan } = useConsole();
  const locale = useAppSelector((s) => s.session.locale);
  const scenarios = useLiveQuery(() => listScenarios(db), [db]);
  const files = useScenarioFiles();

  return (
    <div className="scenario-library">
      <DrillTabs />
      <div className="page-header">
        <h1>{t('drillScenarios.title')}</h1>
        <div className="toolbar">
          <button type="button" className="primary" disabled={files.busy} onClick={() => void files.importFile()}>
            {t('drillScenarios.import')}
          </button>
        </div>
      </div>
      <p className="muted">{t('drillScenarios.intro')}</p>
      <MessageLine message={files.message} />
      {scenarios ? (
        <table className="scenario-table" aria-label={t('drillScenarios.tableLabel')}>
          <thead>
            <tr>
              <th>{t('drillScenarios.col.title')}</th>
              <th>{t('drillScenarios.col.source')}</th>
              <th>{t('drillScenarios.col.kind')}</th>
              <th className="num">{t('drillScenarios.col.injects')}</th>
              <th>{t('drillScenarios.col.objectives')}</th>
              <th className="num">{t('drillScenarios.col.duration')}</th>
              <th>{t('drillScenarios.col.updated')}</th>
              <th>{t('drillScenarios.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {scenarios.map((scenario) => {
              const title = localized(scenario.title, locale);
              return (
                <tr key={scenario.id} aria-label={title}>
                  <td className="scenario-title-cell">
                    <Link href={`/drill/scenarios/${scenario.id}`} className="scenario-title">
                      {title}
                    </Link>
                    <div className="muted small clamp">{localized(scenario.summary, locale)}</div>
                  </td>
                  <td>
                    <SourceBadge builtIn={scenario.builtIn} />
                  </td>
                  <td className="nowrap">{t(`drillScenarios.kind.${scenario.kind}`)}</td>
                  <td className="num">{t('drillScenarios.injectCount', { count: scenario.injects.length })}</td>
                  <td className="objective-cell">
                    {scenario.objectives.map((o) => localized(o.name, locale)).join(t('common.listSeparator'))}
                  </td>
                  <td className="num">{t('drillScenarios.minutes', { count: durationOf(scenario) })}</td>
                  <td className="nowrap">{formatDateTime(scenario.updatedAt, plan.utcOffsetMinutes)}</td>
                  <td className="row-actions">
                    <Link href={`/drill/scenarios/${scenario.id}`} className="button" aria-label={`${t('drillScenarios.view')} ${title}`}>
                      {t('drillScenarios.view')}
                    </Link>
                    <button type="button" disabled={files.busy} onClick={() => void files.copy(scenario)}>
                      {t('drillScenarios.copy')}
                    </button>
                    <button type="button" disabled={files.busy} onClick={() => void files.exportFile(scenario)}>
                      {t('drillScenarios.export')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p className="loading">{t('drillScenarios.loading')}</p>
      )}
    </div>
  );
}
