// The preload is the page's only way to the main process: it must expose exactly the bridge's
// functions, forward each to its channel, and never hand the page ipcRenderer or an IPC event.
import { BRIDGE_GLOBAL, CHANNELS } from '@shared/channels';
import { beforeAll, describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => void;

const fake = vi.hoisted(() => {
  const exposed = new Map<string, unknown>();
  const listeners = new Map<string, Set<Listener>>();
  const ipcRenderer = {
    invoke: vi.fn((..._args: unknown[]) => Promise.resolve({ ok: true, value: undefined })),
    on: vi.fn((channel: string, listener: Listener) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(listener);
    }),
    removeListener: vi.fn((channel: string, listener: Listener) => listeners.get(channel)?.delete(listener)),
  };
  const emit = (channel: string, ...args: unknown[]) =>
    listeners.get(channel)?.forEach((listener) => listener({ sender: ipcRenderer }, ...args));
  return {
    exposed,
    ipcRenderer,
    emit,
    module: { contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) }, ipcRenderer },
  };
});

// Never the real module: it would try to download Electron.
vi.mock('electron', () => fake.module);

type Bridge = {
  appInfo(): Promise<unknown>;
  notify(notice: unknown): Promise<unknown>;
  onOpenTarget(listener: (target: unknown) => void): () => void;
};
let bridge: Bridge;

beforeAll(async () => {
  await import('../../electron/preload');
  bridge = fake.exposed.get(BRIDGE_GLOBAL) as Bridge;
});

describe('the preload bridge', () => {
  it('exposes exactly the bridge functions under the console’s global, and nothing else', () => {
    expect([...fake.exposed.keys()]).toEqual([BRIDGE_GLOBAL]);
    expect(Object.keys(bridge).sort()).toEqual(
      [
        'appInfo',
        'notify',
        'onOpenTarget',
        'scheduleDeadlines',
        'reportStatus',
        'applyPreferences',
        'backupSecret',
        'beginBackup',
        'appendBackup',
        'finishBackup',
        'abortBackup',
        'listBackups',
        'readBackup',
        'backupEnds',
        'carryBackup',
        'onBackupRequest',
        'saveFile',
        'openFile',
        'printToPdf',
        'pinOffice',
        'putAttachment',
        'readAttachment',
        'removeAttachment',
      ].sort(),
    );
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
    expect(Object.values(bridge)).not.toContain(fake.ipcRenderer);
  });

  it('asks the main process for the app info on its channel', async () => {
    await bridge.appInfo();
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith(CHANNELS.appInfo);
  });

  it('passes a notice to the main process unchanged (it is validated there)', async () => {
    const notice = { title: '一级事件待响应', body: '' };
    await bridge.notify(notice);
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith(CHANNELS.notify, notice);
  });

  it('delivers a clicked notice’s target to the page without the IPC event, until unsubscribed', () => {
    const received: unknown[][] = [];
    const unsubscribe = bridge.onOpenTarget((...args) => received.push(args));
    const target = { kind: 'incident', id: '3f2b8c1e-9a4d-4e5f-8b6a-1c2d3e4f5a6b' };
    fake.emit(CHANNELS.openTarget, target);
    expect(received).toEqual([[target]]);

    unsubscribe();
    fake.emit(CHANNELS.openTarget, target);
    expect(received).toHaveLength(1);
  });
});
