// Each channel's payload is parsed before its handler runs: wrong types, out-of-range numbers,
// paths where a plain name belongs, over-long text and oversized data are refused without
// reaching a service. Then what each handler does with a good payload.
import { MAX_FILE_BYTES } from '@shared/bridge';
import { CHANNELS } from '@shared/channels';
import { fail } from '@shared/result';
import { describe, expect, it, vi } from 'vitest';
import {
  BACKUP_FILE,
  csvFilter,
  goodAlert,
  goodBackup,
  goodOpen,
  goodPreferences,
  goodPrint,
  goodRegistration,
  goodSave,
  goodSnapshot,
  goodStatus,
  setUp,
} from './ipcHarness';

// The real module would try to download Electron; the handlers take their dependencies as fakes.
vi.mock('electron', () => ({}));

/** A byte array that says it is one byte over the limit, without allocating 200 MB. */
function oversizedBytes() {
  return Object.defineProperty(new Uint8Array(1), 'byteLength', { value: MAX_FILE_BYTES + 1 });
}

const badPayloads: { channel: string; cases: [string, unknown][] }[] = [
  {
    channel: CHANNELS.scheduleDeadlines,
    cases: [
      ['a scope other than live or drill', { ...goodRegistration, scope: 'training' }],
      ['alerts that are not a list', { scope: 'live', alerts: goodAlert }],
      [
        'a fire time without an offset (the PC’s zone would move it)',
        { scope: 'live', alerts: [{ ...goodAlert, fireAt: '2026-11-23T10:00:00' }] },
      ],
      ['two alerts with one key', { scope: 'live', alerts: [goodAlert, { ...goodAlert, fireAt: '2026-11-23T11:00:00+08:00' }] }],
      ['a title too long for the 【演练】 prefix', { scope: 'live', alerts: [{ ...goodAlert, title: '超'.repeat(191) }] }],
      ['a target id that is a path', { scope: 'live', alerts: [{ ...goodAlert, target: { kind: 'incident', id: '../../etc/passwd' } }] }],
      ['an unknown alert kind', { scope: 'live', alerts: [{ ...goodAlert, kind: 'reminder' }] }],
      ['more than 10,000 alerts', { scope: 'live', alerts: Array.from({ length: 10_001 }, (_, i) => ({ ...goodAlert, key: `k${i}` })) }],
    ],
  },
  {
    channel: CHANNELS.reportStatus,
    cases: [
      ['a negative count', { ...goodStatus, overdue: -1 }],
      ['a fractional count', { ...goodStatus, levelOneOpen: 1.5 }],
      ['a count given as text', { ...goodStatus, unacknowledged: '2' }],
      ['a count beyond any real office', { ...goodStatus, overdue: 1_000_001 }],
      ['no drill flag', { overdue: 0, levelOneOpen: 0, unacknowledged: 0 }],
    ],
  },
  {
    channel: CHANNELS.applyPreferences,
    cases: [
      ['keeping no backups at all', { ...goodPreferences, backupsKept: 0 }],
      ['keeping more than a year of daily backups', { ...goodPreferences, backupsKept: 366 }],
      ['a fractional number of backups', { ...goodPreferences, backupsKept: 2.5 }],
      ['close to tray given as text', { ...goodPreferences, closeToTray: 'yes' }],
      ['a missing field', { closeToTray: false }],
    ],
  },
  {
    channel: CHANNELS.backupNow,
    cases: [
      ['an unknown reason', { ...goodBackup, reason: 'hourly' }],
      ['no snapshot', { reason: 'manual' }],
      ['schema version 0', { reason: 'manual', snapshot: { ...goodSnapshot, schemaVersion: 0 } }],
      ['tables that are not a record', { reason: 'manual', snapshot: { ...goodSnapshot, tables: [[]] } }],
      ['a table whose rows are not a list', { reason: 'manual', snapshot: { ...goodSnapshot, tables: { complaints: {} } } }],
      ['a table with an empty name', { reason: 'manual', snapshot: { ...goodSnapshot, tables: { '': [] } } }],
      ['a table name of 101 characters', { reason: 'manual', snapshot: { ...goodSnapshot, tables: { ['t'.repeat(101)]: [] } } }],
    ],
  },
  {
    channel: CHANNELS.listBackups,
    cases: [
      ['a folder to list', '/etc'],
      ['an options object', { all: true }],
    ],
  },
  {
    channel: CHANNELS.readBackup,
    cases: [
      ['a path out of the backup folder', '../../etc/passwd'],
      ['a backup name followed by a path', `${BACKUP_FILE}/../../preferences.json`],
      ['a path into the backup folder from elsewhere', `../backups/${BACKUP_FILE}`],
      ['an absolute path', `/home/duty/.config/应急指挥台/backups/${BACKUP_FILE}`],
      ['a Windows path', `C:\\Users\\duty\\${BACKUP_FILE}`],
      ['a temp file of a write in progress', `${BACKUP_FILE}.tmp`],
      ['another file of the user data folder', 'schedule.json'],
      ['an over-long name', `backup-20261123-080000${'0'.repeat(5000)}.json`],
      ['a number', 20261123],
    ],
  },
  {
    channel: CHANNELS.saveFile,
    cases: [
      ['a suggested name that climbs out of the documents folder', { ...goodSave, suggestedName: '../../.bashrc' }],
      ['a suggested name with a folder', { ...goodSave, suggestedName: '导出/投诉清单.csv' }],
      ['a suggested name that is a Windows path', { ...goodSave, suggestedName: 'C:\\Windows\\win.ini' }],
      ['a suggested name of ..', { ...goodSave, suggestedName: '..' }],
      ['an empty suggested name', { ...goodSave, suggestedName: '' }],
      ['a suggested name of 201 characters', { ...goodSave, suggestedName: `${'长'.repeat(197)}.csv` }],
      ['a filter extension with a wildcard', { ...goodSave, filters: [{ name: '全部', extensions: ['*'] }] }],
      ['data that is neither text nor bytes', { ...goodSave, data: 42 }],
      ['data over the size limit', { ...goodSave, data: oversizedBytes() }],
    ],
  },
  {
    channel: CHANNELS.openFile,
    cases: [
      ['no filters', { filters: [] }],
      ['a filter extension that is a path', { filters: [{ name: 'CSV', extensions: ['../csv'] }] }],
      ['more than five filters', { filters: Array.from({ length: 6 }, () => csvFilter) }],
      ['a path instead of a request', '/etc/passwd'],
    ],
  },
  {
    channel: CHANNELS.printToPdf,
    cases: [
      ['a suggested name with a folder', { suggestedName: '../事件摘要.pdf' }],
      ['a suggested name with a control character', { suggestedName: '事件\u0000摘要.pdf' }],
      ['an empty suggested name', { suggestedName: '' }],
      ['no payload', undefined],
    ],
  },
];

describe.each(badPayloads)('$channel refuses a bad payload without running the handler', ({ channel, cases }) => {
  it.each(cases)('%s', async (_what, payload) => {
    const { invoke, serviceCalls, deps } = setUp();
    const result = await invoke(channel, payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'ipc-bad-payload', params: { channel } } });
    expect(serviceCalls()).toBe(0);
    expect(deps.log).toHaveBeenCalledWith(expect.stringContaining(`IPC ${channel} refused`));
  });
});

describe('schedule:deadlines', () => {
  it('hands the scope and its parsed alerts to the scheduler and answers with its result', async () => {
    const { invoke, services } = setUp();
    expect(await invoke(CHANNELS.scheduleDeadlines, goodRegistration)).toEqual({ ok: true, value: undefined });
    expect(services.scheduler.register).toHaveBeenCalledWith('live', [{ ...goodAlert, urgent: false }], undefined);
  });

  it('passes on that the deadlines could not be saved', async () => {
    const { invoke, services } = setUp();
    services.scheduler.register.mockResolvedValueOnce(fail('schedule-save-failed'));
    expect(await invoke(CHANNELS.scheduleDeadlines, { scope: 'drill', alerts: [] })).toEqual(fail('schedule-save-failed'));
  });
});

describe('host:status and host:preferences', () => {
  it('shows the counts in the tray', async () => {
    const { invoke, services } = setUp();
    expect(await invoke(CHANNELS.reportStatus, goodStatus)).toEqual({ ok: true, value: undefined });
    expect(services.tray.update).toHaveBeenCalledWith(goodStatus);
  });

  it('applies the host preferences', async () => {
    const { invoke, services } = setUp();
    await invoke(CHANNELS.applyPreferences, { closeToTray: false, backupsKept: 30 });
    expect(services.preferences.apply).toHaveBeenCalledWith({ closeToTray: false, backupsKept: 30 });
  });
});

describe('backups over IPC', () => {
  it('writes a snapshot and answers with the stored backup only (file, size, time)', async () => {
    const { invoke, services } = setUp();
    expect(await invoke(CHANNELS.backupNow, goodBackup)).toEqual({
      ok: true,
      value: { file: BACKUP_FILE, size: 2048, createdAt: '2026-11-23T08:00:00+08:00' },
    });
    expect(services.backups.write).toHaveBeenCalledWith(goodSnapshot);
    expect(services.autoBackup.backupFinished).toHaveBeenCalledWith('manual');
  });

  it('tells a waiting quit that its backup was handled even when the write failed', async () => {
    const { invoke, services } = setUp();
    services.backups.write.mockResolvedValueOnce(fail('backup-write-failed', { file: BACKUP_FILE }));
    const result = await invoke(CHANNELS.backupNow, { ...goodBackup, reason: 'quit' });
    expect(result).toEqual(fail('backup-write-failed', { file: BACKUP_FILE }));
    expect(services.autoBackup.backupFinished).toHaveBeenCalledWith('quit');
  });

  it('lists the stored backups as the bridge promises them', async () => {
    const { invoke } = setUp();
    expect(await invoke(CHANNELS.listBackups)).toEqual({
      ok: true,
      value: [{ file: BACKUP_FILE, size: 2048, createdAt: '2026-11-23T08:00:00+08:00' }],
    });
  });

  it('hands back a stored backup’s text for the renderer to check', async () => {
    const { invoke, services } = setUp();
    expect(await invoke(CHANNELS.readBackup, BACKUP_FILE)).toEqual({ ok: true, value: '{"format":"complaint-console-backup"}' });
    expect(services.backups.readText).toHaveBeenCalledWith(BACKUP_FILE);
  });
});

describe('files and printing over IPC', () => {
  it('saves, opens and prints through the file and print services', async () => {
    const { invoke, services } = setUp();
    expect(await invoke(CHANNELS.saveFile, goodSave)).toEqual({ ok: true, value: { saved: true, name: '投诉清单.csv' } });
    expect(services.files.saveFile).toHaveBeenCalledWith(goodSave);
    expect(await invoke(CHANNELS.openFile, goodOpen)).toEqual({ ok: true, value: null });
    expect(services.files.openFile).toHaveBeenCalledWith(goodOpen);
    expect(await invoke(CHANNELS.printToPdf, goodPrint)).toEqual({ ok: true, value: { saved: true, name: '事件摘要.pdf' } });
    expect(services.print.printToPdf).toHaveBeenCalledWith(goodPrint);
  });

  it('accepts bytes (an XLSX export) as well as text', async () => {
    const { invoke, services } = setUp();
    const xlsx = { ...goodSave, suggestedName: '事件清单.xlsx', data: new Uint8Array([0x50, 0x4b, 0x03, 0x04]) };
    expect((await invoke(CHANNELS.saveFile, xlsx)).ok).toBe(true);
    expect(services.files.saveFile).toHaveBeenCalledWith(xlsx);
  });
});
