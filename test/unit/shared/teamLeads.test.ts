// Who leads which team, as the operator picker introduces people.
import { describe, expect, it } from 'vitest';
import { SAMPLE_PEOPLE, SAMPLE_TEAMS } from '@shared/sampleOrganisation';
import { teamsLedBy } from '@shared/teamLeads';

const [WANG, , ZHANG, , , , CHEN] = SAMPLE_PEOPLE.map((p) => p.id) as string[];
const department = {
  ...SAMPLE_TEAMS[1]!,
  id: 'd0000000-0000-4000-8000-000000000001',
  code: 'cs',
  kind: 'department' as const,
  name: { zh: '客户服务部', en: 'Customer service' },
  leadId: ZHANG,
};
const taskForce = {
  ...SAMPLE_TEAMS[1]!,
  id: 'd0000000-0000-4000-8000-000000000002',
  code: 'tf',
  kind: 'task-force' as const,
  leadId: ZHANG,
};

describe('the teams a person leads', () => {
  it('names the information team for its lead, then the department she also leads', () => {
    const led = teamsLedBy(ZHANG!, [department, taskForce, ...SAMPLE_TEAMS]);
    expect(led.map((team) => team.name.zh)).toEqual(['信息收集组', '客户服务部']);
  });

  it('leaves out the leading group (the role says 组长) and names nothing for someone who leads no team', () => {
    expect(teamsLedBy(WANG!, SAMPLE_TEAMS)).toEqual([]);
    expect(teamsLedBy(CHEN!, SAMPLE_TEAMS)).toEqual([]);
  });
});
