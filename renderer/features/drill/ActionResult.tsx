// One expected action's result in words: on time / late by N / done (observer) / not done.
import { useTranslation } from 'react-i18next';
import type { ActionOutcome } from '@shared/drillEvaluation';
import { minutesText } from './drillText';

export function ActionResult({ outcome, compact = false }: { outcome: ActionOutcome; compact?: boolean }) {
  const { t } = useTranslation();
  switch (outcome.status) {
    case 'on-time':
      return (
        <span className="result on-time">
          {t('drill.evaluation.onTime', { minutes: minutesText(outcome.minutesAfterInject) })}
          {compact ? ` · ${outcome.by}` : null}
        </span>
      );
    case 'late':
      return (
        <span className="result late">
          {t('drill.evaluation.lateBy', { late: minutesText(outcome.lateByMinutes), minutes: minutesText(outcome.minutesAfterInject) })}
          {compact ? ` · ${outcome.by}` : null}
        </span>
      );
    case 'done-untimed':
      return <span className="result on-time">{t('drill.evaluation.doneUntimed')}</span>;
    case 'missing':
      return <span className="result missing">{t('drill.evaluation.missing')}</span>;
    case 'not-due':
      return <span className="result muted">{t('drill.evaluation.notDue')}</span>;
    case 'not-injected':
      return <span className="result muted">{t('drill.evaluation.notInjected')}</span>;
  }
}
