// One statement: its title, status, the current words, the releases made, what the operator may
// do now, and the whole record of versions and decisions (each version's words, who, when).
import { useTranslation } from 'react-i18next';
import { currentVersion, type Publication, type Release, type ReleaseContext } from '@shared/releases';
import { useConsole } from '../../db/DatabaseContext';
import { formatDateTime } from '../../ui/format';
import { ReleaseActions } from './ReleaseActions';
import { ReleaseHistory } from './ReleaseHistory';

type Props = { release: Release; ctx: ReleaseContext | null; onPublished: (publication: Publication) => void };

export function ReleaseCard({ release, ctx, onPublished }: Props) {
  const { t } = useTranslation();
  const { plan } = useConsole();
  const at = (iso: string) => formatDateTime(iso, plan.utcOffsetMinutes);
  const current = currentVersion(release);
  const lastDecision = release.decisions[release.decisions.length - 1];
  return (
    <li className={`release release-${release.status}`} aria-label={release.title}>
      <div className="release-head">
        <strong className="release-title">{release.title}</strong>
        <span className={`badge rstatus rstatus-${release.status}`}>{t(`releases.status.${release.status}`)}</span>
        <span className="muted small">{t('releases.version', { no: current.no })}</span>
      </div>
      <p className="release-text">{current.text}</p>
      <div className="muted small">{t('releases.savedBy', { name: current.savedByName, at: at(current.savedAt) })}</div>
      {release.status === 'returned' && lastDecision?.kind === 'returned' ? (
        <div className="notice warning small">{t('releases.returnedBecause', { comment: lastDecision.comment ?? '' })}</div>
      ) : null}
      {release.approval ? (
        <div className="release-approval small">
          {t('releases.approvedVersion', { name: release.approval.byName, no: release.approval.versionNo })}
        </div>
      ) : null}
      {release.publications.length > 0 ? (
        <div className="release-publications">
          <span className="small">{t('releases.publications')}</span>
          <ul aria-label={t('releases.publications')}>
            {release.publications.map((p, index) => (
              <li key={`${index}-${p.at}`} className="small">
                {t('releases.publication', {
                  at: at(p.at),
                  channel: t(`releases.channel.${p.channel}`),
                  no: p.versionNo,
                  name: p.byName,
                  approver: p.approvedByName,
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {ctx ? <ReleaseActions release={release} ctx={ctx} onPublished={onPublished} /> : null}
      <ReleaseHistory release={release} />
    </li>
  );
}
