// The trainer's adjustment of one objective's rating: a new rating and the reason for it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DRILL_RATINGS, type DrillRating, type ObjectiveEvaluation } from '@shared/drillEvaluation';
import { localized } from '@shared/text';
import { useConsole } from '../../../db/DatabaseContext';
import { adjustDrillRating } from '../../../db/drillRuns';
import { useAppSelector } from '../../../store';
import { Field } from '../../../ui/Field';
import { useCommand } from '../../../ui/useCommand';
import { useWriteContext } from '../../session/useWriteContext';

export function AdjustDialog({ runId, objective, onClose }: { runId: string; objective: ObjectiveEvaluation; onClose: () => void }) {
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
