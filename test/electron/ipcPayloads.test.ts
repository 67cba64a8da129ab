// Each channel's payload is parsed before its handler runs: wrong types, out-of-range numbers,
// paths where a plain name belongs, over-long text and oversized data are refused without
// reaching a service. Then what each handler does with a good payload.
import { MAX_LINE_LENGTH } from '@shared/backupFormat';
import { MAX_FILE_BYTES } from '@shared/bridge';
import { CHANNELS } from '@shared/channels';
import { fail } from '@shared/result';
import { describe, expect, it, vi } from 'vitest';
import { AutoBackup } from '../../electron/services/autoBackup';
import {
  BACKUP_FILE,
  backupSecret,
  csvFilter,
  goodAlert,
  goodAppend,
  goodBegin,
  goodFinish,
  goodHeader,
  goodOpen,
  goodPreferences,
  goodPrint,
  goodRead,
  goodRegistration,
  goodSave,
  goodStatus,
  goodTrailer,
  setUp,
  storedBackup,
  WRITE_ID,
  goodPin,
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
    channel: CHANNELS.backupSecret,
    cases: [
      ['an install id to look up', '9d7f3c2a-1b4e-4f6a-8c2d-3e4f5a6b7c8d'],
      ['an options object', { create: true }],
    ],
  },
  {
    channel: CHANNELS.beginBackup,
    cases: [
      ['no header', {}],
      ['an empty header', { header: '' }],
      ['a header over 64 KB', { header: `${goodHeader.slice(0, -1)},"note":"${'x'.repeat(64 * 1024)}"}` }],
      ['a header that is not text', { header: JSON.parse(goodHeader) as unknown }],
      ['a bare header line', goodHeader],
    ],
  },
  {
    channel: CHANNELS.appendBackup,
    cases: [
      ['an over-long line (over 64 MB)', { id: WRITE_ID, lines: ['A'.repeat(MAX_LINE_LENGTH + 1)] }],
      ['too many lines in one call', { id: WRITE_ID, lines: Array.from({ length: 65 }, () => 'Y2h1bms=') }],
      ['no lines', { id: WRITE_ID, lines: [] }],
      ['an empty line', { id: WRITE_ID, lines: [''] }],
      ['a line that is not text', { id: WRITE_ID, lines: [42] }],
      ['an id that is not a uuid', { ...goodAppend, id: 'backup-1' }],
      ['an id that is a path', { ...goodAppend, id: '../../preferences.json' }],
      ['an id of a temp file', { ...goodAppend, id: `${WRITE_ID}.tmp` }],
      ['no id', { lines: goodAppend.lines }],
    ],
  },
  {
    channel: CHANNELS.finishBackup,
    cases: [
      ['an id that is not a uuid', { ...goodFinish, id: 'C:\\Users\\duty' }],
      ['a trailer over 16 KB', { ...goodFinish, trailer: `${goodTrailer}${' '.repeat(16 * 1024)}` }],
      ['an empty trailer', { ...goodFinish, trailer: '' }],
      ['no trailer', { id: WRITE_ID }],
    ],
  },
  {
    channel: CHANNELS.abortBackup,
    cases: [
      ['an id that is not a uuid', 'not-a-uuid'],
      ['an id that is a path', `../${WRITE_ID}`],
      ['an object', { id: WRITE_ID }],
      ['no id', undefined],
    ],
  },
  {
    channel: CHANNELS.listBackups,
    cases: [
      ['an unknown mode', 'training'],
      ['no mode', undefined],
      ['a folder to list', '/etc'],
      ['an options object', { mode: 'live' }],
    ],
  },
  {
    channel: CHANNELS.backupEnds,
    cases: [
      ['a path out of the backup folder', { file: '../../etc/passwd' }],
      ['a temp file of a write in progress', { file: `${WRITE_ID}.tmp` }],
      ['another file of the user data folder', { file: 'schedule.json' }],
      ['a bare name', BACKUP_FILE],
      ['no file', {}],
    ],
  },
  {
    channel: CHANNELS.carryBackup,
    cases: [
      ['a path out of the backup folder', { id: WRITE_ID, from: '../../etc/passwd' }],
      ['a temp file as the earlier backup', { id: WRITE_ID, from: `${WRITE_ID}.tmp` }],
      ['an id that is a path', { id: '../../preferences.json', from: BACKUP_FILE }],
      ['no earlier backup', { id: WRITE_ID }],
      ['no id', { from: BACKUP_FILE }],
    ],
  },
  {
    channel: CHANNELS.readBackup,
    cases: [
      ['a path out of the backup folder', { file: '../../etc/passwd', offset: 0 }],
      ['a backup name followed by a path', { file: `${BACKUP_FILE}/../../preferences.json`, offset: 0 }],
      ['a path into the backup folder from elsewhere', { file: `../backups/${BACKUP_FILE}`, offset: 0 }],
      ['an absolute path', { file: `/home/duty/.config/应急指挥台/backups/${BACKUP_FILE}`, offset: 0 }],
      ['a Windows path', { file: `C:\\Users\\duty\\${BACKUP_FILE}`, offset: 0 }],
      ['a temp file of a write in progress', { file: `${WRITE_ID}.tmp`, offset: 0 }],
      ['another file of the user data folder', { file: 'schedule.json', offset: 0 }],
      ['an unknown mode in the name', { file: 'backup-training-20261123-080000-manual.cbk', offset: 0 }],
      ['an over-long name', { file: `backup-live-20261123-080000${'0'.repeat(5000)}-manual.cbk`, offset: 0 }],
      ['a negative offset', { ...goodRead, offset: -1 }],
      ['a fractional offset', { ...goodRead, offset: 1.5 }],
      ['an offset given as text', { ...goodRead, offset: '0' }],
      ['no offset', { file: BACKUP_FILE }],
      ['a bare file name', BACKUP_FILE],
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
    channel: CHANNELS.pinOffice,
    cases: [
      ['a plain http address', { origin: 'http://192.168.1.20:8443', fingerprint: goodPin.fingerprint }],
      ['a fingerprint too short', { origin: goodPin.origin, fingerprint: 'AB:CD:EF' }],
      ['no address', { fingerprint: goodPin.fingerprint }],
      ['no payload', undefined],
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
  it('hands the page this installation’s backup secret', async () => {
    const { invoke, services } = setUp();
    expect(await invoke(CHANNELS.backupSecret)).toEqual({ ok: true, value: backupSecret });
    expect(services.backupKey.handToPage).toHaveBeenCalledTimes(1);
  });

  it('passes on that the key is unavailable', async () => {
    const { invoke, services } = setUp();
    services.backupKey.handToPage.mockResolvedValueOnce(fail('backup-key-unavailable'));
    expect(await invoke(CHANNELS.backupSecret)).toEqual(fail('backup-key-unavailable'));
  });

  it('begins, appends and finishes a backup through the store, and answers with the stored backup only', async () => {
    const { invoke, services } = setUp();
    services.backups.reasonOf.mockReturnValue('manual');
    expect(await invoke(CHANNELS.beginBackup, goodBegin)).toEqual({ ok: true, value: { id: WRITE_ID } });
    expect(services.backups.begin).toHaveBeenCalledWith(goodHeader);
    expect(await invoke(CHANNELS.appendBackup, goodAppend)).toEqual({ ok: true, value: undefined });
    expect(services.backups.append).toHaveBeenCalledWith(WRITE_ID, goodAppend.lines);
    // Only what the bridge promises: not the store's epoch ms nor the names it pruned.
    expect(await invoke(CHANNELS.finishBackup, goodFinish)).toEqual({ ok: true, value: storedBackup });
    expect(services.backups.finish).toHaveBeenCalledWith(WRITE_ID, goodTrailer);
    // A manual backup is not the one a quit waits for.
    expect(services.autoBackup.backupFinished).not.toHaveBeenCalled();
  });

  it('tells a waiting quit when its backup has landed', async () => {
    const { invoke, services } = setUp();
    services.backups.finish.mockResolvedValueOnce({
      ok: true,
      value: { ...storedBackup, reason: 'quit', createdAtMs: 0, pruned: [] },
    } as never);
    expect(await invoke(CHANNELS.finishBackup, goodFinish)).toMatchObject({ ok: true, value: { reason: 'quit' } });
    expect(services.autoBackup.backupFinished).toHaveBeenCalledWith('quit');
  });

  it('tells a waiting quit that its backup was handled even when the write failed', async () => {
    const { invoke, services } = setUp();
    services.backups.finish.mockResolvedValueOnce(fail('backup-write-failed', { file: BACKUP_FILE }));
    expect(await invoke(CHANNELS.finishBackup, goodFinish)).toEqual(fail('backup-write-failed', { file: BACKUP_FILE }));
    expect(services.autoBackup.backupFinished).toHaveBeenCalledWith('quit');
  });

  it('passes on a refused header or a failed append', async () => {
    const { invoke, services } = setUp();
    services.backups.begin.mockResolvedValueOnce(fail('backup-write-failed', undefined, 'not a backup header'));
    expect(await invoke(CHANNELS.beginBackup, { header: '{"format":"other"}' })).toEqual(
      fail('backup-write-failed', undefined, 'not a backup header'),
    );
    services.backups.append.mockResolvedValueOnce(fail('backup-write-failed'));
    expect(await invoke(CHANNELS.appendBackup, goodAppend)).toEqual(fail('backup-write-failed'));
  });

  it('drops a backup being written', async () => {
    const { invoke, services } = setUp();
    expect(await invoke(CHANNELS.abortBackup, WRITE_ID)).toEqual({ ok: true, value: undefined });
    expect(services.backups.abort).toHaveBeenCalledWith(WRITE_ID);
    // A live backup dropped half-way will not come, so a waiting quit is let go.
    expect(services.autoBackup.backupFinished).toHaveBeenCalledWith('quit');
  });

  it('holds a quit until the live quit backup has landed, not a daily or drill backup that lands meanwhile', async () => {
    const window = { isDestroyed: () => false, webContents: { send: vi.fn() } };
    const autoBackup = new AutoBackup({ latestBackupMs: async () => null, getWindow: () => window, log: vi.fn() });
    const { invoke, services } = setUp({ autoBackup });
    let quitting = false;
    const quit = autoBackup.backupBeforeQuit().then(() => (quitting = true));
    const entry = (mode: 'live' | 'drill', reason: string) =>
      ({ ok: true, value: { ...storedBackup, mode, reason, createdAtMs: 0, pruned: [] } }) as never;

    // A daily backup of the live data, and the drill's quit backup, land while the quit waits.
    services.backups.reasonOf.mockReturnValueOnce('daily');
    services.backups.finish.mockResolvedValueOnce(entry('live', 'daily'));
    await invoke(CHANNELS.finishBackup, goodFinish);
    services.backups.modeOf.mockReturnValueOnce('drill');
    services.backups.finish.mockResolvedValueOnce(entry('drill', 'quit'));
    expect(await invoke(CHANNELS.finishBackup, goodFinish)).toMatchObject({ ok: true, value: { mode: 'drill' } });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(quitting).toBe(false);

    services.backups.finish.mockResolvedValueOnce(entry('live', 'quit'));
    expect(await invoke(CHANNELS.finishBackup, goodFinish)).toMatchObject({ ok: true, value: { mode: 'live' } });
    await quit;
    expect(quitting).toBe(true);
  });

  it('tells a waiting quit each time the live quit backup hands over more lines', async () => {
    const { invoke, services } = setUp();
    await invoke(CHANNELS.appendBackup, { id: WRITE_ID, lines: ['Y2h1bms='] });
    expect(services.autoBackup.backupProgressed).toHaveBeenCalledTimes(1);
    services.backups.reasonOf.mockReturnValue('daily');
    await invoke(CHANNELS.appendBackup, { id: WRITE_ID, lines: ['Y2h1bms='] });
    expect(services.autoBackup.backupProgressed).toHaveBeenCalledTimes(1);
  });

  it.each(['live', 'drill'] as const)('lists the %s backups as the bridge promises them', async (mode) => {
    const { invoke, services } = setUp();
    expect(await invoke(CHANNELS.listBackups, mode)).toEqual({ ok: true, value: [storedBackup] });
    expect(services.backups.list).toHaveBeenCalledWith(mode);
  });

  it('hands back a stored backup’s lines from an offset, for the renderer to check', async () => {
    const { invoke, services } = setUp();
    expect(await invoke(CHANNELS.readBackup, { file: BACKUP_FILE, offset: 4096 })).toEqual({
      ok: true,
      value: { lines: [goodHeader, 'Y2h1bms='], next: 4096 },
    });
    expect(services.backups.readLines).toHaveBeenCalledWith(BACKUP_FILE, 4096);
  });

  it('reads first-format backups and numbered second copies by name', async () => {
    const { invoke, services } = setUp();
    for (const file of ['backup-20261123-080000.json', 'backup-drill-20261123-080000-quit-2.cbk']) {
      expect((await invoke(CHANNELS.readBackup, { file, offset: 0 })).ok).toBe(true);
      expect(services.backups.readLines).toHaveBeenLastCalledWith(file, 0);
    }
  });

  it('accepts 64 lines of up to 16 MB in one call', async () => {
    const { invoke, services } = setUp();
    const lines = Array.from({ length: 64 }, (_, i) => (i === 0 ? 'A'.repeat(16 * 1024 * 1024) : 'Y2h1bms='));
    expect((await invoke(CHANNELS.appendBackup, { id: WRITE_ID, lines })).ok).toBe(true);
    expect(services.backups.append).toHaveBeenCalledWith(WRITE_ID, lines);
  });
});

describe('files and printing over IPC', () => {
  it('saves, opens and prints through the file and print services', async () => {
    const { invoke, services } = setUp();
    expect(await invoke(CHANNELS.saveFile, goodSave)).toEqual({ ok: true, value: { saved: true, name: '投诉清单.csv' } });
    expect(services.files.saveFile).toHaveBeenCalledWith(goodSave);
    expect(await invoke(CHANNELS.openFile, goodOpen)).toEqual({ ok: true, value: null });
    expect(services.files.openFile).toHaveBeenCalledWith(goodOpen);
    expect(await invoke(CHANNELS.pinOffice, goodPin)).toEqual({ ok: true, value: { pinned: true, host: '192.168.1.20' } });
    expect(services.officePins.pin).toHaveBeenCalledWith(goodPin.origin, goodPin.fingerprint);
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
