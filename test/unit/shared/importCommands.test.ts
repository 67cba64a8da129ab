// 导入's decisions: one run at a time, finished only while running, and taken back whole unless
// others have worked on what it brought in.
import { describe, expect, it } from 'vitest';
import type { Stamp } from '@shared/commandKit';
import { decideFinishImport, decideStartImport, decideTakeBack, type TakeBackSeen } from '@shared/importCommands';
import type { Incident } from '@shared/model';
import type { ImportRun } from '@shared/records';

const RUN = '01a243cf-5aba-7733-bf7f-a53d88582a50';
const stamp: Stamp = {
  actor: { id: 'p7', name: '陈晓', role: 'staff' },
  at: '2026-11-23T10:00:00+08:00',
  nowMs: Date.parse('2026-11-23T10:00:00+08:00'),
  utcOffsetMinutes: 480,
  mode: 'live',
  newId: () => 'new-id',
};
const start = { fileName: '热线导出.csv', format: 'csv' as const, totalRows: 3, invalidRows: 1, duplicateRows: 0 };
const run = (over: Partial<ImportRun> = {}): ImportRun => ({
  id: RUN,
  mode: 'live',
  fileName: '热线导出.csv',
  format: 'csv',
  status: 'running',
  startedAt: '2026-11-23T09:50:00+08:00',
  startedBy: 'p7',
  totalRows: 3,
  importedRows: 2,
  invalidRows: 1,
  duplicateRows: 0,
  ...over,
});
const incident = { id: 'i1', number: 'SJ-20261123-0001' } as Incident;
const seen = (over: Partial<TakeBackSeen> = {}): TakeBackSeen => ({
  run: run(),
  incidents: [incident],
  complaintsOn: [{ id: 'c1', incidentId: 'i1', importId: RUN }],
  runComplaintIds: ['c1'],
  entriesOn: [{ id: 't1', incidentId: 'i1', kind: 'registered' }],
  noticeIdsOn: ['n1'],
  recordsOn: { communication: [], instruction: [], taskForce: [], release: [], opinion: [], allocation: [], review: [], measure: [] },
  ...over,
});

describe('opening an import run', () => {
  it('is refused while another run is under way, naming its file', () => {
    expect(decideStartImport({ running: run({ fileName: '第一批.csv' }) }, start, stamp)).toEqual({
      ok: false,
      error: { code: 'import-running', params: { file: '第一批.csv' } },
    });
  });

  it('opens a running run by the stamp’s actor, with a new id unless the page holds one', () => {
    const opened = decideStartImport({ running: undefined }, start, stamp);
    expect(opened.ok && opened.value.value).toMatchObject({ id: 'new-id', status: 'running', startedBy: 'p7', importedRows: 0 });
    const held = decideStartImport({ running: undefined }, { ...start, id: RUN }, stamp);
    expect(held.ok && held.value.value.id).toBe(RUN);
  });
});

describe('finishing an import run', () => {
  it('is refused for a run that is not running or not there', () => {
    expect(decideFinishImport({ run: run({ status: 'cancelled' }) }, { runId: RUN }, stamp)).toEqual({
      ok: false,
      error: { code: 'import-not-running' },
    });
    expect(decideFinishImport({ run: undefined }, { runId: RUN }, stamp).ok).toBe(false);
  });

  it('puts the run’s counts on the organisation log', () => {
    const done = decideFinishImport({ run: run() }, { runId: RUN }, stamp);
    expect(done.ok && done.value.timeline).toEqual([
      { incidentId: 'organisation', kind: 'import-finished', params: { file: '热线导出.csv', imported: 2, invalid: 1, duplicates: 0 } },
    ]);
  });
});

describe('taking an import run back', () => {
  it('is refused for a run not in the journal', () => {
    expect(decideTakeBack(seen({ run: undefined }), { runId: RUN, status: 'cancelled' }, stamp)).toEqual({
      ok: false,
      error: { code: 'import-not-found' },
    });
  });

  it('removes everything the run wrote when nobody worked on it since', () => {
    const taken = decideTakeBack(seen(), { runId: RUN, status: 'cancelled' }, stamp);
    expect(taken.ok && taken.value.writes).toEqual([
      { remove: 'complaints', key: 'c1' },
      { remove: 'timeline', key: 't1' },
      { remove: 'notices', key: 'n1' },
      { remove: 'incidents', key: 'i1' },
      { put: 'imports', row: expect.objectContaining({ status: 'cancelled', importedRows: 0 }) },
    ]);
    expect(taken.ok && taken.value.timeline[0]).toMatchObject({ kind: 'import-cancelled', params: { removed: 1 } });
  });

  it('keeps the run whole and says who worked on which incident', () => {
    const worked = seen({
      complaintsOn: [
        { id: 'c1', incidentId: 'i1', importId: RUN },
        { id: 'c2', incidentId: 'i1', importId: undefined },
      ],
      entriesOn: [
        { id: 't1', incidentId: 'i1', kind: 'registered' },
        { id: 't2', incidentId: 'i1', kind: 'verify' },
      ],
      recordsOn: { ...seen().recordsOn, release: ['i1'] },
    });
    const kept = decideTakeBack(worked, { runId: RUN, status: 'rolled-back' }, stamp);
    expect(kept.ok && kept.value.value.laterWork).toEqual([
      { incident: 'SJ-20261123-0001', counts: { complaint: 1, release: 1, change: 1 } },
    ]);
    expect(kept.ok && kept.value.writes).toEqual([{ put: 'imports', row: expect.objectContaining({ status: 'kept' }) }]);
    expect(kept.ok && kept.value.timeline[0]).toMatchObject({ kind: 'import-kept', params: { incidents: 'SJ-20261123-0001' } });
  });
});
