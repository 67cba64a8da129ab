// 信访事项的时限: whether the limits count calendar or working days, the days to decide 受理, to
// answer, and to ask and answer 复查 and 复核 (信访条例's 15/60/30/30/30/30 until the office sets them).
import { useTranslation } from 'react-i18next';
import { petitionRule, type PetitionRule } from '@shared/petitionLimits';
import { Field } from '../../../ui/Field';
import { num, Section, shown, type SectionProps } from './draftForm';

const DAYS = [
  'decideWithinDays',
  'answerWithinDays',
  'extendDays',
  'reviewRequestDays',
  'reviewAnswerDays',
  'recheckRequestDays',
  'recheckAnswerDays',
] as const;

export function PetitionsSection({ form, update, err }: SectionProps) {
  const { t } = useTranslation();
  const rule = petitionRule(form);
  const set = (patch: Partial<PetitionRule>) => update((f) => ({ ...f, petitions: { ...petitionRule(f), ...patch } }));
  return (
    <Section title={t('planEditor.editor.petitions')} wide>
      <div className="plan-thresholds">
        <Field label={t('planEditor.editor.petitionDayKind')} error={err('petitions.dayKind')}>
          {(a) => (
            <select {...a} value={rule.dayKind} onChange={(e) => set({ dayKind: e.target.value === 'working' ? 'working' : 'calendar' })}>
              <option value="calendar">{t('planEditor.editor.petitionDayKinds.calendar')}</option>
              <option value="working">{t('planEditor.editor.petitionDayKinds.working')}</option>
            </select>
          )}
        </Field>
        {DAYS.map((key) => (
          <Field key={key} label={t(`planEditor.editor.${key}`)} error={err(`petitions.${key}`)}>
            {(a) => <input {...a} inputMode="numeric" value={shown(rule[key])} onChange={(e) => set({ [key]: num(e.target.value) })} />}
          </Field>
        ))}
      </div>
    </Section>
  );
}
