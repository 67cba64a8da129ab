// The grade the rules would suggest for what is being registered, updated as the facts are
// entered; for a complaint attached to an incident, for the incident as it will be.
import { useTranslation } from 'react-i18next';
import { gradeSuggestion } from '@shared/grading';
import type { Incident } from '@shared/model';
import type { Urgency } from '@shared/plan';
import { useConsole } from '../../db/DatabaseContext';
import { LevelBadge } from '../../ui/Badges';
import type { IntakeFormState } from './intakeForm';
import { keyIn, say } from '../../i18n/keys';

const URGENCY_ORDER: Urgency[] = ['urgent', 'fairly-urgent', 'normal'];

export function GradePreview({ form, incident }: { form: IntakeFormState; incident?: Incident | undefined }) {
  const { t } = useTranslation();
  const { plan } = useConsole();
  const people = Math.max(1, Math.floor(Number(form.peopleInvolved)) || 1);
  const amount = Math.max(0, Number(form.amountAtStake) || 0);
  const urgency = (URGENCY_ORDER.includes(form.urgency as Urgency) ? form.urgency : 'normal') as Urgency;
  const combinedUrgency = incident ? (URGENCY_ORDER.find((u) => u === urgency || u === incident.urgency) ?? urgency) : urgency;
  const suggestion = gradeSuggestion(
    {
      mediaAttention: form.mediaAttention || Boolean(incident?.facts.mediaAttention),
      injury: form.injury || Boolean(incident?.facts.injury),
      regulatorInvolved: form.regulatorInvolved || Boolean(incident?.facts.regulatorInvolved),
      repeatComplaint: form.repeatComplaint || Boolean(incident?.facts.repeatComplaint),
      amountAtStake: amount + (incident?.facts.amountAtStake ?? 0),
      peopleInvolved: people + (incident?.peopleInvolved ?? 0),
      urgency: combinedUrgency,
    },
    plan.grading,
  );
  return (
    <aside className="grade-preview panel" aria-label={t('grading.title')}>
      <header className="panel-header">
        <h2>{t('grading.title')}</h2>
        <LevelBadge level={suggestion.level} grades={plan.grades} />
      </header>
      <div className="panel-body">
        <ul className="reasons">
          {suggestion.reasons.map((reason) => (
            <li key={reason.code}>{say(t, keyIn('grading.reason', reason.code), reason.params ?? {})}</li>
          ))}
        </ul>
        <p className="hint">{t('intake.previewHint')}</p>
      </div>
    </aside>
  );
}
