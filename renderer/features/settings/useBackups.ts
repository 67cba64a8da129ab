// What the 数据备份 panel does, always on the database of the mode the console is in (drill
// backups in rehearsal mode, live ones otherwise): list the host's backups, make one, save one to
// a file sealed with a passphrase (audited first, for the roles the plan names), and restore one —
// opened and checked first, confirmed by a leader (twice for a file this console did not sign),
// and only after the current data is backed up.
import { provenRecently } from '@shared/accounts';
import { seat } from '../../db/seat';
import { askForPassword } from '../../ui/reauth';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { backupOverdue, FUTURE_TOLERANCE_MS } from '@shared/backupFormat';
import type { StoredBackup } from '@shared/bridge';
import { mayExportPersonalData } from '@shared/exporting';
import type { Failure, Result } from '@shared/result';
import { toIsoWithOffset } from '@shared/time';
import type { BackupProgress, BackupSummary } from '../../db/backupStream';
import { useConsole } from '../../db/DatabaseContext';
import { getHost } from '../../host';
import { attempt, failureText } from '../../ui/describe';
import { useOperator, useWriteContext } from '../session/useWriteContext';
import { onBackupMade } from './backupEvents';
import { backUpTo, fileForAnotherPc, openInBackground, recordSavedAs, restoreOpened } from './backupRuns';
import { useBusy } from '../../ui/useBusy';
import { fileStamp } from './backupText';

export type RestoreSource = { kind: 'stored' } | { kind: 'file'; name: string };
/** A checked backup waiting for the operator's confirmation. */
export type PendingRestore = { backup: BackupSummary; source: RestoreSource };
/** What a long backup action has done so far, for the progress bar. */
export type BackupWork = { action: 'backup' | 'open' | 'restore' | 'file'; progress: BackupProgress | null };
/** A chosen file sealed with a passphrase, waiting for the operator to type it. */
export type LockedFile = { name: string; data: Uint8Array };
export type BackupMessage = { kind: 'success' | 'error'; text: string } | null;

const LEADERS = new Set(['leader', 'deputy']);

export function useBackups() {
  const { t } = useTranslation();
  const { db, plan, now } = useConsole();
  const operator = useOperator();
  const writeContext = useWriteContext();
  const [stored, setStored] = useState<StoredBackup[] | null>(null);
  const [message, setMessage] = useState<BackupMessage>(null);
  const [pending, setPending] = useState<PendingRestore | null>(null);
  const [locked, setLocked] = useState<LockedFile | null>(null);
  const [work, setWork] = useState<BackupWork | null>(null);
  /** Progress of `action` into the bar (the worker reports a few times a second). */
  const track = useCallback((action: BackupWork['action']) => {
    setWork({ action, progress: null });
    return (progress: BackupProgress) => setWork({ action, progress });
  }, []);
  const mayRestore = operator !== null && LEADERS.has(operator.role);
  // A backup file holds every personal record: the same people the plan lets export them.
  const mayExport = operator !== null && mayExportPersonalData(plan, operator.role);
  // To the second: a daily and a manual backup are often made within the same minute.
  const timeOf = useCallback(
    (iso: string) => toIsoWithOffset(Date.parse(iso), plan.utcOffsetMinutes).slice(0, 19).replace('T', ' '),
    [plan.utcOffsetMinutes],
  );
  const refuse = useCallback((error: Failure) => setMessage({ kind: 'error', text: failureText(error, t) }), [t]);

  const refresh = useCallback(async () => {
    const listed = await attempt(() => getHost().listBackups(db.mode));
    if (listed.ok) setStored(listed.value);
    else {
      setStored([]);
      refuse(listed.error);
    }
  }, [refuse, db.mode]);
  useEffect(() => {
    void refresh();
    return onBackupMade(() => void refresh());
  }, [refresh]);

  /** Runs one action at a time; anything thrown becomes a sentence, never an unhandled error. */
  const busyRunner = useBusy(
    () => setMessage(null),
    (error) => {
      // The engine's words stay in the log; the operator reads a sentence.
      console.warn('Backup action failed', error);
      refuse({ code: 'backup-failed' });
    },
  );
  const busy = busyRunner.busy;
  /** Resolves to true when the action said it succeeded (a file saved). */
  const run = async (action: () => Promise<void | boolean>) => {
    try {
      return (await busyRunner.run(action)) === true;
    } finally {
      setWork(null);
    }
  };

  const backupNow = () =>
    run(async () => {
      const made = await attempt(() => backUpTo(getHost(), db, 'manual', now(), track('backup')));
      if (!made.ok) return refuse(made.error);
      setMessage({ kind: 'success', text: t('settings.backup.made', { time: timeOf(made.value.createdAt) }) });
      await refresh();
    });

  /**
   * Saves every record, personal data included, to a file for another PC, sealed with the
   * passphrase typed twice. Who, when, what and where is on the record before the file exists;
   * if that cannot be written, no file is.
   */
  const saveToFile = (passphrase: string, repeated: string) =>
    run(async () => {
      if (!mayExport || !operator) return refuse({ code: 'backup-file-needs-role' });
      // Everyone's data leaves the console: the password again first (再次验证).
      if (!provenRecently(seat.current().provenAtMs, now()) && !(await askForPassword())) return refuse({ code: 'reauth-required' });
      const at = now();
      const suggestedName = t('settings.backup.fileName', { stamp: fileStamp(at) });
      const sealed = await attempt(() =>
        fileForAnotherPc(db, { ...writeContext(), now: at }, { passphrase, repeated, fileName: suggestedName }, track('file'), getHost()),
      );
      if (!sealed.ok) return refuse(sealed.error);
      const filters = [{ name: t('settings.backup.fileFilter'), extensions: ['cbk'] }];
      const saved = await attempt(() => getHost().saveFile({ suggestedName, filters, data: sealed.value }));
      if (!saved.ok) return refuse(saved.error);
      if (!saved.value.saved) return false;
      await recordSavedAs(db, writeContext(), saved.value.name ?? suggestedName);
      setMessage({ kind: 'success', text: t('settings.backup.savedFile', { name: saved.value.name ?? suggestedName }) });
      return true;
    });

  /** Shows a checked backup for confirmation, or asks for the passphrase a file is sealed with. */
  function offer(opened: Result<BackupSummary>, source: RestoreSource, file?: LockedFile) {
    if (!opened.ok) {
      if (opened.error.code === 'backup-needs-passphrase' && file) return setLocked(file);
      return refuse(opened.error);
    }
    // Checked here too, so the operator hears it before confirming rather than after.
    if (opened.value.mode !== db.mode) return refuse({ code: db.mode === 'drill' ? 'backup-not-live' : 'backup-drill-in-live' });
    setPending({ backup: opened.value, source });
  }

  const askRestoreStored = (file: string) =>
    run(async () => {
      setPending(null);
      if (!mayRestore) return refuse({ code: 'backup-restore-needs-leader' });
      offer(await openInBackground(getHost(), { kind: 'stored', file }, undefined, track('open')), { kind: 'stored' });
    });

  const askRestoreFile = () =>
    run(async () => {
      setPending(null);
      setLocked(null);
      if (!mayRestore) return refuse({ code: 'backup-restore-needs-leader' });
      const opened = await attempt(() =>
        getHost().openFile({ filters: [{ name: t('settings.backup.fileFilter'), extensions: ['cbk', 'json'] }] }),
      );
      if (!opened.ok) return refuse(opened.error);
      if (!opened.value) return; // the operator cancelled the dialog
      const file = { name: opened.value.name, data: opened.value.data };
      offer(
        await openInBackground(getHost(), { kind: 'bytes', data: file.data }, undefined, track('open')),
        { kind: 'file', name: file.name },
        file,
      );
    });

  const unlockFile = (passphrase: string) =>
    run(async () => {
      if (!locked) return;
      const opened = await openInBackground(getHost(), { kind: 'bytes', data: locked.data }, passphrase, track('open'));
      if (!opened.ok) return refuse(opened.error);
      setLocked(null);
      offer(opened, { kind: 'file', name: locked.name });
    });

  const confirmRestore = (untrustedConfirmed: boolean) =>
    run(async () => {
      if (!pending) return;
      if (pending.backup.trust !== 'signed' && !untrustedConfirmed)
        return refuse({ code: `backup-${pending.backup.trust}-needs-confirmation` });
      // A restore replaces everything: the leader gives the password again first (再次验证).
      if (!provenRecently(seat.current().provenAtMs, now()) && !(await askForPassword())) return refuse({ code: 'reauth-required' });
      // Decided now: the backup of the current data below may take a while at years of data.
      const decidedBy = writeContext();
      setPending(null);
      // The current data is kept first, so a mistaken restore can itself be undone.
      const before = await attempt(() => backUpTo(getHost(), db, 'before-restore', now(), track('backup')));
      if (!before.ok) {
        setMessage({ kind: 'error', text: t('settings.backup.beforeFailed', { reason: failureText(before.error, t) }) });
        return;
      }
      const restored = await attempt(() =>
        restoreOpened(getHost(), db, pending.backup, decidedBy, { untrustedConfirmed }, track('restore')),
      );
      await refresh();
      if (!restored.ok) return refuse(restored.error);
      const { createdAt, complaints, incidents } = restored.value;
      setMessage({
        kind: 'success',
        text: t('settings.backup.restored', { time: timeOf(createdAt), complaints, incidents, before: timeOf(before.value.createdAt) }),
      });
    });

  // A backup dated in the future (the clock was fast) is not the last one made, and must not hide the warning.
  const lastMade = stored?.find((backup) => Date.parse(backup.createdAt) <= now() + FUTURE_TOLERANCE_MS) ?? null;
  const overdue = stored !== null && backupOverdue(lastMade?.createdAt ?? null, now());

  return {
    mode: db.mode,
    stored,
    lastMade,
    overdue,
    message,
    pending,
    locked,
    busy,
    work,
    mayRestore,
    mayExport,
    timeOf,
    backupNow,
    saveToFile,
    askRestoreStored,
    askRestoreFile,
    unlockFile,
    confirmRestore,
    cancelRestore: () => {
      setPending(null);
      setLocked(null);
    },
  };
}
