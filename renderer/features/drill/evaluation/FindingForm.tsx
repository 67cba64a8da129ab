// The fields of a new finding: the objective it concerns (if one), the finding, its improvement
// measure, the owner and the due date, each with its own error.
import { useTranslation } from 'react-i18next';
import type { Scenario } from '@shared/scenario';
import { localized } from '@shared/text';
import { useAppSelector } from '../../../store';
import { Field } from '../../../ui/Field';

export type FindingDraft = { objective: string; finding: string; measure: string; owner: string; dueDate: string };

export const emptyFinding = (dueDate: string): FindingDraft => ({ objective: '', finding: '', measure: '', owner: '', dueDate });

export function FindingForm({
  objectives,
  draft,
  onChange,
  errors,
}: {
  objectives: Scenario['objectives'];
  draft: FindingDraft;
  onChange: (draft: FindingDraft) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const locale = useAppSelector((s) => s.session.locale);
  const set = (field: keyof FindingDraft) => (e: { target: { value: string } }) => onChange({ ...draft, [field]: e.target.value });
  return (
    <div className="finding-form">
      <Field label={t('drill.evaluation.objective')}>
        {(props) => (
          <select {...props} value={draft.objective} onChange={set('objective')}>
            <option value="">{t('drill.evaluation.anyObjective')}</option>
            {objectives.map((o) => (
              <option key={o.code} value={o.code}>
                {localized(o.name, locale)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('drill.evaluation.finding')} error={errors.finding} wide>
        {(props) => <textarea {...props} rows={2} value={draft.finding} onChange={set('finding')} />}
      </Field>
      <Field label={t('drill.evaluation.measure')} error={errors.measure} wide>
        {(props) => <textarea {...props} rows={2} value={draft.measure} onChange={set('measure')} />}
      </Field>
      <Field label={t('drill.evaluation.owner')} error={errors.owner}>
        {(props) => <input {...props} value={draft.owner} onChange={set('owner')} />}
      </Field>
      <Field label={t('drill.evaluation.dueDate')} error={errors.dueDate}>
        {(props) => <input {...props} type="date" value={draft.dueDate} onChange={set('dueDate')} />}
      </Field>
    </div>
  );
}
