// The one way a screen reads the database: a read function of this folder, run as a live query
// on the console's open database, so a change made anywhere shows without a reload.
import { useLiveQuery } from 'dexie-react-hooks';
import { useConsole } from '../DatabaseContext';
import type { ConsoleDb } from '../schema';

/** undefined while the first answer is on its way; `deps` are the read's own arguments. */
export function useRead<T>(read: (db: ConsoleDb) => Promise<T>, deps: readonly unknown[]): T | undefined {
  const { db } = useConsole();
  return useLiveQuery(() => read(db), [db, ...deps]);
}
