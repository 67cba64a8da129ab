// The host preferences in userData/preferences.json: defaults on a first start, each field kept
// or defaulted on its own, written so a crash leaves the previous file, and applied at once.
import fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_HOST_PREFERENCES, HostPreferencesStore, type PreferencesFileSystem } from '../../electron/services/preferences';

vi.mock('electron', () => ({}));

let folder: string;
let file: string;

beforeEach(async () => {
  folder = await fs.mkdtemp(path.join(tmpdir(), 'console-prefs-'));
  file = path.join(folder, 'userData', 'preferences.json');
});

afterEach(() => fs.rm(folder, { recursive: true, force: true }));

const store = (options: { fs?: PreferencesFileSystem; onChange?: () => void } = {}) =>
  new HostPreferencesStore({ file, fs: options.fs ?? fs, onChange: options.onChange, log: vi.fn() });

describe('host preferences', () => {
  it('start as close to tray and 14 backups on a first start', async () => {
    expect(DEFAULT_HOST_PREFERENCES).toEqual({ closeToTray: true, backupsKept: 14 });
    expect(await store().load()).toEqual({ closeToTray: true, backupsKept: 14 });
  });

  it('are read back after a restart', async () => {
    await store().apply({ closeToTray: false, backupsKept: 30 });
    expect(await store().load()).toEqual({ closeToTray: false, backupsKept: 30 });
    expect(await fs.readdir(path.dirname(file))).toEqual(['preferences.json']);
  });

  it('keep a good field when another one in the file is damaged', async () => {
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, JSON.stringify({ closeToTray: false, backupsKept: 0 }));
    expect(await store().load()).toEqual({ closeToTray: false, backupsKept: 14 });
    await fs.writeFile(file, '{"closeToTray": fal');
    expect(await store().load()).toEqual(DEFAULT_HOST_PREFERENCES);
  });

  it('take effect at once and tell the backup store, even when the file cannot be written', async () => {
    const onChange = vi.fn();
    const readOnly: PreferencesFileSystem = { ...fs, rename: () => Promise.reject(new Error('EROFS: read-only file system')) };
    const preferences = store({ fs: readOnly, onChange });
    const result = await preferences.apply({ closeToTray: false, backupsKept: 7 });
    expect(result).toMatchObject({ ok: false, error: { code: 'preferences-save-failed' } });
    expect(preferences.get()).toEqual({ closeToTray: false, backupsKept: 7 });
    expect(onChange).toHaveBeenLastCalledWith({ closeToTray: false, backupsKept: 7 });
  });

  it('leave the previous file whole when a write dies between the temp file and the rename', async () => {
    await store().apply({ closeToTray: false, backupsKept: 30 });
    const dying: PreferencesFileSystem = { ...fs, rename: () => Promise.reject(new Error('killed')) };
    await store({ fs: dying }).apply({ closeToTray: true, backupsKept: 3 });
    expect(await store().load()).toEqual({ closeToTray: false, backupsKept: 30 });
  });

  it('land in the order they were chosen when two are applied at once', async () => {
    const preferences = store();
    await Promise.all([
      preferences.apply({ closeToTray: true, backupsKept: 5 }),
      preferences.apply({ closeToTray: false, backupsKept: 9 }),
    ]);
    expect(await store().load()).toEqual({ closeToTray: false, backupsKept: 9 });
  });
});
