// Long work on the page's thread done in slices, with the page painting and answering between
// them: at years of data the alert watcher words thousands of alerts and the browser host checks
// them, and one go at that held the page for a few hundred milliseconds.

/** Work done in one go before the page is let paint. */
export const SLICE_MS = 40;

/** The longest a slice waits for the page to be idle before it goes on anyway. */
export const IDLE_WAIT_MS = 500;

/**
 * The next slice's turn: once the page is idle (its database answers handled, its frame painted),
 * so the sliced work never holds up what the person is waiting for, another window's counts
 * among them; at most IDLE_WAIT_MS later in any case. Where there is no idle callback (Node), a
 * message to itself, queued behind what is waiting. Neither is a timer a held test clock stops
 * in Node.
 */
function nextTask(): Promise<void> {
  if (typeof requestIdleCallback === 'function')
    return new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: IDLE_WAIT_MS }));
  return new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * A clock for one piece of sliced work: `due()` says the slice is used up; `pause()` lets the page
 * paint and starts the next slice. Work that fits in one slice never waits.
 */
export function slices(ms = SLICE_MS): { due(): boolean; pause(): Promise<void> } {
  let start = performance.now();
  return {
    due: () => performance.now() - start > ms,
    async pause() {
      await nextTask();
      start = performance.now();
    },
  };
}
