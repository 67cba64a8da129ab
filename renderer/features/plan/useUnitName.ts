// A category's responsible unit as the reader sees it: a team of the organisation by its name in
// the screen's language (the plan may store its code), any other department as written.
import { unitName } from '@shared/routing';
import { useAppSelector } from '../../store';
import { useTeams } from '../../db/reads/organisation';

export function useUnitName(): (department: string) => string {
  const locale = useAppSelector((s) => s.session.locale);
  const teams = useTeams();
  return (department) => unitName(department, teams, locale);
}
