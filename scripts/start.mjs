// npm start: builds, finds the Electron binary and runs the console in it. The electron package
// (42+) has no install script: `require('electron')` downloads the binary on first use and
// throws an obscure error when it cannot. Here that case, and an Electron that dies at once (no
// display, missing libraries), end in a plain, bilingual message, and then the browser version
// is served from this process and opened in the system's browser, so the first command on any
// machine gives a working console. Ctrl+C stops it.
//
// CONSOLE_SKIP_BUILD=1 serves or starts what dist/ already holds (tests build once); BROWSER=none
// opens no browser; ELECTRON_OVERRIDE_DIST_PATH names the folder of the Electron binary.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const appDir = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
// A download that hangs (blackholed network) must not keep the operator waiting for minutes.
const DOWNLOAD_TIMEOUT_MS = 45_000;
// Where `npm run web` serves the browser version; the fallback uses it too, so the data is the same.
const WEB_PORT = 4173;
// An Electron that exits with an error sooner than this never opened the console.
const STARTUP_FAILURE_MS = 10_000;

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

function explain(detail) {
  console.error(`
────────────────────────────────────────────────────────────────────────
应急指挥台 无法在本机以桌面程序（Electron）启动。
The console cannot start as a desktop app (Electron) on this machine.
${detail ? `\n  原因 / Reason: ${detail}\n` : ''}
现在改为在本机提供浏览器版本（与 npm run web 相同）……
Serving the browser version here instead (the same as npm run web)…
────────────────────────────────────────────────────────────────────────`);
}

/** The system's browser, where there is one; any failure only means the operator opens it. */
function openSystemBrowser(url) {
  if (process.env.BROWSER === 'none') return;
  const platform = process.platform;
  if (platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return;
  const [command, args] =
    platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : platform === 'darwin' ? ['open', [url]] : ['xdg-open', [url]];
  try {
    const opener = spawn(command, args, { stdio: 'ignore', detached: true, windowsVerbatimArguments: platform === 'win32' });
    opener.on('error', () => {});
    opener.unref();
  } catch {
    // No opener on this system: the address printed above is enough.
  }
}

/** Serves the built renderer as `npm run web` does; 4173, or the next free port when taken. */
async function serveBrowserHost(detail) {
  explain(detail);
  const rendererDir = path.join(appDir, 'dist', 'renderer');
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    console.error(`No built console in ${rendererDir}; run npm run build first. / 未找到已构建的程序，请先运行 npm run build。`);
    process.exit(1);
  }
  const { preview } = await import('vite');
  const server = await preview({
    configFile: path.join(appDir, 'vite.config.ts'),
    root: path.join(appDir, 'renderer'),
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: WEB_PORT, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : WEB_PORT;
  const url = `http://127.0.0.1:${port}/`;
  // IndexedDB belongs to the address: another port starts with other (or no) records.
  const otherPort =
    port === WEB_PORT
      ? ''
      : `端口 ${WEB_PORT} 已被占用；此地址下的数据与 ${WEB_PORT} 下的数据是分开的。
Port ${WEB_PORT} was taken; the records kept at this address are separate from those at ${WEB_PORT}.
`;
  // One write, so whoever reads the address has the whole message.
  console.log(`
应急指挥台（浏览器版本）已启动，请在浏览器中打开 / The console is running in the browser at:
    ${url}
${otherPort}按 Ctrl+C 停止 / Press Ctrl+C to stop.`);
  openSystemBrowser(url);
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      console.log('\n已停止 / Stopped.');
      server.close().finally(() => process.exit(0));
    });
  }
}

if (process.env.CONSOLE_SKIP_BUILD !== '1') {
  const buildStatus = run('npm', ['run', 'build']);
  if (buildStatus !== 0) {
    console.error('Build failed; see the errors above. / 构建失败，请查看上方错误信息。');
    process.exit(buildStatus);
  }
}

async function findOrFetchElectron() {
  const packageDir = electronPackageDir();
  if (!packageDir) return { failure: 'the electron package is not installed in node_modules' };
  const binary = findElectronBinary(packageDir);
  if (binary) return { binary };
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    // An explicit override is never second-guessed with a download.
    return { failure: `ELECTRON_OVERRIDE_DIST_PATH=${process.env.ELECTRON_OVERRIDE_DIST_PATH} holds no Electron binary` };
  }
  const failure = await tryDownload();
  const downloaded = findElectronBinary(packageDir);
  return downloaded ? { binary: downloaded } : { failure: failure ?? 'the download reported success but no binary was found' };
}

/** Runs the console in Electron; resolves with a reason only if Electron could not start. */
function runElectron(binary) {
  // ELECTRON_RUN_AS_NODE left over in the environment would start plain Node instead of the app.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const startedAt = Date.now();
  const child = spawn(binary, [appDir, ...process.argv.slice(2)], { cwd: appDir, stdio: 'inherit', env });
  let signalled = false;
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      signalled = true;
      child.kill(signal);
    });
  }
  return new Promise((resolve) => {
    child.on('error', (error) => resolve(`Electron could not be started / 无法启动 Electron: ${error.message}`));
    child.on('exit', (code, signal) => {
      // A failure within the first seconds, not asked for, is Electron unable to run here (no
      // display, a missing system library), not the console closing.
      if (code && !signalled && Date.now() - startedAt < STARTUP_FAILURE_MS) {
        resolve(`Electron exited at once with code ${code} / Electron 启动后立即退出（代码 ${code}）`);
        return;
      }
      process.exit(code ?? (signal ? 1 : 0));
    });
  });
}

const found = await findOrFetchElectron();
const failure = found.binary ? await runElectron(found.binary) : found.failure;
await serveBrowserHost(failure);
