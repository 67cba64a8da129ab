// The IPC handlers as the renderer meets them, with every service behind them faked: setUp()
// registers the handlers and returns `invoke` (from the console's page) and `invokeFrom` (any
// frame), plus good payloads for every channel. Shared by the IPC test files.
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

export const BACKUP_FILE = 'backup-20261123-080000.json';
export const writtenBackup = { file: BACKUP_FILE, size: 2048, createdAt: '2026-11-23T08:00:00+08:00', createdAtMs: 0, pruned: [] };

/** The services behind the channels, as fakes that record what reached them. */
export function fakeServices() {
  return {
    scheduler: { register: vi.fn(async () => ok(undefined)) },
    tray: { update: vi.fn() },
    preferences: { apply: vi.fn(async () => ok(undefined)) },
    backups: {
      write: vi.fn(async () => ok(writtenBackup)),
      list: vi.fn(async () => [writtenBackup]),
      readText: vi.fn(async () => ok('{"format":"complaint-console-backup"}')),
    },
    autoBackup: { backupFinished: vi.fn() },
    files: {
      saveFile: vi.fn(async () => ok({ saved: true, name: '投诉清单.csv' })),
      openFile: vi.fn(async () => ok(null)),
    },
    print: { printToPdf: vi.fn(async () => ok({ saved: true, name: '事件摘要.pdf' })) },
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
export const goodSnapshot = { schemaVersion: 3, tables: { complaints: [{ id: INCIDENT_ID, number: 'TS-20261123-0001' }], incidents: [] } };
export const goodBackup = { reason: 'manual', snapshot: goodSnapshot };
export const csvFilter = { name: 'CSV', extensions: ['csv'] };
export const goodSave = { suggestedName: '投诉清单.csv', filters: [csvFilter], data: '投诉编号,投诉人\nTS-20261123-0001,张三\n' };
export const goodOpen = { filters: [csvFilter, { name: 'Excel', extensions: ['xlsx'] }] };
export const goodPrint = { suggestedName: '事件摘要 SJ-20261123-0001.pdf' };
