// Backups are always of the live database, whichever mode the console is showing: in a drill
// the screen's database is the drill's, so the live one is opened beside it (once).
import { useConsole } from '../../db/DatabaseContext';
import { openConsoleDb, type ConsoleDb } from '../../db/schema';

let liveBeside: ConsoleDb | null = null;

export function useLiveDb(): ConsoleDb {
  const { db } = useConsole();
  if (db.mode === 'live') return db;
  liveBeside ??= openConsoleDb('live');
  return liveBeside;
}
