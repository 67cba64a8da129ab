// Quitting in two steps: the first before-quit is held while the console finishes its work (the
// quit backup, the scheduler's last save), then the app quits for real. Whatever the work does,
// the quit goes through within a hard limit and before-quit is never held twice.
export const QUIT_PREPARE_LIMIT_MS = 15_000;

export interface QuitGateDeps {
  /** The work to finish first; its failure is logged and does not stop the quit. */
  prepare: () => Promise<void>;
  /** Quits for real (app.quit); the before-quit it causes passes the gate. */
  quit: () => void;
  setTimeout?: (callback: () => void, ms: number) => unknown;
  /** The hard limit; QUIT_PREPARE_LIMIT_MS unless the work has its own, longer bound (the quit backup). */
  limitMs?: number;
  log?: (message: string) => void;
}

export interface QuitGate {
  /** For app 'before-quit'. */
  onBeforeQuit(event: { preventDefault(): void }): void;
  /** True from the first before-quit on: closing the window then closes it instead of hiding it. */
  readonly quitting: boolean;
  /** True while the work is under way and the quit is still held. */
  readonly preparing: boolean;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createQuitGate(deps: QuitGateDeps): QuitGate {
  const log = deps.log ?? ((message: string) => console.warn(message));
  const wait = deps.setTimeout ?? ((callback: () => void, ms: number) => setTimeout(callback, ms));
  let state: 'running' | 'preparing' | 'released' = 'running';

  const release = () => {
    if (state === 'released') return;
    state = 'released';
    deps.quit();
  };

  return {
    get quitting() {
      return state !== 'running';
    },
    get preparing() {
      return state === 'preparing';
    },
    onBeforeQuit(event) {
      if (state === 'released') return;
      // Held until the work is done; a second quit meanwhile (a double click on 退出) waits too.
      event.preventDefault();
      if (state === 'preparing') return;
      state = 'preparing';
      const limit = deps.limitMs ?? QUIT_PREPARE_LIMIT_MS;
      wait(() => {
        log(`quit: still preparing after ${limit / 1000} s, quitting anyway`);
        release();
      }, limit);
      let prepared: Promise<void>;
      try {
        prepared = deps.prepare();
      } catch (error) {
        prepared = Promise.reject(error);
      }
      prepared.catch((error: unknown) => log(`quit: preparing failed, quitting anyway: ${describe(error)}`)).finally(release);
    },
  };
}
