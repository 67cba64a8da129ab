// The outcome of a plan file or template command: a sentence, and a way to the draft it made.
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Outcome } from '../../ui/Outcome';
import type { PlanMessage } from './usePlanFiles';

export function PlanMessageView({ message }: { message: PlanMessage | null }) {
  const { t } = useTranslation();
  if (!message) return null;
  return (
    <Outcome kind={message.kind === 'error' ? 'error' : 'success'}>
      {message.text}
      {message.draftId ? (
        <>
          {' '}
          <Link href={`/plan/print/${message.draftId}`}>{t('planTemplates.templates.viewDraft')}</Link>
        </>
      ) : null}
    </Outcome>
  );
}
