// The backup worker: a thin message adapter around renderer/db/backupStream.ts, which does the work
// (reading, sealing, opening, restoring) off the page's thread. The host is the page's (Electron's
// bridge or the browser store), so its calls are asked of the page and answered by message.
import type { BackupHostCalls, BackupRequest } from './backupStream';
import { runBackupRequest } from './backupStream';
import { ConsoleDb } from './schema';

type Incoming = { id: number; request: BackupRequest } | { answer: number; value?: unknown; error?: string };

const scope = self as unknown as {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<Incoming>) => void): void;
};

let calls = 0;
const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

/** Asks the page to make a host call for this worker. */
function askPage(id: number, call: keyof BackupHostCalls, args: unknown): Promise<never> {
  const asked = (calls += 1);
  return new Promise((resolve, reject) => {
    waiting.set(asked, { resolve: resolve as (value: unknown) => void, reject });
    scope.postMessage({ id, ask: asked, call, args });
  });
}

function hostFor(id: number): BackupHostCalls {
  return {
    beginBackup: (request) => askPage(id, 'beginBackup', request),
    appendBackup: (request) => askPage(id, 'appendBackup', request),
    finishBackup: (request) => askPage(id, 'finishBackup', request),
    abortBackup: (backupId) => askPage(id, 'abortBackup', backupId),
    readBackup: (request) => askPage(id, 'readBackup', request),
    listBackups: (mode) => askPage(id, 'listBackups', mode),
    backupEnds: (request) => askPage(id, 'backupEnds', request),
    carryBackup: (request) => askPage(id, 'carryBackup', request),
    readAttachment: (request) => askPage(id, 'readAttachment', request),
    putAttachment: (request) => askPage(id, 'putAttachment', request),
  };
}

scope.addEventListener('message', (event) => {
  const message = event.data;
  if ('answer' in message) {
    const call = waiting.get(message.answer);
    waiting.delete(message.answer);
    if (message.error !== undefined) call?.reject(new Error(message.error));
    else call?.resolve(message.value);
    return;
  }
  const { id, request } = message;
  let lastProgress = 0;
  runBackupRequest(
    {
      host: hostFor(id),
      database: (ref) => ({ db: new ConsoleDb(ref.name, ref.mode), close: true }),
      progress: (progress) => {
        // A few times a second is enough for a progress bar.
        const now = Date.now();
        if (now - lastProgress < 100 && progress.done < progress.total) return;
        lastProgress = now;
        scope.postMessage({ id, progress });
      },
    },
    request,
  ).then(
    (value) => scope.postMessage({ id, value }, value instanceof Uint8Array ? [value.buffer] : []),
    (error: unknown) => scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  );
});
