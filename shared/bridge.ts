// The contract between the renderer and its host. Both hosts (Electron preload, plain browser)
// implement `HostApi`, written `satisfies HostApi`, so a method added to one and forgotten in the
// other fails the type check. Every payload crossing IPC is parsed with these schemas.
import { z } from 'zod';
import type { Result } from './result';
import { ScheduleRegistrationSchema, type ScheduleRegistration } from './schedule';

export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  host: z.enum(['electron', 'browser']),
  platform: z.string(),
  userDataPath: z.string().optional(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

export const NoticeTargetSchema = z.object({ kind: z.enum(['incident']), id: z.string().uuid() });
export type NoticeTarget = z.infer<typeof NoticeTargetSchema>;

export const NoticeSchema = z.object({
  title: z.string().min(1).max(200),
  body: z.string().max(1000),
  /** What to open when the notice is clicked, e.g. an incident id. */
  target: NoticeTargetSchema.optional(),
  urgent: z.boolean().default(false),
});
export type Notice = z.input<typeof NoticeSchema>;

/** What the tray (or the browser tab title) shows; computed by the renderer from the records. */
export const HostStatusSchema = z.object({
  overdue: z.number().int().min(0).max(1_000_000),
  levelOneOpen: z.number().int().min(0).max(1_000_000),
  unacknowledged: z.number().int().min(0).max(1_000_000),
  drill: z.boolean(),
  /** The operator's language, so what the host says by itself (a page reopened) is in it too. */
  locale: z.enum(['zh-CN', 'en']).optional(),
});
export type HostStatus = z.infer<typeof HostStatusSchema>;

/** The operator's preferences the host itself acts on (the rest stay in the renderer). */
export const HostPreferencesSchema = z.object({
  /** Closing the window hides it to the tray instead of quitting. */
  closeToTray: z.boolean(),
  /** How many automatic backups to keep. */
  backupsKept: z.number().int().min(1).max(365),
});
export type HostPreferences = z.infer<typeof HostPreferencesSchema>;

// A file name offered in a save dialog: no folders, nothing a file system would refuse.
const FileNameSchema = z
  .string()
  .min(1)
  .max(200)
  .refine((name) => !/[\\/:*?"<>|\u0000-\u001f]/.test(name) && name !== '.' && name !== '..', { message: 'not a plain file name' });

export const FileFilterSchema = z.object({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^[a-z0-9]{1,8}$/))
    .min(1)
    .max(10),
});
export type FileFilter = z.infer<typeof FileFilterSchema>;

/** The largest file the console reads or writes through the bridge (a hotline export, a backup). */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

export const SaveFileRequestSchema = z.object({
  suggestedName: FileNameSchema,
  filters: z.array(FileFilterSchema).max(5),
  /** Text (CSV, JSON; written as UTF-8) or bytes (XLSX). */
  data: z.union([z.string().max(MAX_FILE_BYTES), z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_FILE_BYTES)]),
});
export type SaveFileRequest = z.infer<typeof SaveFileRequestSchema>;
/** `saved: false` means the operator cancelled the dialog; nothing was written. */
export type SavedFile = { saved: boolean; name?: string };

export const OpenFileRequestSchema = z.object({ filters: z.array(FileFilterSchema).min(1).max(5) });
export type OpenFileRequest = z.infer<typeof OpenFileRequestSchema>;
/** null when the operator cancelled the dialog. */
export type OpenedFile = { name: string; data: Uint8Array } | null;

export const PrintRequestSchema = z.object({
  /** The PDF's file name offered in the save dialog (Electron); the browser's print names it itself. */
  suggestedName: FileNameSchema,
});
export type PrintRequest = z.infer<typeof PrintRequestSchema>;

export const BackupReasonSchema = z.enum(['manual', 'daily', 'quit', 'before-restore']);
export type BackupReason = z.infer<typeof BackupReasonSchema>;

export const BackupSnapshotSchema = z.object({
  /** The Dexie schema version the tables come from. */
  schemaVersion: z.number().int().min(1),
  /** Dexie table name → every row. */
  tables: z.record(z.string().min(1).max(100), z.array(z.unknown())),
});
export type BackupSnapshot = z.infer<typeof BackupSnapshotSchema>;

export const BackupNowSchema = z.object({ reason: BackupReasonSchema, snapshot: BackupSnapshotSchema });
export type BackupNowRequest = z.infer<typeof BackupNowSchema>;

export type StoredBackup = {
  /** The backup's name in the host's backup store, e.g. backup-20261123-080000.json. */
  file: string;
  size: number;
  createdAt: string;
};

/** Only names of the host's own backup store; anything else is refused before a file is touched. */
export const BackupFileNameSchema = z.string().regex(/^backup-\d{8}-\d{6}\.json$/);

export interface HostApi {
  appInfo(): Promise<Result<AppInfo>>;
  notify(notice: Notice): Promise<Result<void>>;
  /** Calls `listener` when the operator clicks a notice that has a target; returns the unsubscribe. */
  onOpenTarget(listener: (target: NoticeTarget) => void): () => void;
  /** Replaces the alerts of one scope (live or drill); the host fires them on time, once. */
  scheduleDeadlines(registration: ScheduleRegistration): Promise<Result<void>>;
  /** Counts for the tray icon (Electron) or the tab title (browser). */
  reportStatus(status: HostStatus): Promise<Result<void>>;
  applyPreferences(preferences: HostPreferences): Promise<Result<void>>;
  /** Writes a snapshot of the live data to the host's backup store, keeping the last N. */
  backupNow(request: BackupNowRequest): Promise<Result<StoredBackup>>;
  /** The host's stored backups, newest first. */
  listBackups(): Promise<Result<StoredBackup[]>>;
  /** One stored backup's file text, for the renderer to check and restore. */
  readBackup(file: string): Promise<Result<string>>;
  /** The host asks for a backup (daily, or before quitting); the renderer answers with backupNow. */
  onBackupRequest(listener: (reason: BackupReason) => void): () => void;
  /** A save dialog (Electron) or a download (browser). */
  saveFile(request: SaveFileRequest): Promise<Result<SavedFile>>;
  /** An open dialog (Electron) or a file input (browser). */
  openFile(request: OpenFileRequest): Promise<Result<OpenedFile>>;
  /** Prints the page as it is now: to an A4 PDF (Electron) or through the browser's print. */
  printToPdf(request: PrintRequest): Promise<Result<SavedFile>>;
}

/** Payload schema per channel (undefined: the channel takes no payload). */
export const PAYLOADS = {
  'app:info': z.undefined(),
  'notify:show': NoticeSchema,
  'schedule:deadlines': ScheduleRegistrationSchema,
  'host:status': HostStatusSchema,
  'host:preferences': HostPreferencesSchema,
  'backup:now': BackupNowSchema,
  'backup:list': z.undefined(),
  'backup:read': BackupFileNameSchema,
  'file:save': SaveFileRequestSchema,
  'file:open': OpenFileRequestSchema,
  'print:pdf': PrintRequestSchema,
} as const;
