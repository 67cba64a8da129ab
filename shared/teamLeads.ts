// Who leads which standing team (信息收集组组长, 客户服务部负责人), for screens that introduce a
// person. The leading group's leader is already named by the role (组长); task forces come and
// go with their incidents and are shown there.
import type { Team } from './model';

const STANDING: readonly Team['kind'][] = ['working-team', 'department'];

/** The working teams, then the departments, that this person leads. */
export function teamsLedBy<T extends Pick<Team, 'kind' | 'leadId'>>(personId: string, teams: readonly T[]): T[] {
  return teams
    .filter((team) => team.leadId === personId && STANDING.includes(team.kind))
    .sort((a, b) => STANDING.indexOf(a.kind) - STANDING.indexOf(b.kind));
}
