// Live or 演练 is one fact for the whole console, not one per window: it is kept in the origin's
// storage (shared by every tab of the browser host and every Electron window), written only when
// an operator switches, read at start, and followed by every other window the moment it changes.
// A window that merely does its work never writes it, so a window left behind cannot switch the
// console back by acting last.
import type { Middleware } from '@reduxjs/toolkit';
import type { Mode } from '@shared/model';
import { consoleModeFound, drillModeEntered, liveModeEntered, modeSwitchedInAnotherWindow } from './sessionSlice';

// The key the console has always used, so a console in a drill stays in it across this update.
export const CONSOLE_MODE_KEY = 'console.mode';

export type ModeStorage = Pick<Storage, 'getItem' | 'setItem'>;
/** Where other windows' writes are heard: the window's `storage` event. */
export type StorageEvents = {
  addEventListener(type: 'storage', listener: (event: Pick<StorageEvent, 'key' | 'newValue'>) => void): void;
  removeEventListener(type: 'storage', listener: (event: Pick<StorageEvent, 'key' | 'newValue'>) => void): void;
};

/** The mode the console is in. Anything but a recorded drill is live work. */
export function storedMode(storage: ModeStorage): Mode {
  return storage.getItem(CONSOLE_MODE_KEY) === 'drill' ? 'drill' : 'live';
}

/** Records this window's switch for every window, before any screen of the new mode opens. */
export function persistModeSwitches(storage: ModeStorage): Middleware {
  return () => (next) => (action) => {
    if (drillModeEntered.match(action)) storage.setItem(CONSOLE_MODE_KEY, 'drill');
    if (liveModeEntered.match(action)) storage.setItem(CONSOLE_MODE_KEY, 'live');
    return next(action);
  };
}

type Dispatch = (action: ReturnType<typeof consoleModeFound | typeof modeSwitchedInAnotherWindow>) => unknown;

/**
 * Puts this window in the console's mode and keeps it there when another window switches.
 * Returns the function that stops following (a window being closed).
 */
export function followConsoleMode(dispatch: Dispatch, storage: ModeStorage, events: StorageEvents): () => void {
  // Every change is re-read from storage rather than taken from the event: when two windows
  // switch at nearly the same moment, storage holds the last write and every window lands on it.
  // A key of null means the site's storage was cleared, which leaves the console live.
  const listener = (event: Pick<StorageEvent, 'key' | 'newValue'>) => {
    if (event.key === CONSOLE_MODE_KEY || event.key === null) dispatch(modeSwitchedInAnotherWindow(storedMode(storage)));
  };
  // Listening starts before the read, so a switch made while this window opens is not missed.
  events.addEventListener('storage', listener);
  dispatch(consoleModeFound(storedMode(storage)));
  return () => events.removeEventListener('storage', listener);
}
