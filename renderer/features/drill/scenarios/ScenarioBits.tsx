// Small pieces the scenario screens share: the source tag and the message line.
import { useTranslation } from 'react-i18next';
import type { Message } from './useScenarioFiles';

export function SourceBadge({ builtIn }: { builtIn: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={`badge ${builtIn ? 'built-in' : 'office'}`}>{builtIn ? t('drillScenarios.builtIn') : t('drillScenarios.office')}</span>
  );
}

/** A success is a status, a refusal an alert, so screen readers hear both. */
export function MessageLine({ message }: { message: Message | null }) {
  if (!message) return null;
  return message.kind === 'success' ? (
    <div className="notice success" role="status">
      {message.text}
    </div>
  ) : (
    <div className="notice error" role="alert">
      {message.text}
    </div>
  );
}
