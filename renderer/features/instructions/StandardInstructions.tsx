// 下达标准指令: once the response is active, the plan's standard instructions not yet issued for
// this incident, listed with their teams, issued to every team in one click (one transaction).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Incident, Team } from '@shared/model';
import { localized } from '@shared/text';
import { useConsole } from '../../db/DatabaseContext';
import { issueStandardInstructions, standardInstructionsFor } from '../../db/instructions';
import { useAppSelector } from '../../store';
import { attempt } from '../../ui/describe';
import { useWriteContext } from '../session/useWriteContext';
import { instructionFailureText } from './instructionText';

export function StandardInstructions({ incident, teams }: { incident: Incident; teams: Team[] }) {
  const { t } = useTranslation();
  const { db, plan, plans } = useConsole();
  const locale = useAppSelector((s) => s.session.locale);
  const writeContext = useWriteContext();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const standards = useLiveQuery(() => standardInstructionsFor(db, incident, { plan, plans }), [db, incident, plan, plans]);
  const pending = (standards ?? []).filter((s) => !s.issued).map((s) => s.standard);
  if (!incident.milestones.activatedAt || pending.length === 0) return null;

  async function issue() {
    setBusy(true);
    const result = await attempt(() => issueStandardInstructions(db, incident.id, writeContext()));
    setBusy(false);
    setFailure(result.ok ? null : instructionFailureText(result.error, t));
  }

  const teamName = (code: string) => {
    const team = teams.find((candidate) => candidate.code === code && candidate.kind !== 'task-force');
    return team ? localized(team.name, locale) : code;
  };
  return (
    <div className="standard-instructions" role="group" aria-label={t('instructions.standard.title')}>
      <p className="small">{t('instructions.standard.hint')}</p>
      <ul>
        {pending.map((s) => (
          <li key={s.code}>
            {t('instructions.standard.item', { team: teamName(s.teamCode), content: localized(s.content, locale), minutes: s.dueMinutes })}
          </li>
        ))}
      </ul>
      {failure ? (
        <div className="notice error" role="alert">
          {failure}
        </div>
      ) : null}
      <button type="button" className="primary" disabled={busy} onClick={() => void issue()}>
        {t('instructions.standard.title')}
      </button>
    </div>
  );
}
