// Every expected action of the scenario checked against the records: its inject and limit, the
// result (on time, late by, missing…), who did it and whether a record or an observer showed it.
import { useTranslation } from 'react-i18next';
import type { ActionEvaluation } from '@shared/drillEvaluation';
import type { Scenario } from '@shared/scenario';
import { localized } from '@shared/text';
import { useAppSelector } from '../../../store';
import { Panel } from '../../../ui/Field';
import { ActionResult } from '../ActionResult';
import { useTeamName } from '../useDrill';

export function ObservedActions({ scenario, actions }: { scenario: Scenario; actions: readonly ActionEvaluation[] }) {
  const { t } = useTranslation();
  const teamName = useTeamName();
  const locale = useAppSelector((s) => s.session.locale);
  const injects = new Map(scenario.injects.map((i) => [i.seq, i]));
  const actionsById = new Map(scenario.injects.flatMap((i) => i.expectedActions).map((a) => [a.id, a]));
  return (
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
          {actions.map((action) => {
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
  );
}
