// Every IPC channel goes through one guard: the sender must be our own page (app://console),
// the payload must parse with the channel's zod schema, and whatever happens the renderer gets
// a Result back — an exception never crosses IPC, where it would lose its code.
import { PAYLOADS } from '@shared/bridge';
import { CHANNELS } from '@shared/channels';
import { fail, type Result } from '@shared/result';
import type { z } from 'zod';
import { isAppUrl } from '../security';
import { createNotifier, type Notifier, type NotifierDeps } from '../services/notifications';
import { appInfoHandler, type AppInfoDeps } from './appInfo';
import {
  abortBackupHandler,
  appendBackupHandler,
  backupSecretHandler,
  beginBackupHandler,
  finishBackupHandler,
  listBackupsHandler,
  readBackupHandler,
  backupEndsHandler,
  carryBackupHandler,
  type BackupHandlerDeps,
} from './backup';
import { openFileHandler, printToPdfHandler, saveFileHandler, type FileDialogs, type PdfPrinter } from './files';
import { applyPreferencesHandler, reportStatusHandler, type PreferencesTarget, type StatusDisplay } from './host';
import { notifyHandler } from './notify';
import { scheduleDeadlinesHandler, type DeadlineRegistry } from './schedule';
import type { OfficePins } from '../services/officePins';
import type { AttachmentStore } from '../services/attachments';

/** The channels the renderer invokes (main → renderer events are not listed in PAYLOADS). */
export type InvokeChannel = keyof typeof PAYLOADS;

type ChannelHandler<C extends InvokeChannel> = (payload: z.output<(typeof PAYLOADS)[C]>) => Result<unknown> | Promise<Result<unknown>>;

/** What Electron passes to an invoke handler, reduced to what the guard reads. */
export interface InvokeEvent {
  readonly senderFrame: { readonly url: string } | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEvent, ...args: unknown[]) => Promise<Result<unknown>>): void;
}

/** The main-process services behind the channels; main.ts passes the real ones, tests fakes. */
export interface HostServices extends BackupHandlerDeps {
  /** Shared with the scheduler; created from the NotifierDeps when not given. */
  notifier?: Notifier;
  scheduler: DeadlineRegistry;
  tray: StatusDisplay;
  preferences: PreferencesTarget;
  files: FileDialogs;
  print: PdfPrinter;
  /** The office certificate pinned at enrollment (services/officePins.ts). */
  officePins: Pick<OfficePins, 'pin'>;
  /** The attached files, by hash, in userData (services/attachments.ts). */
  attachments: Pick<AttachmentStore, 'put' | 'read' | 'remove'>;
}

export interface HostDeps extends AppInfoDeps, NotifierDeps, HostServices {
  /** Where refusals are reported in the main process; defaults to console.warn. */
  log?: (message: string) => void;
}

function senderUrl(event: InvokeEvent): string | null {
  try {
    // The frame may already be gone (navigated or destroyed); Electron then throws or gives null.
    return event.senderFrame?.url ?? null;
  } catch {
    return null;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function guard<C extends InvokeChannel>(
  channel: C,
  handler: ChannelHandler<C>,
  log: (message: string) => void,
): (event: InvokeEvent, ...args: unknown[]) => Promise<Result<unknown>> {
  return async (event, ...args) => {
    const url = senderUrl(event);
    if (!isAppUrl(url)) {
      log(`IPC ${channel} refused: sender ${url ?? '(no frame)'} is not the console`);
      return fail('ipc-sender-refused', { channel });
    }
    // Every channel takes at most one payload; extra arguments mean a caller we did not write.
    const parsed = args.length > 1 ? null : PAYLOADS[channel].safeParse(args[0]);
    if (!parsed?.success) {
      const reason = parsed
        ? parsed.error.issues.map((i) => `${i.path.join('.') || '(payload)'}: ${i.message}`).join('; ')
        : 'too many arguments';
      log(`IPC ${channel} refused: ${reason}`);
      return fail('ipc-bad-payload', { channel }, reason);
    }
    try {
      return await handler(parsed.data as z.output<(typeof PAYLOADS)[C]>);
    } catch (error) {
      log(`IPC ${channel} failed: ${describe(error)}`);
      return fail('ipc-handler-failed', { channel }, describe(error));
    }
  };
}

/** Registers one guarded handler per invoke channel; a channel left out fails the type check. */
export function registerHandlers(ipcMain: IpcMainLike, deps: HostDeps): void {
  const log = deps.log ?? ((message: string) => console.warn(message));
  const handlers: { [C in InvokeChannel]: ChannelHandler<C> } = {
    [CHANNELS.appInfo]: appInfoHandler(deps),
    [CHANNELS.notify]: notifyHandler({ notifier: deps.notifier ?? createNotifier(deps) }),
    [CHANNELS.scheduleDeadlines]: scheduleDeadlinesHandler(deps),
    [CHANNELS.reportStatus]: reportStatusHandler(deps),
    [CHANNELS.applyPreferences]: applyPreferencesHandler(deps),
    [CHANNELS.backupSecret]: backupSecretHandler(deps),
    [CHANNELS.beginBackup]: beginBackupHandler(deps),
    [CHANNELS.appendBackup]: appendBackupHandler(deps),
    [CHANNELS.finishBackup]: finishBackupHandler(deps),
    [CHANNELS.abortBackup]: abortBackupHandler(deps),
    [CHANNELS.listBackups]: listBackupsHandler(deps),
    [CHANNELS.readBackup]: readBackupHandler(deps),
    [CHANNELS.backupEnds]: backupEndsHandler(deps),
    [CHANNELS.carryBackup]: carryBackupHandler(deps),
    [CHANNELS.saveFile]: saveFileHandler(deps),
    [CHANNELS.openFile]: openFileHandler(deps),
    [CHANNELS.printToPdf]: printToPdfHandler(deps),
    [CHANNELS.pinOffice]: (pin) => deps.officePins.pin(pin.origin, pin.fingerprint),
    [CHANNELS.putAttachment]: (request) => deps.attachments.put(request),
    [CHANNELS.readAttachment]: (request) => deps.attachments.read(request),
    [CHANNELS.removeAttachment]: (request) => deps.attachments.remove(request),
  };
  for (const channel of Object.keys(handlers) as InvokeChannel[]) {
    ipcMain.handle(channel, guard(channel, handlers[channel] as ChannelHandler<typeof channel>, log));
  }
}
