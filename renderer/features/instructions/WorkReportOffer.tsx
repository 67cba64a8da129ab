// 报告进展 offered where a team's work is done on the incident page (a statement released by the
// publicity team, a resource allocated by logistics): one click puts it on that team's open
// instruction for the incident as a progress note, so nobody writes the same thing twice.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { instructionForTeamWork } from '@shared/instructions';
import type { Team } from '@shared/model';
import { localized } from '@shared/text';
import { useConsole } from '../../db/DatabaseContext';
import { reportWorkOnInstruction } from '../../db/instructions';
import { useAppSelector } from '../../store';
import { useCommand } from '../../ui/useCommand';
import { useOperator, useWriteContext } from '../session/useWriteContext';
import { useInstructionsOf } from '../../db/reads/instructions';
import { useTeams } from '../../db/reads/organisation';
import { instructionFailureText } from './instructionText';
import './instructions.css';

type Props = {
  incidentId: string;
  /** The working team whose instruction the work answers. */
  teamCode: Team['code'];
  /** The progress note, as the work was recorded. */
  text: string;
  onDismiss: () => void;
};

export function WorkReportOffer({ incidentId, teamCode, text, onDismiss }: Props) {
  const { t } = useTranslation();
  const { db } = useConsole();
  const operator = useOperator();
  const writeContext = useWriteContext();
  const locale = useAppSelector((s) => s.session.locale);
  const team = useTeams().find((candidate) => candidate.code === teamCode && candidate.kind === 'working-team');
  const instructions = useInstructionsOf(incidentId);
  const [reported, setReported] = useState(false);
  const { alert, busy, run } = useCommand({}, { describe: instructionFailureText });
  const teamName = team ? localized(team.name, locale) : '';
  if (reported) {
    return (
      <div className="notice success" role="status">
        {t('instructions.workReport.done', { team: teamName })}
      </div>
    );
  }
  const target = operator ? instructionForTeamWork(instructions, team, operator.id) : null;
  if (!target) return null;

  async function report() {
    if (!target) return;
    const done = await run(() => reportWorkOnInstruction(db, target.id, text, writeContext()));
    if (done) setReported(true);
  }

  return (
    <div className="notice work-report" role="group" aria-label={t('instructions.workReport.title')}>
      <p>{t('instructions.workReport.offer', { team: teamName, text })}</p>
      {alert ? (
        <p className="error" role="alert">
          {alert}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void report()}>
          {t('instructions.workReport.report')}
        </button>
        <button type="button" onClick={onDismiss}>
          {t('instructions.workReport.dismiss')}
        </button>
      </div>
    </div>
  );
}
