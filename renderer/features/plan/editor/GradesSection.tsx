// 分级: each level's name and criteria, and whether its solution needs the leading group's approval.
import { useTranslation } from 'react-i18next';
import type { Grade, Level } from '@shared/plan';
import { Field } from '../../../ui/Field';
import { replaceAt, Section, type SectionProps } from './draftForm';

export function GradesSection({ form, update, err }: SectionProps) {
  const { t } = useTranslation();
  const setGrade = (index: number, patch: Partial<Grade>) => update((f) => ({ ...f, grades: replaceAt(f.grades, index, patch) }));
  const setApproval = (level: Level, on: boolean) =>
    update((f) => ({
      ...f,
      approvalLevels: on ? [...new Set([...f.approvalLevels, level])].sort() : f.approvalLevels.filter((l) => l !== level),
    }));
  return (
    <Section title={t('planEditor.editor.grades')} wide>
      {form.grades.map((grade, i) => (
        <div key={grade.level} className="plan-grade-row">
          <Field label={`${t(`level.${grade.level}`)} ${t('planEditor.editor.gradeName')}`} error={err(`grades.${i}.name.zh`)}>
            {(a) => <input {...a} value={grade.name.zh} onChange={(e) => setGrade(i, { name: { ...grade.name, zh: e.target.value } })} />}
          </Field>
          <Field label={`${t(`level.${grade.level}`)} ${t('planEditor.editor.criteria')}`} error={err(`grades.${i}.criteria.zh`)}>
            {(a) => (
              <textarea
                {...a}
                rows={2}
                value={grade.criteria.zh}
                onChange={(e) => setGrade(i, { criteria: { ...grade.criteria, zh: e.target.value } })}
              />
            )}
          </Field>
          <label className="check plan-approval">
            <input
              type="checkbox"
              checked={form.approvalLevels.includes(grade.level)}
              onChange={(e) => setApproval(grade.level, e.target.checked)}
            />
            {t('planEditor.editor.needsApproval', { level: t(`level.${grade.level}`) })}
          </label>
        </div>
      ))}
    </Section>
  );
}
