// The comparison with the previous finished run of the same scenario: each objective's rating
// then and now, and how much faster or slower each action timed in both was taken.
import { useTranslation } from 'react-i18next';
import type { Scenario } from '@shared/scenario';
import { localized } from '@shared/text';
import type { RunEvaluation } from '../../../db/drillRuns';
import { useAppSelector } from '../../../store';
import { Panel } from '../../../ui/Field';
import { minutesText } from '../drillText';
import { RatingBadge } from './RatingBadge';

export function PreviousRunComparison({
  number,
  scenario,
  previous,
}: {
  number: string;
  scenario: Scenario;
  previous: RunEvaluation['previous'];
}) {
  const { t } = useTranslation();
  const locale = useAppSelector((s) => s.session.locale);
  const actionsById = new Map(scenario.injects.flatMap((i) => i.expectedActions).map((a) => [a.id, a]));
  const minutes = (value: number) => t('drill.evaluation.minutes', { count: Number(minutesText(value)) });
  return (
    <Panel title={previous ? t('drill.evaluation.comparison', { number: previous.run.number }) : t('drill.evaluation.comparisonTitle')}>
      {previous ? (
        <table className="drill-table" aria-label={t('drill.evaluation.comparison', { number: previous.run.number })}>
          <thead>
            <tr>
              <th>{t('drill.evaluation.col.objective')}</th>
              <th>{previous.run.number}</th>
              <th>{number}</th>
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
              <th scope="col">{number}</th>
              <th scope="col">{t('drill.evaluation.col.change')}</th>
            </tr>
            {previous.comparison.actions
              .filter((row) => row.changeMinutes !== null)
              .map((row) => {
                const described = actionsById.get(row.actionId);
                return (
                  <tr key={row.actionId} className="small">
                    <td>{described ? localized(described.description, locale) : ''}</td>
                    <td className="num">{minutes(row.earlier!.minutesAfterInject!)}</td>
                    <td className="num">{minutes(row.later!.minutesAfterInject!)}</td>
                    <td className="num">
                      {row.changeMinutes! === 0
                        ? t('drill.evaluation.unchanged')
                        : t(row.changeMinutes! < 0 ? 'drill.evaluation.faster' : 'drill.evaluation.slower', {
                            minutes: minutesText(Math.abs(row.changeMinutes!)),
                          })}
                    </td>
                  </tr>
                );
              })}
          </tbody>
        </table>
      ) : (
        <p className="muted">{t('drill.evaluation.noPrevious')}</p>
      )}
    </Panel>
  );
}
