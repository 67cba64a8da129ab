// The contract between the renderer and its host. Both hosts (Electron preload, plain browser)
// implement `HostApi`, written `satisfies HostApi`, so a method added to one and forgotten in the
// other fails the type check. Every payload crossing IPC is parsed with these schemas.
import { z } from 'zod';
import { AttachmentHashSchema, MAX_ATTACHMENT_BYTES } from './attachmentFiles';
import { MAX_LINE_LENGTH } from './backupFormat';
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

/** What a notice opens: an incident, or a petition (信访事项). */
export const NoticeTargetSchema = z.object({ kind: z.enum(['incident', 'petition']), id: z.string().uuid() });
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

/** The Dexie schema version a snapshot comes from and every table's rows (in memory, in the renderer). */
export type BackupSnapshot = { schemaVersion: number; tables: Record<string, unknown[]> };

/** The longest trailer: its segments (at most MAX_SEGMENTS, about 140 characters each) and the signature. */
export const MAX_TRAILER_LENGTH = 16 * 1024;
/** A sealed backup line: the header and trailer are small JSON, chunks base64 of at most a few MB. */
const BackupLineSchema = z.string().min(1).max(MAX_LINE_LENGTH);
const WriteIdSchema = z.string().regex(/^[0-9a-f-]{36}$/);

/** Starts a backup in the host's store with its header line (plain JSON: mode, reason, time, counts). */
export const BackupBeginSchema = z.object({ header: BackupLineSchema.max(64 * 1024) });
export type BackupBegin = z.infer<typeof BackupBeginSchema>;
/** The next sealed chunks of a backup being written, in order. */
export const BackupAppendSchema = z.object({ id: WriteIdSchema, lines: z.array(BackupLineSchema).min(1).max(64) });
export type BackupAppend = z.infer<typeof BackupAppendSchema>;
/** The trailer line (chunk count and signature); the host then flushes, renames and prunes. */
export const BackupFinishSchema = z.object({ id: WriteIdSchema, trailer: BackupLineSchema.max(MAX_TRAILER_LENGTH) });
export type BackupFinish = z.infer<typeof BackupFinishSchema>;

export type StoredBackup = {
  /** The backup's name in the host's store, e.g. backup-live-20261123-080000-daily.cbk. */
  file: string;
  size: number;
  createdAt: string;
  mode: 'live' | 'drill';
  /** Why it was made; 'legacy' for a file of the first format (made before backups were sealed). */
  reason: BackupReason | 'file' | 'legacy';
  /** Rows in all tables, as its header says (0 when a first-format file does not say). */
  rows: number;
};

/** Only what the bridge promises of a stored backup; a host's own bookkeeping (epoch ms, parts, pruned names) stays with it. */
export const storedBackupOf = ({ file, size, createdAt, mode, reason, rows }: StoredBackup): StoredBackup => ({
  file,
  size,
  createdAt,
  mode,
  reason,
  rows,
});

/**
 * Only names of the host's own backup store; anything else is refused before a file is touched.
 * backup-<mode>-<date>-<time>-<reason>[-n].cbk, or the first format's backup-<date>-<time>.json.
 */
export const BackupFileNameSchema = z
  .string()
  .regex(/^backup-(?:(?:live|drill)-\d{8}-\d{6}-(?:manual|daily|quit|before-restore)(?:-\d{1,3})?\.cbk|\d{8}-\d{6}\.json)$/);

export const BackupReadSchema = z.object({ file: BackupFileNameSchema, offset: z.number().int().min(0) });
export type BackupRead = z.infer<typeof BackupReadSchema>;
/** Whole lines from `offset` on, and where the next read starts (null at the end of the file). */
export type BackupLines = { lines: string[]; next: number | null };

/** A stored backup's first and last lines: what the next backup needs to know to be made from it. */
export const BackupEndsSchema = z.object({ file: BackupFileNameSchema });
export type BackupEnds = { header: string; trailer: string };
/**
 * Copies a stored backup's segments (every line between its header and its trailer) into a backup
 * being written, as they are: the next backup made from the last one. A host that copies bytes
 * checks each segment's digest against the stored trailer and refuses a damaged file.
 */
export const BackupCarrySchema = z.object({ id: WriteIdSchema, from: BackupFileNameSchema });
export type BackupCarry = z.infer<typeof BackupCarrySchema>;

/** This installation's backup key: a key object whose secret cannot be read back (a CryptoKey). */
export type BackupKey = { installId: string; key: { readonly type: string; readonly extractable: boolean } };
/** What the Electron main process hands the preload: the secret it unwrapped with safeStorage. */
export type BackupSecret = { installId: string; secret: Uint8Array };

/** A SHA-256 certificate fingerprint as the office server prints it (`AB:CD:…`), in one form: upper case, colons. */
export function normalFingerprint(text: string): string {
  const hex = text.replace(/[^0-9a-fA-F]/g, '').toUpperCase();
  return hex.match(/.{2}/g)?.join(':') ?? '';
}
const FINGERPRINT = /^[0-9A-F]{2}(?::[0-9A-F]{2}){31}$/;
/** The office server to pin, by its address, to the certificate with this fingerprint (设置 → 办公室服务器). */
export const OfficePinSchema = z.object({
  origin: z
    .string()
    .url()
    .max(300)
    .refine((url) => url.startsWith('https://'), 'an https address'),
  fingerprint: z
    .string()
    .max(200)
    .refine((text) => FINGERPRINT.test(normalFingerprint(text)), 'a SHA-256 fingerprint'),
});
export type OfficePin = z.infer<typeof OfficePinSchema>;

/**
 * An attached file handed to the host to keep (证据与附件): its name (checked for its type) and its
 * bytes. With `hash` (a restore putting back a backup's file) the host refuses content that does
 * not hash to it. The host answers with the SHA-256 it is kept under.
 */
export const AttachmentPutSchema = z.object({
  name: z.string().min(1).max(400),
  data: z.custom<Uint8Array>((value) => value instanceof Uint8Array && value.byteLength <= MAX_ATTACHMENT_BYTES),
  hash: AttachmentHashSchema.optional(),
});
export type AttachmentPut = z.infer<typeof AttachmentPutSchema>;
export type KeptAttachment = { hash: string; size: number };
export const AttachmentReadSchema = z.object({ hash: AttachmentHashSchema });
export type AttachmentRead = z.infer<typeof AttachmentReadSchema>;

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
  /** This installation's key for sealing and opening its backups. */
  backupKey(): Promise<Result<BackupKey>>;
  /** Backups are written line by line (begin, append…, finish), so none is ever one huge string. */
  beginBackup(request: BackupBegin): Promise<Result<{ id: string }>>;
  appendBackup(request: BackupAppend): Promise<Result<void>>;
  /** Writes the trailer, makes the file durable under its name and prunes by what the files hold. */
  finishBackup(request: BackupFinish): Promise<Result<StoredBackup>>;
  /** Drops a backup being written (nothing of it stays). */
  abortBackup(id: string): Promise<Result<void>>;
  /** The host's stored backups of one mode, newest first. */
  listBackups(mode: 'live' | 'drill'): Promise<Result<StoredBackup[]>>;
  /** A stored backup's lines from a byte offset on, for the renderer to check and restore. */
  readBackup(request: BackupRead): Promise<Result<BackupLines>>;
  /** A stored backup's header and trailer lines. */
  backupEnds(request: { file: string }): Promise<Result<BackupEnds>>;
  /** Copies a stored backup's segments into the backup being written, where its lines stand so far. */
  carryBackup(request: BackupCarry): Promise<Result<void>>;
  /** The host asks for a backup (daily, or before quitting); the renderer answers with backupNow. */
  onBackupRequest(listener: (reason: BackupReason) => void): () => void;
  /** A save dialog (Electron) or a download (browser). */
  saveFile(request: SaveFileRequest): Promise<Result<SavedFile>>;
  /** An open dialog (Electron) or a file input (browser). */
  openFile(request: OpenFileRequest): Promise<Result<OpenedFile>>;
  /** Prints the page as it is now: to an A4 PDF (Electron) or through the browser's print. */
  printToPdf(request: PrintRequest): Promise<Result<SavedFile>>;
  /**
   * Pins the office server's certificate for its host (the desktop console checks every TLS
   * connection to it against the pin); `pinned: false` where the host cannot (a browser checks
   * certificates itself, against the system's trust).
   */
  pinOffice(pin: OfficePin): Promise<Result<{ pinned: boolean }>>;
  /** Keeps an attached file under its SHA-256 (once, however often attached); never opens it. */
  putAttachment(request: AttachmentPut): Promise<Result<KeptAttachment>>;
  /** An attached file's bytes, checked against its hash ('attachment-missing', 'attachment-damaged'). */
  readAttachment(request: AttachmentRead): Promise<Result<Uint8Array>>;
  /** Drops a file no record names any more (an archived file deleted after its retention). */
  removeAttachment(request: AttachmentRead): Promise<Result<void>>;
}

/** Payload schema per channel (undefined: the channel takes no payload). */
export const PAYLOADS = {
  'app:info': z.undefined(),
  'notify:show': NoticeSchema,
  'schedule:deadlines': ScheduleRegistrationSchema,
  'host:status': HostStatusSchema,
  'host:preferences': HostPreferencesSchema,
  'backup:secret': z.undefined(),
  'backup:begin': BackupBeginSchema,
  'backup:append': BackupAppendSchema,
  'backup:finish': BackupFinishSchema,
  'backup:abort': WriteIdSchema,
  'backup:list': z.enum(['live', 'drill']),
  'backup:read': BackupReadSchema,
  'backup:ends': BackupEndsSchema,
  'backup:carry': BackupCarrySchema,
  'file:save': SaveFileRequestSchema,
  'file:open': OpenFileRequestSchema,
  'print:pdf': PrintRequestSchema,
  'office:pin': OfficePinSchema,
  'attachment:put': AttachmentPutSchema,
  'attachment:read': AttachmentReadSchema,
  'attachment:remove': AttachmentReadSchema,
} as const;

/** The preload's side of the bridge: the host API, with the backup key still as the secret bytes (a key object cannot cross IPC). */
export type PreloadApi = Omit<HostApi, 'backupKey'> & { backupSecret(): Promise<Result<BackupSecret>> };
