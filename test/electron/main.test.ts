// The main process wiring, with Electron replaced by fakes: the app:// scheme is privileged
// before ready, one locked-down window opens on app://console, permissions and foreign
// navigation are refused, and a second launch hands over to the running console.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { selfSigned } from '../fixtures/certificates';
import path from 'node:path';
import { CHANNELS } from '@shared/channels';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { InvokeEvent } from '../../electron/ipc/register';
import { menuTemplate } from '../../electron/menu';

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  class FakeWebContents {
    readonly listeners = new Map<string, Listener>();
    windowOpenHandler: Listener | null = null;
    readonly send = vi.fn();
    readonly reload = vi.fn();
    readonly forcefullyCrashRenderer = vi.fn();
    isDestroyed() {
      return false;
    }
    on(event: string, listener: Listener) {
      this.listeners.set(event, listener);
      return this;
    }
    setWindowOpenHandler(handler: Listener) {
      this.windowOpenHandler = handler;
    }
  }
  /** What happened in which order, across the fakes (e.g. the scheduler started, a window opened). */
  const events: string[] = [];
  /** Chromium switches the main process appended, each with whether the app was ready by then. */
  const switches: string[] = [];
  class FakeBrowserWindow {
    static readonly created: FakeBrowserWindow[] = [];
    static getAllWindows() {
      return FakeBrowserWindow.created;
    }
    readonly webContents = new FakeWebContents();
    readonly listeners = new Map<string, Listener>();
    minimized = false;
    readonly loadURL = vi.fn(() => Promise.resolve());
    readonly restore = vi.fn();
    readonly show = vi.fn();
    readonly hide = vi.fn();
    readonly focus = vi.fn();
    constructor(readonly options: Record<string, unknown>) {
      FakeBrowserWindow.created.push(this);
      events.push('window opened');
    }
    once() {}
    on(event: string, listener: Listener) {
      this.listeners.set(event, listener);
      return this;
    }
    isDestroyed() {
      return false;
    }
    isMinimized() {
      return this.minimized;
    }
  }
  class FakeTray {
    static readonly created: FakeTray[] = [];
    tooltip = '';
    menu: { label?: string; click?: () => void }[] = [];
    readonly listeners = new Map<string, Listener>();
    readonly destroy = vi.fn();
    constructor(readonly icon: unknown) {
      FakeTray.created.push(this);
    }
    setToolTip(text: string) {
      this.tooltip = text;
    }
    setContextMenu(menu: { label?: string; click?: () => void }[]) {
      this.menu = menu;
    }
    on(event: string, listener: Listener) {
      this.listeners.set(event, listener);
    }
  }
  const fakeImage = { isEmpty: () => false, resize: () => fakeImage };
  const appListeners = new Map<string, Listener[]>();
  let markReady: () => void = () => {};
  const state = { lock: true, ready: false, userData: '/tmp/profile' };
  const app = {
    isPackaged: false,
    requestSingleInstanceLock: vi.fn(() => state.lock),
    quit: vi.fn(),
    exit: vi.fn(),
    isReady: () => state.ready,
    whenReady: vi.fn(
      () =>
        new Promise<void>((resolve) => {
          markReady = () => {
            state.ready = true;
            resolve();
          };
        }),
    ),
    on: vi.fn((event: string, listener: Listener) => appListeners.set(event, [...(appListeners.get(event) ?? []), listener])),
    setAppUserModelId: vi.fn(),
    // Records whether the app was already ready when a switch was appended: Chromium ignores later ones.
    commandLine: {
      appendSwitch: vi.fn((name: string, value?: string) =>
        switches.push(`--${name}=${value} (${state.ready ? 'after' : 'before'} ready)`),
      ),
    },
    getName: () => '应急指挥台',
    getVersion: () => '0.1.0',
    getPath: (name: string) => path.join(state.userData, name === 'userData' ? '' : name),
  };
  const defaultSession = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), setCertificateVerifyProc: vi.fn() };
  const module = {
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain: { handle: vi.fn() },
    Menu: { buildFromTemplate: vi.fn((template: unknown) => template), setApplicationMenu: vi.fn() },
    Notification: class {
      static isSupported() {
        return true;
      }
      constructor(readonly options: { title: string }) {}
      on() {}
      show() {
        events.push(`notice: ${this.options.title}`);
      }
    },
    Tray: FakeTray,
    nativeImage: { createFromPath: vi.fn(() => fakeImage) },
    powerMonitor: { on: vi.fn(), removeListener: vi.fn() },
    dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: { defaultSession },
    // Wraps the backup secret (the OS key store in the real module); reversed text is enough here.
    safeStorage: {
      isEncryptionAvailable: () => true,
      encryptString: (plain: string) => Buffer.from([...plain].reverse().join(''), 'utf8'),
      decryptString: (sealed: Buffer) => [...sealed.toString('utf8')].reverse().join(''),
    },
  };
  return {
    module,
    app,
    appListeners,
    state,
    events,
    switches,
    FakeBrowserWindow,
    FakeWebContents,
    FakeTray,
    ready: () => markReady(),
    /** Calls every listener the main process put on an app event, as Electron would. */
    emit: (event: string, ...args: unknown[]) => (appListeners.get(event) ?? []).forEach((listener) => listener(...args)),
    reset() {
      FakeBrowserWindow.created.length = 0;
      FakeTray.created.length = 0;
      events.length = 0;
      switches.length = 0;
      appListeners.clear();
      state.lock = true;
      state.ready = false;
      app.isPackaged = false;
    },
  };
});

// Never the real module: it would try to download Electron.
vi.mock('electron', () => fake.module);

async function launch({ ready = true, beforeImport }: { ready?: boolean; beforeImport?: () => Promise<void> } = {}) {
  vi.resetModules();
  await beforeImport?.();
  await import('../../electron/main');
  if (ready) {
    fake.ready();
    // Starting reads the preferences file before the window opens.
    await vi.waitFor(() => expect(fake.FakeBrowserWindow.created).toHaveLength(1));
  }
}

beforeEach(async () => {
  fake.reset();
  fake.state.userData = await mkdtemp(path.join(tmpdir(), 'console-main-'));
  vi.clearAllMocks();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

afterEach(async () => {
  vi.restoreAllMocks();
  await rm(fake.state.userData, { recursive: true, force: true });
});

describe('starting the console', () => {
  it('makes app:// a standard, secure scheme before the app is ready, and serves it only once ready', async () => {
    await launch({ ready: false });
    expect(fake.module.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(fake.module.protocol.handle).not.toHaveBeenCalled();
    expect(fake.FakeBrowserWindow.created).toHaveLength(0);

    fake.ready();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(fake.module.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('opens one window titled 应急指挥台 on app://console with every security option on', async () => {
    await launch();
    expect(fake.FakeBrowserWindow.created).toHaveLength(1);
    const [window] = fake.FakeBrowserWindow.created;
    expect(window!.options).toMatchObject({
      title: '应急指挥台',
      webPreferences: {
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webviewTag: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        preload: expect.stringMatching(/preload\.cjs$/),
      },
    });
    expect(window!.loadURL).toHaveBeenCalledWith('app://console/');
  });

  it('keeps the developer tools for a development build', async () => {
    await launch();
    expect(fake.FakeBrowserWindow.created[0]!.options).toMatchObject({ webPreferences: { devTools: true } });
  });

  it('opens no developer tools in a packaged build, by menu or by shortcut', async () => {
    fake.app.isPackaged = true;
    await launch();
    expect(fake.FakeBrowserWindow.created[0]!.options).toMatchObject({ webPreferences: { devTools: false } });
  });

  it('wires the IPC handlers and a menu', async () => {
    await launch();
    const channels = fake.module.ipcMain.handle.mock.calls.map(([channel]) => channel);
    expect(channels.sort()).toEqual(
      [
        CHANNELS.appInfo,
        CHANNELS.notify,
        CHANNELS.scheduleDeadlines,
        CHANNELS.reportStatus,
        CHANNELS.applyPreferences,
        CHANNELS.backupSecret,
        CHANNELS.beginBackup,
        CHANNELS.appendBackup,
        CHANNELS.finishBackup,
        CHANNELS.abortBackup,
        CHANNELS.listBackups,
        CHANNELS.readBackup,
        CHANNELS.backupEnds,
        CHANNELS.carryBackup,
        CHANNELS.saveFile,
        CHANNELS.openFile,
        CHANNELS.printToPdf,
        CHANNELS.pinOffice,
        CHANNELS.putAttachment,
        CHANNELS.readAttachment,
        CHANNELS.removeAttachment,
      ].sort(),
    );
    expect(fake.module.Menu.setApplicationMenu).toHaveBeenCalled();
  });
});

describe('the language Chromium starts in', () => {
  it('is Chinese before the app is ready on a first start, whatever the OS language', async () => {
    await launch({ ready: false });
    expect(fake.app.commandLine.appendSwitch).toHaveBeenCalledTimes(1);
    expect(fake.switches).toEqual(['--lang=zh-CN (before ready)']);
  });

  it('is English at the next start once the page has reported English', async () => {
    await launch();
    expect(
      await invoke(CHANNELS.reportStatus, { overdue: 0, levelOneOpen: 0, unacknowledged: 0, drill: false, locale: 'en' }),
    ).toMatchObject({
      ok: true,
    });
    fake.reset();
    await launch({ ready: false });
    expect(fake.switches).toEqual(['--lang=en-US (before ready)']);
  });

  it('goes back to Chinese when the page reports Chinese again', async () => {
    await writeFile(path.join(fake.state.userData, 'locale.json'), JSON.stringify({ locale: 'en' }));
    await launch();
    await invoke(CHANNELS.reportStatus, { overdue: 0, levelOneOpen: 0, unacknowledged: 0, drill: false, locale: 'zh-CN' });
    fake.reset();
    await launch({ ready: false });
    expect(fake.switches).toEqual(['--lang=zh-CN (before ready)']);
  });
});

describe('the office server’s certificate', () => {
  it('is checked against the pin kept in userData, the office’s host only', async () => {
    const office = selfSigned('192.168.1.20');
    const other = selfSigned('192.168.1.20');
    await writeFile(path.join(fake.state.userData, 'office-pins.json'), JSON.stringify({ '192.168.1.20': office.fingerprint }));
    await launch();
    const [[verify]] = fake.module.session.defaultSession.setCertificateVerifyProc.mock.calls as [[Listener]];
    const verdict = (hostname: string, pem: string) => {
      const callback = vi.fn();
      verify({ hostname, certificate: { data: pem } }, callback);
      return callback.mock.calls[0]![0] as number;
    };
    expect(verdict('192.168.1.20', office.cert)).toBe(0);
    expect(verdict('192.168.1.20', other.cert)).toBe(-2);
    expect(verdict('www.example.org', other.cert)).toBe(-3);
  });
});

describe('locking the session down', () => {
  it('denies every permission request and every permission check', async () => {
    await launch();
    const [[requestHandler]] = fake.module.session.defaultSession.setPermissionRequestHandler.mock.calls as [[Listener]];
    const [[checkHandler]] = fake.module.session.defaultSession.setPermissionCheckHandler.mock.calls as [[Listener]];
    const callback = vi.fn();
    requestHandler({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(checkHandler({}, 'notifications')).toBe(false);
  });

  describe('every web contents', () => {
    async function createdContents() {
      await launch();
      const contents = new fake.FakeWebContents();
      fake.emit('web-contents-created', {}, contents);
      return contents;
    }
    const attempt = (contents: InstanceType<typeof fake.FakeWebContents>, event: string, url: string) => {
      const preventDefault = vi.fn();
      contents.listeners.get(event)!({ preventDefault }, url);
      return preventDefault;
    };

    it.each(['https://evil.example/', 'file:///etc/passwd', 'app://evil/'])('refuses to navigate or redirect to %s', async (url) => {
      const contents = await createdContents();
      expect(attempt(contents, 'will-navigate', url)).toHaveBeenCalled();
      expect(attempt(contents, 'will-redirect', url)).toHaveBeenCalled();
    });

    it('may move between the console’s own pages', async () => {
      const contents = await createdContents();
      expect(attempt(contents, 'will-navigate', 'app://console/#/plan')).not.toHaveBeenCalled();
    });

    it('denies every new window and every webview', async () => {
      const contents = await createdContents();
      expect(contents.windowOpenHandler!({ url: 'app://console/' })).toEqual({ action: 'deny' });
      const preventDefault = vi.fn();
      contents.listeners.get('will-attach-webview')!({ preventDefault });
      expect(preventDefault).toHaveBeenCalled();
    });
  });
});

const CONSOLE_FRAME: InvokeEvent = { senderFrame: { url: 'app://console/' } };

/** Calls an IPC channel as the console's page would, through the handler main.ts registered. */
function invoke(channel: string, ...args: unknown[]) {
  const call = fake.module.ipcMain.handle.mock.calls.find(([name]) => name === channel) as unknown as
    [string, (event: InvokeEvent, ...args: unknown[]) => Promise<{ ok: boolean }>] | undefined;
  if (!call) throw new Error(`no handler for ${channel}`);
  return call[1](CONSOLE_FRAME, ...args);
}

/** Writes a sealed backup's lines through begin, append and finish, as the page does; the finish's result. */
async function writeBackup(reason: 'quit' | 'manual' | 'daily', mode: 'live' | 'drill' = 'live') {
  const header = JSON.stringify({
    format: 'complaint-console-backup',
    formatVersion: 2,
    schemaVersion: 5,
    createdAt: new Date().toISOString(),
    app: { name: '应急指挥台', version: '0.1.0' },
    mode,
    reason,
    seal: { kind: 'install', installId: '9d7f3c2a-1b4e-4f6a-8c2d-3e4f5a6b7c8d' },
    counts: { complaints: 1 },
  });
  const begun = (await invoke(CHANNELS.beginBackup, { header })) as { ok: boolean; value?: { id: string } };
  if (!begun.ok || !begun.value) throw new Error('backup:begin failed');
  const { id } = begun.value;
  expect(await invoke(CHANNELS.appendBackup, { id, lines: ['Y2h1bmsgMQ=='] })).toMatchObject({ ok: true });
  return invoke(CHANNELS.finishBackup, { id, trailer: JSON.stringify({ end: true, chunks: 1, signature: 'a'.repeat(64) }) });
}

/** Records when the scheduler starts and stops, alongside the window and notices in fake.events. */
async function watchScheduler() {
  const { DeadlineScheduler } = await import('../../electron/services/scheduler');
  const { start, stop } = DeadlineScheduler.prototype;
  vi.spyOn(DeadlineScheduler.prototype, 'start').mockImplementation(function (this: InstanceType<typeof DeadlineScheduler>) {
    fake.events.push('scheduler started');
    return start.call(this);
  });
  vi.spyOn(DeadlineScheduler.prototype, 'stop').mockImplementation(function (this: InstanceType<typeof DeadlineScheduler>) {
    fake.events.push('scheduler stopped');
    return stop.call(this);
  });
}

function closeWindow() {
  const preventDefault = vi.fn();
  fake.FakeBrowserWindow.created[0]!.listeners.get('close')!({ preventDefault });
  return preventDefault;
}

describe('the deadline scheduler', () => {
  it('starts before the window opens, so saved deadlines fire even if the page never loads', async () => {
    await launch({ beforeImport: watchScheduler });
    expect(fake.events.slice(0, 2)).toEqual(['scheduler started', 'window opened']);
    // The scheduler reads its saved deadlines first, then listens for the machine sleeping and waking.
    await vi.waitFor(() => expect(fake.module.powerMonitor.on).toHaveBeenCalledWith('resume', expect.any(Function)));
    // A sleep is told from a change of the clock by the OS saying so (shared/schedule.ts clockJump).
    await vi.waitFor(() => expect(fake.module.powerMonitor.on).toHaveBeenCalledWith('suspend', expect.any(Function)));
  });

  it('shows a due deadline as a desktop notice while the window is hidden in the tray', async () => {
    await launch();
    closeWindow();
    const due = {
      key: 'incident:3f2b8c1e-9a4d-4e5f-8b6a-1c2d3e4f5a6b:report:overdue',
      fireAt: new Date(Date.now() - 60_000).toISOString(),
      kind: 'overdue',
      title: '一级事件上报已超时',
      body: '事件 SJ-20261123-0001 应在 30 分钟内上报领导小组',
      drill: false,
    };
    expect(await invoke(CHANNELS.scheduleDeadlines, { scope: 'live', alerts: [due] })).toEqual({ ok: true, value: undefined });
    expect(fake.events).toContain('notice: 一级事件上报已超时');
    await vi.waitFor(async () =>
      expect(JSON.parse(await readFile(path.join(fake.state.userData, 'schedule.json'), 'utf8'))).toMatchObject({ version: 1 }),
    );
  });
});

describe('quitting', () => {
  it('holds the first quit for the page’s last backup, then stops the scheduler and quits for real', async () => {
    await launch({ beforeImport: watchScheduler });
    const [window] = fake.FakeBrowserWindow.created;
    const held = vi.fn();
    fake.emit('before-quit', { preventDefault: held });
    expect(held).toHaveBeenCalled();
    expect(window!.webContents.send).toHaveBeenCalledWith(CHANNELS.backupRequest, 'quit');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fake.app.quit).not.toHaveBeenCalled();
    expect(fake.events).not.toContain('scheduler stopped');

    expect(await writeBackup('quit')).toMatchObject({ ok: true });
    await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalledTimes(1));
    expect(fake.events).toContain('scheduler stopped');
    expect(fake.FakeTray.created[0]!.destroy).toHaveBeenCalled();

    // The quit it asked for passes: no second backup request, no loop.
    const again = vi.fn();
    fake.emit('before-quit', { preventDefault: again });
    expect(again).not.toHaveBeenCalled();
    expect(window!.webContents.send).toHaveBeenCalledTimes(1);
  });
});

describe('a crashed page', () => {
  it('is reopened, and the operator told in the language the page last reported', async () => {
    await launch();
    const [window] = fake.FakeBrowserWindow.created;
    const status = { overdue: 0, levelOneOpen: 0, unacknowledged: 0, drill: false, locale: 'en' };
    expect(await invoke(CHANNELS.reportStatus, status)).toEqual({ ok: true, value: undefined });
    window!.webContents.listeners.get('render-process-gone')!({}, { reason: 'crashed', exitCode: 1 });
    expect(window!.webContents.reload).toHaveBeenCalledTimes(1);
    expect(fake.events).toContain('notice: The console page stopped unexpectedly and has been reopened');
  });

  it('is left closed while the console quits', async () => {
    await launch();
    const [window] = fake.FakeBrowserWindow.created;
    fake.emit('before-quit', { preventDefault: vi.fn() });
    window!.webContents.listeners.get('render-process-gone')!({}, { reason: 'killed', exitCode: 1 });
    expect(window!.webContents.reload).not.toHaveBeenCalled();
  });
});

describe('closing the window', () => {
  it('hides the console to the tray and says once that it still runs there', async () => {
    await launch();
    const [window] = fake.FakeBrowserWindow.created;
    expect(closeWindow()).toHaveBeenCalled();
    expect(closeWindow()).toHaveBeenCalled();
    expect(window!.hide).toHaveBeenCalledTimes(2);
    expect(fake.events.filter((event) => event.startsWith('notice:'))).toEqual(['notice: 应急指挥台仍在托盘中运行']);
    expect(fake.app.quit).not.toHaveBeenCalled();
  });

  it('lets the window close once the console is quitting', async () => {
    await launch();
    fake.emit('before-quit', { preventDefault: vi.fn() });
    expect(closeWindow()).not.toHaveBeenCalled();
    await writeBackup('quit');
    await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalled());
  });

  it('quits (through the quit backup) when close-to-tray is off, and remembers the choice', async () => {
    await launch();
    expect(await invoke(CHANNELS.applyPreferences, { closeToTray: false, backupsKept: 30 })).toEqual({ ok: true, value: undefined });
    expect(closeWindow()).toHaveBeenCalled();
    expect(fake.FakeBrowserWindow.created[0]!.hide).not.toHaveBeenCalled();
    expect(fake.app.quit).toHaveBeenCalled();
    const saved = JSON.parse(await readFile(path.join(fake.state.userData, 'preferences.json'), 'utf8')) as unknown;
    expect(saved).toEqual({ closeToTray: false, backupsKept: 30 });
  });

  it('quits through the quit backup when Windows signs out with the console in the tray', async () => {
    await launch();
    const [window] = fake.FakeBrowserWindow.created;
    window!.listeners.get('query-session-end')!({ preventDefault: vi.fn(), reasons: ['logoff'] });
    expect(fake.app.quit).toHaveBeenCalledTimes(1);
    // app.quit emits before-quit, which holds the quit for the page's backup.
    fake.emit('before-quit', { preventDefault: vi.fn() });
    expect(window!.webContents.send).toHaveBeenCalledWith(CHANNELS.backupRequest, 'quit');
    expect(closeWindow()).not.toHaveBeenCalled();
  });

  it('starts with the preferences saved in the user data folder', async () => {
    await writeFile(path.join(fake.state.userData, 'preferences.json'), JSON.stringify({ closeToTray: false, backupsKept: 7 }));
    await launch();
    closeWindow();
    expect(fake.app.quit).toHaveBeenCalled();
  });
});

describe('the tray', () => {
  it('shows the icon copied beside the bundles, and a click brings the console to the front', async () => {
    await launch();
    const [tray] = fake.FakeTray.created;
    expect(fake.module.nativeImage.createFromPath).toHaveBeenCalledWith(expect.stringMatching(/tray\.png$/));
    expect(tray!.tooltip).toBe('应急指挥台');
    const [window] = fake.FakeBrowserWindow.created;
    closeWindow();
    tray!.listeners.get('click')!();
    expect(window!.show).toHaveBeenCalled();
    expect(window!.focus).toHaveBeenCalled();
  });

  it('shows the counts the page reports, and quits from its menu', async () => {
    await launch();
    const [tray] = fake.FakeTray.created;
    await invoke(CHANNELS.reportStatus, { overdue: 3, levelOneOpen: 1, unacknowledged: 2, drill: false });
    expect(tray!.tooltip).toBe('应急指挥台\n逾期 3 项 · 一级事件 1 起 · 未确认提醒 2 条');
    tray!.menu.find((item) => item.label === '退出')!.click!();
    expect(fake.app.quit).toHaveBeenCalled();
  });
});

describe('automatic backups', () => {
  it('asks the page for the daily backup once it has loaded, when none was made today', async () => {
    await launch();
    const [window] = fake.FakeBrowserWindow.created;
    expect(window!.webContents.send).not.toHaveBeenCalled();
    window!.webContents.listeners.get('did-finish-load')!();
    await vi.waitFor(() => expect(window!.webContents.send).toHaveBeenCalledWith(CHANNELS.backupRequest, 'daily'));
  });

  it('keeps the page’s backups in the user data folder and lists them', async () => {
    await launch();
    const written = await writeBackup('manual');
    expect(written).toMatchObject({ ok: true, value: { file: expect.stringMatching(/^backup-live-\d{8}-\d{6}-manual\.cbk$/) } });
    expect(await readdir(path.join(fake.state.userData, 'backups'))).toHaveLength(1);
    expect(await invoke(CHANNELS.listBackups, 'live')).toMatchObject({ ok: true, value: [{ file: expect.any(String), reason: 'manual' }] });
    expect(await invoke(CHANNELS.listBackups, 'drill')).toEqual({ ok: true, value: [] });
  });
});

describe('one console per machine', () => {
  it('hands a second launch to the running console and brings it forward', async () => {
    await launch();
    const [window] = fake.FakeBrowserWindow.created;
    window!.minimized = true;
    fake.emit('second-instance');
    expect(window!.restore).toHaveBeenCalled();
    expect(window!.focus).toHaveBeenCalled();
    expect(fake.FakeBrowserWindow.created).toHaveLength(1);
  });

  it('quits at once when another console already runs', async () => {
    fake.state.lock = false;
    await launch({ ready: false });
    expect(fake.app.quit).toHaveBeenCalled();
    expect(fake.app.whenReady).not.toHaveBeenCalled();
    expect(fake.appListeners.has('second-instance')).toBe(false);
  });
});

describe('the application menu', () => {
  const labels = (template: ReturnType<typeof menuTemplate>) =>
    template.flatMap((item) => (Array.isArray(item.submenu) ? item.submenu.map((entry) => entry.role ?? entry.type) : []));

  it('offers developer tools only in a development build', () => {
    expect(labels(menuTemplate({ isMac: false, isPackaged: false }))).toContain('toggleDevTools');
    expect(labels(menuTemplate({ isMac: false, isPackaged: true }))).not.toContain('toggleDevTools');
  });

  it('labels the menus in Chinese', () => {
    expect(menuTemplate({ isMac: false, isPackaged: true }).map((item) => item.label)).toEqual(['文件', '编辑', '视图', '窗口']);
  });
});
