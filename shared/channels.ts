// IPC channel names, alone in this module so the sandboxed preload bundle stays tiny
// (no zod, no domain code).
export const CHANNELS = {
  appInfo: 'app:info',
  notify: 'notify:show',
  scheduleDeadlines: 'schedule:deadlines',
  reportStatus: 'host:status',
  applyPreferences: 'host:preferences',
  backupSecret: 'backup:secret',
  beginBackup: 'backup:begin',
  appendBackup: 'backup:append',
  finishBackup: 'backup:finish',
  abortBackup: 'backup:abort',
  listBackups: 'backup:list',
  readBackup: 'backup:read',
  backupEnds: 'backup:ends',
  carryBackup: 'backup:carry',
  saveFile: 'file:save',
  openFile: 'file:open',
  printToPdf: 'print:pdf',
  pinOffice: 'office:pin',
  putAttachment: 'attachment:put',
  readAttachment: 'attachment:read',
  removeAttachment: 'attachment:remove',
  /** Main → renderer: open what a clicked notification points at (a NoticeTarget). */
  openTarget: 'host:open-target',
  /** Main → renderer: make a backup now (a BackupReason), answered with a backup of each mode's data. */
  backupRequest: 'host:backup-request',
} as const;
export type Channel = (typeof CHANNELS)[keyof typeof CHANNELS];

/** The global name under which the preload exposes the bridge in the renderer. */
export const BRIDGE_GLOBAL = 'consoleHost';
