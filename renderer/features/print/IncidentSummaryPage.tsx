// 事件摘要: one incident on paper — facts, key times, complainants (phones masked), time limits,
// instructions, communications and the full timeline. Laid out for A4 first; on screen it is the
// preview with a toolbar that print hides.
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Incident, Milestones } from '@shared/model';
import { localized } from '@shared/text';
import { planOfIncident } from '@shared/planVersions';
import { useConsole, usePeople } from '../../db/DatabaseContext';
import { useAppSelector } from '../../store';
import { levelColour } from '../../ui/Badges';
import { formatDateTime } from '../../ui/format';
import { useTeams } from '../instructions/instructionText';
import { useOperator } from '../session/useWriteContext';
import { ClocksTable, CommunicationsTable, ComplainantsTable, InstructionsTable, TimelineTable } from './SummarySections';
import { usePrintToPdf } from './usePrintToPdf';
import { useSummaryRecords } from './useSummaryRecords';
import './print.css';
import { keyIn } from '../../i18n/keys';

/** The workflow's milestones in the order they happen; the summary lists those reached. */
const MILESTONES: (keyof Milestones)[] = [
  'receivedAt',
  'acceptedAt',
  'gradedAt',
  'levelOneAt',
  'activatedAt',
  'investigationDoneAt',
  'reopenedAt',
  'solutionReadyAt',
  'feedbackAt',
  'closedAt',
];

/** Label/value pairs laid out two to a row, the way a paper form reads; long texts one to a row. */
function FactTable({ label, rows, perRow = 2 }: { label: string; rows: [string, string][]; perRow?: 1 | 2 }) {
  const pairs: [string, string][][] = [];
  for (let i = 0; i < rows.length; i += perRow) pairs.push(rows.slice(i, i + perRow));
  return (
    <table className={`summary-facts per-row-${perRow}`} aria-label={label}>
      <tbody>
        {pairs.map((pair) => (
          <tr key={pair[0]![0]}>
            {pair.map(([name, value]) => [
              <th key={`${name}-label`} scope="row">
                {name}
              </th>,
              <td key={`${name}-value`} colSpan={pair.length === 1 && perRow === 2 ? 3 : 1}>
                {value}
              </td>,
            ])}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function useFacts(incident: Incident) {
  const { t } = useTranslation();
  const plan = planOfIncident(useConsole(), incident);
  const people = usePeople();
  const locale = useAppSelector((s) => s.session.locale);
  const name = (list: { code: string; name: { zh: string; en?: string } }[], code: string) => {
    const item = list.find((i) => i.code === code);
    return item ? localized(item.name, locale) : code;
  };
  const urgency = plan.urgencies.find((u) => u.code === incident.urgency);
  const level =
    incident.level === null
      ? t('level.none')
      : t('print.levelWithColour', {
          level: t(`level.${incident.level}`),
          colour: t(keyIn('print.colour', levelColour(incident.level, plan.grades))),
        });
  const facts: [string, string][] = [
    [t('print.field.number'), incident.number],
    [t('print.field.level'), level],
    [t('print.field.state'), t(`state.${incident.state}`)],
    [t('print.field.category'), name(plan.categories, incident.categoryCode)],
    [t('print.field.channel'), name(plan.channels, incident.channelCode)],
    [t('print.field.urgency'), urgency ? localized(urgency.name, locale) : incident.urgency],
    [t('print.field.place'), incident.place],
    [t('print.field.people'), t('print.field.peopleCount', { count: incident.peopleInvolved })],
    [t('print.field.owner'), people.find((p) => p.id === incident.ownerId)?.name ?? t('print.none')],
  ];
  const times = MILESTONES.flatMap((key): [string, string][] => {
    const value = incident.milestones[key];
    return value ? [[t(`print.milestone.${key}`), formatDateTime(value, plan.utcOffsetMinutes)]] : [];
  });
  const outcome = (
    [
      [t('detail.findings'), incident.investigationFindings],
      [t('detail.solution'), incident.solution],
      [t('detail.feedback'), incident.feedback],
      [t('detail.satisfaction'), incident.satisfaction && t(`commandField.${incident.satisfaction}`)],
      [
        t('detail.escalation'),
        incident.escalation &&
          [t(`commandField.${incident.escalation.route}`), incident.escalation.outcome].filter(Boolean).join(t('common.listSeparator')),
      ],
      [
        t('detail.rejection'),
        incident.rejection &&
          t('common.labelled', { label: t(`commandField.${incident.rejection.kind}`), value: incident.rejection.reason }),
      ],
    ] as [string, string | undefined][]
  ).filter((row): row is [string, string] => Boolean(row[1]));
  return { facts, times, outcome };
}

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

function IncidentSummary({ records }: { records: NonNullable<ReturnType<typeof useSummaryRecords>> }) {
  const { t } = useTranslation();
  const { plan, now } = useConsole();
  const people = usePeople();
  const teams = useTeams();
  const operator = useOperator();
  const locale = useAppSelector((s) => s.session.locale);
  const { incident } = records;
  const { facts, times, outcome } = useFacts(incident);
  const { print, printing, failure } = usePrintToPdf();

  return (
    <div className="summary-screen">
      <div className="summary-toolbar no-print">
        <Link href={`/incidents/${incident.id}`} className="back">
          ← {t('print.back')}
        </Link>
        <button
          type="button"
          className="primary"
          disabled={printing}
          onClick={() => void print(t('print.fileName', { number: incident.number }))}
        >
          {printing ? t('print.printing') : t('print.print')}
        </button>
      </div>
      {failure ? (
        <div className="notice error no-print summary-failure" role="alert">
          {failure}
        </div>
      ) : null}
      {/* lang lets the browser pick the right glyphs and spacing for the words on the page. */}
      <article className="incident-summary" aria-label={t('print.title')} lang={locale}>
        <header className="summary-head">
          <h1>{t('print.title')}</h1>
          <p className="summary-title">
            <span className="summary-number">{incident.number}</span> {incident.title}
          </p>
          {/* Drill data never passes for live data, not even on paper. */}
          {incident.mode === 'drill' ? <p className="summary-drill">{t('print.drillMark')}</p> : null}
          <p className="summary-meta">
            <span>{t('print.printedAt', { at: formatDateTime(now(), plan.utcOffsetMinutes) })}</span>
            {operator ? <span>{t('print.printedBy', { name: operator.name })}</span> : null}
          </p>
        </header>
        <section className="summary-section" aria-label={t('print.section.facts')}>
          <h2>{t('print.section.facts')}</h2>
          <FactTable label={t('print.section.facts')} rows={facts} />
        </section>
        <section className="summary-section" aria-label={t('print.section.times')}>
          <h2>{t('print.section.times')}</h2>
          <FactTable label={t('print.section.times')} rows={times} />
        </section>
        {outcome.length ? (
          <section className="summary-section" aria-label={t('print.section.outcome')}>
            <h2>{t('print.section.outcome')}</h2>
            <FactTable label={t('print.section.outcome')} rows={outcome} perRow={1} />
          </section>
        ) : null}
        <ComplainantsTable complaints={records.complaints} />
        <p className="summary-privacy">{t('print.privacyNote')}</p>
        <ClocksTable incident={incident} />
        <InstructionsTable instructions={records.instructions} teams={teams} people={people} />
        <CommunicationsTable communications={records.communications} />
        <TimelineTable entries={records.timeline} />
      </article>
    </div>
  );
}
