// 版本与审批记录: every version's words with who saved them and when, and every submission,
// return and approval with its comment, in the order they happened. Nothing is diffed or hidden.
import { useTranslation } from 'react-i18next';
import type { Release } from '@shared/releases';
import { useConsole } from '../../db/DatabaseContext';
import { formatDateTime } from '../../ui/format';
import { keyIn } from '../../i18n/keys';

type Step =
  | { kind: 'version'; at: string; no: number; name: string; text: string }
  | { kind: 'submitted' | 'returned' | 'approved'; at: string; no: number; name: string; comment?: string | undefined }
  | { kind: 'released'; at: string; no: number; name: string; channel: string };

function stepsOf(release: Release): Step[] {
  const steps: Step[] = [
    ...release.versions.map((v): Step => ({ kind: 'version', at: v.savedAt, no: v.no, name: v.savedByName, text: v.text })),
    ...release.decisions.map((d): Step => ({ kind: d.kind, at: d.at, no: d.versionNo, name: d.byName, comment: d.comment })),
    ...release.publications.map((p): Step => ({ kind: 'released', at: p.at, no: p.versionNo, name: p.byName, channel: p.channel })),
  ];
  // A version is saved before it is decided on, and decided on before it goes out, even within
  // the same minute (a release's time is typed to the minute).
  const rank = (s: Step) => s.no * 10 + (s.kind === 'version' ? 0 : s.kind === 'released' ? 2 : 1);
  return steps.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || rank(a) - rank(b));
}

export function ReleaseHistory({ release }: { release: Release }) {
  const { t } = useTranslation();
  const { plan } = useConsole();
  const at = (iso: string) => formatDateTime(iso, plan.utcOffsetMinutes);
  return (
    <details className="release-history">
      <summary>{t('releases.history')}</summary>
      <ol aria-label={t('releases.history')}>
        {stepsOf(release).map((step, index) =>
          step.kind === 'version' ? (
            <li key={index} className="history-version">
              <div className="muted small">{t('releases.historyVersion', { no: step.no, name: step.name, at: at(step.at) })}</div>
              <blockquote>{step.text}</blockquote>
            </li>
          ) : step.kind === 'released' ? (
            <li key={index} className="history-decision decision-released">
              <div className="small">
                {t('releases.decision.released', {
                  no: step.no,
                  name: step.name,
                  at: at(step.at),
                  channel: t(keyIn('releases.channel', step.channel)),
                })}
              </div>
            </li>
          ) : (
            <li key={index} className={`history-decision decision-${step.kind}`}>
              <div className="small">{t(`releases.decision.${step.kind}`, { no: step.no, name: step.name, at: at(step.at) })}</div>
              {step.comment ? <div className="small">{t('releases.comment', { comment: step.comment })}</div> : null}
            </li>
          ),
        )}
      </ol>
    </details>
  );
}
