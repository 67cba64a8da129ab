// What closing the console window means. An office keeps the console running all shift, so by
// default the window goes to the tray and deadlines keep firing; an explicit quit (tray 退出, the
// app menu, the OS logging out) really quits. With close-to-tray off, closing the window quits
// the app through the same path, so the quit backup is still asked for while the page is alive.
export type CloseAction = 'close' | 'hide' | 'quit';

export function closeAction({ quitting, closeToTray }: { quitting: boolean; closeToTray: boolean }): CloseAction {
  if (quitting) return 'close';
  return closeToTray ? 'hide' : 'quit';
}

export interface HideableWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  hide(): void;
}

export interface CloseToTrayDeps {
  isQuitting: () => boolean;
  closeToTray: () => boolean;
  quit: () => void;
  /** Told the first time the window goes to the tray, so the operator knows the console still runs. */
  onFirstHide?: () => void;
}

export function attachCloseToTray(window: HideableWindow, deps: CloseToTrayDeps): void {
  let hiddenBefore = false;
  window.on('close', (event) => {
    const action = closeAction({ quitting: deps.isQuitting(), closeToTray: deps.closeToTray() });
    if (action === 'close') return;
    event.preventDefault();
    if (action === 'quit') {
      deps.quit();
      return;
    }
    window.hide();
    if (!hiddenBefore) {
      hiddenBefore = true;
      deps.onFirstHide?.();
    }
  });
}
