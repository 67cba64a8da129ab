// Windows sign-out with the console in the tray: the session's end is a quit through the quit
// backup, and Windows waits for that backup rather than killing the console mid-write.
import { describe, expect, it, vi } from 'vitest';
import { attachCloseToTray } from '../../electron/services/closeToTray';
import { createQuitGate } from '../../electron/services/quitGate';
import { attachSessionEnd, type SessionEndEvent } from '../../electron/services/sessionEnd';

vi.mock('electron', () => ({}));

type Listener = (event: SessionEndEvent) => void;

/** A console window in the tray (close-to-tray on), its quit gate, and an app whose quit emits before-quit. */
function consoleInTray() {
  const listeners = new Map<string, Listener>();
  const window = {
    on: (event: string, listener: Listener) => listeners.set(event, listener),
    hide: vi.fn(),
  };
  let finishBackup: () => void = () => {};
  const backup = vi.fn(() => new Promise<void>((resolve) => (finishBackup = resolve)));
  const exited = vi.fn();
  let released = false;
  const gate = createQuitGate({
    prepare: backup,
    quit: () => {
      released = true;
      app.quit();
    },
    setTimeout: () => undefined,
    log: () => undefined,
  });
  // Electron's app.quit emits before-quit at once; once nothing holds it, the app exits.
  const app = {
    quit: vi.fn(() => {
      const event = { held: false, preventDefault: () => (event.held = true) };
      gate.onBeforeQuit(event);
      if (!event.held && released) exited();
    }),
  };
  attachCloseToTray(window, { isQuitting: () => gate.quitting, closeToTray: () => true, quit: () => app.quit() });
  attachSessionEnd(window, { quit: () => app.quit(), isPreparingQuit: () => gate.preparing, log: () => undefined });
  const emit = (event: string, reasons: SessionEndEvent['reasons'] = ['logoff']) => {
    const preventDefault = vi.fn();
    listeners.get(event)!({ preventDefault, reasons });
    return preventDefault;
  };
  return { window, backup, finishBackup: () => finishBackup(), exited, emit };
}

describe('signing out of Windows with the console in the tray', () => {
  it('asks for the quit backup and holds the sign-out until it is written, then quits', async () => {
    const seat = consoleInTray();
    const held = seat.emit('query-session-end');
    expect(seat.backup).toHaveBeenCalledTimes(1);
    expect(held).toHaveBeenCalled();
    expect(seat.exited).not.toHaveBeenCalled();

    // Windows then closes the window: it closes, it is not hidden back to the tray.
    expect(seat.emit('close')).not.toHaveBeenCalled();
    expect(seat.window.hide).not.toHaveBeenCalled();

    seat.finishBackup();
    await vi.waitFor(() => expect(seat.exited).toHaveBeenCalledTimes(1));
    expect(seat.backup).toHaveBeenCalledTimes(1);
  });

  it('still asks for the quit backup when Windows ends the session without asking first', () => {
    const seat = consoleInTray();
    seat.emit('session-end', ['critical']);
    expect(seat.backup).toHaveBeenCalledTimes(1);
  });

  it('takes one quit backup however many times Windows says the session ends', () => {
    const seat = consoleInTray();
    seat.emit('query-session-end');
    seat.emit('query-session-end');
    seat.emit('session-end');
    expect(seat.backup).toHaveBeenCalledTimes(1);
  });
});
