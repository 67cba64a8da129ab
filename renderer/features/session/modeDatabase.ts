// The open database of each mode in this window. The mode left behind by a switch is closed, so
// a write still under way in an old screen (a timer, a save answered late) fails instead of
// landing in the other mode's records: nothing reaches live records while the console drills.
import type { Mode } from '@shared/model';
import { rollBackInterruptedImports } from '../../db/imports';
import { openConsoleDb, type ConsoleDb } from '../../db/schema';
import { ensureSeeded } from '../../db/seed';

// One connection per mode while the window is in it: every screen of the mode shares it rather
// than opening a second Dexie instance on the same database.
const opened = new Map<Mode, Promise<ConsoleDb>>();

/** Opens and seeds the mode's database once; the drill database gets the same default plan and sample organisation. */
export function openSeeded(mode: Mode): Promise<ConsoleDb> {
  let ready = opened.get(mode);
  if (!ready) {
    const db = openConsoleDb(mode);
    ready = (async () => {
      await ensureSeeded(db, Date.now());
      // An import the app was killed in the middle of is taken back whole before anyone sees it.
      await rollBackInterruptedImports(db, Date.now());
      return db;
    })();
    // A failed open may be retried by the next switch instead of being remembered.
    ready.catch(() => opened.delete(mode));
    opened.set(mode, ready);
  }
  return ready;
}

/**
 * Closes the database of a mode this window has left. Transactions already running finish; any
 * later use of that connection fails with Dexie's DatabaseClosedError. Switching back opens a new one.
 */
export async function closeSeeded(mode: Mode): Promise<void> {
  const ready = opened.get(mode);
  if (!ready) return;
  opened.delete(mode);
  try {
    (await ready).close();
  } catch {
    // It never opened: there is nothing to close, and the failure was shown where it was opened.
  }
}
