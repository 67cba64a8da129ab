// 下达标准指令: once the response is active, the plan's standard instructions not yet issued for
// this incident, listed with their teams, issued to every team in one click (one transaction).
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Incident, Team } from '@shared/model';
import { localized } from '@shared/text';
import { useConsole } from '../../db/DatabaseContext';
import { issueStandardInstructions, standardInstructionsFor } from '../../db/instructions';
import { useAppSelector } from '../../store';
import { Outcome } from '../../ui/Outcome';
import { useCommand } from '../../ui/useCommand';
import { useWriteContext } from '../session/useWriteContext';

export function StandardInstructions({ incident, teams }: { incident: Incident; teams: Team[] }) {
  const { t } = useTranslation();
  const { db, plan, plans } = useConsole();
  const locale = useAppSelector((s) => s.session.locale);
  const writeContext = useWriteContext();
  const { alert, busy, run } = useCommand();
  const standards = useLiveQuery(() => standardInstructionsFor(db, incident, { plan, plans }), [db, incident, plan, plans]);
  const pending = (standards ?? []).filter((s) => !s.issued).map((s) => s.standard);
  if (!incident.milestones.activatedAt || pending.length === 0) return null;

  async function issue() {
    await run(() => issueStandardInstructions(db, incident.id, writeContext()));
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
      {alert ? <Outcome kind="error">{alert}</Outcome> : null}
      <button type="button" className="primary" disabled={busy} onClick={() => void issue()}>
        {t('instructions.standard.title')}
      </button>
    </div>
  );
}
