// 信息报送: which response levels report upward, the 首报 / 续报 / 终报 clocks, and which levels'
// reports the leader approves before they are sent. The recipients and template keep the plan's.
import { useTranslation } from 'react-i18next';
import { LEVELS, type Level, type UpwardReporting } from '@shared/plan';
import { reportingRule } from '@shared/upwardReports';
import { Field } from '../../../ui/Field';
import { dataKey, say } from '../../../i18n/keys';
import { num, Section, shown, type SectionProps } from './draftForm';

const NUMBERS = ['firstWithinMinutes', 'followUpEveryHours', 'finalWithinHours'] as const;

export function ReportingSection({ form, update, err }: SectionProps) {
  const { t } = useTranslation();
  const rule = reportingRule(form);
  const set = (patch: Partial<UpwardReporting>) => update((f) => ({ ...f, upwardReporting: { ...reportingRule(f), ...patch } }));
  const toggle = (key: 'levels' | 'approvalLevels', level: Level, on: boolean) =>
    set({ [key]: LEVELS.filter((l) => (l === level ? on : rule[key].includes(l))) });
  return (
    <Section title={t('planEditor.editor.reporting')} wide>
      <div className="plan-thresholds">
        {NUMBERS.map((key) => (
          <Field key={key} label={t(`planEditor.editor.${key}`)} error={err(`upwardReporting.${key}`)}>
            {(a) => <input {...a} inputMode="decimal" value={shown(rule[key])} onChange={(e) => set({ [key]: num(e.target.value) })} />}
          </Field>
        ))}
      </div>
      {(['levels', 'approvalLevels'] as const).map((key) => (
        <fieldset key={key} className="plan-choices">
          <legend>{t(key === 'levels' ? 'planEditor.editor.reportLevels' : 'planEditor.editor.reportApprovalLevels')}</legend>
          {LEVELS.map((level) => (
            <label key={level} className="check">
              <input type="checkbox" checked={rule[key].includes(level)} onChange={(e) => toggle(key, level, e.target.checked)} />
              {t(`level.${level}`)}
            </label>
          ))}
          {err(`upwardReporting.${key}`) ? <div className="field-error">{say(t, dataKey(err(`upwardReporting.${key}`)!))}</div> : null}
        </fieldset>
      ))}
    </Section>
  );
}
