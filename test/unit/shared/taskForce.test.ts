// 专项处理小组: formed by the leader or a deputy, for an open level-1 incident only.
import { describe, expect, it } from 'vitest';
import { taskForceRefusal } from '@shared/taskForce';

const open = { level: 1 as const, state: 'investigating' as const, number: 'SJ-2026-0001' };

describe('forming a special task force', () => {
  it('lets the leader and a deputy form it for an open level-1 incident', () => {
    expect(taskForceRefusal(open, { role: 'leader' })).toBeNull();
    expect(taskForceRefusal(open, { role: 'deputy' })).toBeNull();
  });

  it('refuses staff and members, and incidents below level 1', () => {
    expect(taskForceRefusal(open, { role: 'staff' })).toEqual({ code: 'task-force-needs-leader' });
    expect(taskForceRefusal({ ...open, level: 2 }, { role: 'leader' })).toEqual({ code: 'task-force-level1-only' });
  });

  it('refuses a closed or rejected incident, naming it', () => {
    for (const state of ['closed', 'rejected'] as const)
      expect(taskForceRefusal({ ...open, state }, { role: 'leader' })).toEqual({
        code: 'task-force-incident-closed',
        params: { number: 'SJ-2026-0001' },
      });
  });
});
