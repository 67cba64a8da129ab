// 备份到文件 on the log: only the roles the plan names may make a file of every personal record.
import { describe, expect, it } from 'vitest';
import { decideBackupFileExported, decideBackupFileSavedAs } from '@shared/backupCommands';
import type { Stamp } from '@shared/commandKit';
import { defaultPlan } from '@shared/defaultPlan';
import type { Role } from '@shared/model';

const NOW = Date.parse('2026-12-04T21:00:00+08:00');
const stampOf = (role: Role): Stamp => ({
  actor: { id: 'p1', name: '王建国', role },
  at: '2026-12-04T21:00:00+08:00',
  nowMs: NOW,
  utcOffsetMinutes: 480,
  mode: 'live',
  newId: () => 'id-1',
});
const plan = defaultPlan('2026-01-01T00:00:00+08:00');
const seen = { plans: [plan], complaints: 3, incidents: 2 };

describe('the log entry of a backup file for another PC', () => {
  it('counts what the file holds, under the organisation', () => {
    const decision = decideBackupFileExported(seen, { fileName: 'a.cbk' }, stampOf('leader'));
    expect(decision.ok && decision.value.timeline).toEqual([
      { incidentId: 'organisation', kind: 'backup-exported', params: { file: 'a.cbk', complaints: 3, incidents: 2 } },
    ]);
    expect(decision.ok && decision.value.writes).toEqual([]);
  });

  it('refuses a role the plan does not name', () => {
    expect(decideBackupFileExported(seen, { fileName: 'a.cbk' }, stampOf('staff'))).toEqual({
      ok: false,
      error: { code: 'backup-file-needs-role' },
    });
  });

  it('follows the plan’s own list of roles', () => {
    const staffMay = { ...seen, plans: [{ ...plan, personalDataRoles: ['staff' as const] }] };
    expect(decideBackupFileExported(staffMay, { fileName: 'a.cbk' }, stampOf('staff')).ok).toBe(true);
    expect(decideBackupFileExported(staffMay, { fileName: 'a.cbk' }, stampOf('leader')).ok).toBe(false);
  });

  it('refuses when there is no plan in force', () => {
    expect(decideBackupFileExported({ ...seen, plans: [] }, { fileName: 'a.cbk' }, stampOf('leader')).ok).toBe(false);
  });

  it('records where the file was saved', () => {
    const decision = decideBackupFileSavedAs(null, { savedAs: 'D:\\备份\\a.cbk' });
    expect(decision.ok && decision.value.timeline).toEqual([
      { incidentId: 'organisation', kind: 'backup-exported-to', params: { file: 'D:\\备份\\a.cbk' } },
    ]);
  });
});
