// 时限: each rule's stage, allowance and unit, where its clock starts, and which levels and
// categories it is limited to (a limited rule wins over a general one of the same stage).
import { useTranslation } from 'react-i18next';
import { CLOCKED_STAGES, type TimeLimitRule } from '@shared/plan';
import { localized } from '@shared/text';
import { useAppSelector } from '../../../store';
import { ItemTable, LevelChecks, NumberCell, RemoveButton, replaceAt, Section, type SectionProps } from './draftForm';

const UNITS: TimeLimitRule['unit'][] = ['minutes', 'hours', 'workingDays'];

export function TimeLimitsSection({ form, update, err }: SectionProps) {
  const { t } = useTranslation();
  const locale = useAppSelector((s) => s.session.locale);
  const setRule = (index: number, patch: Partial<TimeLimitRule>) =>
    update((f) => ({ ...f, timeLimits: replaceAt(f.timeLimits, index, patch) }));
  const add = () =>
    update((f) => ({ ...f, timeLimits: [...f.timeLimits, { stage: 'investigation', amount: 1, unit: 'workingDays', from: 'previous' }] }));
  const remove = (index: number) => update((f) => ({ ...f, timeLimits: f.timeLimits.filter((_, i) => i !== index) }));
  const toggleCategory = (index: number, rule: TimeLimitRule, code: string, on: boolean) => {
    const categories = form.categories.map((c) => c.code).filter((c) => (c === code ? on : (rule.categories ?? []).includes(c)));
    // No category ticked: the rule is for every category.
    setRule(index, { categories: categories.length === 0 ? undefined : categories });
  };
  return (
    <Section
      title={t('planEditor.editor.timeLimits')}
      wide
      actions={
        <button type="button" onClick={add}>
          {t('planEditor.editor.addRule')}
        </button>
      }
    >
      <ItemTable
        heads={[
          t('planEditor.editor.stage'),
          t('planEditor.editor.amount'),
          t('planEditor.editor.unit'),
          t('planEditor.editor.from'),
          t('planEditor.editor.levels'),
          t('planEditor.editor.onlyCategories'),
        ]}
      >
        {form.timeLimits.map((rule, i) => {
          const stage = t(`clock.stage.${rule.stage}`);
          const named = (rule.categories ?? []).map((code) => {
            const found = form.categories.find((c) => c.code === code);
            return found ? localized(found.name, locale) : code;
          });
          return (
            <tr key={i} aria-label={t('planEditor.editor.ruleN', { n: i + 1, stage })}>
              <td>
                <select
                  aria-label={`${t('planEditor.editor.stage')} ${i + 1}`}
                  value={rule.stage}
                  onChange={(e) => setRule(i, { stage: e.target.value as TimeLimitRule['stage'] })}
                >
                  {CLOCKED_STAGES.map((s) => (
                    <option key={s} value={s}>
                      {t(`clock.stage.${s}`)}
                    </option>
                  ))}
                </select>
              </td>
              <NumberCell
                label={`${stage} ${t('planEditor.editor.amount')}`}
                value={rule.amount}
                error={err(`timeLimits.${i}.amount`) ?? err(`timeLimits.${i}`) ?? err(`timeLimits.${i}.categories`)}
                decimal
                onChange={(amount) => setRule(i, { amount })}
              />
              <td>
                <select
                  aria-label={`${stage} ${t('planEditor.editor.unit')}`}
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
              <td>
                <select
                  aria-label={`${stage} ${t('planEditor.editor.from')}`}
                  value={rule.from}
                  onChange={(e) => setRule(i, { from: e.target.value as TimeLimitRule['from'] })}
                >
                  <option value="previous">{t('planTemplates.print.table.fromPrevious')}</option>
                  <option value="received">{t('planTemplates.print.table.fromReceived')}</option>
                </select>
              </td>
              <LevelChecks
                label={`${stage} ${i + 1}`}
                levels={rule.levels}
                error={err(`timeLimits.${i}.levels`)}
                onChange={(levels) => setRule(i, { levels })}
              />
              <td>
                <details className="plan-rule-categories">
                  <summary>{named.length ? named.join(t('common.listSeparator')) : t('planEditor.editor.allCategories')}</summary>
                  {form.categories.map((category) => (
                    <label key={category.code} className="check">
                      <input
                        type="checkbox"
                        checked={(rule.categories ?? []).includes(category.code)}
                        onChange={(e) => toggleCategory(i, rule, category.code, e.target.checked)}
                      />
                      {localized(category.name, locale) || category.code}
                    </label>
                  ))}
                </details>
              </td>
              <td>
                <RemoveButton
                  name={t('planEditor.editor.ruleN', { n: i + 1, stage })}
                  disabled={form.timeLimits.length <= 1}
                  onClick={() => remove(i)}
                />
              </td>
            </tr>
          );
        })}
      </ItemTable>
    </Section>
  );
}
