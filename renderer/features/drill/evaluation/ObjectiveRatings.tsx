// The rating of each objective: computed from its actions, or as the trainer adjusted it (with
// the reason and who), and the way to adjust it once the drill is finished.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ObjectiveEvaluation } from '@shared/drillEvaluation';
import { localized } from '@shared/text';
import { useAppSelector } from '../../../store';
import { Panel } from '../../../ui/Field';
import { AdjustDialog } from './AdjustDialog';
import { RatingBadge } from './RatingBadge';
import { TallyCells, TallyHead } from './TallyColumns';

export function ObjectiveRatings({
  runId,
  objectives,
  finished,
}: {
  runId: string;
  objectives: readonly ObjectiveEvaluation[];
  finished: boolean;
}) {
  const { t } = useTranslation();
  const locale = useAppSelector((s) => s.session.locale);
  const [adjusting, setAdjusting] = useState<ObjectiveEvaluation | null>(null);
  return (
    <>
      <Panel title={t('drill.evaluation.objectives')}>
        <table className="drill-table ratings" aria-label={t('drill.evaluation.objectives')}>
          <thead>
            <tr>
              <th>{t('drill.evaluation.col.objective')}</th>
              <TallyHead />
              <th>{t('drill.evaluation.col.computed')}</th>
              <th>{t('drill.evaluation.col.rating')}</th>
              <th>{t('drill.evaluation.col.reason')}</th>
              <th>{t('drill.evaluation.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {objectives.map((objective) => (
              <tr key={objective.objective} data-objective={objective.objective}>
                <th scope="row">{localized(objective.name, locale)}</th>
                <TallyCells tally={objective.tally} />
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
      {adjusting ? <AdjustDialog runId={runId} objective={adjusting} onClose={() => setAdjusting(null)} /> : null}
    </>
  );
}
