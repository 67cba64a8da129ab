// `npm run console` on a machine where Electron cannot start: it says so, then serves the browser
// version itself at an address it prints, and Ctrl+C stops it. The script runs as the operator
// would start it, with Electron made unavailable through ELECTRON_OVERRIDE_DIST_PATH.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

const APP_DIR = path.join(__dirname, '..', '..');
const BUILT_PAGE = path.join(APP_DIR, 'dist', 'renderer', 'index.html');
const WEB_PORT = 4173;

const started: ChildProcess[] = [];
const folders: string[] = [];
let heldPort: Server | null = null;

beforeAll(() => {
  // The script is told to skip its build; the renderer is built once here when dist/ has none.
  if (existsSync(BUILT_PAGE)) return;
  const build = spawnSync('npx', ['vite', 'build'], { cwd: APP_DIR, stdio: 'ignore' });
  expect(build.status).toBe(0);
}, 180_000);

afterEach(async () => {
  for (const child of started.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  await new Promise((resolve) => (heldPort ? heldPort.close(resolve) : resolve(undefined)));
  heldPort = null;
});

/** A folder standing in for Electron's: empty, or holding an `electron` that dies as on a machine without a display. */
function electronFolder(binary?: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'console-no-electron-'));
  folders.push(folder);
  if (binary) {
    writeFileSync(path.join(folder, 'electron'), binary);
    chmodSync(path.join(folder, 'electron'), 0o755);
  }
  return folder;
}

/** Starts `npm start` as the operator would; resolves with the address it prints and all it said by then. */
function startConsole(electronDir: string): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: APP_DIR,
    env: { ...process.env, CONSOLE_SKIP_BUILD: '1', BROWSER: 'none', ELECTRON_OVERRIDE_DIST_PATH: electronDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no address printed within 20 s:\n${output}`)), 20_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const address = /^\s+(http:\/\/127\.0\.0\.1:\d+\/)\s*$/m.exec(output);
      if (address && output.includes('Press Ctrl+C to stop.')) {
        clearTimeout(timer);
        resolve({ child, url: address[1]!, output: () => output });
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the script exited (${code}) instead of serving:\n${output}`));
    });
  });
}

/** Ctrl+C, as in the terminal; resolves with the exit code. */
function pressCtrlC(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGINT');
  });
}

async function expectConsolePage(url: string) {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  const html = await response.text();
  expect(html).toContain('<title>应急指挥台</title>');
  expect(html).toContain('<div id="root"></div>');
}

/** Takes the browser version's usual port for the test, unless something else has it already. */
function holdWebPort(): Promise<void> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve());
    server.listen(WEB_PORT, '127.0.0.1', () => {
      heldPort = server;
      resolve();
    });
  });
}

describe('npm run console where Electron cannot start', () => {
  it('says why, then serves the browser version at the address it prints until Ctrl+C', async () => {
    const { child, url, output } = await startConsole(electronFolder());
    expect(output()).toContain('无法在本机以桌面程序（Electron）启动');
    expect(output()).toContain('holds no Electron binary');
    await expectConsolePage(url);
    expect(await pressCtrlC(child)).toBe(0);
  }, 30_000);

  // The stand-in Electron is a shell script.
  it.skipIf(process.platform === 'win32')(
    'serves on a free port when the usual one is taken, after an Electron that dies at once',
    async () => {
      await holdWebPort();
      const dies = '#!/bin/sh\necho "Missing X server or $DISPLAY" >&2\nexit 1\n';
      const { child, url, output } = await startConsole(electronFolder(dies));
      expect(output()).toContain('Missing X server');
      expect(output()).toContain('exited at once with code 1');
      expect(url).not.toBe(`http://127.0.0.1:${WEB_PORT}/`);
      expect(output()).toContain(`Port ${WEB_PORT} was taken`);
      await expectConsolePage(url);
      expect(await pressCtrlC(child)).toBe(0);
    },
    30_000,
  );
});
