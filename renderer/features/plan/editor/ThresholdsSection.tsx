// 阈值: when a matter is a group complaint, which amounts raise its level, and when the reach of
// negative coverage suggests raising it.
import { useTranslation } from 'react-i18next';
import { opinionRule } from '@shared/opinion';
import { opinionWarningRule, type OpinionWarningRule } from '@shared/opinionWarning';
import type { GradingThresholds, Plan } from '@shared/plan';
import { Field } from '../../../ui/Field';
import { num, Section, shown, type SectionProps } from './draftForm';

const GRADING: (keyof GradingThresholds)[] = ['groupPeople', 'largeGroupPeople', 'amountLevel2', 'amountLevel1'];

export function ThresholdsSection({ form, update, err }: SectionProps) {
  const { t } = useTranslation();
  const opinion = opinionRule(form);
  const warning = opinionWarningRule(form);
  const setWarning = (level: 'yellow' | 'orange' | 'red', patch: Partial<OpinionWarningRule['red']>) =>
    update((f) => {
      const current = opinionWarningRule(f);
      return { ...f, opinionWarning: { ...current, [level]: { ...current[level], ...patch } } };
    });
  const setOpinion = (patch: Partial<NonNullable<Plan['opinionRaise']>>) =>
    update((f) => ({ ...f, opinionRaise: { ...opinionRule(f), ...patch } }));
  return (
    <Section title={t('planEditor.editor.thresholds')} wide>
      <div className="plan-thresholds">
        {GRADING.map((key) => (
          <Field key={key} label={t(`planEditor.editor.${key}`)} error={err(`grading.${key}`)}>
            {(a) => (
              <input
                {...a}
                inputMode="numeric"
                value={shown(form.grading[key])}
                onChange={(e) => update((f) => ({ ...f, grading: { ...f.grading, [key]: num(e.target.value) } }))}
              />
            )}
          </Field>
        ))}
        <Field label={t('planEditor.editor.negativeReach')} error={err('opinionRaise.negativeReach')}>
          {(a) => (
            <input
              {...a}
              inputMode="numeric"
              value={shown(opinion.negativeReach)}
              onChange={(e) => setOpinion({ negativeReach: num(e.target.value) })}
            />
          )}
        </Field>
        <Field label={t('planEditor.editor.withinHours')} error={err('opinionRaise.withinHours')}>
          {(a) => (
            <input
              {...a}
              inputMode="decimal"
              value={shown(opinion.withinHours)}
              onChange={(e) => setOpinion({ withinHours: num(e.target.value) })}
            />
          )}
        </Field>
        {(['yellow', 'orange', 'red'] as const).flatMap((level) =>
          (['reach', 'spread'] as const).map((measure) => (
            <Field
              key={`${level}-${measure}`}
              label={t(`planEditor.editor.warning.${measure}`, { level: t(`opinion.warning.${level}`) })}
              error={err(`opinionWarning.${level}.${measure}`)}
            >
              {(a) => (
                <input
                  {...a}
                  inputMode="numeric"
                  value={shown(warning[level][measure])}
                  onChange={(e) => setWarning(level, { [measure]: num(e.target.value) })}
                />
              )}
            </Field>
          )),
        )}
      </div>
    </Section>
  );
}
