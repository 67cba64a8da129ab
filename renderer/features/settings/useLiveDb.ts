// Backups are always of the live database, whichever mode the console is showing: in a drill
// the screen's database is the drill's, so the live one is opened beside it (once).
import { useConsole } from '../../db/DatabaseContext';
import { liveDbBeside } from '../../db/officeDb';
import type { ConsoleDb } from '../../db/schema';

export function useLiveDb(): ConsoleDb {
  return liveDbBeside(useConsole().db);
}
