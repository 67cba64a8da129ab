// 当场解决: the part of the intake form that settles a level-3 complaint at the desk. Switched on,
// it asks for the result, the feedback and the satisfaction; the page then saves with one action.
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field';
import type { QuickFormState } from './intakeForm';
import './quickPath.css';

type Props = {
  quick: QuickFormState;
  onChange: (quick: QuickFormState) => void;
  errors: Record<string, string>;
};

export function QuickPathFields({ quick, onChange, errors }: Props) {
  const { t } = useTranslation();
  const set = <K extends keyof QuickFormState>(key: K, value: QuickFormState[K]) => onChange({ ...quick, [key]: value });
  return (
    <fieldset className="quick-path">
      <legend>{t('acknowledgement.quick.legend')}</legend>
      <label className="check wide">
        <input type="checkbox" checked={quick.on} onChange={(e) => set('on', e.target.checked)} />
        {t('acknowledgement.quick.toggle')}
      </label>
      {quick.on ? (
        <>
          <p className="hint wide">{t('acknowledgement.quick.hint')}</p>
          <Field label={t('acknowledgement.quick.result')} error={errors['outcome.result']} wide>
            {(a) => <textarea rows={2} {...a} value={quick.result} onChange={(e) => set('result', e.target.value)} />}
          </Field>
          <Field label={t('acknowledgement.quick.feedback')} error={errors['outcome.feedback']} wide>
            {(a) => <textarea rows={2} {...a} value={quick.feedback} onChange={(e) => set('feedback', e.target.value)} />}
          </Field>
          <Field label={t('acknowledgement.quick.satisfaction')} error={errors['outcome.satisfaction']}>
            {(a) => (
              <select
                {...a}
                value={quick.satisfaction}
                onChange={(e) => set('satisfaction', e.target.value as QuickFormState['satisfaction'])}
              >
                <option value="">{t('intake.choose')}</option>
                <option value="satisfied">{t('acknowledgement.quick.satisfied')}</option>
                <option value="unsatisfied">{t('acknowledgement.quick.unsatisfied')}</option>
              </select>
            )}
          </Field>
        </>
      ) : null}
    </fieldset>
  );
}
