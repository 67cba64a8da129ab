// English texts of the settings feature, typed against the Chinese ones.
import type { Catalog } from './zh-CN';

export const enSettings: Catalog['settings'] = {
  title: 'Settings',
  preferences: {
    drillLocked: 'Live settings cannot be changed in drill mode; return to live mode to change them.',
    title: 'Alerts and tray',
    dueSoonLeadMinutes: 'Deadline reminder lead time (minutes)',
    dueSoonHint: 'How long before a deadline the reminder is shown; 120 minutes by default.',
    levelOneRepeatMinutes: 'Level 1 alert repeat interval (minutes, 0 = do not repeat)',
    levelOneRepeatHint: 'A level 1 alert is shown again at this interval until someone acknowledges it.',
    closeToTray: 'Closing the window minimises to the tray',
    closeToTrayHint:
      'Desktop app only: after the window is closed the console keeps running in the system tray and alerts still appear. Has no effect in a browser.',
    backupsKept: 'Automatic backups to keep',
    backupsKeptHint:
      'Daily backups are kept for this many days (one a day); backups on quit, by hand and before a restore keep this many of each. An older backup much larger than the newest is never removed automatically.',
    idleLockMinutes: 'Lock after idle (minutes)',
    idleLockMinutesHint:
      'The seat locks after this many minutes without a key or a click; unlocking takes the signed-in person’s password (1–120, default 10).',
    save: 'Save settings',
    reset: 'Undo changes',
    saved: 'Settings saved.',
    invalid: 'Correct the marked fields; the settings have not been saved.',
  },
  validation: {
    dueSoonLeadMinutes: 'Enter a whole number from 5 to 1440',
    levelOneRepeatMinutes: 'Enter a whole number from 0 to 240',
    backupsKept: 'Enter a whole number from 1 to 365',
    idleLockMinutes: 'Enter a whole number from 1 to 120',
  },
  office: {
    title: 'Office server',
    intro:
      'When several PCs share one console, the office server keeps the whole office’s records: what each seat registers, signs or approves goes to the server and the other seats see it at once. Give the server’s address and the one-time code from whoever runs it (made on the server with npm run office-server -- code SEAT-NAME; it works once). Without joining, this PC is a console of its own.',
    address: 'Server address',
    addressInvalid: 'Give the server’s address, e.g. 192.168.1.20:8443.',
    fingerprint: 'Certificate fingerprint (https addresses)',
    fingerprintPlaceholder: 'AB:CD:… (64 hex digits)',
    fingerprintHint:
      'The SHA-256 fingerprint the server prints with each one-time code. The desktop console then accepts only that certificate from this server; in a browser, the system’s trusted certificates decide.',
    fingerprintInvalid:
      'A fingerprint is 64 hexadecimal digits (colons allowed), such as AB:CD:…, and the address must start with https://.',
    code: 'One-time code',
    check: 'Connect and preview',
    join: 'Join the office',
    joined: 'Joined the office as “{{name}}”; the records are in step with the server.',
    needsLeader: '{{name}} cannot join or leave an office: only the leader or a deputy leader can.',
    drillLocked: 'In rehearsal mode this seat cannot join or leave an office; go back to live mode first.',
    preview: {
      upload:
        'The office server has no data yet: this seat’s plan, organisation and {{seatRows}} records will be uploaded as the office’s. Joining as “{{name}}”; seats that join later take this data.',
      'take-office':
        'The office server already holds {{officeRows}} rows: this seat will take the office’s plan, organisation and records (it has no records the office lacks, so no work is lost). Joining as “{{name}}”.',
      refused: 'The office server already has data, and this seat holds records the office does not; they cannot be merged.',
    },
    member: 'This seat is “{{name}}” of the office (server {{url}}, joined {{joinedAt}}).',
    starting: 'Connecting to the office server…',
    status: {
      syncing: 'In step with the server shortly.',
      'in-stepNone': 'In step with the server.',
      'in-step': 'In step with the server; {{count}} commands waiting to go.',
      offline: 'Cannot reach the server: work is saved on this seat as usual; {{count}} commands wait and go when the server is back.',
      'out-of-step': 'The server no longer knows this seat (it was removed, or this seat’s data was restored): leave and join again.',
    },
    leave: 'Leave the office',
    leaveConfirm: 'After leaving, this seat keeps its data as a local copy and its work no longer goes to the office. Leave?',
    leaveConfirmWaiting:
      'After leaving, this seat keeps its data as a local copy and its work no longer goes to the office. {{count}} commands have not reached the server and will not be sent. Leave?',
    left: 'Left the office; this seat’s data stays as a local copy.',
    chip: {
      awaits: 'Office: {{count}} waiting for a password check',
      syncing: 'Office: syncing',
      syncingWaiting: 'Office: syncing ({{count}} waiting)',
      'in-step': 'Office: in step',
      'in-stepWaiting': 'Office: {{count}} waiting',
      offline: 'Office: not connected',
      offlineWaiting: 'Office: not connected ({{count}} waiting)',
      'out-of-step': 'Office: join again',
      'out-of-stepWaiting': 'Office: join again ({{count}} not sent)',
    },
    refused: 'The office server did not accept what you did at {{at}} ({{what}}): {{sentence}} This seat shows the office’s records again.',
    awaitsYou: 'Your work at this seat is waiting to reach the office server: the server needs to check who you are. Enter your password.',
    awaitsOther: 'Work by {{name}} at this seat is waiting to reach the office server: {{name}} needs to sign in at this seat again.',
    someone: 'a colleague',
    awaitsPassword: 'Password',
    awaitsConfirm: 'Check and send',
    joinPassword: 'Password of {{name}} (to sign in at the office server once joined)',
    joinedNotSignedIn: 'The office server could not sign you in, though: {{reason}} Sign out and sign in again.',
    refusedRead: 'Understood',
    commands: {
      'complaint.register': 'registration',
      'incident.workflow': 'a step on the incident',
      'instruction.issue': 'an instruction',
      'instruction.issueStandard': 'standard instructions',
      'instruction.step': 'signing or working an instruction',
      'instruction.reportWork': 'a report on an instruction',
      'plan.startRevision': 'a new revision of the plan',
      'plan.saveDraft': 'saving the plan draft',
      'plan.submit': 'submitting the plan',
      'plan.return': 'returning the plan',
      'plan.approve': 'approving the plan',
      'plan.discard': 'discarding the plan draft',
      'calendar.saveYear': 'saving the holiday arrangement',
      'calendar.approveYear': 'approving the holiday arrangement',
      'calendar.saveClosures': 'saving the closure days',
      'calendar.approveClosures': 'approving the closure days',
      'scenario.save': 'saving the drill scenario',
      'drillNotice.save': 'saving the drill notice',
      other: 'a change',
    },
  },
  backup: {
    introDrill:
      'Drill mode: backups here hold only drill data (scenarios, drill runs, evaluations and measures), and a restore changes only drill data; live data is untouched.',
    last: 'Last successful backup: {{time}}. Size: {{size}}.',
    progressLabel: {
      backup: 'Backup progress',
      open: 'Checking the backup',
      restore: 'Restore progress',
      file: 'Backup to a file progress',
    },
    progressRows: '{{done}} of {{total}} rows',
    progressStarting: 'Getting ready…',
    lastOverdue: 'No backup has succeeded for more than 26 hours (last: {{time}}). Back up now and check the disk space.',
    neverMade: 'No backup has been made yet. Back up now.',
    toFileLocked:
      'A backup file holds all personal data; only the people the plan names (by default the leader and deputies) may back up to a file.',
    sealTitle: 'Back up to a file',
    sealHint:
      'The file is encrypted with a passphrase so another PC can restore it. Use at least 8 characters and tell the other side separately; without the passphrase nobody can open the file. This is recorded in the organisation log.',
    passphrase: 'Passphrase',
    passphraseAgain: 'Passphrase again',
    sealSave: 'Encrypt and save',
    unlockTitle: "Enter the file's passphrase",
    unlockHint: 'The file {{name}} is encrypted with a passphrase; enter the one set when it was saved.',
    unlock: 'Open',
    confirmBodyDrill:
      'All drill data will be replaced by the drill backup of {{time}} ({{complaints}} complaints, {{incidents}} incidents). Live data is untouched.',
    acceptUntrusted: 'I am the leader or a deputy, I have checked where this file comes from, and I restore it anyway.',
    kind: 'Kind',
    reason: {
      daily: 'Daily',
      quit: 'On quit',
      manual: 'Manual',
      'before-restore': 'Before restore',
      file: 'File',
      legacy: 'Old format',
    },
    trust: {
      passphrase:
        'This file is not a backup signed by this console: it is sealed with a passphrase and may come from another PC. Restore it only if you trust where it came from.',
      unsigned:
        'This file is an old-format backup without a signature, so nothing proves it was not altered. Restore it only if you trust where it came from.',
    },
    title: 'Data backup',
    intro:
      "A backup holds all of this console's live data (registrations, incidents, organisation, plan and settings), encrypted; drill data is backed up separately.",
    now: 'Back up now',
    toFile: 'Back up to file…',
    fromFile: 'Restore from file…',
    fileFilter: 'Console backup',
    fileName: 'console-backup-{{stamp}}.cbk',
    list: 'Stored backups',
    time: 'Backed up at',
    size: 'Size',
    actions: 'Actions',
    restore: 'Restore',
    restoreThis: 'Restore the backup of {{time}} ({{kind}})',
    storedInBrowser:
      "These backups are kept in this browser and are deleted with its site data; save one with 'Back up to file…' from time to time.",
    storedInFolder: "Automatic backups are kept in the backups folder inside this computer's data folder ({{path}}).",
    none: 'No backups yet.',
    loading: 'Reading the backups…',
    restoreHint:
      'Restoring replaces all current data on this console with the backup and must be done by the leader or a deputy; the current data is backed up first.',
    restoreLocked:
      'The operator at this seat, {{name}} ({{role}}), cannot restore: restoring replaces all data on this console and must be done by the leader or a deputy.',
    restoreLockedNoOperator:
      'Choose the operator first. Restoring replaces all data on this console and must be done by the leader or a deputy.',
    made: 'Backed up ({{time}}).',
    savedFile: 'Backup saved as {{name}}.',
    confirmTitle: 'Confirm restore',
    confirmBody:
      'All current data on this console — registrations, incidents, organisation, plan and settings — will be replaced with the backup of {{time}} ({{complaints}} complaints, {{incidents}} incidents).',
    confirmSafety: 'The current data is backed up first; if the restore was a mistake, restore that backup.',
    sourceStored: 'From: stored backups',
    sourceFile: 'From: file {{name}}',
    confirm: 'Restore',
    cancel: 'Cancel',
    working: 'Working…',
    restored:
      'Restored the backup of {{time}}: {{complaints}} complaints, {{incidents}} incidents. The data before the restore was backed up ({{before}}) and can be restored if needed.',
    beforeFailed: 'The current data could not be backed up first, so nothing was restored or changed. Reason: {{reason}}',
    kb: '{{value}} KB',
    mb: '{{value}} MB',
  },
  refusal: {
    'backup-key-handed': 'This page already took the backup key; reload the console and try again.',
    'backup-failed': 'The backup action could not be completed; nothing was changed. The details are in the log.',
    'backup-write-failed': 'The backup could not be written (the disk may be full or not writable); earlier backups are untouched.',
    'backup-unreadable': 'The backup file could not be read (it may have been moved or not be readable); nothing was changed.',
    'ipc-handler-failed':
      'The desktop service could not complete this; nothing was changed. Try again, or restart the console if it keeps failing.',
    'ipc-sender-refused': 'Refused: the request did not come from the console itself.',
    'backup-restore-failed':
      'The backup’s data could not be written (for example a number appears twice); everything was rolled back and nothing was changed.',
    'backup-not-live': 'A backup of live data cannot be restored in drill mode; return to live mode first.',
    'backup-drill-in-live': 'This is a backup of drill data; it cannot replace live data. Restore it in drill mode.',
    'backup-bad-row':
      'The backup holds data that does not fit ({{table}}, row {{row}}, {{field}}); it may have been altered. Nothing was changed.',
    'backup-other-install':
      'This backup was encrypted by another PC (or this console before it was reinstalled) and cannot be opened here. On that PC, use “Back up to a file…” with a passphrase. Nothing was changed.',
    'backup-needs-passphrase': 'This file is encrypted with a passphrase; enter it.',
    'backup-carry-refused':
      'The last backup could not be built on (the file is damaged or gone). Press Back up now again to read all data afresh.',
    'backup-wrong-passphrase': 'The passphrase is wrong, or the file is damaged. Nothing was changed.',
    'backup-passphrase-needs-confirmation':
      'This file is not a backup signed by this console; the leader or a deputy must confirm where it came from before it is restored.',
    'backup-unsigned-needs-confirmation':
      'This file is an unsigned old-format backup; the leader or a deputy must confirm where it came from before it is restored.',
    'backup-file-needs-role':
      'A backup file holds all personal data; only the people the plan names (by default the leader and deputies) may back up to a file.',
    'backup-passphrase-short': 'The passphrase needs at least {{min}} characters.',
    'backup-passphrase-mismatch': 'The two passphrases differ.',
    'backup-audit-failed': 'The organisation log could not be written, so no backup file was made.',
    'backup-key-unavailable': "This PC's backup key is not available (the system key store cannot be used); nothing was backed up.",
    'backup-truncated': 'The backup file is incomplete (a copy or write was cut short); nothing was changed.',
    'backup-corrupt': 'The backup file is damaged and cannot be read; nothing was changed.',
    'backup-wrong-format': 'This is not a backup of the emergency command console; nothing was changed.',
    'backup-newer-format':
      'This backup file has a newer format (format version {{formatVersion}}, this console reads {{knownFormatVersion}}); please upgrade the console first. Nothing was changed.',
    'backup-checksum': "The backup file's checksum does not match: it was altered or damaged. Nothing was changed.",
    'backup-newer-version':
      'This backup was made by a newer version of the console (data version {{schemaVersion}}, this console supports {{appSchemaVersion}}); please upgrade first. Nothing was changed.',
    'backup-older-version': "This backup's data version ({{schemaVersion}}) is too old to upgrade; nothing was changed.",
    'backup-unknown-table': 'The backup holds data this version does not know ({{table}}); nothing was changed.',
    'backup-no-plan': 'The backup holds no emergency plan and cannot be restored; nothing was changed.',
    'backup-restore-needs-leader': 'Restoring a backup replaces all data and must be done by the leader or a deputy.',
    'backup-not-found': 'The backup was not found; it may have been removed automatically. Refresh and try again.',
    'not-available': 'This is not available here.',
    'file-too-large': 'The file {{name}} is too large to be a console backup; nothing was changed.',
    'ipc-bad-payload': 'The request was not valid; nothing was changed.',
    'preferences-invalid': 'A setting is out of range; nothing was saved.',
  },
};
