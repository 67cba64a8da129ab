// What the 数据备份 panel does: list the host's backups, make one, save one to a file, and restore
// one — checked first, confirmed by the operator, and only after the current data is backed up.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backup } from '@shared/backupFormat';
import type { StoredBackup } from '@shared/bridge';
import { fail, type Failure, type Result } from '@shared/result';
import { toIsoWithOffset } from '@shared/time';
import { checkBackupText, exportSnapshot, restoreBackup, sealSnapshot } from '../../db/backup';
import { useConsole } from '../../db/DatabaseContext';
import { getHost } from '../../host';
import { attempt, failureText } from '../../ui/describe';
import { useOperator, useWriteContext } from '../session/useWriteContext';
import { onBackupMade } from './backupEvents';
import { fileStamp } from './backupText';
import { useLiveDb } from './useLiveDb';

export type RestoreSource = { kind: 'stored' } | { kind: 'file'; name: string };
/** A checked backup waiting for the operator's confirmation. */
export type PendingRestore = { backup: Backup; source: RestoreSource };
export type BackupMessage = { kind: 'success' | 'error'; text: string } | null;

const LEADERS = new Set(['leader', 'deputy']);

/** Bytes from a file, as text; bytes that are not UTF-8 mean a damaged file, not a backup. */
function decodeFile(data: Uint8Array): Result<string> {
  try {
    return { ok: true, value: new TextDecoder('utf-8', { fatal: true }).decode(data) };
  } catch {
    return fail('backup-corrupt');
  }
}

export function useBackups() {
  const { t } = useTranslation();
  const { plan, now } = useConsole();
  const db = useLiveDb();
  const operator = useOperator();
  const writeContext = useWriteContext();
  const [stored, setStored] = useState<StoredBackup[] | null>(null);
  const [message, setMessage] = useState<BackupMessage>(null);
  const [pending, setPending] = useState<PendingRestore | null>(null);
  const [busy, setBusy] = useState(false);
  const mayRestore = operator !== null && LEADERS.has(operator.role);
  // To the second: a daily and a manual backup are often made within the same minute.
  const timeOf = useCallback(
    (iso: string) => toIsoWithOffset(Date.parse(iso), plan.utcOffsetMinutes).slice(0, 19).replace('T', ' '),
    [plan.utcOffsetMinutes],
  );
  const refuse = useCallback((error: Failure) => setMessage({ kind: 'error', text: failureText(error, t) }), [t]);

  const refresh = useCallback(async () => {
    const listed = await attempt(() => getHost().listBackups());
    if (listed.ok) setStored(listed.value);
    else {
      setStored([]);
      refuse(listed.error);
    }
  }, [refuse]);
  useEffect(() => {
    void refresh();
    return onBackupMade(() => void refresh());
  }, [refresh]);

  /** Runs one action at a time; anything thrown becomes a sentence, never an unhandled error. */
  async function run(action: () => Promise<void>) {
    setBusy(true);
    setMessage(null);
    try {
      await action();
    } catch (error) {
      refuse({ code: 'storage-failed', message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  }

  const backupNow = () =>
    run(async () => {
      const made = await attempt(async () => getHost().backupNow({ reason: 'manual', snapshot: await exportSnapshot(db) }));
      if (!made.ok) return refuse(made.error);
      setMessage({ kind: 'success', text: t('settings.backup.made', { time: timeOf(made.value.createdAt) }) });
      await refresh();
    });

  const saveToFile = () =>
    run(async () => {
      const at = now();
      const text = JSON.stringify(await sealSnapshot(await exportSnapshot(db), at));
      const suggestedName = t('settings.backup.fileName', { stamp: fileStamp(at) });
      const filters = [{ name: t('settings.backup.fileFilter'), extensions: ['json'] }];
      const saved = await attempt(() => getHost().saveFile({ suggestedName, filters, data: text }));
      if (!saved.ok) return refuse(saved.error);
      if (saved.value.saved)
        setMessage({ kind: 'success', text: t('settings.backup.savedFile', { name: saved.value.name ?? suggestedName }) });
    });

  /** Checks a backup's text and, if it passes, asks the operator to confirm. */
  async function offer(text: Result<string>, source: RestoreSource) {
    if (!text.ok) return refuse(text.error);
    const checked = await checkBackupText(text.value);
    if (!checked.ok) return refuse(checked.error);
    setPending({ backup: checked.value, source });
  }

  const askRestoreStored = (file: string) =>
    run(async () => {
      setPending(null);
      if (!mayRestore) return refuse({ code: 'backup-restore-needs-leader' });
      await offer(await attempt(() => getHost().readBackup(file)), { kind: 'stored' });
    });

  const askRestoreFile = () =>
    run(async () => {
      setPending(null);
      if (!mayRestore) return refuse({ code: 'backup-restore-needs-leader' });
      const opened = await attempt(() =>
        getHost().openFile({ filters: [{ name: t('settings.backup.fileFilter'), extensions: ['json'] }] }),
      );
      if (!opened.ok) return refuse(opened.error);
      if (!opened.value) return; // the operator cancelled the dialog
      await offer(decodeFile(opened.value.data), { kind: 'file', name: opened.value.name });
    });

  const confirmRestore = () =>
    run(async () => {
      if (!pending) return;
      setPending(null);
      // The current data is kept first, so a mistaken restore can itself be undone.
      const before = await attempt(async () => getHost().backupNow({ reason: 'before-restore', snapshot: await exportSnapshot(db) }));
      if (!before.ok) {
        setMessage({ kind: 'error', text: t('settings.backup.beforeFailed', { reason: failureText(before.error, t) }) });
        return;
      }
      const restored = await attempt(() => restoreBackup(db, pending.backup, writeContext()));
      await refresh();
      if (!restored.ok) return refuse(restored.error);
      const { createdAt, complaints, incidents } = restored.value;
      setMessage({
        kind: 'success',
        text: t('settings.backup.restored', { time: timeOf(createdAt), complaints, incidents, before: timeOf(before.value.createdAt) }),
      });
    });

  return {
    stored,
    message,
    pending,
    busy,
    mayRestore,
    timeOf,
    backupNow,
    saveToFile,
    askRestoreStored,
    askRestoreFile,
    confirmRestore,
    cancelRestore: () => setPending(null),
  };
}
