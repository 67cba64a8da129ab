// The main process wiring, with Electron replaced by fakes: the app:// scheme is privileged
// before ready, one locked-down window opens on app://console, permissions and foreign
// navigation are refused, and a second launch hands over to the running console.
import { CHANNELS } from '@shared/channels';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { menuTemplate } from '../../electron/menu';

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  class FakeWebContents {
    readonly listeners = new Map<string, Listener>();
    windowOpenHandler: Listener | null = null;
    readonly send = vi.fn();
    on(event: string, listener: Listener) {
      this.listeners.set(event, listener);
      return this;
    }
    setWindowOpenHandler(handler: Listener) {
      this.windowOpenHandler = handler;
    }
  }
  class FakeBrowserWindow {
    static readonly created: FakeBrowserWindow[] = [];
    static getAllWindows() {
      return FakeBrowserWindow.created;
    }
    readonly webContents = new FakeWebContents();
    minimized = false;
    readonly loadURL = vi.fn(() => Promise.resolve());
    readonly restore = vi.fn();
    readonly show = vi.fn();
    readonly focus = vi.fn();
    constructor(readonly options: Record<string, unknown>) {
      FakeBrowserWindow.created.push(this);
    }
    once() {}
    on() {}
    isDestroyed() {
      return false;
    }
    isMinimized() {
      return this.minimized;
    }
  }
  const appListeners = new Map<string, Listener>();
  let markReady: () => void = () => {};
  const state = { lock: true, ready: false };
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
    on: vi.fn((event: string, listener: Listener) => appListeners.set(event, listener)),
    setAppUserModelId: vi.fn(),
    getName: () => '应急指挥台',
    getVersion: () => '0.1.0',
    getPath: () => '/tmp/profile',
  };
  const defaultSession = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
  const module = {
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain: { handle: vi.fn() },
    Menu: { buildFromTemplate: vi.fn((template: unknown) => template), setApplicationMenu: vi.fn() },
    Notification: class {
      static isSupported() {
        return true;
      }
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: { defaultSession },
  };
  return {
    module,
    app,
    appListeners,
    state,
    FakeBrowserWindow,
    FakeWebContents,
    ready: () => markReady(),
    reset() {
      FakeBrowserWindow.created.length = 0;
      appListeners.clear();
      state.lock = true;
      state.ready = false;
    },
  };
});

// Never the real module: it would try to download Electron.
vi.mock('electron', () => fake.module);

async function launch({ ready = true } = {}) {
  vi.resetModules();
  await import('../../electron/main');
  if (ready) {
    fake.ready();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

beforeEach(() => {
  fake.reset();
  vi.clearAllMocks();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

afterEach(() => {
  vi.restoreAllMocks();
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
        CHANNELS.backupNow,
        CHANNELS.listBackups,
        CHANNELS.readBackup,
        CHANNELS.saveFile,
        CHANNELS.openFile,
        CHANNELS.printToPdf,
      ].sort(),
    );
    expect(fake.module.Menu.setApplicationMenu).toHaveBeenCalled();
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
      fake.appListeners.get('web-contents-created')!({}, contents);
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

describe('one console per machine', () => {
  it('hands a second launch to the running console and brings it forward', async () => {
    await launch();
    const [window] = fake.FakeBrowserWindow.created;
    window!.minimized = true;
    fake.appListeners.get('second-instance')!();
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
