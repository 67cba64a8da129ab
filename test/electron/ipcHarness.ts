// The IPC handlers as the renderer meets them, with every service behind them faked: setUp()
// registers the handlers and returns `invoke` (from the console's page) and `invokeFrom` (any
// frame), plus good payloads for every channel. Shared by the IPC test files.
import type { AttachmentPut, AttachmentRead, KeptAttachment } from '@shared/bridge';
import { ok, type Result } from '@shared/result';
import { vi } from 'vitest';
import type { ConsoleWindow } from '../../electron/focus';
import { registerHandlers, type HostDeps, type InvokeEvent } from '../../electron/ipc/register';
import type { NotificationOptions } from '../../electron/services/notifications';

export const CONSOLE_URL = 'app://console/#/incidents';
export const INCIDENT_ID = '3f2b8c1e-9a4d-4e5f-8b6a-1c2d3e4f5a6b';

export function fakeNotificationClass(supported = true) {
  return class FakeNotification {
    static readonly shown: FakeNotification[] = [];
    static isSupported() {
      return supported;
    }
    readonly listeners = new Map<string, () => void>();
    constructor(readonly options: NotificationOptions) {}
    on(event: 'click' | 'close', listener: () => void) {
      this.listeners.set(event, listener);
      return this;
    }
    show() {
      FakeNotification.shown.push(this);
    }
    click() {
      this.listeners.get('click')?.();
    }
  };
}

export function fakeWindow({ minimized = false, destroyed = false } = {}) {
  return {
    isDestroyed: () => destroyed,
    isMinimized: () => minimized,
    restore: vi.fn(),
    show: vi.fn(),
    focus: vi.fn(),
    webContents: { send: vi.fn() },
  } satisfies ConsoleWindow;
}

export type Listener = (event: InvokeEvent, ...args: unknown[]) => Promise<Result<unknown>>;

export const BACKUP_FILE = 'backup-live-20261123-080000-manual.cbk';
export const WRITE_ID = '5c0d7e2a-8b1f-4c3d-9e6a-2f4b6d8a0c1e';
export const INSTALL_ID = '9d7f3c2a-1b4e-4f6a-8c2d-3e4f5a6b7c8d';
/** What the bridge promises about a stored backup. */
export const storedBackup = {
  file: BACKUP_FILE,
  size: 2048,
  createdAt: '2026-11-23T08:00:00+08:00',
  mode: 'live' as const,
  reason: 'manual' as const,
  rows: 6,
};
/** The store's entry: the stored backup plus its own bookkeeping, which stays in the main process. */
export const writtenBackup = {
  ...storedBackup,
  createdAtMs: Date.parse('2026-11-23T08:00:00+08:00'),
  pruned: ['backup-live-20261109-080000-manual.cbk'],
};
export const backupSecret = { installId: INSTALL_ID, secret: new Uint8Array(32).fill(7) };

/** The services behind the channels, as fakes that record what reached them. */
export function fakeServices() {
  return {
    scheduler: { register: vi.fn(async () => ok(undefined)) },
    tray: { update: vi.fn() },
    preferences: { apply: vi.fn(async () => ok(undefined)) },
    backups: {
      begin: vi.fn(async (_header: string): Promise<Result<{ id: string }>> => ok({ id: WRITE_ID })),
      append: vi.fn(async (_id: string, _lines: string[]): Promise<Result<void>> => ok(undefined)),
      finish: vi.fn(async (_id: string, _trailer: string): Promise<Result<typeof writtenBackup>> => ok(writtenBackup)),
      abort: vi.fn(async (_id: string): Promise<Result<void>> => ok(undefined)),
      modeOf: vi.fn((_id: string): 'live' | 'drill' | null => 'live'),
      reasonOf: vi.fn((_id: string): 'manual' | 'daily' | 'quit' | 'before-restore' | null => 'quit'),
      list: vi.fn(async (_mode: 'live' | 'drill') => [writtenBackup]),
      readLines: vi.fn(async (_file: string, _offset: number): Promise<Result<{ lines: string[]; next: number | null }>> =>
        ok({ lines: [goodHeader, 'Y2h1bms='], next: 4096 }),
      ),
      ends: vi.fn(async (_file: string): Promise<Result<{ header: string; trailer: string }>> => ok({ header: goodHeader, trailer: '{}' })),
      carry: vi.fn(async (_id: string, _from: string): Promise<Result<void>> => ok(undefined)),
    },
    backupKey: { handToPage: vi.fn(async (): Promise<Result<typeof backupSecret>> => ok(backupSecret)) },
    autoBackup: { backupFinished: vi.fn(), backupProgressed: vi.fn() },
    files: {
      saveFile: vi.fn(async () => ok({ saved: true, name: '投诉清单.csv' })),
      openFile: vi.fn(async () => ok(null)),
    },
    print: { printToPdf: vi.fn(async () => ok({ saved: true, name: '事件摘要.pdf' })) },
    officePins: { pin: vi.fn(async (_origin: string, _fingerprint: string) => ok({ pinned: true as const, host: '192.168.1.20' })) },
    attachments: {
      put: vi.fn(async (_request: AttachmentPut): Promise<Result<KeptAttachment>> => ok({ hash: 'a'.repeat(64), size: 3 })),
      read: vi.fn(async (_request: AttachmentRead): Promise<Result<Uint8Array>> => ok(new Uint8Array([1, 2, 3]))),
      remove: vi.fn(async (_request: AttachmentRead): Promise<Result<void>> => ok(undefined)),
    },
  };
}

export function setUp(overrides: Partial<HostDeps> = {}) {
  const listeners = new Map<string, Listener>();
  const Notification = fakeNotificationClass();
  const window = fakeWindow();
  const services = fakeServices();
  const deps: HostDeps = {
    app: { getName: () => '应急指挥台', getVersion: () => '0.1.0', getPath: vi.fn(() => '/home/duty/.config/应急指挥台') },
    platform: 'linux',
    Notification,
    getWindow: () => window,
    log: vi.fn(),
    ...services,
    ...overrides,
  };
  registerHandlers({ handle: (channel, listener) => listeners.set(channel, listener) }, deps);
  const invokeFrom = (frameUrl: string | null, channel: string, ...args: unknown[]) => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener({ senderFrame: frameUrl === null ? null : { url: frameUrl } }, ...args);
  };
  const invoke = (channel: string, ...args: unknown[]) => invokeFrom(CONSOLE_URL, channel, ...args);
  /** How many times any service was reached: a refused call must leave this at zero. */
  const serviceCalls = () =>
    Object.values(services)
      .flatMap((service) => Object.values(service) as { mock: { calls: unknown[] } }[])
      .reduce((sum, fn) => sum + fn.mock.calls.length, 0) + Notification.shown.length;
  return { listeners, deps, services, Notification, window, invoke, invokeFrom, serviceCalls };
}

export const goodNotice = { title: '一级事件待响应', body: '投诉编号 TS-2026-0001 已超时', target: { kind: 'incident', id: INCIDENT_ID } };

export const goodAlert = {
  key: `incident:${INCIDENT_ID}:investigation:due-soon`,
  fireAt: '2026-11-23T10:00:00+08:00',
  kind: 'due-soon',
  title: '调查时限将到',
  body: '事件 SJ-20261123-0001 的调查时限还有 2 小时',
  target: { kind: 'incident', id: INCIDENT_ID },
  drill: false,
};
export const goodRegistration = { scope: 'live', alerts: [goodAlert] };
export const goodStatus = { overdue: 3, levelOneOpen: 1, unacknowledged: 2, drill: false };
export const goodPreferences = { closeToTray: true, backupsKept: 14 };
export const goodHeader = JSON.stringify({
  format: 'complaint-console-backup',
  formatVersion: 2,
  schemaVersion: 5,
  createdAt: '2026-11-23T08:00:00+08:00',
  app: { name: '应急指挥台', version: '0.2.0' },
  mode: 'live',
  reason: 'manual',
  seal: { kind: 'install', installId: INSTALL_ID },
  counts: { complaints: 3, incidents: 1, timeline: 2 },
});
export const goodTrailer = JSON.stringify({ end: true, chunks: 2, signature: 'a'.repeat(64) });
export const goodBegin = { header: goodHeader };
export const goodAppend = { id: WRITE_ID, lines: ['Y2h1bmsgMQ==', 'Y2h1bmsgMg=='] };
export const goodFinish = { id: WRITE_ID, trailer: goodTrailer };
export const goodRead = { file: BACKUP_FILE, offset: 0 };
export const csvFilter = { name: 'CSV', extensions: ['csv'] };
export const goodSave = { suggestedName: '投诉清单.csv', filters: [csvFilter], data: '投诉编号,投诉人\nTS-20261123-0001,张三\n' };
export const goodOpen = { filters: [csvFilter, { name: 'Excel', extensions: ['xlsx'] }] };
export const goodPrint = { suggestedName: '事件摘要 SJ-20261123-0001.pdf' };

export const goodPin = {
  origin: 'https://192.168.1.20:8443',
  fingerprint: '3A:7F:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:10:20:30:40:50:60:70:80:90:A0:B0:C0:D0:E0',
};
