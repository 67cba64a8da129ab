// 事件摘要: one incident on paper — facts, key times, complainants (phones masked), time limits,
// instructions, communications and the full timeline. Laid out for A4 first; on screen it is the
// preview with a toolbar that print hides.
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { planOfIncident } from '@shared/planVersions';
import { useConsole, usePeople } from '../../db/DatabaseContext';
import { useAppSelector } from '../../store';
import { formatDateTime } from '../../ui/format';
import { Letterhead, PaperNotice, PaperSheet, PaperToolbar, PrintButton, PrintedLine } from '../../ui/paper/Paper';
import { useTeams } from '../instructions/instructionText';
import { useOperator } from '../session/useWriteContext';
import { ClocksTable, CommunicationsTable, ComplainantsTable, FactSections, InstructionsTable, TimelineTable } from './SummarySections';
import { usePrintToPdf } from './usePrintToPdf';
import { useSummaryRecords, type SummaryRecords } from '../../db/reads/summary';
import { ReportsTable } from '../reports/ReportsTable';
import { EvidenceTable } from '../evidence/EvidenceTable';
import '../evidence/evidence.css';
import { reportingRule } from '@shared/upwardReports';
import './print.css';

export function IncidentSummaryPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const records = useSummaryRecords(id);
  if (records === undefined) return null;
  if (records === null)
    return (
      <div className="empty" role="alert">
        <p>{t('print.notFound')}</p>
        <Link href="/board">{t('print.backToBoard')}</Link>
      </div>
    );
  return <IncidentSummary records={records} />;
}

function IncidentSummary({ records }: { records: SummaryRecords }) {
  const { t } = useTranslation();
  const book = useConsole();
  const { plan, now } = book;
  const people = usePeople();
  const teams = useTeams();
  const operator = useOperator();
  const locale = useAppSelector((s) => s.session.locale);
  const { incident, complaints } = records;
  const { print, printing, failure } = usePrintToPdf();

  return (
    <div className="summary-screen">
      <PaperToolbar back={{ href: `/incidents/${incident.id}`, label: t('print.back') }}>
        <PrintButton
          printing={printing}
          onPrint={() => void print(t('print.fileName', { number: incident.number }))}
          labels={{ print: t('print.print'), printing: t('print.printing') }}
        />
      </PaperToolbar>
      {failure ? <PaperNotice tone="error">{failure}</PaperNotice> : null}
      <PaperSheet label={t('print.title')} lang={locale}>
        <Letterhead
          title={t('print.title')}
          number={incident.number}
          subject={incident.title}
          drillMark={incident.mode === 'drill' ? t('print.drillMark') : null}
          printed={
            <PrintedLine
              at={t('print.printedAt', { at: formatDateTime(now(), plan.utcOffsetMinutes) })}
              by={operator ? t('print.printedBy', { name: operator.name }) : null}
            />
          }
        />
        <FactSections incident={incident} complaints={complaints} />
        <ComplainantsTable complaints={complaints} />
        <p className="summary-privacy">{t('print.privacyNote')}</p>
        <ClocksTable incident={incident} />
        <InstructionsTable instructions={records.instructions} teams={teams} people={people} />
        <CommunicationsTable communications={records.communications} />
        <ReportsTable reports={records.reports} rule={reportingRule(planOfIncident(book, incident))} />
        <EvidenceTable attachments={records.attachments} complaints={complaints} />
        <TimelineTable entries={records.timeline} />
      </PaperSheet>
    </div>
  );
}
