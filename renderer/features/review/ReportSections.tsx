// The after-action report's own sections: the cover, key facts with the complainants, releases,
// measures, accountability and follow-up, and the signatures block. `mask` hides the complainants'
// personal data unless the operator chose to print it in full.
import { useTranslation } from 'react-i18next';
import { pickFacts, withoutBlanks, type IncidentFacts, type Masking } from '@shared/incidentFacts';
import type { Incident } from '@shared/model';
import type { ReleasedStatement } from '@shared/releases';
import type { Measure, Review } from '@shared/review';
import { localized } from '@shared/text';
import { useConsole } from '../../db/DatabaseContext';
import { useAppSelector } from '../../store';
import { formatDateTime } from '../../ui/format';
import { useFactText, type FactLabels } from '../../ui/paper/factText';
import { FactTable, PaperSection, PaperTable, SignatureBlock } from '../../ui/paper/Paper';

/** The cover words its facts its own way (事由, 事件级别, 接收时间…). */
function useCoverLabels(): FactLabels {
  const { t } = useTranslation();
  return {
    number: t('review.report.cover.number'),
    title: t('review.report.cover.title'),
    level: t('review.report.cover.level'),
    receivedAt: t('review.report.cover.receivedAt'),
    closedAt: t('review.report.cover.closedAt'),
  };
}

export function Cover({ incident, facts }: { incident: Incident; facts: IncidentFacts }) {
  const { t } = useTranslation();
  const { plan, now } = useConsole();
  const locale = useAppSelector((s) => s.session.locale);
  const { rows } = useFactText(useCoverLabels());
  const cover: [string, string][] = [
    ...rows([...pickFacts(facts.record, ['number', 'title', 'level']), ...pickFacts(facts.times, ['receivedAt', 'closedAt'], 'none')]),
    [t('review.report.cover.preparedAt'), formatDateTime(now(), plan.utcOffsetMinutes).slice(0, 10)],
  ];
  return (
    <header className="review-cover">
      <p className="review-cover-organisation">{localized(plan.organisationName, locale)}</p>
      <h1>{t('review.report.title')}</h1>
      {/* Drill data never passes for live data, not even on paper. */}
      {incident.mode === 'drill' ? <p className="summary-drill">{t('review.report.drillMark')}</p> : null}
      <FactTable label={t('review.report.title')} rows={cover} />
    </header>
  );
}

/** 基本情况: the record, the complainants (masked unless printed in full), findings and results. */
export function FactsSection({ facts }: { facts: IncidentFacts }) {
  const { t } = useTranslation();
  const { rows } = useFactText();
  const shown = [
    ...pickFacts(facts.record, [
      'number',
      'level',
      'category',
      'channel',
      'urgency',
      'place',
      'people',
      'complaintCount',
      'complainants',
      'owner',
    ]),
    ...pickFacts(facts.outcome, ['findings', 'solution']),
    ...facts.results,
  ];
  return (
    <PaperSection title={t('review.report.section.facts')}>
      <FactTable label={t('review.report.section.facts')} rows={rows(withoutBlanks(shown))} />
    </PaperSection>
  );
}

/** Free text as paragraphs; a blank field says it was not filled in. */
function Paragraphs({ text }: { text: string }) {
  const { t } = useTranslation();
  if (!text.trim()) return <p className="summary-empty">{t('review.report.empty')}</p>;
  return (
    <>
      {text.split(/\n+/).map((line, i) => (
        <p key={i} className="review-paragraph">
          {line}
        </p>
      ))}
    </>
  );
}

export function AnalysisSection({ review, mask }: { review: Review | null; mask: Masking }) {
  const { t } = useTranslation();
  const parts: [string, string][] = [
    [t('review.form.causeAnalysis'), review?.causeAnalysis ?? ''],
    [t('review.form.wentWell'), review?.wentWell ?? ''],
    [t('review.form.toImprove'), review?.toImprove ?? ''],
  ];
  return (
    <PaperSection title={t('review.report.section.analysis')}>
      {parts.map(([label, text]) => (
        <div key={label} className="review-part">
          <h3>{label}</h3>
          <Paragraphs text={mask.text(text)} />
        </div>
      ))}
    </PaperSection>
  );
}

export function ReleasesSection({ releases, mask }: { releases: ReleasedStatement[]; mask: Masking }) {
  const { t } = useTranslation();
  const { plan } = useConsole();
  return (
    <PaperSection title={t('review.report.section.releases')} empty={releases.length ? null : t('review.report.noReleases')}>
      <PaperTable
        columns={[
          { label: t('review.report.release.column.at'), className: 'col-time' },
          { label: t('review.report.release.column.channel'), className: 'col-channel' },
          t('review.report.release.column.text'),
          { label: t('review.report.release.column.approvedBy'), className: 'col-name' },
        ]}
      >
        {releases.map((r) => (
          <tr key={`${r.releaseId}-${r.channel}-${r.releasedAt}`}>
            <td className="nowrap">{formatDateTime(r.releasedAt, plan.utcOffsetMinutes)}</td>
            <td className="nowrap">{t(`releases.channel.${r.channel}`, { defaultValue: t('print.none') })}</td>
            <td>
              <div className="review-release-title">{mask.text(r.title)}</div>
              <div className="summary-note">{mask.text(r.text)}</div>
            </td>
            <td className="nowrap">{r.approvedByName}</td>
          </tr>
        ))}
      </PaperTable>
    </PaperSection>
  );
}

export function MeasuresSection({ measures, mask }: { measures: Measure[]; mask: Masking }) {
  const { t } = useTranslation();
  const { plan } = useConsole();
  return (
    <PaperSection title={t('review.report.section.measures')} empty={measures.length ? null : t('review.report.noMeasures')}>
      <PaperTable
        label={t('review.report.section.measures')}
        columns={[
          { label: t('review.report.measureColumn.no'), className: 'col-count' },
          t('review.report.measureColumn.text'),
          { label: t('review.report.measureColumn.owner'), className: 'col-name' },
          { label: t('review.report.measureColumn.dueDate'), className: 'col-date' },
          { label: t('review.report.measureColumn.status'), className: 'col-state' },
        ]}
      >
        {measures.map((m, i) => (
          <tr key={m.id}>
            <td className="num">{i + 1}</td>
            <td>{mask.text(m.text)}</td>
            <td>{m.owner}</td>
            <td className="nowrap">{m.dueDate}</td>
            <td className="nowrap">
              {m.doneAt
                ? t('review.measures.doneAt', { at: formatDateTime(m.doneAt, plan.utcOffsetMinutes).slice(0, 10) })
                : t(`review.measures.statusValue.${m.status}`)}
            </td>
          </tr>
        ))}
      </PaperTable>
    </PaperSection>
  );
}

export function AccountabilitySection({ review, mask }: { review: Review | null; mask: Masking }) {
  const { t } = useTranslation();
  const { plan } = useConsole();
  const a = review?.accountability;
  const f = review?.followUp;
  return (
    <>
      <PaperSection title={t('review.report.section.accountability')} empty={review ? null : t('review.report.empty')}>
        {a?.decided ? (
          <FactTable
            label={t('review.report.section.accountability')}
            rows={[
              [t('review.form.persons'), a.persons],
              [t('review.form.measuresTaken'), mask.text(a.measuresTaken)],
              ...(a.note ? ([[t('review.form.accountabilityNote'), mask.text(a.note)]] as [string, string][]) : []),
            ]}
          />
        ) : (
          <p className="review-paragraph">{[t('review.report.notDecided'), a?.note ? mask.text(a.note) : ''].filter(Boolean).join(' ')}</p>
        )}
      </PaperSection>
      <PaperSection title={t('review.report.section.followUp')} empty={f ? null : t('review.report.noFollowUp')}>
        {f ? (
          <>
            <p className="review-paragraph">
              {t('review.report.followUpLine', {
                at: formatDateTime(f.at, plan.utcOffsetMinutes),
                by: f.by,
                result: t(`review.followUpResult.${f.result}`),
              })}
            </p>
            {f.note ? <p className="review-paragraph">{mask.text(f.note)}</p> : null}
          </>
        ) : null}
      </PaperSection>
    </>
  );
}

export function Signatures() {
  const { t } = useTranslation();
  return (
    <SignatureBlock
      title={t('review.report.section.signatures')}
      signers={[t('review.report.signer.author'), t('review.report.signer.reviewer'), t('review.report.signer.approver')]}
      signLine={t('review.report.signLine')}
      dateLine={t('review.report.dateLine')}
    />
  );
}
