// 受理回执: the complainant's receipt on one A4 page — number, what happens next, the limits with
// their dates, the contact. Printing it puts "receipt given" on the incident's timeline first.
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { acknowledgementOf, type Acknowledgement, type AcknowledgementLimit } from '@shared/acknowledgement';
import { localized } from '@shared/text';
import { recordAcknowledgementGiven } from '../../db/acknowledgements';
import { PROVISIONAL_MARK } from '../../db/officeSync';
import { useConsole } from '../../db/DatabaseContext';
import { useAppSelector } from '../../store';
import { useCommand } from '../../ui/useCommand';
import { formatDateTime, formatDeadline } from '../../ui/format';
import { usePrintToPdf } from '../print/usePrintToPdf';
import { useOperator, useWriteContext } from '../session/useWriteContext';
import { useAcknowledgementRecords, useAwaitsOfficeNumber, type AcknowledgementRecords } from '../../db/reads/complaints';
import { useReceiptPageFrame } from './useReceiptPageFrame';
import '../print/print.css';
import { PairTable } from '../../ui/PairTable';
import './acknowledgement.css';

export function AcknowledgementPage({ complaintId }: { complaintId: string }) {
  const { t } = useTranslation();
  const records = useAcknowledgementRecords(complaintId);
  if (records === undefined) return null;
  if (records === null)
    return (
      <div className="empty" role="alert">
        <p>{t('acknowledgement.notFound')}</p>
        <Link href="/board">{t('print.backToBoard')}</Link>
      </div>
    );
  return <Receipt records={records} />;
}

function Receipt({ records }: { records: AcknowledgementRecords }) {
  const { t } = useTranslation();
  const { db, plan, plans, calendar, now } = useConsole();
  const operator = useOperator();
  const writeContext = useWriteContext();
  const locale = useAppSelector((s) => s.session.locale);
  const { print, printing, failure: printFailure } = usePrintToPdf();
  const { alert: failure, run } = useCommand();
  useReceiptPageFrame();
  const { complaint, incident, office, owner, lastGiven } = records;
  // A seat of an office that has not heard back yet prints its own number, marked as such.
  const provisional = useAwaitsOfficeNumber(complaint.id);
  const receipt = acknowledgementOf({
    complaint,
    incident,
    plan,
    plans,
    calendar,
    contact: {
      organisation: plan.organisationName,
      ...(office ? { office: { name: office.name, phone: office.phone } } : {}),
      ...(owner ? { handler: owner.name } : {}),
    },
  });
  const at = (value: string | number) => formatDateTime(value, plan.utcOffsetMinutes);

  // The receipt counts as given once it is on the timeline; a print that cannot be recorded is not made.
  async function giveAndPrint() {
    if ((await run(() => recordAcknowledgementGiven(db, complaint.id, writeContext()))) === null) return;
    await print(t('acknowledgement.fileName', { number: complaint.number }));
  }

  const shownFailure = failure ?? printFailure;
  return (
    <div className="summary-screen">
      <div className="summary-toolbar no-print">
        <Link href={`/incidents/${incident.id}`} className="back">
          ← {t('acknowledgement.back')}
        </Link>
        <button type="button" className="primary" disabled={printing} onClick={() => void giveAndPrint()}>
          {printing ? t('acknowledgement.printing') : t('acknowledgement.print')}
        </button>
      </div>
      {lastGiven ? (
        <div className="notice success no-print ack-given" role="status">
          {t('acknowledgement.given', { name: lastGiven.actorName, at: at(lastGiven.at) })}
        </div>
      ) : null}
      {shownFailure ? (
        <div className="notice error no-print summary-failure" role="alert">
          {shownFailure}
        </div>
      ) : null}
      <article className="incident-summary acknowledgement" aria-label={t('acknowledgement.title')} lang={locale}>
        <header className="summary-head">
          <h1>{t('acknowledgement.title')}</h1>
          <p className="summary-title">{localized(plan.organisationName, locale)}</p>
          {complaint.mode === 'drill' ? <p className="summary-drill">{t('acknowledgement.drillMark')}</p> : null}
          <p className="summary-meta">
            <span>{t('print.printedAt', { at: at(now()) })}</span>
            {operator ? <span>{t('print.printedBy', { name: operator.name })}</span> : null}
          </p>
        </header>
        <p className="ack-greeting">{t('acknowledgement.greeting', { name: receipt.complainantName })}</p>
        <p className="ack-intro">{t('acknowledgement.intro', { at: at(receipt.receivedAt) })}</p>
        <section className="summary-section" aria-label={t('acknowledgement.section.complaint')}>
          <h2>{t('acknowledgement.section.complaint')}</h2>
          <PairTable
            label={t('acknowledgement.section.complaint')}
            rows={[
              [
                t('acknowledgement.field.number'),
                provisional
                  ? t('acknowledgement.provisionalNumber', { number: receipt.complaintNumber.replace(PROVISIONAL_MARK, '') })
                  : receipt.complaintNumber,
              ],
              [t('acknowledgement.field.receivedAt'), at(receipt.receivedAt)],
              [t('acknowledgement.field.complainant'), receipt.complainantName],
              [t('acknowledgement.field.phone'), receipt.complainantPhone],
              [t('acknowledgement.field.subject'), receipt.subject],
              [t('acknowledgement.field.stage'), t(`acknowledgement.status.${receipt.status}`)],
            ]}
          />
        </section>
        <NextSteps receipt={receipt} />
        {receipt.limits.length ? <Limits limits={receipt.limits} /> : null}
        {receipt.outcome ? (
          <section className="summary-section" aria-label={t('acknowledgement.section.outcome')}>
            <h2>{t('acknowledgement.section.outcome')}</h2>
            <PairTable
              label={t('acknowledgement.section.outcome')}
              rows={(
                [
                  [t('acknowledgement.quick.result'), receipt.outcome.result],
                  [t('acknowledgement.quick.feedback'), receipt.outcome.feedback],
                ] as [string, string | undefined][]
              ).filter((row): row is [string, string] => Boolean(row[1]))}
            />
          </section>
        ) : null}
        <section className="summary-section" aria-label={t('acknowledgement.section.contact')}>
          <h2>{t('acknowledgement.section.contact')}</h2>
          <PairTable
            label={t('acknowledgement.section.contact')}
            rows={[
              [t('acknowledgement.field.organisation'), localized(receipt.contact.organisation, locale)],
              ...(receipt.contact.office ? [[t('acknowledgement.field.office'), receipt.contact.office.phone] as [string, string]] : []),
              ...(receipt.contact.handler ? [[t('acknowledgement.field.handler'), receipt.contact.handler] as [string, string]] : []),
            ]}
          />
        </section>
        <p className="summary-privacy">{t('acknowledgement.privacy')}</p>
      </article>
    </div>
  );
}

function NextSteps({ receipt }: { receipt: Acknowledgement }) {
  const { t } = useTranslation();
  return (
    <section className="summary-section" aria-label={t('acknowledgement.section.next')}>
      <h2>{t('acknowledgement.section.next')}</h2>
      {receipt.status === 'closed' || receipt.status === 'rejected' ? (
        <p className="ack-text">{t(receipt.status === 'closed' ? 'acknowledgement.closedNote' : 'acknowledgement.rejectedNote')}</p>
      ) : (
        <ol className="ack-steps">
          {receipt.nextSteps.map((phase) => (
            <li key={phase}>{t(`acknowledgement.phase.${phase}`)}</li>
          ))}
        </ol>
      )}
    </section>
  );
}

function Limits({ limits }: { limits: AcknowledgementLimit[] }) {
  const { t } = useTranslation();
  const { plan } = useConsole();
  const due = (limit: AcknowledgementLimit) => {
    switch (limit.due.kind) {
      case 'date':
        return formatDeadline(limit.due.at, plan.utcOffsetMinutes);
      case 'done':
        return t('acknowledgement.limit.done', { at: formatDateTime(limit.due.at, plan.utcOffsetMinutes) });
      case 'calendar-missing':
        return t('acknowledgement.limit.calendarMissing', { year: limit.due.year });
      case 'not-started':
        return t(`acknowledgement.limit.startsAt.${limit.due.startsAt}`);
    }
  };
  return (
    <section className="summary-section" aria-label={t('acknowledgement.section.limits')}>
      <h2>{t('acknowledgement.section.limits')}</h2>
      <table className="summary-table keep-together" aria-label={t('acknowledgement.section.limits')}>
        <thead>
          <tr>
            <th scope="col">{t('acknowledgement.limit.stage')}</th>
            <th scope="col">{t('acknowledgement.limit.allowance')}</th>
            <th scope="col">{t('acknowledgement.limit.due')}</th>
          </tr>
        </thead>
        <tbody>
          {limits.map((limit) => (
            <tr key={limit.stage} className={limit.due.kind === 'calendar-missing' ? 'ack-missing' : undefined}>
              <td className="nowrap">{t(`clock.stage.${limit.stage}`)}</td>
              <td className="nowrap">{t('acknowledgement.limit.amount', { amount: limit.amount, unit: t(`clock.unit.${limit.unit}`) })}</td>
              <td>{due(limit)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="summary-privacy">{t('acknowledgement.limit.note')}</p>
    </section>
  );
}
