// Backup and restore of a store of `count` incidents (and their complaints and a registration
// entry each on the timeline) through the browser host and the backup worker, as the settings screen runs them: the
// time, the size of the sealed backup, and the longest stretch the page could not paint.
import { newId } from '@shared/ids';
import type { TimelineEntry } from '@shared/model';
import { maintain } from '../db/executor';
import { ConsoleDb } from '../db/schema';
import { ensureSeeded, planInForce } from '../db/seed';
import { browserHost } from '../host/browser';
import { backUpTo, openInBackground, restoreOpened } from '../features/settings/backupRuns';
import { boardRecords } from './generate';

const LEADER = { id: 'a1000000-0000-4000-8000-000000000001', name: '王建国', role: 'leader' as const };

/** Watches the page while `work` runs: the longest long task and the longest gap between frames. */
async function watched<T>(work: () => Promise<T>): Promise<{ value: T; ms: number; longestTaskMs: number; longestFrameGapMs: number }> {
  let longestTaskMs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longestTaskMs = Math.max(longestTaskMs, entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  let longestFrameGapMs = 0;
  let last = performance.now();
  let watching = true;
  const frame = (at: number) => {
    longestFrameGapMs = Math.max(longestFrameGapMs, at - last);
    last = at;
    if (watching) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  const t0 = performance.now();
  const value = await work();
  const ms = performance.now() - t0;
  watching = false;
  observer.disconnect();
  return { value, ms: Math.round(ms), longestTaskMs: Math.round(longestTaskMs), longestFrameGapMs: Math.round(longestFrameGapMs) };
}

export async function backupRoundTrip(count: number) {
  const db = new ConsoleDb(`bench-backup-${Math.random().toString(36).slice(2)}`, 'live');
  await ensureSeeded(db, Date.now());
  const { incidents, complaints } = boardRecords(count, Date.now(), LEADER.id);
  for (let i = 0; i < count; i += 10_000) {
    const timeline: TimelineEntry[] = incidents.slice(i, i + 10_000).map((incident) => ({
      id: newId(),
      mode: 'live',
      incidentId: incident.id,
      at: incident.createdAt,
      actorId: LEADER.id,
      actorName: LEADER.name,
      kind: 'registered',
    }));
    await maintain(db, { name: 'bench.seedBackup', actor: LEADER, tables: ['incidents', 'complaints', 'timeline'] }, async () => {
      await db.incidents.bulkAdd(incidents.slice(i, i + 10_000));
      await db.complaints.bulkAdd(complaints.slice(i, i + 10_000));
      await db.timeline.bulkAdd(timeline);
    });
  }
  const backup = await watched(() => backUpTo(browserHost, db, 'manual'));
  if (!backup.value.ok) throw new Error(`backup failed: ${backup.value.error.code} ${backup.value.error.message ?? ''}`);
  const file = backup.value.value.file;

  const target = new ConsoleDb(`bench-restore-${Math.random().toString(36).slice(2)}`, 'live');
  await ensureSeeded(target, Date.now());
  const plan = (await planInForce(target))!;
  const restore = await watched(async () => {
    const opened = await openInBackground(browserHost, { kind: 'stored', file });
    if (!opened.ok) throw new Error(`open failed: ${opened.error.code}`);
    const restored = await restoreOpened(browserHost, target, opened.value, { actor: LEADER, plan, now: Date.now() }, {});
    if (!restored.ok) throw new Error(`restore failed: ${restored.error.code}`);
    return restored.value;
  });
  const restoredComplaints = await target.complaints.count();
  for (const one of [db, target]) {
    one.close();
    await one.delete();
  }
  return {
    incidents: count,
    complaints: complaints.length,
    backup: {
      ms: backup.ms,
      sizeMb: Number((backup.value.value.size / 1024 / 1024).toFixed(1)),
      longestTaskMs: backup.longestTaskMs,
      longestFrameGapMs: backup.longestFrameGapMs,
    },
    restore: {
      ms: restore.ms,
      longestTaskMs: restore.longestTaskMs,
      longestFrameGapMs: restore.longestFrameGapMs,
      complaints: restoredComplaints,
    },
  };
}
