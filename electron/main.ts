// The main process: one console window per machine, its renderer served from app://console,
// the session locked down, and the IPC handlers wired to their Electron dependencies.
import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, ipcMain, Menu, Notification, protocol, session, shell, type WebContents } from 'electron';
import { bringToFront } from './focus';
import { registerHandlers } from './ipc/register';
import { menuTemplate } from './menu';
import { createAppRequestHandler } from './protocol';
import { APP_ENTRY_URL, APP_SCHEME, mayNavigate, openLinkOutside } from './security';
import { createConsoleServices, type ConsoleServices } from './consoleServices';
import { attachCloseToTray } from './services/closeToTray';
import { QUIT_BACKUP_LIMIT_MS } from './services/autoBackup';
import { applyConsoleLanguage } from './services/language';
import { createQuitGate, QUIT_PREPARE_LIMIT_MS, type QuitGate } from './services/quitGate';
import { watchRenderer } from './services/rendererRecovery';
import { attachSessionEnd } from './services/sessionEnd';

const WINDOW_TITLE = '应急指挥台';
// Windows shows notifications only for an app with a user model id; it matches appId in
// electron-builder.yml so the installed shortcut and the running app are the same app.
const APP_USER_MODEL_ID = 'cn.console.emergency';
// The bundles live in dist/electron; the Vite build beside them in dist/renderer.
const RENDERER_ROOT = path.join(__dirname, '..', 'renderer');
const PRELOAD_PATH = path.join(__dirname, 'preload.cjs');

// Only a scheme registered before `ready` becomes standard and secure, and only such a scheme
// gets a real origin with IndexedDB and fetch. Changing it later would orphan the data.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
// Date and time fields follow Chromium's language, not the page's: set it before `ready`.
applyConsoleLanguage(app, fs);

let mainWindow: BrowserWindow | null = null;
// Created once the app is ready; the window's events reach them only after that.
let services: ConsoleServices | null = null;
let quitGate: QuitGate | null = null;

function createMainWindow(): BrowserWindow {
  // Security options stay literal (no spread) so reviewers and scanners see them as they are.
  const window = new BrowserWindow({
    title: WINDOW_TITLE,
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 680,
    show: false,
    backgroundColor: '#f4f5f7',
    webPreferences: {
      preload: PRELOAD_PATH,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      // Middle-click would otherwise try to open links in new windows (denied anyway below).
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      // A packaged console opens no developer tools, by menu or shortcut: they would show and
      // change every complaint in the database past the roles and the audit trail.
      devTools: !app.isPackaged,
    },
  });
  // Shown once painted, so the operator never sees an empty white frame.
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  // Only a loaded page has its database open and can answer a backup request.
  window.webContents.on('did-finish-load', () => services?.autoBackup.pageLoaded());
  // Each new page may take the backup key once (renderer/features/settings/AutoBackup asks at start).
  window.webContents.on('did-start-loading', () => services?.backupKey.pageLoading());
  // A crashed or hung page is reopened; its saved records are in IndexedDB, already committed.
  watchRenderer(window.webContents, {
    notify: (notice) => services?.notifier.show(notice),
    locale: () => services?.locale() ?? 'zh-CN',
    isQuitting: () => quitGate?.quitting ?? false,
  });
  attachCloseToTray(window, {
    isQuitting: () => quitGate?.quitting ?? false,
    closeToTray: () => services?.preferences.get().closeToTray ?? false,
    quit: () => app.quit(),
    onFirstHide: () => services?.announceTray(),
  });
  // Windows sign-out with the window in the tray: quit through the quit backup, not killed.
  attachSessionEnd(window, {
    quit: () => app.quit(),
    isPreparingQuit: () => quitGate?.preparing ?? false,
  });
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

function openConsole(): void {
  if (!bringToFront(mainWindow)) mainWindow = createMainWindow();
}

/** No page of ours needs a camera, geolocation or the like; a request means something is wrong. */
function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}

/** Applied to every web contents, including any created later, not only the main window. */
function confine(contents: WebContents): void {
  const refuseForeign = (event: { preventDefault(): void }, url: string) => {
    if (!mayNavigate(url)) {
      event.preventDefault();
      console.warn(`Navigation refused: ${url}`);
    }
  };
  contents.on('will-navigate', refuseForeign);
  contents.on('will-redirect', refuseForeign);
  contents.setWindowOpenHandler(({ url }) => openLinkOutside(url, (link) => shell.openExternal(link)));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

async function start(): Promise<void> {
  if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
  denyAllPermissions();
  protocol.handle(APP_SCHEME, createAppRequestHandler(RENDERER_ROOT));
  const host = await createConsoleServices({ getWindow: () => mainWindow, openConsole, quit: () => app.quit() });
  services = host;
  // Started before the window opens, so deadlines registered in an earlier run fire even if the
  // page never loads; the renderer's registrations wait for it to finish loading its file.
  host.scheduler.start().catch((error: unknown) => console.error('The deadline scheduler could not start:', error));
  // TLS to the office server: its own certificate, pinned at enrollment, and no other; every other host as Chromium verifies it.
  await host.officePins.load();
  session.defaultSession.setCertificateVerifyProc((request, callback) =>
    callback(host.officePins.verdict(request.hostname, request.certificate.data)),
  );
  registerHandlers(ipcMain, {
    app,
    platform: process.platform,
    Notification,
    getWindow: () => mainWindow,
    ...host,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ isMac: process.platform === 'darwin', isPackaged: app.isPackaged })));
  const gate = createQuitGate({
    // The quit backup has its own bound (silence, and a limit for a large store); then a little more.
    limitMs: QUIT_BACKUP_LIMIT_MS + QUIT_PREPARE_LIMIT_MS,
    // The quit backup first (the page is still there to answer), then the scheduler's last save.
    prepare: async () => {
      await host.autoBackup.backupBeforeQuit();
      await host.scheduler.stop();
      host.tray.destroy();
    },
    quit: () => app.quit(),
  });
  quitGate = gate;
  app.on('before-quit', (event) => gate.onBeforeQuit(event));
  openConsole();
}

// A second launch (double-clicked shortcut, notification on another desktop) must not open a
// second console on the same database: it hands over to the running one and exits.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (app.isReady()) openConsole();
  });
  app.on('web-contents-created', (_event, contents) => confine(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady()) openConsole();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('The console could not start:', error);
      app.exit(1);
    });
}
