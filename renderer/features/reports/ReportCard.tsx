// One report upward: its kind and number, words, recipients, where it stands (审批), what was sent
// to whom, when and how, and the steps the operator may take now.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { UpwardReporting } from '@shared/plan';
import { recipientNames, reportStepsFor, type ReportStepType, type UpwardReport } from '@shared/upwardReports';
import { useConsole } from '../../db/DatabaseContext';
import { reportStep } from '../../db/upwardReports';
import { useAppSelector } from '../../store';
import { Field, FormActions } from '../../ui/Field';
import { FormAlert } from '../../ui/Outcome';
import { formatDateTime } from '../../ui/format';
import { useCommand } from '../../ui/useCommand';
import { useOperator, useWriteContext } from '../session/useWriteContext';
import { ReportForm } from './ReportForm';
import { SendForm } from './SendForm';
import { useReportName } from './useReportName';

type Props = { report: UpwardReport; rule: UpwardReporting };

export function ReportCard({ report, rule }: Props) {
  const { t } = useTranslation();
  const { db, plan } = useConsole();
  const locale = useAppSelector((s) => s.session.locale);
  const operator = useOperator();
  const writeContext = useWriteContext();
  const name = useReportName();
  const [open, setOpen] = useState<'revise' | 'return' | 'send' | null>(null);
  const command = useCommand();
  const steps = operator ? reportStepsFor(report, operator) : [];
  const at = (iso: string) => formatDateTime(iso, plan.utcOffsetMinutes);
  const recipients = recipientNames(report.recipients, rule, locale).join(locale === 'en' ? ', ' : '、');
  const heading = name(report.kind, report.sequence);

  const act = (type: ReportStepType) => {
    if (type === 'revise' || type === 'return' || type === 'send') return setOpen(type);
    void command.run(() => reportStep(db, report.id, type === 'submit' ? { type } : { type: 'approve' }, writeContext()));
  };

  return (
    <li className={`report-card report-${report.status}`} aria-label={heading}>
      <header className="report-card-header">
        <strong>{heading}</strong>
        <span className="report-title">{report.title}</span>
        <span className={`badge report-status status-${report.status}`}>{t(`reports.status.${report.status}`)}</span>
      </header>
      <dl className="report-meta">
        <dt>{t('reports.field.recipients')}</dt>
        <dd>{recipients}</dd>
        <dt>{t('reports.drafted')}</dt>
        <dd>{t('reports.byAt', { name: report.createdByName, at: at(report.createdAt) })}</dd>
        {report.needsApproval ? (
          <>
            <dt>{t('reports.approval')}</dt>
            <dd>
              {report.decision
                ? t(`reports.decision.${report.decision.kind}`, { name: report.decision.byName, at: at(report.decision.at) })
                : t(report.status === 'submitted' ? 'reports.awaitingApproval' : 'reports.needsApproval')}
              {report.decision?.comment ? ` — ${report.decision.comment}` : ''}
            </dd>
          </>
        ) : null}
        {report.sent ? (
          <>
            <dt>{t('reports.sentLabel')}</dt>
            <dd className="report-sent">
              {t('reports.sentLine', {
                at: at(report.sent.at),
                method: t(`reports.method.${report.sent.method}`),
                receivers: report.sent.receivers,
                name: report.sent.byName,
              })}
            </dd>
          </>
        ) : null}
      </dl>
      <details className="report-text">
        <summary>{t('reports.showText')}</summary>
        <pre>{report.text}</pre>
      </details>
      <div className="report-actions">
        {steps.map((type) => (
          <button key={type} type="button" className={type === 'send' || type === 'approve' ? 'primary' : ''} disabled={command.busy} onClick={() => act(type)}>
            {t(`reports.step.${type}`)}
          </button>
        ))}
        <Link href={`/incidents/${report.incidentId}/reports/${report.id}/print`} className="button">
          {t('reports.print')}
        </Link>
      </div>
      <FormAlert text={command.alert} />
      {open === 'revise' ? (
        <ReportForm
          label={t('reports.step.revise')}
          submitLabel={t('reports.save')}
          initial={{ title: report.title, text: report.text, recipients: report.recipients }}
          rule={rule}
          save={(input) => reportStep(db, report.id, { type: 'revise', ...input }, writeContext())}
          onDone={() => setOpen(null)}
        />
      ) : null}
      {open === 'return' ? <ReturnForm report={report} onDone={() => setOpen(null)} /> : null}
      {open === 'send' ? <SendForm report={report} onDone={() => setOpen(null)} /> : null}
    </li>
  );
}

function ReturnForm({ report, onDone }: { report: UpwardReport; onDone: () => void }) {
  const { t } = useTranslation();
  const { db } = useConsole();
  const writeContext = useWriteContext();
  const [comment, setComment] = useState('');
  const { errors, alert, busy, run } = useCommand();
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await run(() => reportStep(db, report.id, { type: 'return', comment }, writeContext()))) onDone();
  }
  return (
    <form className="report-command" aria-label={t('reports.step.return')} onSubmit={submit} noValidate>
      <Field label={t('reports.field.returnComment')} error={errors.comment} wide>
        {(a) => <textarea {...a} rows={3} value={comment} onChange={(e) => setComment(e.target.value)} />}
      </Field>
      <FormAlert text={alert} wide />
      <FormActions busy={busy} submitLabel={t('reports.step.return')} cancelLabel={t('reports.cancel')} onCancel={onDone} />
    </form>
  );
}
