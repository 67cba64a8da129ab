// What the releases screens need to ask the machine "what may I do now?": the operator, the
// publicity team's lead and members, and the time.
import { publicityMemberIds, type ReleaseContext } from '@shared/releases';
import { toIsoWithOffset } from '@shared/time';
import { useConsole } from '../../db/DatabaseContext';
import { useLoadedTeams } from '../../db/reads/organisation';
import { useOperator } from '../session/useWriteContext';

export function useReleaseContext(): ReleaseContext | null {
  const { plan, now } = useConsole();
  const operator = useOperator();
  const teams = useLoadedTeams();
  if (!operator || !teams) return null;
  return { actor: operator, publicityIds: publicityMemberIds(teams), at: toIsoWithOffset(now(), plan.utcOffsetMinutes) };
}
