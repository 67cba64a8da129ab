// Reading drill runs for the drill screens.
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { localized } from '@shared/text';
import { useConsole } from '../../db/DatabaseContext';
import { loadRunEvaluation, notesOfRun } from '../../db/drillRuns';
import { useTeamsOfKinds } from '../../db/reads/organisation';
import { useAppSelector } from '../../store';
import { keyIn } from '../../i18n/keys';

export function useRunNotes(id: string) {
  const { db } = useConsole();
  return useLiveQuery(() => notesOfRun(db, id), [db, id]) ?? [];
}

/** The evaluation, recomputed whenever the run, its incidents' records, notes or findings change. */
export function useRunEvaluation(id: string) {
  const { db } = useConsole();
  return useLiveQuery(() => loadRunEvaluation(db, id), [db, id]);
}

/** A team's name as the organisation calls it (the office may rename its teams), by the plan's team code. */
export function useTeamName(): (code: string) => string {
  const { t } = useTranslation();
  const locale = useAppSelector((s) => s.session.locale);
  const teams = useTeamsOfKinds('working-team', 'leading-group');
  return (code: string) => {
    const team = teams?.find((candidate) => candidate.code === code);
    return team ? localized(team.name, locale) : t(keyIn('drill.team', code));
  };
}
