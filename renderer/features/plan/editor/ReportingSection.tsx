// 信息报送 and 回访: which response levels report upward, the 首报 / 续报 / 终报 clocks, which
// levels' reports the leader approves before they are sent (the recipients and template keep the
// plan's), the call-back after closing: how many days, for which levels, and how many days
// before a planned drill (演练计划) it is reminded.
import { useTranslation } from 'react-i18next';
import { LEVELS, type ArchiveRule, type CallBackRule, type Level, type UpwardReporting } from '@shared/plan';
import { reportingRule } from '@shared/upwardReports';
import { callBackRule } from '@shared/callBacks';
import { drillProgrammeRule } from '@shared/drillProgramme';
import { archiveRule } from '@shared/archive';
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
  const calls = callBackRule(form);
  const archive = archiveRule(form);
  const setRetention = (level: Level, years: number) =>
    update((f) => {
      const current = archiveRule(f);
      const retentionYears = current.retentionYears.map((y, i) => (i === level - 1 ? years : y)) as ArchiveRule['retentionYears'];
      return { ...f, archive: { ...current, retentionYears } };
    });
  const setCalls = (patch: Partial<CallBackRule>) => update((f) => ({ ...f, callBacks: { ...callBackRule(f), ...patch } }));
  const drills = drillProgrammeRule(form);
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
      <div className="plan-thresholds">
        <Field label={t('planEditor.editor.callBackDays')} error={err('callBacks.afterDays')}>
          {(a) => (
            <input
              {...a}
              inputMode="numeric"
              value={shown(calls.afterDays)}
              onChange={(e) => setCalls({ afterDays: num(e.target.value) })}
            />
          )}
        </Field>
        <Field label={t('planEditor.editor.drillRemindDays')} error={err('drillProgramme.remindDaysBefore')}>
          {(a) => (
            <input
              {...a}
              inputMode="numeric"
              value={shown(drills.remindDaysBefore)}
              onChange={(e) => update((f) => ({ ...f, drillProgramme: { remindDaysBefore: num(e.target.value) } }))}
            />
          )}
        </Field>
      </div>
      <fieldset className="plan-choices">
        <legend>{t('planEditor.editor.callBackLevels')}</legend>
        {LEVELS.map((level) => (
          <label key={level} className="check">
            <input
              type="checkbox"
              checked={calls.levels.includes(level)}
              onChange={(e) => setCalls({ levels: LEVELS.filter((l) => (l === level ? e.target.checked : calls.levels.includes(l))) })}
            />
            {t(`level.${level}`)}
          </label>
        ))}
        {err('callBacks.levels') ? <div className="field-error">{say(t, dataKey(err('callBacks.levels')!))}</div> : null}
      </fieldset>
      <div className="plan-thresholds">
        {LEVELS.map((level) => (
          <Field
            key={level}
            label={t('planEditor.editor.retentionYears', { level: t(`level.${level}`) })}
            error={err(`archive.retentionYears.${level - 1}`)}
          >
            {(a) => (
              <input
                {...a}
                inputMode="numeric"
                value={shown(archive.retentionYears[level - 1] ?? Number.NaN)}
                onChange={(e) => setRetention(level, num(e.target.value))}
              />
            )}
          </Field>
        ))}
      </div>
    </Section>
  );
}
