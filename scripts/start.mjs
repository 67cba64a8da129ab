// npm start: builds, finds the Electron binary and runs the console in it. The electron package
// (42+) has no install script: `require('electron')` downloads the binary on first use and
// throws an obscure error when it cannot. Here that case ends in a plain, bilingual message
// pointing at the browser version instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const appDir = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
// A download that hangs (blackholed network) must not keep the operator waiting for minutes.
const DOWNLOAD_TIMEOUT_MS = 45_000;

const PLATFORM_BINARY = { win32: 'electron.exe', darwin: 'Electron.app/Contents/MacOS/Electron' };

function run(command, args) {
  const result = spawnSync(command, args, { cwd: appDir, stdio: 'inherit', shell: process.platform === 'win32' });
  return result.status ?? 1;
}

function electronPackageDir() {
  try {
    return path.dirname(require.resolve('electron/package.json', { paths: [appDir] }));
  } catch {
    return null;
  }
}

/** The binary path the electron package would use, without downloading anything. */
function findElectronBinary(packageDir) {
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override
    ? path.join(override, relative ?? PLATFORM_BINARY[process.platform] ?? 'electron')
    : relative && path.join(packageDir, 'dist', relative);
  return candidate && existsSync(candidate) ? candidate : null;
}

/**
 * Lets the electron package try its download in a child process, where a failure is contained.
 * The child runs in its own process group so a timeout also ends the downloader it spawns.
 */
function tryDownload() {
  console.log('Electron binary not found; trying to download it (at most 45 s)…');
  console.log('未找到 Electron 程序，正在尝试下载（最多 45 秒）……');
  return new Promise((resolve) => {
    const ownGroup = process.platform !== 'win32';
    const child = spawn(process.execPath, ['-e', "require('electron')"], {
      cwd: appDir,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: ownGroup,
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (ownGroup) process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // Already gone.
      }
    }, DOWNLOAD_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve(error.message);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (timedOut) return resolve('download timed out');
      if (code === 0) return resolve(null);
      const lines = output.trim().split('\n');
      resolve(lines.find((line) => /error/i.test(line))?.trim() ?? lines[0] ?? `exit code ${code}`);
    });
  });
}

function explainAndExit(detail) {
  console.error(`
────────────────────────────────────────────────────────────────────────
应急指挥台 无法在本机以桌面程序（Electron）启动：未安装 Electron 程序，且无法下载。
The console cannot start as a desktop app (Electron) on this machine:
the Electron binary is not installed and could not be downloaded.
${detail ? `\n  原因 / Reason: ${detail}\n` : ''}
请改用浏览器版本 / Use the browser version instead:
    npm run web
然后在浏览器中打开 / then open in a browser:
    http://127.0.0.1:4173
────────────────────────────────────────────────────────────────────────`);
  process.exit(1);
}

const buildStatus = run('npm', ['run', 'build']);
if (buildStatus !== 0) {
  console.error('Build failed; see the errors above. / 构建失败，请查看上方错误信息。');
  process.exit(buildStatus);
}

const packageDir = electronPackageDir();
if (!packageDir) explainAndExit('the electron package is not installed in node_modules');

let binary = findElectronBinary(packageDir);
if (!binary && process.env.ELECTRON_OVERRIDE_DIST_PATH) {
  // An explicit override is never second-guessed with a download.
  explainAndExit(`ELECTRON_OVERRIDE_DIST_PATH=${process.env.ELECTRON_OVERRIDE_DIST_PATH} holds no Electron binary`);
}
if (!binary) {
  const failure = await tryDownload();
  binary = findElectronBinary(packageDir);
  if (!binary) explainAndExit(failure ?? 'the download reported success but no binary was found');
}

// ELECTRON_RUN_AS_NODE left over in the environment would start plain Node instead of the app.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(binary, [appDir, ...process.argv.slice(2)], { cwd: appDir, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('error', (error) => {
  console.error(`Electron could not be started / 无法启动 Electron: ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => {
  process.exit(code ?? (signal ? 1 : 0));
});
