// 对口处理: who owns a new incident and where "the responsible team" instructions go, by the
// department the category names.
import { describe, expect, it } from 'vitest';
import { defaultPlan } from '@shared/defaultPlan';
import type { Person, Team } from '@shared/model';
import type { Plan, StandardInstruction } from '@shared/plan';
import { instructionTeamCode, RESPONSIBLE_TEAM, routedOwnerId } from '@shared/routing';
import { SAMPLE_PEOPLE, SAMPLE_TEAMS } from '@shared/sampleOrganisation';

const stamp = { sample: true, updatedAt: '2026-12-04T10:00:00+08:00', updatedBy: 'system' };
const people: Person[] = SAMPLE_PEOPLE.map((p) => ({ ...p, ...stamp }));
const teams: Team[] = SAMPLE_TEAMS.map((t) => ({ ...t, ...stamp }));
const idOf = (name: string) => people.find((p) => p.name === name)!.id;

const base = defaultPlan('2026-01-05T09:00:00+08:00');
const routed = (departments: Record<string, string>): Plan => ({
  ...base,
  categories: base.categories.map((c) => (departments[c.code] ? { ...c, department: departments[c.code] } : c)),
});
const toResponsible: StandardInstruction = {
  code: 'handle',
  teamCode: RESPONSIBLE_TEAM,
  content: { zh: '对口部门牵头核查处理', en: 'The responsible team leads the handling' },
  dueMinutes: 60,
  priority: 'high',
};

describe('the owner of a new incident', () => {
  it('is the lead of the team the category names', () => {
    expect(routedOwnerId(routed({ 'data-privacy': '后勤保障组' }), 'data-privacy', people, teams)).toBe(idOf('孙强'));
  });

  it('is the most senior person of the department the category names', () => {
    expect(routedOwnerId(routed({ 'service-quality': '客户服务部' }), 'service-quality', people, teams)).toBe(idOf('刘洋'));
  });

  it('is nobody in particular when the category names no department, or one nobody belongs to', () => {
    expect(routedOwnerId(base, 'service-quality', people, teams)).toBeNull();
    expect(routedOwnerId(routed({ 'service-quality': '不存在的部门' }), 'service-quality', people, teams)).toBeNull();
  });
});

describe('standard instructions for the responsible team', () => {
  it('go to the team the category names', () => {
    expect(instructionTeamCode(toResponsible, routed({ 'food-safety': 'logistics' }), 'food-safety', teams)).toBe('logistics');
  });

  it('go to the coordination team when the category names no team', () => {
    expect(instructionTeamCode(toResponsible, base, 'food-safety', teams)).toBe('coordination');
  });

  it('leave instructions addressed to a named team where they are', () => {
    expect(
      instructionTeamCode({ ...toResponsible, teamCode: 'publicity' }, routed({ 'food-safety': 'logistics' }), 'food-safety', teams),
    ).toBe('publicity');
  });
});
