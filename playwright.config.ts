// End-to-end tests drive the browser host in Debian's Chromium (Playwright cannot download its
// own browsers here). The Electron smoke test is a separate project that skips, saying why,
// where no Electron binary is installed.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

// E2E_PORT and E2E_OUT_DIR let two checkouts (or two people) run the suite side by side: each
// builds into its own folder and serves it on its own port. The defaults are what CI uses.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const OUT_DIR = process.env.E2E_OUT_DIR;
const BASE_URL = `http://127.0.0.1:${PORT}`;
const PREVIEW = `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`;
// The development server, for the one spec that imports the console's modules into the page
// (direct-commands.spec.ts: a command called past every button).
const DEV_PORT = Number(process.env.E2E_DEV_PORT ?? PORT + 10);
const DEV_URL = `http://127.0.0.1:${DEV_PORT}`;

export default defineConfig({
  testDir: 'test',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL: BASE_URL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
    trace: 'off',
  },
  projects: [
    { name: 'browser-host', testDir: 'test/e2e', testIgnore: /direct-commands\.spec\.ts/ },
    { name: 'dev-modules', testDir: 'test/e2e', testMatch: /direct-commands\.spec\.ts/, use: { baseURL: DEV_URL } },
    { name: 'electron-smoke', testDir: 'test/electron-smoke' },
  ],
  webServer: [
    {
      command: OUT_DIR ? `npx vite build --outDir ${OUT_DIR} --emptyOutDir && ${PREVIEW} --outDir ${OUT_DIR}` : PREVIEW,
      url: BASE_URL,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
    {
      command: `npx vite --host 127.0.0.1 --port ${DEV_PORT} --strictPort`,
      url: DEV_URL,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
  ],
});
