// Windows sign-out, restart or shutdown with the console in the tray. Closing the window only
// hides it, so without this the session would end with the console killed mid-shift and no quit
// backup taken. The end of the session is a quit like the tray's 退出: the quit backup first,
// then the scheduler's last save, then out.
export type SessionEndReason = 'shutdown' | 'close-app' | 'critical' | 'logoff';

/** Electron's WindowSessionEndEvent, as far as it is used here. */
export interface SessionEndEvent {
  preventDefault(): void;
  reasons: SessionEndReason[];
}

export interface SessionEndingWindow {
  on(event: 'query-session-end' | 'session-end', listener: (event: SessionEndEvent) => void): unknown;
}

export interface SessionEndDeps {
  /** Starts the quit (app.quit); the quit gate holds it for the quit backup. */
  quit: () => void;
  /** True while the quit is still finishing its work (the quit backup, the last save). */
  isPreparingQuit: () => boolean;
  log?: (message: string) => void;
}

export function attachSessionEnd(window: SessionEndingWindow, deps: SessionEndDeps): void {
  const log = deps.log ?? ((message: string) => console.warn(message));
  // Windows asks first. The quit starts now, and the session waits while the quit backup is
  // written (Windows lists the console as closing; the quit gate's own limit ends the wait).
  // Holding a sign-out is for exactly this: ending it now would lose the shift's last backup.
  window.on('query-session-end', (event) => {
    log(`session ending (${event.reasons.join(', ')}): quitting through the quit backup`);
    deps.quit();
    if (deps.isPreparingQuit()) event.preventDefault();
  });
  // The end itself can no longer be held; the quit is started here too in case Windows skipped
  // the question (a critical shutdown), so at least the backup is asked for.
  window.on('session-end', (event) => {
    log(`session ended (${event.reasons.join(', ')})`);
    deps.quit();
  });
}
