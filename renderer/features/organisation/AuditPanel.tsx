// 变更记录: the latest changes to the organisation, roster and contacts, from the timeline.
import { timelineText } from '../../ui/describe';
import { useTranslation } from 'react-i18next';
import { useConsole } from '../../db/DatabaseContext';
import { useOrganisationAudit } from '../../db/reads/timeline';
import { Panel } from '../../ui/Field';
import { formatDateTime } from '../../ui/format';

export function AuditPanel({ limit = 8 }: { limit?: number }) {
  const { t } = useTranslation();
  const { plan } = useConsole();
  const entries = useOrganisationAudit(limit) ?? [];
  return (
    <Panel title={t('organisation.audit.title')} className="audit-panel">
      {entries.length === 0 ? <p className="muted">{t('organisation.audit.empty')}</p> : null}
      <ol className="timeline" aria-label={t('organisation.audit.title')}>
        {entries.map((entry) => (
          <li key={entry.id}>
            <time className="muted small">{formatDateTime(entry.at, plan.utcOffsetMinutes)}</time>{' '}
            <span>{timelineText(entry.kind, entry.params, t)}</span>{' '}
            <span className="muted small">{t('timeline.by', { name: entry.actorName })}</span>
          </li>
        ))}
      </ol>
    </Panel>
  );
}
