// Answers the host's requests for a backup (daily, before quitting) with a sealed backup of the
// live data and, where there is any, of the drill data (its own series), and hands the host the
// preferences it acts on. Renders nothing; never throws.
import { useEffect } from 'react';
import type { BackupReason } from '@shared/bridge';
import { hostPreferences } from '@shared/preferences';
import { databaseExists } from '../../db/backup';
import { useStoredPreferences } from '../../db/reads/records';
import { DATABASE_NAMES, openConsoleDb, type ConsoleDb } from '../../db/schema';
import { getHost } from '../../host';
import { announceBackupMade } from './backupEvents';
import { backUpTo, installKey } from './backupRuns';
import { useLiveDb } from './useLiveDb';

/**
 * A daily backup waits until the console has been open this long, then for a quiet moment: even in
 * the worker, reading every record competes with the first screens for the disk, and the day's
 * backup can wait a minute. A quit backup never waits.
 */
export const DAILY_START_DELAY_MS = 90_000;
const openedAt = Date.now();

/**
 * Resolves when the page has a quiet moment (or after a few seconds at most), so the daily backup
 * starts after the first screens have painted and never in the middle of the operator's input. The
 * backup itself reads and seals in the backup worker; the page only forwards its lines to the host.
 */
function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 5_000 });
    else setTimeout(resolve, 0);
  });
}

/** The drill database when one has been made (never created just to back it up). */
async function drillDb(): Promise<ConsoleDb | null> {
  return (await databaseExists(DATABASE_NAMES.drill)) ? openConsoleDb('drill') : null;
}

export function AutoBackup() {
  const db = useLiveDb();
  const stored = useStoredPreferences(db);
  const forHost = stored ? hostPreferences(stored) : undefined;
  const closeToTray = forHost?.closeToTray;
  const backupsKept = forHost?.backupsKept;

  useEffect(() => {
    const host = getHost();
    // The backup key is taken as the console starts: the Electron host hands it to a page once.
    void installKey(host);
    const backUp = async (target: ConsoleDb, reason: BackupReason) => {
      try {
        const result = await backUpTo(host, target, reason);
        if (result.ok) announceBackupMade();
        else console.warn(`Automatic ${target.mode} backup (${reason}) failed: ${result.error.code} ${result.error.message ?? ''}`);
      } catch (error) {
        // A failed automatic backup must not take the console down; the next request tries again.
        console.warn(`Automatic ${target.mode} backup (${reason}) failed`, error);
      }
    };
    // The host asks again while the day's backup has not landed; one answer under way is enough.
    let dailyUnderWay = false;
    const answer = async (reason: BackupReason) => {
      if (reason === 'daily') {
        if (dailyUnderWay) return;
        dailyUnderWay = true;
        try {
          const wait = openedAt + DAILY_START_DELAY_MS - Date.now();
          if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
          await whenIdle();
          await backUpEach(reason);
        } finally {
          dailyUnderWay = false;
        }
        return;
      }
      await backUpEach(reason);
    };
    const backUpEach = async (reason: BackupReason) => {
      // Live first: the quit waits for it, the one that must not be cut short; the drill series
      // follows while the quit finishes (a quit may end before it lands).
      await backUp(db, reason);
      const drill = await drillDb().catch(() => null);
      if (drill) {
        await backUp(drill, reason);
        drill.close();
      }
    };
    try {
      return host.onBackupRequest((reason) => void answer(reason));
    } catch (error) {
      console.warn('Could not listen for backup requests', error);
      return undefined;
    }
  }, [db]);

  useEffect(() => {
    if (closeToTray === undefined || backupsKept === undefined) return;
    // Started inside a promise so a host that throws at once is caught like one that rejects.
    Promise.resolve()
      .then(() => getHost().applyPreferences({ closeToTray, backupsKept }))
      .then((result) => {
        if (result.ok) announceBackupMade();
        else console.warn(`The host refused the preferences: ${result.error.code}`);
      })
      .catch((error: unknown) => console.warn('Could not apply preferences to the host', error));
  }, [closeToTray, backupsKept]);

  return null;
}
