// Long work on the page's thread done in slices, with the page painting and answering between
// them: at years of data the alert watcher words thousands of alerts and the browser host checks
// them, and one go at that held the page for a few hundred milliseconds.

/** Work done in one go before the page is let paint. */
export const SLICE_MS = 40;

/**
 * The next task: a message to itself, queued behind what is already waiting (a database answer,
 * a click), so the sliced work lets those go first; `scheduler.yield` would put it ahead of them.
 * Not a timer, so a page or a test that holds its clock still does not hold this work.
 */
function nextTask(): Promise<void> {
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
