// The composition root of the main-process services: each service is a plain class or function
// taking its dependencies, and this is the one place they meet Electron and the user data folder.
import fs from 'node:fs/promises';
import nodeFs from 'node:fs';
import path from 'node:path';
import { app, dialog, Menu, nativeImage, Notification, powerMonitor, safeStorage, Tray, type BrowserWindow } from 'electron';
import { AutoBackup } from './services/autoBackup';
import { BackupStore } from './services/backup';
import { createBackupKeyService, type BackupKeyService } from './services/backupKey';
import { createFileService, nodeChosenFs, type FileService } from './services/files';
import { createNotifier, showOrThrow, type Notifier } from './services/notifications';
import { HostPreferencesStore } from './services/preferences';
import { readStoredLocale, storeLocale } from './services/language';
import type { Locale } from '@shared/text';
import { OfficePins } from './services/officePins';
import { AttachmentStore } from './services/attachments';
import { createPrintService, type PrintService } from './services/print';
import { DeadlineScheduler, jsonFileStore } from './services/scheduler';
import { createConsoleTray, type ConsoleTray } from './services/tray';

// build-electron.mjs copies build/icon.png here, next to the bundles; electron-builder packs dist/.
const TRAY_ICON_PATH = path.join(__dirname, 'tray.png');
// Tray icons are drawn at 16–24 px; 32 keeps them sharp on high-DPI screens.
const TRAY_ICON_SIZE = process.platform === 'darwin' ? 18 : 32;

export interface ConsoleServicesDeps {
  getWindow: () => BrowserWindow | null;
  openConsole: () => void;
  quit: () => void;
}

export interface ConsoleServices {
  notifier: Notifier;
  scheduler: DeadlineScheduler;
  preferences: HostPreferencesStore;
  backups: BackupStore;
  backupKey: BackupKeyService;
  autoBackup: AutoBackup;
  files: FileService;
  print: PrintService;
  /** The office server's certificate, pinned at enrollment. */
  officePins: OfficePins;
  /** The attached files (证据与附件), by hash. */
  attachments: AttachmentStore;
  /** A no-op where the desktop has no tray; the console then simply stays a window. */
  tray: ConsoleTray;
  /** Says once that a closed window went to the tray, so nobody thinks the console quit. */
  announceTray(): void;
  /** The operator's language as the page last reported it (Chinese until it has). */
  locale(): Locale;
}

function createTray(deps: ConsoleServicesDeps): ConsoleTray {
  const icon = nativeImage.createFromPath(TRAY_ICON_PATH);
  if (icon.isEmpty()) console.warn(`Tray icon missing at ${TRAY_ICON_PATH}; the tray shows an empty icon.`);
  try {
    return createConsoleTray({
      Tray,
      buildMenu: (template) => Menu.buildFromTemplate(template),
      icon: icon.isEmpty() ? icon : icon.resize({ width: TRAY_ICON_SIZE, height: TRAY_ICON_SIZE, quality: 'best' }),
      openConsole: deps.openConsole,
      quit: deps.quit,
    });
  } catch (error) {
    console.warn('No tray on this desktop:', error);
    return { update: () => undefined, destroy: () => undefined };
  }
}

export async function createConsoleServices(deps: ConsoleServicesDeps): Promise<ConsoleServices> {
  const userData = app.getPath('userData');
  const live = () => {
    const window = deps.getWindow();
    return window && !window.isDestroyed() ? window : null;
  };
  const notifier = createNotifier({ Notification, getWindow: live });
  const backups = new BackupStore({ dir: path.join(userData, 'backups') });
  const backupKey = createBackupKeyService({ file: path.join(userData, 'backup-key.bin'), fs, safeStorage });
  const preferences = new HostPreferencesStore({
    file: path.join(userData, 'preferences.json'),
    fs,
    onChange: (next) => backups.setKeep(next.backupsKept),
  });
  await preferences.load();
  const scheduler = new DeadlineScheduler({
    store: jsonFileStore(path.join(userData, 'schedule.json'), fs),
    notify: showOrThrow(notifier),
    onPowerResume: (listener) => {
      powerMonitor.on('resume', listener);
      return () => powerMonitor.removeListener('resume', listener);
    },
    onPowerSuspend: (listener) => {
      powerMonitor.on('suspend', listener);
      return () => powerMonitor.removeListener('suspend', listener);
    },
  });
  const files = createFileService({
    // Modal to the console window when there is one, so the dialog cannot hide behind it.
    showSaveDialog: (options) => {
      const window = live();
      return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
    },
    showOpenDialog: (options) => {
      const window = live();
      return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);
    },
    documentsDir: () => app.getPath('documents'),
    fs: nodeChosenFs,
  });
  const print = createPrintService({ getContents: () => live()?.webContents ?? null, files });
  const officePins = new OfficePins(path.join(userData, 'office-pins.json'), fs);
  const attachments = new AttachmentStore(path.join(userData, 'attachments'));
  const autoBackup = new AutoBackup({ latestBackupMs: () => backups.latestDailyMs('live'), getWindow: live });
  const consoleTray = createTray(deps);
  let locale: Locale = readStoredLocale(userData, nodeFs) ?? 'zh-CN';
  // The page reports its counts with its language; a crashed page can no longer be asked for it,
  // and Chromium is started in it next time (services/language.ts).
  const tray: ConsoleTray = {
    update(status) {
      if (status.locale && status.locale !== locale) {
        locale = status.locale;
        try {
          storeLocale(userData, locale, nodeFs);
        } catch (error) {
          console.warn('The console language could not be remembered for the next start:', error);
        }
      }
      consoleTray.update(status);
    },
    destroy: () => consoleTray.destroy(),
  };
  let announced = false;
  return {
    notifier,
    scheduler,
    preferences,
    backups,
    backupKey,
    autoBackup,
    files,
    print,
    officePins,
    attachments,
    tray,
    locale: () => locale,
    announceTray() {
      if (announced) return;
      announced = true;
      notifier.show({ title: '应急指挥台仍在托盘中运行', body: '提醒照常弹出。要退出，请在托盘图标的菜单中选择“退出”。', urgent: false });
    },
  };
}
