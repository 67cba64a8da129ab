// The incident summary's tables: complainants (phones masked), time limits, instructions,
// communications and the timeline. Plain tables with repeated headers, so a long incident flows
// over several A4 pages without a row torn in two.
import { useTranslation } from 'react-i18next';
import { keyIn } from '../../i18n/keys';
import { clockStatus, stageClocks } from '@shared/deadlines';
import type { Instruction } from '@shared/command';
import type { Communication, Complaint, Incident, Person, Team, TimelineEntry } from '@shared/model';
import { maskPhone } from '@shared/privacy';
import { planOfIncident } from '@shared/planVersions';
import { useConsole } from '../../db/DatabaseContext';
import { useAppSelector } from '../../store';
import { timelineText } from '../../ui/describe';
import { formatDateTime, formatDeadline } from '../../ui/format';
import { FactTable, PaperSection, PaperTable } from '../../ui/paper/Paper';
import { useFactText } from '../../ui/paper/factText';
import { incidentFacts, pickFacts } from '@shared/incidentFacts';
import { usePeople } from '../../db/DatabaseContext';
import { contentOf, receiverName } from '../instructions/instructionText';

/** The incident's record, key times and outcome, as the summary and the archive's 卷宗 print them. */
export function FactSections({ incident, complaints }: { incident: Incident; complaints: Complaint[] }) {
  const { t } = useTranslation();
  const book = useConsole();
  const people = usePeople();
  const { rows } = useFactText();
  const facts = incidentFacts(incident, { complaints, plan: planOfIncident(book, incident), people });
  const record = pickFacts(facts.record, ['number', 'level', 'state', 'category', 'channel', 'urgency', 'place', 'people', 'owner']);
  return (
    <>
      <PaperSection title={t('print.section.facts')}>
        <FactTable label={t('print.section.facts')} rows={rows(record)} perRow={2} />
      </PaperSection>
      <PaperSection title={t('print.section.times')}>
        <FactTable label={t('print.section.times')} rows={rows(facts.times)} perRow={2} />
      </PaperSection>
      {facts.outcome.length ? (
        <PaperSection title={t('print.section.outcome')}>
          <FactTable label={t('print.section.outcome')} rows={rows(facts.outcome)} />
        </PaperSection>
      ) : null}
    </>
  );
}

function useAt() {
  const { plan } = useConsole();
  return (value: string | number) => formatDateTime(value, plan.utcOffsetMinutes);
}

export function ComplainantsTable({ complaints }: { complaints: Complaint[] }) {
  const { t } = useTranslation();
  const at = useAt();
  return (
    <PaperSection
      title={t('print.section.complainants', { count: complaints.length })}
      empty={complaints.length ? null : t('print.empty.complainants')}
    >
      <PaperTable
        columns={[
          { label: t('print.column.complaintNumber'), className: 'col-number' },
          { label: t('print.column.name'), className: 'col-name' },
          { label: t('print.column.phone'), className: 'col-phone' },
          { label: t('print.column.receivedAt'), className: 'col-time' },
          { label: t('print.column.people'), className: 'col-count' },
          t('print.column.content'),
        ]}
      >
        {complaints.map((c) => (
          <tr key={c.id}>
            <td className="nowrap">{c.number}</td>
            <td className="nowrap">{c.complainant.name}</td>
            {/* 保护投诉人隐私: a print leaves the office, so the number is never shown whole here. */}
            <td className="nowrap">{maskPhone(c.complainant.phone)}</td>
            <td className="nowrap">{at(c.receivedAt)}</td>
            <td className="num">{c.peopleInvolved}</td>
            <td>
              <div>{c.content}</div>
              {c.expectedResolution ? <div className="summary-sub">{t('detail.expected', { text: c.expectedResolution })}</div> : null}
            </td>
          </tr>
        ))}
      </PaperTable>
    </PaperSection>
  );
}

export function ClocksTable({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const book = useConsole();
  const { calendar, now } = book;
  const at = useAt();
  const plan = planOfIncident(book, incident);
  const clocks = stageClocks(incident, plan, calendar);
  const moment = now();
  return (
    <PaperSection title={t('print.section.clocks')} empty={clocks.length ? null : t('print.empty.clocks')}>
      {/* At most six rows: kept on one page rather than split after the first two. */}
      <PaperTable
        keepTogether
        columns={[
          t('print.column.stage'),
          t('print.column.limit'),
          { label: t('print.column.deadline'), className: 'col-time' },
          { label: t('print.column.doneAt'), className: 'col-time' },
          t('print.column.status'),
        ]}
      >
        {clocks.map((c) => {
          const status = clockStatus(c, moment, plan.dueSoon);
          return (
            <tr key={c.stage} className={`clock-row clock-row-${status}`}>
              <td className="nowrap">{t(`clock.stage.${c.stage}`)}</td>
              <td className="nowrap">{t('clock.allowance', { amount: c.rule.amount, unit: t(`clock.unit.${c.rule.unit}`) })}</td>
              <td className="nowrap">{c.dueAt !== null ? formatDeadline(c.dueAt, plan.utcOffsetMinutes) : t('print.none')}</td>
              <td className="nowrap">{c.doneAt !== null ? at(c.doneAt) : t('print.none')}</td>
              <td className="status nowrap">{t(`clock.status.${status}`)}</td>
            </tr>
          );
        })}
      </PaperTable>
    </PaperSection>
  );
}

export function InstructionsTable({ instructions, teams, people }: { instructions: Instruction[]; teams: Team[]; people: Person[] }) {
  const { t } = useTranslation();
  const { plan } = useConsole();
  const locale = useAppSelector((s) => s.session.locale);
  return (
    <PaperSection
      title={t('print.section.instructions', { count: instructions.length })}
      empty={instructions.length ? null : t('print.empty.instructions')}
    >
      <PaperTable
        columns={[
          { label: t('print.column.receiver'), className: 'col-receiver' },
          t('print.column.instruction'),
          { label: t('print.column.deadline'), className: 'col-time' },
          { label: t('print.column.status'), className: 'col-state' },
        ]}
      >
        {instructions.map((i) => (
          <tr key={i.id}>
            <td className="nowrap">{receiverName(i, teams, people, locale)}</td>
            <td>
              <div>{contentOf(i, plan, locale)}</div>
              {i.report ? (
                <div className="summary-sub">{t('common.labelled', { label: t('print.column.result'), value: i.report.text })}</div>
              ) : null}
            </td>
            <td className="nowrap">{formatDeadline(i.deadline, plan.utcOffsetMinutes)}</td>
            <td className="nowrap">{t(`instructions.state.${i.state}`)}</td>
          </tr>
        ))}
      </PaperTable>
    </PaperSection>
  );
}

export function CommunicationsTable({ communications }: { communications: Communication[] }) {
  const { t } = useTranslation();
  const at = useAt();
  return (
    <PaperSection
      title={t('print.section.communications', { count: communications.length })}
      empty={communications.length ? null : t('print.empty.communications')}
    >
      <PaperTable
        columns={[
          { label: t('print.column.at'), className: 'col-time' },
          { label: t('print.column.channel'), className: 'col-channel' },
          { label: t('print.column.person'), className: 'col-name' },
          t('print.column.summary'),
        ]}
      >
        {communications.map((c) => (
          <tr key={c.id}>
            <td className="nowrap">{at(c.at)}</td>
            <td className="nowrap">{t(`communication.channels.${c.channel}`)}</td>
            <td>{c.person}</td>
            <td>
              <div>{c.summary}</div>
              {c.outcome ? (
                <div className="summary-sub">{t('common.labelled', { label: t('print.column.outcome'), value: c.outcome })}</div>
              ) : null}
            </td>
          </tr>
        ))}
      </PaperTable>
    </PaperSection>
  );
}

export function TimelineTable({ entries }: { entries: TimelineEntry[] }) {
  const { t } = useTranslation();
  const at = useAt();
  return (
    <PaperSection title={t('print.section.timeline', { count: entries.length })} empty={entries.length ? null : t('print.empty.timeline')}>
      <PaperTable
        columns={[
          { label: t('print.column.at'), className: 'col-time' },
          t('print.column.entry'),
          { label: t('print.column.actor'), className: 'col-name' },
        ]}
      >
        {entries.map((entry) => (
          <tr key={entry.id}>
            <td className="nowrap">{at(entry.at)}</td>
            <td>
              <div>
                {timelineText(entry.kind, entry.params, t)}
                {entry.from && entry.to && entry.from !== entry.to ? (
                  <span className="summary-sub">
                    {' '}
                    {t(keyIn('state', entry.from))} → {t(keyIn('state', entry.to))}
                  </span>
                ) : null}
              </div>
              {entry.note ? <div className="summary-note">{entry.note}</div> : null}
            </td>
            <td className="nowrap">{entry.actorId === 'system' ? t('timeline.system') : entry.actorName}</td>
          </tr>
        ))}
      </PaperTable>
    </PaperSection>
  );
}
