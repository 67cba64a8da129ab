// node scripts/profile.mjs — where the time goes with years of data.
//
// Builds the renderer with its benchmark page, unminified and with source maps (BENCH=1
// BENCH_NO_MINIFY=1, into PROFILE_OUT_DIR, default /tmp/dist-bench/renderer), serves it on
// BENCH_PORT (default 4175), fills a store with PROFILE_SIZE incidents of years of data (default
// 100,000; renderer/bench/yearsOfData.ts), then records a Chromium CPU profile (CDP Profiler) of:
//   1. the cold start: a fresh page load of the console until the dashboard (指挥台) shows its
//      counts (including signing in on the operator picker);
//   2. one save of a registration (受理登记 → 保存登记 until the confirmation), while a second
//      window shows the dashboard; both windows are profiled;
//   3. 设置 → 立即备份 until the success message (made from the last backup where there is one),
//      then 恢复 of that backup, and 立即备份 again just after it (PROFILE_ONLY=backup: only these).
// Every IndexedDB read in the pages is counted (store, index, method, rows returned, and the
// console functions that asked for it, from the stack, mapped through the source maps): that
// is what the live queries re-read on a save.
// Prints, and writes to bench/results/profile.json and bench/results/profile.md: total time,
// main-thread busy time, the longest tasks, the top 25 functions by self and by total time
// (with file:line), and the reads.
// PROFILE_TIMEOUT_MS (default 15 min) bounds each step.
import { spawn, execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import { choosePerson, ensureAccounts, proveAgain } from './benchSignIn.mjs';
import { fillRegistration, newYearsContext, openIntake, openSignedIn, seedYears } from './yearsBench.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4175);
const BASE = `http://127.0.0.1:${PORT}`;
const SIZE = Number(process.env.PROFILE_SIZE ?? 100_000);
const OUT_DIR = resolve(process.env.PROFILE_OUT_DIR ?? '/tmp/dist-bench/renderer');
const TIMEOUT_MS = Number(process.env.PROFILE_TIMEOUT_MS ?? 15 * 60_000);
const TOP = 25;
const log = (line) => console.error(line);

execSync(`npx vite build --outDir ${OUT_DIR}`, {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, BENCH: '1', BENCH_NO_MINIFY: '1' },
});
const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort', '--outDir', OUT_DIR], {
  stdio: 'ignore',
  detached: true,
});
const stopServer = () => {
  try {
    process.kill(-server.pid);
  } catch {
    /* already gone */
  }
};
process.on('exit', stopServer);

async function waitForServer() {
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(BASE)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('preview server did not start');
}

/** Counts every IndexedDB read: by store/index and method, rows returned, and who asked (raw stack). */
const IDB_PROBE = `
(() => {
  Error.stackTraceLimit = 60;
  const reads = new Map();
  const idb = { reads, recording: true };
  idb.reset = () => reads.clear();
  idb.snapshot = () => [...reads.entries()].map(([key, r]) => ({ key, calls: r.calls, rows: r.rows, stacks: [...r.stacks.entries()] }));
  const wrap = (proto, kind) => {
    for (const method of ['get', 'getAll', 'getAllKeys', 'count', 'openCursor', 'openKeyCursor']) {
      const original = proto[method];
      if (!original) continue;
      proto[method] = function (...args) {
        const request = original.apply(this, args);
        if (!idb.recording) return request;
        const store = kind === 'index' ? this.objectStore.name + '.' + this.name : this.name;
        const key = store + ' ' + method;
        let r = reads.get(key);
        if (!r) reads.set(key, (r = { calls: 0, rows: 0, stacks: new Map() }));
        r.calls += 1;
        const stack = (new Error().stack || '').split('\\n').slice(2).join('\\n');
        r.stacks.set(stack, (r.stacks.get(stack) || 0) + 1);
        request.addEventListener('success', () => {
          const result = request.result;
          if (method === 'openCursor' || method === 'openKeyCursor') { if (result) r.rows += 1; }
          else if (method === 'count') r.rows += 0;
          else r.rows += Array.isArray(result) ? result.length : result === undefined ? 0 : 1;
        });
        return request;
      };
    }
  };
  wrap(IDBObjectStore.prototype, 'store');
  wrap(IDBIndex.prototype, 'index');
  window.__idb = idb;
})();
`;

// Source maps of the built bundle, to name functions by their source file and line.
const maps = new Map();
function consumerFor(url) {
  const file = url.replace(/^https?:\/\/[^/]+\//, '').replace(/[?#].*$/, '');
  if (!file.endsWith('.js')) return null;
  if (!maps.has(file)) {
    try {
      maps.set(file, new SourceMapConsumer(JSON.parse(readFileSync(join(OUT_DIR, `${file}.map`), 'utf8'))));
    } catch {
      maps.set(file, null);
    }
  }
  return maps.get(file);
}
/** `url:line:column` (line and column 1-based as in stacks) → the source's `file:line` and whether it is the console's own code. */
function original(url, line, column) {
  const consumer = line >= 1 ? consumerFor(url) : null;
  if (!consumer) return { where: `${url.replace(/^https?:\/\/[^/]+\//, '')}:${line}`, own: false };
  const pos = consumer.originalPositionFor({ line, column: Math.max(0, column - 1) });
  if (!pos.source) return { where: `${url.replace(/^https?:\/\/[^/]+\//, '')}:${line}`, own: false };
  const source = pos.source
    .replace(/^(\.\.\/)+/, '')
    .replace(`${process.cwd().slice(1)}/`, '')
    .replace(/^.*node_modules\//, 'node_modules/');
  return { where: `${source}:${pos.line}`, own: !source.startsWith('node_modules/'), name: pos.name };
}

/** Self and total time per function from a CDP profile; busy time (not idle). */
function summariseProfile(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map();
  const total = new Map();
  let idleMs = 0;
  let allMs = 0;
  const label = (node) => {
    const f = node.callFrame;
    if (!f.url) return { key: f.functionName || '(anonymous)', name: f.functionName || '(anonymous)', where: '' };
    const at = original(f.url, f.lineNumber + 1, f.columnNumber + 1);
    const name = f.functionName || '(anonymous)';
    return { key: `${name} ${at.where}`, name, where: at.where };
  };
  const labels = new Map();
  const labelOf = (id) => {
    if (!labels.has(id)) labels.set(id, label(byId.get(id)));
    return labels.get(id);
  };
  for (let i = 0; i < profile.samples.length; i += 1) {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    allMs += ms;
    const id = profile.samples[i];
    const node = byId.get(id);
    const name = node.callFrame.functionName;
    if (name === '(idle)' || name === '(program)') {
      if (name === '(idle)') idleMs += ms;
      if (name === '(idle)') continue;
    }
    const own = labelOf(id);
    self.set(own.key, { ...own, ms: (self.get(own.key)?.ms ?? 0) + ms });
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const l = labelOf(at);
      if (l.key === '(root)' || seen.has(l.key)) continue;
      seen.add(l.key);
      total.set(l.key, { ...l, ms: (total.get(l.key)?.ms ?? 0) + ms });
    }
  }
  const top = (map) =>
    [...map.values()]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, TOP)
      .map((f) => ({ function: f.name, where: f.where, ms: Math.round(f.ms) }));
  return {
    profiledMs: Math.round(allMs),
    busyMs: Math.round(allMs - idleMs),
    topSelf: top(self),
    topTotal: top(total),
  };
}

/** The reads, with who asked: the first frames of the console's own code in each stack. */
function summariseReads(snapshot) {
  return snapshot
    .map(({ key, calls, rows, stacks }) => {
      const callers = new Map();
      for (const [stack, count] of stacks) {
        const frames = [];
        for (const line of stack.split('\n')) {
          const m = /at (?:async )?(?:(\S+) \()?(https?:\/\/\S+?):(\d+):(\d+)\)?$/.exec(line.trim());
          if (!m) continue;
          const at = original(m[2], Number(m[3]), Number(m[4]));
          if (!at.own) continue;
          frames.push(`${m[1] ?? '(anonymous)'} ${at.where}`);
          if (frames.length === 3) break;
        }
        const sig = frames.join(' ← ') || '(no console frame in the stack)';
        callers.set(sig, (callers.get(sig) ?? 0) + count);
      }
      return {
        read: key,
        calls,
        rows,
        callers: [...callers.entries()].sort((a, b) => b[1] - a[1]).map(([from, n]) => ({ from, calls: n })),
      };
    })
    .sort((a, b) => b.rows - a.rows || b.calls - a.calls);
}

async function startProfiler(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  return cdp;
}
const stopProfiler = async (cdp) => (await cdp.send('Profiler.stop')).profile;

const longTasks = (page) =>
  page.evaluate(() => ({
    count: window.__probe.tasks,
    busyMs: Math.round(window.__probe.busyMs),
    longest: [...window.__probe.list]
      .sort((a, b) => b.duration - a.duration)
      .slice(0, 10)
      .map((t) => ({ atMs: Math.round(t.startTime), ms: Math.round(t.duration) })),
  }));

async function profileColdStart(context) {
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT_MS);
  // Same origin first, so the profiled navigation stays in one renderer process.
  await page.goto(`${BASE}/bench/index.html`);
  const cdp = await startProfiler(page);
  const t0 = Date.now();
  await page.goto(`${BASE}/#/`);
  await choosePerson(page, '陈晓');
  const pickerMs = Date.now() - t0;
  const clickAt = Date.now();
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.waitForFunction(() => window.__probe.counts() !== null, undefined, { timeout: TIMEOUT_MS, polling: 50 });
  const totalMs = Date.now() - t0;
  const profile = await stopProfiler(cdp);
  const result = {
    totalMs,
    pickerMs,
    signInToCountsMs: Date.now() - clickAt,
    longTasks: await longTasks(page),
    reads: summariseReads(await page.evaluate(() => window.__idb.snapshot())),
    profile: summariseProfile(profile),
  };
  await page.close();
  return result;
}

async function profileSave(context) {
  const intake = await openIntake(context, BASE);
  const dashboard = await openSignedIn(context, BASE, '陈晓', '/', () => window.__probe.counts() !== null);
  await fillRegistration(intake);
  await intake.waitForTimeout(1000);
  const before = await dashboard.evaluate(() => window.__probe.counts());
  for (const page of [intake, dashboard]) await page.evaluate(() => (window.__idb.reset(), window.__probe.reset()));
  const cdpIntake = await startProfiler(intake);
  const cdpDashboard = await startProfiler(dashboard);
  const watch = dashboard.evaluate(
    ([previous, timeout]) => window.__probe.until(() => window.__probe.counts() !== null && window.__probe.counts() !== previous, timeout),
    [before, TIMEOUT_MS],
  );
  const saved = await intake.evaluate(async (timeout) => {
    const probe = window.__probe;
    const before = probe.statusWith('已登记');
    const t0 = performance.timeOrigin + performance.now();
    probe.buttonByText('保存登记').click();
    const done = await probe.until(() => {
      const now = probe.statusWith('已登记');
      return now !== null && now !== before;
    }, timeout);
    return { t0, at: done.at, timedOut: !!done.timedOut };
  }, TIMEOUT_MS);
  const changed = await watch;
  // A moment more for what the save woke to finish (the reads still under way are part of the save's cost).
  await intake.waitForTimeout(2000);
  const profiles = { intake: await stopProfiler(cdpIntake), dashboard: await stopProfiler(cdpDashboard) };
  const result = {
    saveMs: saved.timedOut ? null : Math.round(saved.at - saved.t0),
    otherWindowMs: changed.timedOut ? null : Math.round(changed.at - saved.t0),
    savingWindow: {
      longTasks: await longTasks(intake),
      reads: summariseReads(await intake.evaluate(() => window.__idb.snapshot())),
      profile: summariseProfile(profiles.intake),
    },
    dashboardWindow: {
      longTasks: await longTasks(dashboard),
      reads: summariseReads(await dashboard.evaluate(() => window.__idb.snapshot())),
      profile: summariseProfile(profiles.dashboard),
    },
  };
  await intake.close();
  await dashboard.close();
  return result;
}

/** Profiles `act` on `page` (clicks, then waits for a new status with `word`), and a second after it. */
async function profileStep(page, button, word) {
  await page.evaluate(() => (window.__idb.reset(), window.__probe.reset()));
  const cdp = await startProfiler(page);
  const done = await page.evaluate(
    async ({ button, word, timeout }) => {
      const probe = window.__probe;
      const before = probe.statusWith(word);
      const t0 = performance.timeOrigin + performance.now();
      probe.buttonByText(button).click();
      const end = await probe.until(() => {
        const now = probe.statusWith(word);
        return now !== null && now !== before;
      }, timeout);
      return { ms: end.timedOut ? null : Math.round(end.at - t0), status: probe.statusWith(word) };
    },
    { button, word, timeout: TIMEOUT_MS },
  );
  await page.waitForTimeout(1000);
  const profile = await stopProfiler(cdp);
  return {
    ms: done.ms,
    status: done.status,
    page: {
      longTasks: await longTasks(page),
      reads: summariseReads(await page.evaluate(() => window.__idb.snapshot())),
      profile: summariseProfile(profile),
    },
  };
}

/**
 * 设置 → 立即备份 on the settings page, signed in as the leader, until the success message; then,
 * as the bench does, 恢复 of that backup, and 立即备份 again just after it.
 */
async function profileBackup(context) {
  const page = await openSignedIn(context, BASE, '王建国', '/settings', () => !!window.__probe.buttonByText('立即备份'));
  await page.waitForFunction(() => !window.__probe.buttonByText('立即备份')?.disabled, undefined, { timeout: TIMEOUT_MS });
  await page.waitForTimeout(1000);
  const first = await profileStep(page, '立即备份', '已备份');
  const [, time] = /已备份（(.+?)）/.exec(first.status ?? '') ?? [];
  let restore = null;
  let again = null;
  if (time) {
    await proveAgain(page);
    await page.getByRole('button', { name: `恢复 ${time} 的备份（手动）` }).click({ timeout: TIMEOUT_MS });
    await page.getByRole('form', { name: '确认恢复备份' }).getByRole('button', { name: '确认恢复' }).waitFor({ timeout: TIMEOUT_MS });
    restore = await profileStep(page, '确认恢复', '已恢复');
    await page.waitForFunction(() => !window.__probe.buttonByText('立即备份')?.disabled, undefined, { timeout: TIMEOUT_MS });
    again = await profileStep(page, '立即备份', '已备份');
  }
  await page.close();
  return {
    backupMs: first.ms,
    page: first.page,
    restore: restore && { restoreMs: restore.ms, page: restore.page },
    again: again && { backupMs: again.ms, page: again.page },
  };
}

function markdown(result) {
  const lines = [
    `# Profile with ${result.size.toLocaleString('en')} incidents`,
    '',
    `Date: ${result.date}. Store: ${JSON.stringify(result.store)}.`,
    '',
  ];
  const fnTable = (title, rows) => {
    lines.push(`#### ${title}`, '', '| ms | function | where |', '|---:|---|---|');
    for (const r of rows) lines.push(`| ${r.ms} | \`${r.function}\` | ${r.where} |`);
    lines.push('');
  };
  const readTable = (reads) => {
    lines.push('| read (store.index method) | calls | rows | asked by (first console frames) |', '|---|---:|---:|---|');
    for (const r of reads.slice(0, 40))
      lines.push(
        `| ${r.read} | ${r.calls} | ${r.rows} | ${r.callers
          .slice(0, 3)
          .map((c) => `${c.from} (×${c.calls})`)
          .join('<br>')} |`,
      );
    lines.push('');
  };
  const section = (title, part) => {
    lines.push(`### ${title}`, '');
    lines.push(
      `Profiled ${part.profile.profiledMs} ms, main thread busy ${part.profile.busyMs} ms; long tasks: ${part.longTasks.count}, ${part.longTasks.busyMs} ms in all; longest: ${part.longTasks.longest.map((t) => `${t.ms} ms`).join(', ')}.`,
      '',
    );
    fnTable('Top functions by self time', part.profile.topSelf);
    fnTable('Top functions by total time', part.profile.topTotal);
    lines.push('#### IndexedDB reads', '');
    readTable(part.reads);
  };
  if (result.coldStart) {
    lines.push(
      `## Cold start to dashboard counts: ${result.coldStart.totalMs} ms`,
      '',
      `Sign-in screen ready after ${result.coldStart.pickerMs} ms; from 登录 to the counts ${result.coldStart.signInToCountsMs} ms.`,
      '',
    );
    section('The page', result.coldStart);
  }
  if (result.save) {
    lines.push(
      `## Save of one registration: ${result.save.saveMs} ms; the other window's counts changed after ${result.save.otherWindowMs} ms`,
      '',
    );
    section('The saving window (受理登记)', result.save.savingWindow);
    section('The other window (指挥台)', result.save.dashboardWindow);
  }
  if (result.backup) {
    lines.push(`## 立即备份: ${result.backup.backupMs} ms`, '');
    section('The settings page', result.backup.page);
    if (result.backup.restore) {
      lines.push(`## 恢复 of that backup: ${result.backup.restore.restoreMs} ms`, '');
      section('The settings page', result.backup.restore.page);
    }
    if (result.backup.again) {
      lines.push(`## 立即备份 again, just after the restore: ${result.backup.again.backupMs} ms`, '');
      section('The settings page', result.backup.again.page);
    }
  }
  return lines.join('\n');
}

await waitForServer();
// PROFILE_KEEP_DIR: keep the browser profile (and its generated store) there, and use a store
// already generated in it instead of generating again (years of data take minutes to write).
const KEEP = process.env.PROFILE_KEEP_DIR ?? null;
const MARK = KEEP ? join(KEEP, `generated-${SIZE}.json`) : null;
const context = await newYearsContext(KEEP);
try {
  await context.addInitScript(IDB_PROBE);
  let store;
  if (MARK && existsSync(MARK)) {
    store = JSON.parse(readFileSync(MARK, 'utf8'));
    log(`profile: using the ${SIZE} incidents generated in ${KEEP}`);
    await ensureAccounts(context, BASE, ['陈晓', '王建国']);
  } else {
    log(`profile: generating ${SIZE} incidents…`);
    store = await seedYears(context, BASE, SIZE);
    if (MARK) writeFileSync(MARK, JSON.stringify(store));
  }
  log(`  ${JSON.stringify(store)}`);
  // PROFILE_ONLY=backup: only the backup, the restore and the backup after it.
  const all = process.env.PROFILE_ONLY !== 'backup';
  let coldStart = null;
  let save = null;
  if (all) {
    log('profile: cold start…');
    coldStart = await profileColdStart(context);
    log(`  ${coldStart.totalMs} ms`);
    log('profile: save…');
    save = await profileSave(context);
    log(`  save ${save.saveMs} ms, other window ${save.otherWindowMs} ms`);
  }
  log('profile: backup…');
  const backup = await profileBackup(context);
  log(`  ${backup.backupMs} ms; restore ${backup.restore?.restoreMs} ms; again ${backup.again?.backupMs} ms`);
  const result = { date: new Date().toISOString(), size: SIZE, store, coldStart, save, backup };
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/profile.json', JSON.stringify(result, null, 2));
  const md = markdown(result);
  writeFileSync('bench/results/profile.md', `${md}\n`);
  console.log(md);
  log(`written: ${relative(process.cwd(), 'bench/results/profile.json')}, bench/results/profile.md`);
} finally {
  await context.dispose();
  stopServer();
}
