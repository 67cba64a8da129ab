// The outcome of a plan file or template command: a sentence, and a way to the draft it made.
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { PlanMessage } from './usePlanFiles';

export function PlanMessageView({ message }: { message: PlanMessage | null }) {
  const { t } = useTranslation();
  if (!message) return null;
  return (
    <div className={`notice ${message.kind === 'error' ? 'error' : 'success'}`} role={message.kind === 'error' ? 'alert' : 'status'}>
      {message.text}
      {message.draftId ? (
        <>
          {' '}
          <Link href={`/plan/print/${message.draftId}`}>{t('planTemplates.templates.viewDraft')}</Link>
        </>
      ) : null}
    </div>
  );
}
