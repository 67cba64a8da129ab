// Benchmark entry (built only with BENCH=1): timings taken in the page, against the browser's
// real IndexedDB, returned to scripts/bench.mjs. Nothing here is part of the product build.
import { officialCalendar } from '@shared/calendar';
import type { Actor, TimelineEntry } from '@shared/model';
import { newId } from '@shared/ids';
import { EMPTY_FILTERS, boardPage, type BoardFilters } from '../db/board';
import { BOARD_PAGE_SIZE } from '../features/incidents/BoardPage';
import { registerComplaints } from '../db/complaints';
import { maintain } from '../db/executor';
import { countSummariesOf } from '../db/summaryRebuild';
import { ConsoleDb, DATABASE_NAMES } from '../db/schema';
import { ensureSeeded, planInForce } from '../db/seed';
import { boardRecords, registrationInput } from './generate';
import { checkRows, guessMapping, splitDuplicates } from '@shared/importing';
import { IMPORT_BATCH, runImport, storedDuplicateKeys } from '../db/imports';
import { readCsv } from '../features/exchange/csvFile';
import { hotlineCsv } from './hotlineCsv';
import { seedReviewedIncident } from './reviewSeed';
import { backupRoundTrip } from './backupBench';
import { loadYearsOfData } from './yearsOfData';
import { browserHost } from '../host/browser';
import { backUpTo } from '../features/settings/backupRuns';

const ACTOR: Actor = { id: 'a1000000-0000-4000-8000-000000000007', name: '陈晓', role: 'staff' };

async function scratchDb(label: string) {
  const db = new ConsoleDb(`bench-${label}-${Math.random().toString(36).slice(2)}`, 'live');
  await ensureSeeded(db, Date.now());
  return db;
}

async function intake(count: number) {
  const now = Date.now();
  const inputs = Array.from({ length: count }, (_, i) => registrationInput(i, now, ACTOR.id));
  const repoDb = await scratchDb('repo');
  const plan = (await planInForce(repoDb))!;
  const t0 = performance.now();
  const result = await registerComplaints(repoDb, inputs, { actor: ACTOR, plan, now, calendar: officialCalendar });
  const repoMs = performance.now() - t0;
  if (!result.ok) throw new Error(`intake failed: ${result.error.code} ${result.error.message ?? ''}`);
  if (result.value.saved.length !== count) throw new Error(`intake refused rows: ${JSON.stringify(result.value.invalid.slice(0, 3))}`);

  // Baseline: the same records the repository wrote, added with bulkAdd in one store change.
  const rawDb = await scratchDb('raw');
  const complaints = result.value.saved.map((r) => ({ ...r.complaint, id: newId() }));
  const incidents = result.value.saved.map((r) => ({ ...r.incident, id: newId() }));
  const timeline: TimelineEntry[] = await repoDb.timeline.toArray();
  const counters = await repoDb.counters.toArray();
  const t1 = performance.now();
  await maintain(
    rawDb,
    { name: 'bench.rawIntake', actor: ACTOR, tables: ['complaints', 'incidents', 'timeline', 'counters'] },
    async () => {
      await rawDb.complaints.bulkAdd(complaints.map((c, i) => ({ ...c, number: `R${i}` })));
      await rawDb.incidents.bulkAdd(incidents.map((c, i) => ({ ...c, number: `R${i}` })));
      await rawDb.timeline.bulkAdd(timeline.map((e) => ({ ...e, id: newId() })));
      await rawDb.counters.bulkPut(counters);
    },
  );
  const rawMs = performance.now() - t1;
  for (const db of [repoDb, rawDb]) {
    db.close();
    await db.delete();
  }
  return {
    count,
    repositoryMs: Math.round(repoMs),
    repositoryPerSecond: Math.round((count / repoMs) * 1000),
    rawBulkAddMs: Math.round(rawMs),
    rawBulkAddPerSecond: Math.round((count / rawMs) * 1000),
    ratio: Number((rawMs / repoMs).toFixed(3)),
  };
}

/** Replaces the live database with `count` incidents (and their complaints). Not timed. */
async function seedBoard(count: number) {
  const db = new ConsoleDb(DATABASE_NAMES.live, 'live');
  await db.delete();
  await db.open();
  await ensureSeeded(db, Date.now());
  const { incidents, complaints } = boardRecords(count, Date.now(), ACTOR.id);
  for (let i = 0; i < count; i += 10_000) {
    await maintain(db, { name: 'bench.seedBoard', actor: ACTOR, tables: ['incidents', 'complaints'] }, async () => {
      await db.incidents.bulkAdd(incidents.slice(i, i + 10_000));
      await db.complaints.bulkAdd(complaints.slice(i, i + 10_000));
    });
  }
  // The running totals, as the console counts them on its first open.
  await countSummariesOf(db);
  const stored = await db.incidents.count();
  db.close();
  return stored;
}

async function queryBoard(filters: Partial<BoardFilters>) {
  const db = new ConsoleDb(DATABASE_NAMES.live, 'live');
  const nowIso = new Date().toISOString();
  const t0 = performance.now();
  const page = await boardPage(db, { ...EMPTY_FILTERS, ...filters }, nowIso, BOARD_PAGE_SIZE);
  const ms = performance.now() - t0;
  db.close();
  return { ms: Math.round(ms * 10) / 10, rows: page.rows.length };
}

/**
 * The import of a 5,000-row hotline CSV as the screen runs it: decode and parse, check every
 * row, look for duplicates in the store, then commit in batches. Against the same rows
 * registered in the same batches without the import's stamp, to show what the stamp costs.
 */
async function import5000(count = 5000) {
  const now = Date.now();
  const bytes = hotlineCsv(count, now);
  const db = await scratchDb('import');
  const plan = (await planInForce(db))!;
  const context = () => ({ actor: ACTOR, plan, now, calendar: officialCalendar });
  const t0 = performance.now();
  const table = readCsv(bytes);
  const t1 = performance.now();
  const checked = checkRows(table, guessMapping(table.headers), plan, now, ACTOR.id);
  const { fresh } = splitDuplicates(checked.valid, await storedDuplicateKeys(db, checked.valid, plan.utcOffsetMinutes));
  const t2 = performance.now();
  const result = await runImport(
    db,
    { fileName: 'bench.csv', format: 'csv', totalRows: count, invalidRows: checked.invalidRows, duplicateRows: 0, rows: fresh },
    context,
    {
      onProgress: () => {},
      cancelled: () => false,
    },
  );
  const t3 = performance.now();
  if (!result.ok || result.value.importedRows !== count) throw new Error(`import failed: ${JSON.stringify(result)}`);

  const plainDb = await scratchDb('plain');
  const t4 = performance.now();
  for (let i = 0; i < fresh.length; i += IMPORT_BATCH) {
    const batch = await registerComplaints(
      plainDb,
      fresh.slice(i, i + IMPORT_BATCH).map((r) => r.registration),
      context(),
    );
    if (!batch.ok) throw new Error('register failed');
  }
  const t5 = performance.now();
  for (const scratch of [db, plainDb]) {
    scratch.close();
    await scratch.delete();
  }
  const totalMs = t3 - t0;
  return {
    rows: count,
    parseMs: Math.round(t1 - t0),
    checkMs: Math.round(t2 - t1),
    commitMs: Math.round(t3 - t2),
    totalMs: Math.round(totalMs),
    rowsPerSecond: Math.round((count / totalMs) * 1000),
    registerOnlyMs: Math.round(t5 - t4),
    batch: IMPORT_BATCH,
  };
}

/**
 * Replaces the live database with `count` incidents of years of data (yearsOfData.ts), then makes
 * the day's backup of it, as an office with years of data has one from the day before: the console's
 * daily backup does not start in the middle of a timed step, and the timed 立即备份 is made from it,
 * as every backup after the first is. That first backup reads every table; its time is reported
 * (firstBackupMs), apart from the steps.
 */
async function seedYears(count: number) {
  const db = new ConsoleDb(DATABASE_NAMES.live, 'live');
  await db.delete();
  await db.open();
  await ensureSeeded(db, Date.now());
  const counts = await loadYearsOfData(db, count);
  const started = performance.now();
  const daily = await backUpTo(browserHost, db, 'daily');
  if (!daily.ok) throw new Error(`daily backup failed: ${daily.error.code}`);
  const firstBackupMs = Math.round(performance.now() - started);
  db.close();
  return { ...counts, firstBackupMs };
}

Object.assign(window, { consoleBench: { intake, seedBoard, queryBoard, import5000, seedReviewedIncident, backupRoundTrip, seedYears } });
document.title = 'bench ready';
