// 信息发布 on the incident page: the incident's statements (口径) with their status, versions and
// decisions, and 新建口径 prefilled from the plan's holding statement.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { holdingStatementFor, mayDraftReleases } from '@shared/releases';
import { planOfIncident } from '@shared/planVersions';
import { useConsole } from '../../db/DatabaseContext';
import { draftRelease, releasesOf } from '../../db/releases';
import { useIncident } from '../../db/reads/incidents';
import { useAppSelector } from '../../store';
import { Panel } from '../../ui/Field';
import { useWriteContext } from '../session/useWriteContext';
import { ReleaseCard } from './ReleaseCard';
import { StatementForm } from './StatementForm';
import { WorkReportOffer } from '../instructions/WorkReportOffer';
import { useReleaseContext } from './useReleaseContext';
import './releases.css';

export function ReleasesPanel({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation();
  const { db, plan, plans } = useConsole();
  const locale = useAppSelector((s) => s.session.locale);
  const writeContext = useWriteContext();
  const ctx = useReleaseContext();
  const [drafting, setDrafting] = useState(false);
  // What was just released, offered as progress on the publicity team's instruction.
  const [workNote, setWorkNote] = useState<string | null>(null);
  const incident = useIncident(incidentId);
  const releases = useLiveQuery(() => releasesOf(db, incidentId), [db, incidentId]) ?? [];
  const mayDraft = ctx !== null && mayDraftReleases(ctx.actor, ctx.publicityIds);

  return (
    <Panel
      title={t('releases.title')}
      className="releases-panel"
      actions={
        mayDraft && !drafting && incident ? (
          <button type="button" onClick={() => setDrafting(true)}>
            {t('releases.new')}
          </button>
        ) : null
      }
    >
      {drafting && incident ? (
        <StatementForm
          label={t('releases.new')}
          submitLabel={t('releases.saveDraft')}
          hint={t('releases.templateHint')}
          initial={{
            title: t('releases.defaultTitle', { title: incident.title }),
            text: holdingStatementFor(planOfIncident({ plan, plans }, incident), incident, locale),
          }}
          save={(input) => draftRelease(db, incidentId, input, writeContext())}
          onDone={() => setDrafting(false)}
        />
      ) : null}
      {workNote ? (
        <WorkReportOffer incidentId={incidentId} teamCode="publicity" text={workNote} onDismiss={() => setWorkNote(null)} />
      ) : null}
      {releases.length === 0 ? <p className="muted">{t('releases.empty')}</p> : null}
      {!mayDraft && ctx ? <p className="muted small">{t('releases.readOnly')}</p> : null}
      <ul className="release-list" aria-label={t('releases.title')}>
        {releases.map((release) => (
          <ReleaseCard
            key={release.id}
            release={release}
            ctx={ctx}
            onPublished={(p) => setWorkNote(t('releases.publishedNote', { title: p.title, channel: t(`releases.channel.${p.channel}`) }))}
          />
        ))}
      </ul>
    </Panel>
  );
}
