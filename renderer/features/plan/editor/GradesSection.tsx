// 分级: each level's names, criteria and response, the national grades it corresponds to (which
// give its colour), and whether its solution needs the leading group's approval.
import { useTranslation } from 'react-i18next';
import { NATIONAL_LEVELS, type Grade, type Level, type NationalLevel } from '@shared/plan';
import type { LocalizedText } from '@shared/text';
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
  const setNational = (index: number, grade: Grade, code: NationalLevel, on: boolean) =>
    setGrade(index, { nationalLevels: NATIONAL_LEVELS.filter((n) => (n === code ? on : grade.nationalLevels.includes(n))) });
  return (
    <Section title={t('planEditor.editor.grades')} wide>
      {form.grades.map((grade, i) => {
        const level = t(`level.${grade.level}`);
        const text = (key: 'name' | 'criteria' | 'response', lang: 'zh' | 'en', rows?: number) => {
          const value = grade[key] as LocalizedText;
          const label = `${level} ${t(`planEditor.editor.${key === 'name' ? (lang === 'en' ? 'gradeNameEn' : 'gradeName') : key}`)}`;
          const set = (v: string) => setGrade(i, { [key]: { ...value, [lang]: v } });
          return (
            <Field label={label} error={err(`grades.${i}.${key}.${lang}`)}>
              {(a) =>
                rows ? (
                  <textarea {...a} rows={rows} value={value[lang] ?? ''} onChange={(e) => set(e.target.value)} />
                ) : (
                  <input {...a} value={value[lang] ?? ''} onChange={(e) => set(e.target.value)} />
                )
              }
            </Field>
          );
        };
        return (
          <div key={grade.level} className="plan-grade-row">
            <div className="plan-grade-names">
              {text('name', 'zh')}
              {text('name', 'en')}
            </div>
            <div className="plan-grade-texts">
              {text('criteria', 'zh', 2)}
              {text('response', 'zh', 2)}
            </div>
            <fieldset className="plan-choices plan-grade-national">
              <legend>{t('planEditor.editor.national', { level })}</legend>
              {NATIONAL_LEVELS.map((code) => (
                <label key={code} className="check">
                  <input
                    type="checkbox"
                    checked={grade.nationalLevels.includes(code)}
                    onChange={(e) => setNational(i, grade, code, e.target.checked)}
                  />
                  {t(`planEditor.editor.nationalLevel.${code}`)}
                </label>
              ))}
              {err(`grades.${i}.nationalLevels`) ? <div className="field-error">{t('planEditor.problem.no-national')}</div> : null}
            </fieldset>
            <label className="check plan-approval">
              <input
                type="checkbox"
                checked={form.approvalLevels.includes(grade.level)}
                onChange={(e) => setApproval(grade.level, e.target.checked)}
              />
              {t('planEditor.editor.needsApproval', { level })}
            </label>
          </div>
        );
      })}
    </Section>
  );
}
