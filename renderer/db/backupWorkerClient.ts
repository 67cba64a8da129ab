// The page's side of the backup worker (renderer/db/backupWorker.ts): it sends a request, answers
// the worker's host calls (the host lives in the page: Electron's bridge, the browser store) and
// passes progress on. Where there is no Worker (vitest, which runs without one; a browser that
// cannot start a module worker), the same module (renderer/db/backupStream.ts) runs in the page.
import type { HostApi } from '@shared/bridge';
import { runBackupRequest, type BackupHostCalls, type BackupProgress, type BackupRequest } from './backupStream';
import type { ConsoleDb } from './schema';

type Waiting = {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  host: BackupHostCalls;
  onProgress?: (progress: BackupProgress) => void;
};
type FromWorker =
  | { id: number; ask: number; call: keyof BackupHostCalls; args: unknown }
  | { id: number; progress: BackupProgress }
  | { id: number; value: unknown }
  | { id: number; error: string };

let worker: Worker | null | undefined;
let requests = 0;
const waiting = new Map<number, Waiting>();

function failAll(error: Error) {
  for (const one of waiting.values()) one.reject(error);
  waiting.clear();
}

function receive(event: MessageEvent<FromWorker>) {
  const message = event.data;
  const one = waiting.get(message.id);
  if (!one) return;
  if ('ask' in message) {
    const call = one.host[message.call] as (args: unknown) => Promise<unknown>;
    Promise.resolve()
      .then(() => call(message.args))
      .then(
        (value) => worker?.postMessage({ answer: message.ask, value }),
        (error: unknown) => worker?.postMessage({ answer: message.ask, error: error instanceof Error ? error.message : String(error) }),
      );
  } else if ('progress' in message) one.onProgress?.(message.progress);
  else {
    waiting.delete(message.id);
    if ('error' in message) one.reject(new Error(message.error));
    else one.resolve(message.value);
  }
}

function theWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker === 'undefined') return (worker = null);
  try {
    worker = new Worker(new URL('./backupWorker.ts', import.meta.url), { type: 'module', name: 'backup' });
    worker.addEventListener('message', receive);
    worker.addEventListener('error', (event) => {
      console.warn('The backup worker stopped', event.message);
      worker?.terminate();
      // Later requests run in the page.
      worker = null;
      failAll(new Error(event.message || 'backup worker failed'));
    });
  } catch (error) {
    console.warn('No backup worker; backups run in the page', error);
    worker = null;
  }
  return worker;
}

const noHost = () => Promise.reject(new Error('no host for this backup request'));
const hostCalls = (host: HostApi | undefined): BackupHostCalls =>
  host
    ? {
        beginBackup: (request) => host.beginBackup(request),
        appendBackup: (request) => host.appendBackup(request),
        finishBackup: (request) => host.finishBackup(request),
        abortBackup: (id) => host.abortBackup(id),
        readBackup: (request) => host.readBackup(request as never),
        listBackups: (mode) => host.listBackups(mode),
        backupEnds: (request) => host.backupEnds(request),
        carryBackup: (request) => host.carryBackup(request),
        readAttachment: (request) => host.readAttachment(request),
        putAttachment: (request) => host.putAttachment(request),
      }
    : {
        beginBackup: noHost,
        appendBackup: noHost,
        finishBackup: noHost,
        abortBackup: noHost,
        readBackup: noHost,
        listBackups: noHost,
        backupEnds: noHost,
        carryBackup: noHost,
      };

/**
 * Runs a request in the backup worker, or in the page without one. `db` is the page's own
 * connection to the database the request names (the worker opens its own by name and mode).
 */
export function runInBackground<T>(
  request: BackupRequest,
  place: { host?: HostApi; db?: ConsoleDb; onProgress?: (progress: BackupProgress) => void },
): Promise<T> {
  const host = hostCalls(place.host);
  const running = theWorker();
  if (!running) {
    return runBackupRequest(
      {
        host,
        database: (ref) => {
          if (!place.db || place.db.name !== ref.name) throw new Error(`no database ${ref.name} in the page`);
          return { db: place.db, close: false };
        },
        progress: (progress) => place.onProgress?.(progress),
      },
      request,
    ) as Promise<T>;
  }
  const id = (requests += 1);
  return new Promise<T>((resolve, reject) => {
    waiting.set(id, {
      resolve: resolve as (value: unknown) => void,
      reject,
      host,
      ...(place.onProgress ? { onProgress: place.onProgress } : {}),
    });
    running.postMessage({ id, request });
  });
}
