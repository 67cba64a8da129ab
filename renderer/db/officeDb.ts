// The office's own settings that are not a drill's to change (the working-day calendar) are kept
// in the live database, whichever mode the console shows: in a drill the live database is opened
// beside the drill's, once, and only read through this connection.
import { openConsoleDb, type ConsoleDb } from './schema';

let liveBeside: ConsoleDb | null = null;

/** The live database: `db` itself in live mode, else a connection opened beside it. */
export function liveDbBeside(db: ConsoleDb): ConsoleDb {
  if (db.mode === 'live') return db;
  liveBeside ??= openConsoleDb('live');
  return liveBeside;
}

/** Whether this console is a seat of an office (its live store keeps the note of its office server). */
export async function inOffice(db: ConsoleDb): Promise<boolean> {
  return (await liveDbBeside(db).settings.get('office.seat')) !== undefined;
}
