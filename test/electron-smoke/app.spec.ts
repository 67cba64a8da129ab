// Smoke test of the desktop build: the packaged main process opens one console window, serves
// the renderer from app://console and exposes the bridge. It needs the real Electron binary,
// which is never downloaded here; without it the test is skipped, saying why.
import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const appDir = fileURLToPath(new URL('../..', import.meta.url));
const electronPackage = path.join(appDir, 'node_modules', 'electron');
const PLATFORM_BINARY: Record<string, string> = { win32: 'electron.exe', darwin: 'Electron.app/Contents/MacOS/Electron' };

/** The binary the electron package would run, found without `require('electron')` (which downloads). */
function installedElectron(): string | null {
  const pathFile = path.join(electronPackage, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidate = path.join(override, relative ?? PLATFORM_BINARY[process.platform] ?? 'electron');
    return existsSync(candidate) ? candidate : null;
  }
  if (!relative) return null;
  const candidate = path.join(electronPackage, 'dist', relative);
  return existsSync(candidate) ? candidate : null;
}

test('opens the console window with its title, the console page and the Electron bridge', async () => {
  const executablePath = installedElectron();
  test.skip(!executablePath, 'Electron binary not installed on this machine; the browser-host tests cover the renderer');
  // The day's first backup waits 90 s for the first screens.
  test.setTimeout(240_000);
  expect(existsSync(path.join(appDir, 'dist', 'electron', 'main.cjs')), 'run npm run build before the smoke test').toBe(true);

  // A fresh profile, so the console starts as on a new seat (operator picker, Chinese).
  const profile = mkdtempSync(path.join(tmpdir(), 'console-smoke-'));
  const args = [appDir];
  // Chromium refuses to run as root (as in CI containers) unless its OS sandbox is switched off.
  if (process.platform === 'linux' && process.getuid?.() === 0) args.unshift('--no-sandbox');
  // ELECTRON_RUN_AS_NODE left in the environment would start plain Node instead of the app.
  const env = Object.fromEntries(
    Object.entries(process.env).filter((entry): entry is [string, string] => entry[0] !== 'ELECTRON_RUN_AS_NODE' && entry[1] !== undefined),
  );
  const app = await electron.launch({ executablePath: executablePath!, args, env: { ...env, XDG_CONFIG_HOME: profile } });
  try {
    const window = await app.firstWindow();
    await expect(window).toHaveTitle('应急指挥台');
    expect(window.url()).toMatch(/^app:\/\/console\//);
    await expect(window.getByRole('heading', { name: '首次使用：设置组长账户' })).toBeVisible();
    await expect(window.getByRole('button', { name: '创建并登录' })).toBeVisible();

    const windowTitles = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => w.getTitle()));
    expect(windowTitles).toEqual(['应急指挥台']);

    // The page sees the bridge functions, and not Node or ipcRenderer.
    const exposed = await window.evaluate(() => {
      const host = (globalThis as Record<string, unknown>).consoleHost as Record<string, unknown> | undefined;
      return {
        methods: host ? Object.keys(host).sort() : [],
        hasRequire: typeof (globalThis as Record<string, unknown>).require !== 'undefined',
      };
    });
    expect(exposed).toEqual({
      methods: [
        'abortBackup',
        'appInfo',
        'appendBackup',
        'applyPreferences',
        'backupSecret',
        'beginBackup',
        'finishBackup',
        'listBackups',
        'notify',
        'onBackupRequest',
        'onOpenTarget',
        'openFile',
        'printToPdf',
        'readBackup',
        'reportStatus',
        'saveFile',
        'scheduleDeadlines',
      ],
      hasRequire: false,
    });
    const info = (await window.evaluate(() =>
      ((globalThis as Record<string, unknown>).consoleHost as { appInfo(): Promise<unknown> }).appInfo(),
    )) as { ok: boolean; value: { host: string; name: string; userDataPath?: string } };
    expect(info).toMatchObject({ ok: true, value: { host: 'electron', name: '应急指挥台' } });

    // A new seat has no backup yet: the main process asks the page for the day's backup, which
    // (once the first screens have had their 90 s) lands in the user data folder, sealed.
    const backups = path.join(info.value.userDataPath ?? '', 'backups');
    await expect
      .poll(() => (existsSync(backups) ? readdirSync(backups).filter((name) => /^backup-live-\d{8}-\d{6}-daily\.cbk$/.test(name)) : []), {
        timeout: 150_000,
      })
      .toHaveLength(1);
  } finally {
    await app.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
