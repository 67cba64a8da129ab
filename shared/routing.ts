// 对口处理: a category names the department or team that handles it. A new incident's owner is
// that unit's lead, and a standard instruction addressed to "the responsible team" goes to it.
import type { Person, Team } from './model';
import type { Plan, StandardInstruction } from './plan';
import { localized, type Locale } from './text';

/** The team code a standard instruction uses to mean "the team the category names". */
export const RESPONSIBLE_TEAM = 'responsible';
/** Where such an instruction goes when the category names no team: the coordination team (处置协调组). */
export const RESPONSIBLE_FALLBACK_TEAM = 'coordination';

const SENIORITY = ['leader', 'deputy', 'member', 'staff'] as const;
const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function departmentOf(plan: Plan, categoryCode: string): string | null {
  const department = plan.categories.find((c) => c.code === categoryCode)?.department?.trim();
  return department ? department : null;
}

/** The standing team the category names, by its code or its name in either language. */
export function responsibleTeam(plan: Plan, categoryCode: string, teams: readonly Team[]): Team | null {
  const department = departmentOf(plan, categoryCode);
  if (!department) return null;
  return (
    teams.find(
      (team) =>
        team.kind !== 'task-force' &&
        (same(team.code, department) || same(team.name.zh, department) || same(team.name.en ?? '', department)),
    ) ?? null
  );
}

/**
 * The default owner of a new incident of the category: the named team's lead, or else the most
 * senior person of the named department; null when the category names nobody we know.
 */
export function routedOwnerId(plan: Plan, categoryCode: string, people: readonly Person[], teams: readonly Team[]): string | null {
  const team = responsibleTeam(plan, categoryCode, teams);
  if (team?.leadId && people.some((p) => p.id === team.leadId)) return team.leadId;
  const department = departmentOf(plan, categoryCode);
  if (!department) return null;
  const staff = people.filter((p) => same(p.department, department));
  for (const role of SENIORITY) {
    const found = staff.find((p) => p.role === role);
    if (found) return found.id;
  }
  return null;
}

/** The team code a standard instruction goes to for an incident of the category. */
export function instructionTeamCode(standard: StandardInstruction, plan: Plan, categoryCode: string, teams: readonly Team[]): string {
  if (standard.teamCode !== RESPONSIBLE_TEAM) return standard.teamCode;
  return responsibleTeam(plan, categoryCode, teams)?.code ?? RESPONSIBLE_FALLBACK_TEAM;
}

/** How a category's unit reads: the team's name in the reader's language when it names a team, else as written. */
export function unitName(department: string, teams: readonly Team[], locale: Locale): string {
  const team = teams.find(
    (t) => t.kind !== 'task-force' && (same(t.code, department) || same(t.name.zh, department) || same(t.name.en ?? '', department)),
  );
  return team ? localized(team.name, locale) : department;
}
