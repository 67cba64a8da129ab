// Bringing the console to the operator: used when a second launch is attempted and when a
// notification is clicked. Structural types so tests pass plain fakes instead of BrowserWindow.
export interface ConsoleWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
  readonly webContents: { send(channel: string, ...args: unknown[]): void };
}

/** Restores, shows and focuses the window; returns false when there is no live window. */
export function bringToFront(window: ConsoleWindow | null | undefined): window is ConsoleWindow {
  if (!window || window.isDestroyed()) return false;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
  return true;
}
