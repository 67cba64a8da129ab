// 卷宗: an archived incident's whole file on paper — a cover with the archive number and how long
// it is kept, the contents, the summary's sections (complainants masked, time limits, instructions,
// communications), the statements released, the reports sent upward, the review, the evidence list
// and the full timeline — printed as one PDF.
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { planOfIncident } from '@shared/planVersions';
import { releasedStatements } from '@shared/releases';
import { reportingRule } from '@shared/upwardReports';
import { useConsole, usePeople } from '../../db/DatabaseContext';
import { useDossierRecords, type DossierRecords } from '../../db/reads/summary';
import { useAppSelector } from '../../store';
import { formatDateTime } from '../../ui/format';
import {
  FactTable,
  Letterhead,
  PaperNotice,
  PaperSection,
  PaperSheet,
  PaperTable,
  PaperToolbar,
  PrintButton,
  PrintedLine,
} from '../../ui/paper/Paper';
import { useTeams } from '../instructions/instructionText';
import {
  ClocksTable,
  CommunicationsTable,
  ComplainantsTable,
  FactSections,
  InstructionsTable,
  TimelineTable,
} from '../print/SummarySections';
import { usePrintToPdf } from '../print/usePrintToPdf';
import { ReportsTable } from '../reports/ReportsTable';
import { EvidenceTable } from '../evidence/EvidenceTable';
import '../evidence/evidence.css';
import { useOperator } from '../session/useWriteContext';
import '../print/print.css';

export function DossierPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const records = useDossierRecords(id);
  if (records === undefined) return null;
  if (records === null || !records.incident.archive)
    return (
      <div className="empty" role="alert">
        <p>{t(records === null ? 'print.notFound' : 'archive.refusal.archive-not-archived')}</p>
        <Link href={records ? `/incidents/${id}` : '/board'}>{t('archive.file.back')}</Link>
      </div>
    );
  return <Dossier records={records} />;
}

function Dossier({ records }: { records: DossierRecords }) {
  const { t } = useTranslation();
  const book = useConsole();
  const { plan, now } = book;
  const people = usePeople();
  const teams = useTeams();
  const operator = useOperator();
  const locale = useAppSelector((s) => s.session.locale);
  const { print, printing, failure } = usePrintToPdf();
  const { incident, complaints } = records;
  const archive = incident.archive!;
  const incidentPlan = planOfIncident(book, incident);
  const at = (iso: string) => formatDateTime(iso, plan.utcOffsetMinutes);
  const released = releasedStatements(records.releases);
  const cover: [string, string][] = [
    [t('archive.file.archiveNumber'), archive.number],
    [t('archive.file.incidentNumber'), incident.number],
    [t('archive.file.subject'), incident.title],
    [
      t('archive.file.period'),
      `${at(incident.milestones.receivedAt)} — ${incident.milestones.closedAt ? at(incident.milestones.closedAt) : at(incident.updatedAt)}`,
    ],
    [t('archive.file.archivedBy'), `${archive.byName} ${at(archive.at)}`],
    [t('archive.file.retainUntil'), archive.retainUntil],
  ];

  return (
    <div className="summary-screen">
      <PaperToolbar back={{ href: `/incidents/${incident.id}`, label: t('archive.file.back') }}>
        <PrintButton
          printing={printing}
          onPrint={() => void print(t('archive.file.fileName', { number: archive.number }))}
          labels={{ print: t('print.print'), printing: t('print.printing') }}
        />
      </PaperToolbar>
      {failure ? <PaperNotice tone="error">{failure}</PaperNotice> : null}
      <PaperSheet label={t('archive.file.title')} lang={locale}>
        <Letterhead
          title={t('archive.file.title')}
          number={archive.number}
          subject={`${incident.number} ${incident.title}`}
          drillMark={incident.mode === 'drill' ? t('print.drillMark') : null}
          printed={
            <PrintedLine
              at={t('print.printedAt', { at: formatDateTime(now(), plan.utcOffsetMinutes) })}
              by={operator ? t('print.printedBy', { name: operator.name }) : null}
            />
          }
        />
        <PaperSection title={t('archive.file.cover')}>
          <FactTable label={t('archive.file.cover')} rows={cover} />
        </PaperSection>
        <PaperSection title={t('archive.file.contents')}>
          <p>{t('archive.file.contentItems')}</p>
        </PaperSection>
        <FactSections incident={incident} complaints={complaints} />
        <ComplainantsTable complaints={complaints} />
        <p className="summary-privacy">{t('print.privacyNote')}</p>
        <ClocksTable incident={incident} />
        <InstructionsTable instructions={records.instructions} teams={teams} people={people} />
        <CommunicationsTable communications={records.communications} />
        <PaperSection title={t('archive.file.releases')} empty={released.length ? null : t('archive.file.releasesNone')}>
          <PaperTable
            columns={[
              { label: t('archive.file.column.at'), className: 'col-time' },
              { label: t('archive.file.column.channel'), className: 'col-channel' },
              t('archive.file.column.title'),
              { label: t('archive.file.column.approvedBy'), className: 'col-name' },
            ]}
          >
            {released.map((r) => (
              <tr key={`${r.releaseId}-${r.releasedAt}`}>
                <td className="nowrap">{at(r.releasedAt)}</td>
                <td className="nowrap">{t(`releases.channel.${r.channel}`)}</td>
                <td>{r.title}</td>
                <td className="nowrap">{r.approvedByName}</td>
              </tr>
            ))}
          </PaperTable>
        </PaperSection>
        <ReportsTable reports={records.reports} rule={reportingRule(incidentPlan)} />
        <PaperSection title={t('archive.file.review')} empty={records.review ? null : t('archive.file.reviewNone')}>
          {records.review ? (
            <FactTable
              label={t('archive.file.review')}
              rows={[
                [t('review.form.causeAnalysis'), records.review.causeAnalysis],
                [t('review.form.wentWell'), records.review.wentWell],
                [t('review.form.toImprove'), records.review.toImprove],
              ]}
            />
          ) : null}
        </PaperSection>
        <PaperSection title={t('archive.file.opinions')} empty={records.opinions.length ? null : t('archive.file.opinionsNone')}>
          <PaperTable
            columns={[
              { label: t('archive.file.column.at'), className: 'col-time' },
              { label: t('opinion.column.platform'), className: 'col-channel' },
              { label: t('opinion.column.warning'), className: 'col-channel' },
              t('opinion.column.summary'),
            ]}
          >
            {records.opinions.map((item) => (
              <tr key={item.id}>
                <td className="nowrap">{at(item.foundAt)}</td>
                <td className="nowrap">{t(`opinion.platform.${item.platform}`)}</td>
                <td className="nowrap">{t(`opinion.warning.${item.warning ?? 'none'}`)}</td>
                <td>{`${item.summary}（${t('opinion.reach', { reach: item.reach })}）`}</td>
              </tr>
            ))}
          </PaperTable>
        </PaperSection>
        <PaperSection title={t('archive.file.callBacks')} empty={records.callBacks.length ? null : t('archive.file.callBacksNone')}>
          <PaperTable
            columns={[
              { label: t('archive.file.column.at'), className: 'col-time' },
              { label: t('callBacks.field.method'), className: 'col-channel' },
              { label: t('callBacks.field.satisfaction'), className: 'col-channel' },
              t('callBacks.field.result'),
            ]}
          >
            {records.callBacks.map((c) => (
              <tr key={c.id}>
                <td className="nowrap">{at(c.at)}</td>
                <td className="nowrap">{t(`callBacks.method.${c.method}`)}</td>
                <td className="nowrap">
                  {c.reached && c.satisfaction ? t(`callBacks.satisfaction.${c.satisfaction}`) : t('callBacks.unreached')}
                </td>
                <td>{c.result}</td>
              </tr>
            ))}
          </PaperTable>
        </PaperSection>
        <EvidenceTable title={t('archive.file.evidence')} attachments={records.attachments} complaints={records.complaints} />
        <TimelineTable entries={records.timeline} />
      </PaperSheet>
    </div>
  );
}
