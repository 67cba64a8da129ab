// Drill records are written to the drill database only: a repository handed the live database
// refuses, so a slip in a screen can never put drill data among live records.
import type { ConsoleDb } from './schema';
import { Refused } from './context';

export function requireDrillDb(db: ConsoleDb): void {
  if (db.mode !== 'drill') throw new Refused('drill-database-required');
}
