// Live or 演练 is one fact for every window of the console: a switch in one window moves the
// others, ordinary work never moves the console back, and a reload opens in the mode it is in.
import { describe, expect, it } from 'vitest';
import { boardFilterChanged } from '../../../renderer/features/incidents/boardSlice';
import { CONSOLE_MODE_KEY, followConsoleMode, type StorageEvents } from '../../../renderer/features/session/consoleMode';
import {
  drillModeEntered,
  liveModeEntered,
  localeSwitched,
  modeSwitchNoticeDismissed,
  operatorChosen,
} from '../../../renderer/features/session/sessionSlice';
import { createStore } from '../../../renderer/store';

type StorageChange = { key: string | null; newValue: string | null };
type Listener = (event: StorageChange) => void;

/**
 * The origin's localStorage as the browser shares it between windows: a write is seen by every
 * other window's `storage` event (not the writer's), delivered later, when the hub is flushed.
 */
function sharedStorage() {
  const data = new Map<string, string>();
  const windows: { listeners: Set<Listener>; pending: StorageChange[] }[] = [];
  function openWindow() {
    const me = { listeners: new Set<Listener>(), pending: [] as StorageChange[] };
    windows.push(me);
    const storage = {
      getItem: (key: string) => data.get(key) ?? null,
      setItem: (key: string, value: string) => {
        if (data.get(key) === value) return;
        data.set(key, value);
        for (const other of windows) if (other !== me) other.pending.push({ key, newValue: value });
      },
    };
    const events: StorageEvents = {
      addEventListener: (_type, listener) => void me.listeners.add(listener),
      removeEventListener: (_type, listener) => void me.listeners.delete(listener),
    };
    const store = createStore(storage);
    const stop = followConsoleMode(store.dispatch, storage, events);
    return { store, stop, mode: () => store.getState().session.mode, notice: () => store.getState().session.switchedElsewhere };
  }
  /** Delivers every pending storage event, as the browser does a moment after the write. */
  function deliver() {
    for (const w of windows) for (const event of w.pending.splice(0)) for (const listener of w.listeners) listener(event);
  }
  function clear() {
    data.clear();
    for (const w of windows) w.pending.push({ key: null, newValue: null });
  }
  return { data, openWindow, deliver, clear };
}

describe('the console mode across windows', () => {
  it('opens a first window in live work', () => {
    const hub = sharedStorage();
    expect(hub.openWindow().mode()).toBe('live');
  });

  it('moves every other window into the drill when one window enters it, and tells them why', () => {
    const hub = sharedStorage();
    const a = hub.openWindow();
    const b = hub.openWindow();
    a.store.dispatch(drillModeEntered());
    hub.deliver();
    expect(b.mode()).toBe('drill');
    expect(b.notice()).toBe('drill');
    // The window that switched has nothing to explain.
    expect(a.mode()).toBe('drill');
    expect(a.notice()).toBeNull();
  });

  it('brings every window back to live work when any window leaves the drill', () => {
    const hub = sharedStorage();
    const a = hub.openWindow();
    const b = hub.openWindow();
    a.store.dispatch(drillModeEntered());
    hub.deliver();
    b.store.dispatch(liveModeEntered());
    hub.deliver();
    expect(a.mode()).toBe('live');
    expect(a.notice()).toBe('live');
    expect(b.notice()).toBeNull();
  });

  it('never switches the console back because a window left behind goes on working', () => {
    const hub = sharedStorage();
    const a = hub.openWindow();
    const b = hub.openWindow();
    a.store.dispatch(drillModeEntered());
    // Before B has heard of the switch, its operator keeps working.
    b.store.dispatch(operatorChosen('p-2'));
    b.store.dispatch(localeSwitched('en'));
    b.store.dispatch(boardFilterChanged({ overdueOnly: true }));
    hub.deliver();
    expect(hub.data.get(CONSOLE_MODE_KEY)).toBe('drill');
    expect(b.mode()).toBe('drill');
    expect(hub.openWindow().mode()).toBe('drill');
  });

  it('reopens a reloaded window in the mode the console is in, without a notice', () => {
    const hub = sharedStorage();
    const a = hub.openWindow();
    a.store.dispatch(drillModeEntered());
    a.stop();
    const reloaded = hub.openWindow();
    expect(reloaded.mode()).toBe('drill');
    expect(reloaded.notice()).toBeNull();
  });

  it('lands every window on the last switch when two windows switch at the same moment', () => {
    const hub = sharedStorage();
    const a = hub.openWindow();
    const b = hub.openWindow();
    // B enters the drill before it has heard that A had entered and already left it again.
    a.store.dispatch(drillModeEntered());
    a.store.dispatch(liveModeEntered());
    b.store.dispatch(drillModeEntered());
    hub.deliver();
    expect(hub.data.get(CONSOLE_MODE_KEY)).toBe('drill');
    expect([a.mode(), b.mode()]).toEqual(['drill', 'drill']);
  });

  it('returns to live work when the site data is cleared', () => {
    const hub = sharedStorage();
    const a = hub.openWindow();
    a.store.dispatch(drillModeEntered());
    hub.clear();
    hub.deliver();
    expect(a.mode()).toBe('live');
  });

  it('keeps the notice until the operator has read it, and forgets it on their own switch', () => {
    const hub = sharedStorage();
    const a = hub.openWindow();
    const b = hub.openWindow();
    a.store.dispatch(drillModeEntered());
    hub.deliver();
    b.store.dispatch(operatorChosen('p-1'));
    expect(b.notice()).toBe('drill');
    b.store.dispatch(modeSwitchNoticeDismissed());
    expect(b.notice()).toBeNull();
    a.store.dispatch(liveModeEntered());
    hub.deliver();
    b.store.dispatch(drillModeEntered());
    expect(b.notice()).toBeNull();
  });

  it('stops following when the window closes', () => {
    const hub = sharedStorage();
    const a = hub.openWindow();
    const b = hub.openWindow();
    b.stop();
    a.store.dispatch(drillModeEntered());
    hub.deliver();
    expect(b.mode()).toBe('live');
  });
});
