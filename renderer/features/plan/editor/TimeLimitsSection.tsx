// 时限: each rule's stage, allowance, unit and where its clock starts; the scope stays as written.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { CLOCKED_STAGES, type Plan, type TimeLimitRule } from '@shared/plan';
import { localized, type Locale } from '@shared/text';
import { useAppSelector } from '../../../store';
import { Field } from '../../../ui/Field';
import { num, replaceAt, Section, shown, type SectionProps } from './draftForm';

const UNITS: TimeLimitRule['unit'][] = ['minutes', 'hours', 'workingDays'];

export function TimeLimitsSection({ form, update, err }: SectionProps) {
  const { t } = useTranslation();
  const locale = useAppSelector((s) => s.session.locale);
  const setRule = (index: number, patch: Partial<TimeLimitRule>) =>
    update((f) => ({ ...f, timeLimits: replaceAt(f.timeLimits, index, patch) }));
  return (
    <Section title={t('planEditor.editor.timeLimits')}>
      <table className="plan-table">
        <thead>
          <tr>
            <th>{t('planEditor.editor.stage')}</th>
            <th>{t('planEditor.editor.amount')}</th>
            <th>{t('planEditor.editor.unit')}</th>
            <th>{t('planEditor.editor.scope')}</th>
          </tr>
        </thead>
        <tbody>
          {form.timeLimits.map((rule, i) => (
            <tr key={i}>
              <td>
                <select
                  aria-label={`${t('planEditor.editor.stage')} ${i + 1}`}
                  value={rule.stage}
                  onChange={(e) => setRule(i, { stage: e.target.value as TimeLimitRule['stage'] })}
                >
                  {CLOCKED_STAGES.map((stage) => (
                    <option key={stage} value={stage}>
                      {t(`clock.stage.${stage}`)}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <Field
                  label={`${t(`clock.stage.${rule.stage}`)} ${t('planEditor.editor.amount')}`}
                  error={err(`timeLimits.${i}.amount`) ?? err(`timeLimits.${i}`) ?? err(`timeLimits.${i}.categories`)}
                >
                  {(a) => (
                    <input
                      {...a}
                      className="narrow"
                      inputMode="decimal"
                      value={shown(rule.amount)}
                      onChange={(e) => setRule(i, { amount: num(e.target.value) })}
                    />
                  )}
                </Field>
              </td>
              <td>
                <select
                  aria-label={`${t(`clock.stage.${rule.stage}`)} ${t('planEditor.editor.unit')}`}
                  value={rule.unit}
                  onChange={(e) => setRule(i, { unit: e.target.value as TimeLimitRule['unit'] })}
                >
                  {UNITS.map((unit) => (
                    <option key={unit} value={unit}>
                      {t(`clock.unit.${unit}`)}
                    </option>
                  ))}
                </select>
              </td>
              <td className="muted small">{scopeText(rule, form, locale, t)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}

function scopeText(rule: TimeLimitRule, plan: Plan, locale: Locale, t: TFunction) {
  const names = (rule.categories ?? []).map((code) => {
    const found = plan.categories.find((c) => c.code === code);
    return found ? localized(found.name, locale) : code;
  });
  const parts = [
    rule.from === 'received' ? t('plan.fromReceived') : '',
    names.length ? t('plan.onlyCategories', { list: names.join(t('common.listSeparator')) }) : '',
    rule.levels ? t('plan.onlyLevels', { list: rule.levels.map((l) => t(`level.${l}`)).join(t('common.listSeparator')) }) : '',
  ];
  return parts.filter(Boolean).join(' ') || t('planEditor.editor.allScope');
}
