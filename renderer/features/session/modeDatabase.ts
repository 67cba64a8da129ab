// The open database of each mode in this window. The mode left behind by a switch is closed, so
// a write still under way in an old screen (a timer, a save answered late) fails instead of
// landing in the other mode's records: nothing reaches live records while the console drills.
// And every write first checks the console's mode, so a window that has not yet heard of another
// window's switch cannot write into the mode the console has left either.
import i18next from 'i18next';
import type { Mode } from '@shared/model';
import { recountDrillDeadlines } from '../../db/calendar';
import { rollBackInterruptedImports } from '../../db/imports';
import { openConsoleDb, type ConsoleDb } from '../../db/schema';
import { ensureSeeded } from '../../db/seed';
import { storedMode } from './consoleMode';

/** A write refused because the console is no longer in this database's mode; its message is a sentence for the operator. */
export class ConsoleModeLeft extends Error {
  constructor(readonly mode: Mode) {
    super(i18next.t(`modeSwitchedElsewhere.writeRefused.${mode === 'live' ? 'drill' : 'live'}`));
    this.name = 'ConsoleModeLeft';
  }
}

/** The console's mode as every window sees it; where there is no shared storage (tests of other modules), the database's own. */
function consoleModeOr(mode: Mode): Mode {
  return typeof localStorage === 'undefined' ? mode : storedMode(localStorage);
}

/** Refuses every change to `db` while the console is in the other mode; the transaction it was part of is aborted whole. */
function refuseWritesOutsideConsoleMode(db: ConsoleDb): void {
  db.use({
    stack: 'dbcore',
    name: 'refuse-writes-outside-console-mode',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request) => (consoleModeOr(db.mode) === db.mode ? table.mutate(request) : Promise.reject(new ConsoleModeLeft(db.mode))),
        };
      },
    }),
  });
}

// One connection per mode while the window is in it: every screen of the mode shares it rather
// than opening a second Dexie instance on the same database.
const opened = new Map<Mode, Promise<ConsoleDb>>();

/** Opens and seeds the mode's database once; the drill database gets the same default plan and sample organisation. */
export function openSeeded(mode: Mode): Promise<ConsoleDb> {
  let ready = opened.get(mode);
  if (!ready) {
    const db = openConsoleDb(mode);
    refuseWritesOutsideConsoleMode(db);
    ready = (async () => {
      await ensureSeeded(db, Date.now());
      // An import the app was killed in the middle of is taken back whole before anyone sees it.
      await rollBackInterruptedImports(db, Date.now());
      // A year (or closure days) the leader approved while the console was live dates the drill's clocks too.
      await recountDrillDeadlines(db, Date.now());
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
