// 时间线: who did what and when, newest first. Append-only.
import { useTranslation } from 'react-i18next';
import { useConsole } from '../../db/DatabaseContext';
import { useTimeline } from '../../db/reads/timeline';
import { Panel } from '../../ui/Field';
import { timelineText } from '../../ui/describe';
import { keyIn } from '../../i18n/keys';
import { formatDateTime } from '../../ui/format';

export function TimelinePanel({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation();
  const { plan } = useConsole();
  const entries = useTimeline(incidentId, 'newest-first') ?? [];
  return (
    <Panel title={t('detail.timeline')} className="timeline-panel">
      <ol className="timeline" aria-label={t('detail.timeline')}>
        {entries.map((entry) => {
          return (
            <li key={entry.id}>
              <time className="muted small">{formatDateTime(entry.at, plan.utcOffsetMinutes)}</time>
              <div>
                <strong>{timelineText(entry.kind, entry.params, t)}</strong>
                {entry.from && entry.to && entry.from !== entry.to ? (
                  <span className="muted small">
                    {' '}
                    {t(keyIn('state', entry.from))} → {t(keyIn('state', entry.to))}
                  </span>
                ) : null}
              </div>
              {entry.note ? <div className="timeline-note">{entry.note}</div> : null}
              <div className="muted small">
                {entry.actorId === 'system' ? t('timeline.system') : t('timeline.by', { name: entry.actorName })}
              </div>
            </li>
          );
        })}
      </ol>
    </Panel>
  );
}
