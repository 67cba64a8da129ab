// One instruction as the issuer and the receiver see it: receiver, priority, state, deadline with
// its countdown or overdue flag, who issued and signed it, progress, the result, and the actions.
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Instruction } from '@shared/command';
import { instructionClockRuns, instructionOverdue } from '@shared/instructions';
import type { Team } from '@shared/model';
import { useConsole, usePeople } from '../../db/DatabaseContext';
import { useAppSelector } from '../../store';
import { formatDateTime, formatDeadline, formatDuration } from '../../ui/format';
import { InstructionActions } from './InstructionActions';
import { contentOf, receiverName } from './instructionText';

type Props = {
  instruction: Instruction;
  teams: Team[];
  now: number;
  /** Closed or rejected incidents' instructions run no clock. */
  incidentOpen: boolean;
  incidentNumber?: string | undefined;
};

export function InstructionCard({ instruction, teams, now, incidentOpen, incidentNumber }: Props) {
  const { t } = useTranslation();
  const { plan } = useConsole();
  const people = usePeople();
  const locale = useAppSelector((s) => s.session.locale);
  const overdue = instructionOverdue(instruction, now, incidentOpen);
  const receiver = receiverName(instruction, teams, people, locale);
  const at = (iso: string) => formatDateTime(iso, plan.utcOffsetMinutes);
  const dueMs = Date.parse(instruction.deadline);
  const running = instructionClockRuns(instruction, incidentOpen);
  return (
    <li className={`instruction${overdue ? ' is-overdue' : ''}`} aria-label={receiver}>
      <div className="instruction-head">
        <strong className="instruction-receiver">{receiver}</strong>
        <span className={`badge prio prio-${instruction.priority}`}>{t(`instructions.prio.${instruction.priority}`)}</span>
        <span className={`badge istate istate-${instruction.state}`}>{t(`instructions.state.${instruction.state}`)}</span>
        {overdue ? <span className="badge clock clock-overdue">{t(`instructions.overdue.${overdue}`)}</span> : null}
        {incidentNumber ? (
          <Link href={`/incidents/${instruction.incidentId}`} className="instruction-incident mono">
            {t('instructions.openIncident', { number: incidentNumber })}
          </Link>
        ) : null}
      </div>
      <p className="instruction-content">{contentOf(instruction, plan, locale)}</p>
      <div className="instruction-meta muted small">
        <span>{t('instructions.due', { at: formatDeadline(instruction.deadline, plan.utcOffsetMinutes) })}</span>
        {running && !overdue ? (
          <span className="countdown">{t('instructions.remaining', { time: formatDuration(dueMs - now, t) })}</span>
        ) : null}
        {running && overdue ? (
          <span className="countdown overdue">{t('instructions.overdueBy', { time: formatDuration(now - dueMs, t) })}</span>
        ) : null}
        <span>{t('instructions.issuedBy', { name: instruction.issuedByName, at: at(instruction.issuedAt) })}</span>
        {instruction.signedAt ? (
          <span>
            {t('instructions.signedBy', {
              name: people.find((p) => p.id === instruction.signedBy)?.name ?? '',
              at: at(instruction.signedAt),
            })}
          </span>
        ) : null}
        {instruction.escalatedAt ? <span className="escalated">{t('instructions.escalated')}</span> : null}
      </div>
      {instruction.progress.length > 0 ? (
        <ol className="instruction-progress" aria-label={t('instructions.progressTitle')}>
          {instruction.progress.map((p, index) => (
            <li key={`${index}-${p.at}`}>
              <span className="muted small">
                {at(p.at)} {p.byName}
              </span>{' '}
              {p.text}
            </li>
          ))}
        </ol>
      ) : null}
      {instruction.report ? (
        <div className="instruction-report">
          <span className="muted small">
            {t('instructions.reportTitle')} · {at(instruction.report.at)} {instruction.report.byName}
          </span>
          <div>{instruction.report.text}</div>
        </div>
      ) : null}
      {instruction.state === 'cancelled' && instruction.cancelReason ? (
        <div className="instruction-cancelled muted small">{t('instructions.cancelledBecause', { reason: instruction.cancelReason })}</div>
      ) : null}
      {instruction.state === 'returned' && instruction.returnReason ? (
        <div className="notice warning small">{t('instructions.returnedBecause', { reason: instruction.returnReason })}</div>
      ) : null}
      <InstructionActions instruction={instruction} team={teams.find((team) => team.id === instruction.teamId)} />
    </li>
  );
}
