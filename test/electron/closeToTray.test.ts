// Closing the window: to the tray while the console runs, really closed once it quits, and with
// close-to-tray off, a quit (so the quit backup is still taken while the page is alive).
import { describe, expect, it, vi } from 'vitest';
import { attachCloseToTray, closeAction } from '../../electron/services/closeToTray';

vi.mock('electron', () => ({}));

function setUp({ quitting = false, closeToTray = true } = {}) {
  let onClose: ((event: { preventDefault(): void }) => void) | null = null;
  const window = { on: (_event: 'close', listener: typeof onClose) => void (onClose = listener), hide: vi.fn() };
  const state = { quitting, closeToTray };
  const quit = vi.fn();
  const onFirstHide = vi.fn();
  attachCloseToTray(window, { isQuitting: () => state.quitting, closeToTray: () => state.closeToTray, quit, onFirstHide });
  const close = () => {
    const preventDefault = vi.fn();
    onClose!({ preventDefault });
    return preventDefault;
  };
  return { window, state, quit, onFirstHide, close };
}

describe('closing the console window', () => {
  it('decides from quitting and the preference', () => {
    expect(closeAction({ quitting: false, closeToTray: true })).toBe('hide');
    expect(closeAction({ quitting: false, closeToTray: false })).toBe('quit');
    expect(closeAction({ quitting: true, closeToTray: true })).toBe('close');
  });

  it('hides to the tray instead of closing, and tells the operator the first time only', () => {
    const { window, close, onFirstHide, quit } = setUp();
    expect(close()).toHaveBeenCalled();
    expect(close()).toHaveBeenCalled();
    expect(window.hide).toHaveBeenCalledTimes(2);
    expect(onFirstHide).toHaveBeenCalledTimes(1);
    expect(quit).not.toHaveBeenCalled();
  });

  it('closes for real while the console quits (tray 退出 or the app menu)', () => {
    const { window, close, state } = setUp();
    state.quitting = true;
    expect(close()).not.toHaveBeenCalled();
    expect(window.hide).not.toHaveBeenCalled();
  });

  it('quits the console when close-to-tray is off, keeping the window until the quit backup is taken', () => {
    const { window, close, quit } = setUp({ closeToTray: false });
    expect(close()).toHaveBeenCalled();
    expect(quit).toHaveBeenCalledTimes(1);
    expect(window.hide).not.toHaveBeenCalled();
  });
});
