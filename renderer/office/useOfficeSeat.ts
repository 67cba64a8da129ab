// The office this window's live store belongs to, kept in step while the console is open: one
// OfficeSeat per window for the store on screen (the live one, or in a drill the drill's, which
// keeps in step with the office's rehearsal), started when a configuration is found or a join
// completes, stopped on leaving or switching mode. Screens read its status.
import { useEffect, useSyncExternalStore } from 'react';
import type { SeatBook } from '@shared/officeCommands';
import { liveDbBeside } from '../db/officeDb';
import type { ConsoleDb } from '../db/schema';
import { officeConfig, OfficeSeat, type OfficeStatus } from './officeSeat';

let running: OfficeSeat | null = null;
/** Raised by every start and stop, so a start whose read of the configuration ends after a later stop does nothing. */
let generation = 0;
const listeners = new Set<() => void>();
const SINGLE: OfficeStatus = { state: 'single' };
let stopStatus: (() => void) | null = null;

function announce() {
  for (const listener of listeners) listener();
}

/** Starts keeping `db` in step with its office, if it has one (again after a join). */
export async function startOffice(db: ConsoleDb, book: () => Promise<SeatBook | null>): Promise<void> {
  // The office is the live store's: in a drill the same seat keeps the drill's store in step with the office's rehearsal.
  stopOffice();
  const mine = generation;
  const config = await officeConfig(liveDbBeside(db));
  if (!config || mine !== generation) return;
  running = new OfficeSeat(db, config, book);
  stopStatus = running.subscribe(announce);
  announce();
}

export function stopOffice(): void {
  generation += 1;
  stopStatus?.();
  stopStatus = null;
  running?.stop();
  running = null;
  announce();
}

/** Runs a round with the office now (a session was just opened). */
export function kickOffice(): void {
  running?.kick();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const snapshot = (): OfficeStatus => running?.snapshot() ?? SINGLE;

/** How this seat stands with its office (single seat where it has none). */
export function useOfficeStatus(): OfficeStatus {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}

/** Keeps the live store in step with its office while this component is mounted (the console's frame). */
export function useOfficeRunner(db: ConsoleDb | null, book: () => Promise<SeatBook | null>): void {
  useEffect(() => {
    if (!db) return;
    void startOffice(db, book);
    return () => stopOffice();
    // `book` reads the console's newest plan and calendar itself; the runner follows the store only.
  }, [db]);
}
