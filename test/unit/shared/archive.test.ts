// 归档: a finished incident is archived once with a number from the year's counter and kept until
// 31 December of the archiving year plus the plan's years for its level; after that, and only by
// the plan's roles, the file is deleted with everything recorded on it, the deletion audited.
import { describe, expect, it } from 'vitest';
import { archiveCounterKey, decideArchive, decideDeleteArchive, DEFAULT_ARCHIVE_RULE, retainUntil, retentionOver } from '@shared/archive';
import { onLiveBoard } from '@shared/boardRetention';
import type { Stamp } from '@shared/commandKit';
import { defaultPlan } from '@shared/defaultPlan';
import type { Incident } from '@shared/model';

const NOW = Date.parse('2026-12-01T10:00:00+08:00');
const plan = defaultPlan('2026-11-01T00:00:00+08:00');
const stampAt = (ms: number, role: 'leader' | 'staff' = 'staff'): Stamp => ({
  actor: { id: role, name: role === 'leader' ? '王建国' : '陈晓', role },
  at: new Date(ms).toISOString(),
  nowMs: ms,
  utcOffsetMinutes: 480,
  mode: 'live',
  newId: () => 'x',
});
const closed = (partial: Partial<Incident> = {}) =>
  ({
    id: 'inc-1',
    number: 'SJ-20261123-0001',
    level: 2,
    state: 'closed',
    milestones: { receivedAt: '2026-11-23T10:00:00+08:00' },
    updatedAt: '2026-11-30T10:00:00+08:00',
    ...partial,
  }) as Incident;

describe('retention dates', () => {
  it('keeps a file to 31 December of the archiving year plus the level’s years', () => {
    expect(retainUntil(NOW, 1, DEFAULT_ARCHIVE_RULE, 480)).toBe('2056-12-31');
    expect(retainUntil(NOW, 2, DEFAULT_ARCHIVE_RULE, 480)).toBe('2036-12-31');
    expect(retainUntil(NOW, null, { retentionYears: [30, 10, 5], deleteRoles: ['leader'] }, 480)).toBe('2031-12-31');
    // Archived on New Year's Eve at 23:30 China time: the plan's year, not UTC's.
    expect(retainUntil(Date.parse('2026-12-31T23:30:00+08:00'), 3, DEFAULT_ARCHIVE_RULE, 480)).toBe('2036-12-31');
    expect(retainUntil(Date.parse('2027-01-01T00:30:00+08:00'), 3, DEFAULT_ARCHIVE_RULE, 480)).toBe('2037-12-31');
  });

  it('runs out the day after the last day kept', () => {
    expect(retentionOver('2036-12-31', '2036-12-31')).toBe(false);
    expect(retentionOver('2036-12-31', '2037-01-01')).toBe(true);
  });
});

describe('archiving', () => {
  it('numbers the file from the year’s counter, advances it in the same change, and takes it off the board', () => {
    const decision = decideArchive({ incident: closed(), plan, counter: 4 }, { incidentId: 'inc-1' }, stampAt(NOW));
    if (!decision.ok) throw new Error(decision.error.code);
    expect(decision.value.value.archive).toMatchObject({ number: 'GD-2026-0005', retainUntil: '2036-12-31', byName: '陈晓' });
    expect(decision.value.writes[0]).toEqual({ put: 'counters', row: { key: archiveCounterKey(NOW, 480, 'live'), value: 5 } });
    expect(decision.value.timeline[0]).toMatchObject({ kind: 'archived', params: { archive: 'GD-2026-0005', until: '2036-12-31' } });
    expect(onLiveBoard(decision.value.value, plan, NOW)).toBe(false);
    expect(onLiveBoard(closed(), plan, NOW)).toBe(true);
  });

  it('refuses an open incident and one archived already', () => {
    const code = (incident: Incident) => {
      const d = decideArchive({ incident, plan, counter: 0 }, { incidentId: 'inc-1' }, stampAt(NOW));
      return d.ok ? 'archived' : d.error.code;
    };
    expect(code(closed({ state: 'feedback' }))).toBe('archive-not-finished');
    expect(code(closed({ archive: { number: 'GD-2026-0001', at: '', by: '', byName: '', retainUntil: '2036-12-31' } }))).toBe(
      'archive-exists',
    );
    expect(code(closed({ state: 'rejected' }))).toBe('archived');
  });

  it('files only a complete file: not while the call-back or the 终报 is still owed', () => {
    const code = (incident: Incident) => {
      const d = decideArchive({ incident, plan, counter: 0 }, { incidentId: 'inc-1' }, stampAt(NOW));
      return d.ok ? 'archived' : d.error.code;
    };
    const closedAt = '2026-11-28T10:00:00+08:00';
    expect(code(closed({ milestones: { receivedAt: '2026-11-23T10:00:00+08:00', closedAt } }))).toBe('archive-owes-call-back');
    const calledBack = { callBack: { lastAttemptAt: '2026-11-30T10:00:00+08:00', doneAt: '2026-11-30T10:00:00+08:00' } };
    const reported = {
      ...calledBack,
      milestones: { receivedAt: '2026-11-23T10:00:00+08:00', activatedAt: '2026-11-23T11:00:00+08:00', closedAt },
      reporting: { firstSentAt: '2026-11-23T11:20:00+08:00', lastSentAt: '2026-11-23T11:20:00+08:00' },
    };
    expect(code(closed(reported))).toBe('archive-owes-report');
    expect(code(closed({ ...reported, reporting: { ...reported.reporting, finalSentAt: '2026-11-28T12:00:00+08:00' } }))).toBe('archived');
  });
});

describe('deleting a file after its retention', () => {
  const archived = closed({ archive: { number: 'GD-2026-0005', at: '', by: '', byName: '', retainUntil: '2036-12-31' } });
  const rows = { complaints: ['c1'], timeline: ['t1', 't2'], upwardReports: ['r1'] };
  const decide = (ms: number, role: 'leader' | 'staff') =>
    decideDeleteArchive({ incident: archived, plan, rows, unreturned: 0 }, { incidentId: 'inc-1' }, stampAt(ms, role));

  it('refuses before the retention has run out, and to a role the plan does not name', () => {
    const early = decide(Date.parse('2036-12-31T20:00:00+08:00'), 'leader');
    expect(early.ok ? null : early.error).toEqual({ code: 'archive-retention-running', params: { until: '2036-12-31' } });
    const staff = decide(Date.parse('2037-01-02T10:00:00+08:00'), 'staff');
    expect(staff.ok ? null : staff.error.code).toBe('archive-delete-role');
  });

  it('refuses a file reopened since (it is no longer finished) and one whose resources are not all back', () => {
    const after = stampAt(Date.parse('2037-01-02T10:00:00+08:00'), 'leader');
    const reopened = decideDeleteArchive(
      { incident: { ...archived, state: 'investigating' }, plan, rows, unreturned: 0 },
      { incidentId: 'inc-1' },
      after,
    );
    expect(reopened.ok ? 'deleted' : reopened.error.code).toBe('archive-not-finished');
    const out = decideDeleteArchive({ incident: archived, plan, rows, unreturned: 2 }, { incidentId: 'inc-1' }, after);
    expect(out.ok ? null : out.error).toEqual({ code: 'archive-allocations-out', params: { count: 2 } });
  });

  it('removes the incident and every row of its file, and records the deletion in the organisation’s audit', () => {
    const done = decide(Date.parse('2037-01-02T10:00:00+08:00'), 'leader');
    if (!done.ok) throw new Error(done.error.code);
    expect(done.value.writes).toEqual([
      { remove: 'incidents', key: 'inc-1' },
      { remove: 'complaints', key: 'c1' },
      { remove: 'upwardReports', key: 'r1' },
      { remove: 'timeline', key: 't1' },
      { remove: 'timeline', key: 't2' },
    ]);
    expect(done.value.timeline).toEqual([
      {
        incidentId: 'organisation',
        kind: 'archive-deleted',
        params: { archive: 'GD-2026-0005', number: 'SJ-20261123-0001', until: '2036-12-31', count: 4 },
      },
    ]);
  });
});
