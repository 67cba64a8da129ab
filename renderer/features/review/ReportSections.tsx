// The after-action report's own sections: the cover, key facts with the complainants, releases,
// measures, accountability and follow-up, and the signatures block. `mask` hides the complainants'
// personal data unless the operator chose to print it in full.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { resultsPerComplainant } from '@shared/complainantResults';
import type { Complaint, Incident } from '@shared/model';
import type { ReleasedStatement } from '@shared/releases';
import type { Measure, Review } from '@shared/review';
import { localized } from '@shared/text';
import { useConsole, usePeople } from '../../db/DatabaseContext';
import { useAppSelector } from '../../store';
import { levelColour } from '../../ui/Badges';
import { formatDateTime } from '../../ui/format';
import { PairTable } from '../../ui/PairTable';
import { SummarySection } from '../print/SummarySections';
import { planOfIncident } from '@shared/planVersions';
import { keyIn } from '../../i18n/keys';

export type Masking = { text: (value: string) => string; name: (value: string) => string; phone: (value: string) => string };

function useLevelText(incident: Incident) {
  const { t } = useTranslation();
  const plan = planOfIncident(useConsole(), incident);
  return incident.level === null
    ? t('level.none')
    : t('print.levelWithColour', {
        level: t(`level.${incident.level}`),
        colour: t(keyIn('print.colour', levelColour(incident.level, plan.grades))),
      });
}

export function Cover({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const { plan, now } = useConsole();
  const locale = useAppSelector((s) => s.session.locale);
  const level = useLevelText(incident);
  const at = (value: string | undefined) => (value ? formatDateTime(value, plan.utcOffsetMinutes) : t('print.none'));
  const rows: [string, string][] = [
    [t('review.report.cover.number'), incident.number],
    [t('review.report.cover.title'), incident.title],
    [t('review.report.cover.level'), level],
    [t('review.report.cover.receivedAt'), at(incident.milestones.receivedAt)],
    [t('review.report.cover.closedAt'), at(incident.milestones.closedAt)],
    [t('review.report.cover.preparedAt'), formatDateTime(now(), plan.utcOffsetMinutes).slice(0, 10)],
  ];
  return (
    <header className="review-cover">
      <p className="review-cover-organisation">{localized(plan.organisationName, locale)}</p>
      <h1>{t('review.report.title')}</h1>
      {/* Drill data never passes for live data, not even on paper. */}
      {incident.mode === 'drill' ? <p className="summary-drill">{t('review.report.drillMark')}</p> : null}
      <PairTable label={t('review.report.title')} rows={rows} />
    </header>
  );
}

export function FactsSection({ incident, complaints, mask }: { incident: Incident; complaints: Complaint[]; mask: Masking }) {
  const { t } = useTranslation();
  // Names as the incident's own plan version has them (a revision may rename or drop one).
  const plan = planOfIncident(useConsole(), incident);
  const people = usePeople();
  const locale = useAppSelector((s) => s.session.locale);
  const name = (list: { code: string; name: { zh: string; en?: string } }[], code: string) => {
    const item = list.find((i) => i.code === code);
    return item ? localized(item.name, locale) : code;
  };
  const level = useLevelText(incident);
  const urgency = plan.urgencies.find((u) => u.code === incident.urgency);
  const rows: [string, string | undefined][] = [
    [t('print.field.number'), incident.number],
    [t('print.field.level'), level],
    [t('print.field.category'), name(plan.categories, incident.categoryCode)],
    [t('print.field.channel'), name(plan.channels, incident.channelCode)],
    [t('print.field.urgency'), urgency ? localized(urgency.name, locale) : incident.urgency],
    [t('print.field.place'), incident.place],
    [t('print.field.people'), t('print.field.peopleCount', { count: incident.peopleInvolved })],
    [t('review.report.field.complaintCount'), t('review.report.complaintCount', { count: complaints.length })],
    [
      t('review.report.field.complainants'),
      complaints
        .map((c) => t('review.report.complainant', { name: mask.name(c.complainant.name), phone: mask.phone(c.complainant.phone) }))
        .join(t('common.listSeparator')),
    ],
    [t('print.field.owner'), people.find((p) => p.id === incident.ownerId)?.name ?? t('print.none')],
    [t('detail.findings'), incident.investigationFindings && mask.text(incident.investigationFindings)],
    [t('detail.solution'), incident.solution && mask.text(incident.solution)],
    ...resultRows(incident, complaints, mask, t),
  ];
  return (
    <SummarySection title={t('review.report.section.facts')} empty={null}>
      <PairTable label={t('review.report.section.facts')} rows={rows.filter((row): row is [string, string] => Boolean(row[1]))} />
    </SummarySection>
  );
}

/** Feedback and satisfaction: once for a single complainant, one row per complainant of a group complaint. */
function resultRows(incident: Incident, complaints: Complaint[], mask: Masking, t: TFunction): [string, string | undefined][] {
  if (complaints.length <= 1)
    return [
      [t('detail.feedback'), incident.feedback && mask.text(incident.feedback)],
      [t('review.report.field.satisfaction'), incident.satisfaction && t(`commandField.${incident.satisfaction}`)],
    ];
  const results = resultsPerComplainant(
    incident,
    complaints.map((c) => c.id),
  );
  return complaints.map((c, index) => {
    const { feedback, satisfaction } = results[index]!;
    return [
      t('review.report.field.complainantResult', { name: mask.name(c.complainant.name) }),
      t('review.report.complainantResult', {
        feedback: feedback ? mask.text(feedback) : t('detail.result.noFeedback'),
        satisfaction: satisfaction ? t(`commandField.${satisfaction}`) : t('detail.result.noAnswer'),
      }),
    ];
  });
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
    <SummarySection title={t('review.report.section.analysis')} empty={null}>
      {parts.map(([label, text]) => (
        <div key={label} className="review-part">
          <h3>{label}</h3>
          <Paragraphs text={mask.text(text)} />
        </div>
      ))}
    </SummarySection>
  );
}

export function ReleasesSection({ releases, mask }: { releases: ReleasedStatement[]; mask: Masking }) {
  const { t } = useTranslation();
  const { plan } = useConsole();
  return (
    <SummarySection title={t('review.report.section.releases')} empty={releases.length ? null : t('review.report.noReleases')}>
      <table className="summary-table">
        <thead>
          <tr>
            <th className="col-time">{t('review.report.release.column.at')}</th>
            <th className="col-channel">{t('review.report.release.column.channel')}</th>
            <th>{t('review.report.release.column.text')}</th>
            <th className="col-name">{t('review.report.release.column.approvedBy')}</th>
          </tr>
        </thead>
        <tbody>
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
        </tbody>
      </table>
    </SummarySection>
  );
}

export function MeasuresSection({ measures, mask }: { measures: Measure[]; mask: Masking }) {
  const { t } = useTranslation();
  const { plan } = useConsole();
  return (
    <SummarySection title={t('review.report.section.measures')} empty={measures.length ? null : t('review.report.noMeasures')}>
      <table className="summary-table" aria-label={t('review.report.section.measures')}>
        <thead>
          <tr>
            <th className="col-count">{t('review.report.measureColumn.no')}</th>
            <th>{t('review.report.measureColumn.text')}</th>
            <th className="col-name">{t('review.report.measureColumn.owner')}</th>
            <th className="col-date">{t('review.report.measureColumn.dueDate')}</th>
            <th className="col-state">{t('review.report.measureColumn.status')}</th>
          </tr>
        </thead>
        <tbody>
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
        </tbody>
      </table>
    </SummarySection>
  );
}

export function AccountabilitySection({ review, mask }: { review: Review | null; mask: Masking }) {
  const { t } = useTranslation();
  const { plan } = useConsole();
  const a = review?.accountability;
  const f = review?.followUp;
  return (
    <>
      <SummarySection title={t('review.report.section.accountability')} empty={review ? null : t('review.report.empty')}>
        {a?.decided ? (
          <PairTable
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
      </SummarySection>
      <SummarySection title={t('review.report.section.followUp')} empty={f ? null : t('review.report.noFollowUp')}>
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
      </SummarySection>
    </>
  );
}

export function Signatures() {
  const { t } = useTranslation();
  const signers = ['author', 'reviewer', 'approver'] as const;
  return (
    <section className="summary-section review-signatures" aria-label={t('review.report.section.signatures')}>
      <h2>{t('review.report.section.signatures')}</h2>
      <div className="signature-row">
        {signers.map((signer) => (
          <div key={signer} className="signature">
            <div className="signature-role">{t(`review.report.signer.${signer}`)}</div>
            <div className="signature-line">{t('review.report.signLine')}</div>
            <div className="signature-line">{t('review.report.dateLine')}</div>
          </div>
        ))}
      </div>
    </section>
  );
}
