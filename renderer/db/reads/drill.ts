// Reading drill records: one run, and the drill notices (演练通知) newest first.
import type { DrillNotice } from '@shared/drillNotice';
import type { DrillRunRecord } from '@shared/drillRecords';
import { listDrillNotices } from '../drillNotices';
import { useRead } from './live';

/** null: not found; undefined: still reading. */
export function useDrillRun(id: string): DrillRunRecord | null | undefined {
  return useRead(async (db) => (await db.drillRuns.get(id)) ?? null, [id]);
}

export function useDrillNotices(): DrillNotice[] | undefined {
  return useRead(listDrillNotices, []);
}
