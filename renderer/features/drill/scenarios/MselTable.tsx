// A scenario read as its master scenario events list: each inject in time order, and under it
// the actions the plan expects, who answers for them, by when, and how the console tells.
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '@shared/plan';
import type { Inject, Scenario, TeamCode } from '@shared/scenario';
import { localized, type Locale } from '@shared/text';
import { evidenceText } from './scenarioText';

type Props = { scenario: Scenario; plan: Plan; locale: Locale; teamName: (code: TeamCode) => string };

const COLUMNS = 5;

export function MselTable({ scenario, plan, locale, teamName }: Props) {
  const { t } = useTranslation();
  const objectiveName = (code: string) => {
    const objective = scenario.objectives.find((o) => o.code === code);
    return objective ? localized(objective.name, locale) : '';
  };
  const codeName = (items: Plan['channels'], code: string) => {
    const item = items.find((candidate) => candidate.code === code);
    return item ? localized(item.name, locale) : '';
  };
  const complaintLine = (inject: Inject) => {
    const c = inject.complaint;
    if (!c) return null;
    return (
      <div className="muted small">
        {t('drillScenarios.complaintLine', {
          name: c.complainant.name,
          channel: codeName(plan.channels, c.channelCode),
          category: codeName(plan.categories, c.categoryCode),
          urgency: codeName(plan.urgencies, c.urgency),
          people: c.peopleInvolved,
        })}
        {c.attachToSeq ? <span>{` · ${t('drillScenarios.attachLine', { seq: c.attachToSeq })}`}</span> : null}
      </div>
    );
  };

  return (
    <table className="msel-table" aria-label={t('drillScenarios.msel')}>
      <thead>
        <tr>
          <th className="num">{t('drillScenarios.msel_col.seq')}</th>
          <th>{t('drillScenarios.msel_col.time')}</th>
          <th>{t('drillScenarios.msel_col.type')}</th>
          <th>{t('drillScenarios.msel_col.route')}</th>
          <th>{t('drillScenarios.msel_col.content')}</th>
        </tr>
      </thead>
      <tbody>
        {scenario.injects.map((inject) => (
          <Fragment key={inject.seq}>
            <tr className="inject-row" data-seq={inject.seq}>
              <td className="num">{inject.seq}</td>
              <td className="offset">{t('drillScenarios.offset', { minutes: inject.offsetMinutes })}</td>
              <td className="nowrap">
                <span className={`badge inject-type type-${inject.type}`}>{t(`drillScenarios.injectType.${inject.type}`)}</span>
              </td>
              <td className="route-cell">
                {t('drillScenarios.route', { from: localized(inject.from, locale), to: localized(inject.to, locale) })}
              </td>
              <td>
                {localized(inject.content, locale)}
                {complaintLine(inject)}
              </td>
            </tr>
            <tr className="actions-row">
              <td />
              <td colSpan={COLUMNS - 1}>
                {inject.expectedActions.length === 0 ? (
                  <p className="muted small">{t('drillScenarios.noActions')}</p>
                ) : (
                  <table className="action-table" aria-label={`${t('drillScenarios.expectedActions')} ${inject.seq}`}>
                    <thead>
                      <tr>
                        <th>{t('drillScenarios.action_col.description')}</th>
                        <th>{t('drillScenarios.action_col.team')}</th>
                        <th className="num">{t('drillScenarios.action_col.limit')}</th>
                        <th>{t('drillScenarios.action_col.objective')}</th>
                        <th>{t('drillScenarios.action_col.evidence')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {inject.expectedActions.map((action) => (
                        <tr key={action.id}>
                          <td>{localized(action.description, locale)}</td>
                          <td className="nowrap">{teamName(action.team)}</td>
                          <td className="num">{action.limitMinutes}</td>
                          <td>{objectiveName(action.objective)}</td>
                          <td className="evidence-cell">{evidenceText(action.evidence, teamName, t)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </td>
            </tr>
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}
