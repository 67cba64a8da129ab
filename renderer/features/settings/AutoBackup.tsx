// Answers the host's requests for a backup (daily, before quitting) with a snapshot of the live
// data, and hands the host the preferences it acts on. Renders nothing; never throws.
import { useEffect } from 'react';
import type { BackupReason } from '@shared/bridge';
import { hostPreferences } from '@shared/preferences';
import { exportSnapshot } from '../../db/backup';
import { getHost } from '../../host';
import { announceBackupMade } from './backupEvents';
import { useLiveDb } from './useLiveDb';
import { useStoredPreferences } from './usePreferences';

export function AutoBackup() {
  const db = useLiveDb();
  const stored = useStoredPreferences(db);
  const forHost = stored ? hostPreferences(stored) : undefined;
  const closeToTray = forHost?.closeToTray;
  const backupsKept = forHost?.backupsKept;

  useEffect(() => {
    const host = getHost();
    const answer = async (reason: BackupReason) => {
      try {
        const result = await host.backupNow({ reason, snapshot: await exportSnapshot(db) });
        if (result.ok) announceBackupMade();
        else console.warn(`Automatic backup (${reason}) failed: ${result.error.code} ${result.error.message ?? ''}`);
      } catch (error) {
        // A failed automatic backup must not take the console down; the next request tries again.
        console.warn(`Automatic backup (${reason}) failed`, error);
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
