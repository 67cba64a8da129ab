// 数据备份: back up now or to a file, the host's stored backups, and restore from either. Only
// the leader or a deputy may restore: for anyone else the restore buttons are off, saying why.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getHost } from '../../host';
import { Panel } from '../../ui/Field';
import { useOperator } from '../session/useWriteContext';
import { BackupTable } from './BackupTable';
import { SealFileForm, UnlockFileForm } from './PassphraseForms';
import { RestoreConfirm } from './RestoreConfirm';
import { formatSize } from './backupText';
import { useBackups, type BackupWork } from './useBackups';

/** Where the stored backups live: a browser's are lost with its site data, so it says so. */
function useStoreHint(): string | null {
  const { t } = useTranslation();
  const [info, setInfo] = useState<{ host: 'electron' | 'browser'; path?: string } | null>(null);
  useEffect(() => {
    let current = true;
    getHost()
      .appInfo()
      .then((result) => {
        if (current && result.ok)
          setInfo({ host: result.value.host, ...(result.value.userDataPath ? { path: result.value.userDataPath } : {}) });
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, []);
  if (!info) return null;
  if (info.host === 'browser') return t('settings.backup.storedInBrowser');
  return info.path ? t('settings.backup.storedInFolder', { path: info.path }) : null;
}

/** Why the operator at the seat may not restore, or null if they may. */
function useRestoreLock(mayRestore: boolean): string | null {
  const { t } = useTranslation();
  const operator = useOperator();
  if (mayRestore) return null;
  return operator
    ? t('settings.backup.restoreLocked', { name: operator.name, role: t(`role.${operator.role}`) })
    : t('settings.backup.restoreLockedNoOperator');
}

/** The bar of a long backup action: rows done of rows in all, named for what it is doing. */
function WorkProgress({ work }: { work: BackupWork }) {
  const { t } = useTranslation();
  const label = t(`settings.backup.progressLabel.${work.action}`);
  const progress = work.progress;
  const text = progress
    ? t('settings.backup.progressRows', { done: progress.done.toLocaleString(), total: progress.total.toLocaleString() })
    : t('settings.backup.progressStarting');
  return (
    <div className="backup-progress">
      <span>{label}</span>
      <progress aria-label={label} max={progress ? Math.max(1, progress.total) : undefined} value={progress ? progress.done : undefined}>
        {text}
      </progress>
      <span className="muted small" aria-live="polite">
        {text}
      </span>
    </div>
  );
}

export function BackupPanel() {
  const { t } = useTranslation();
  const backups = useBackups();
  const { stored, message, pending, busy, timeOf, locked: lockedFile, mode } = backups;
  const [sealing, setSealing] = useState(false);
  const where = useStoreHint();
  const locked = useRestoreLock(backups.mayRestore);
  const lockedId = useId();
  // A restore button off for the operator's role points to the sentence that says why.
  const restoreLock = locked ? { 'aria-describedby': lockedId, title: locked } : {};
  return (
    <Panel title={t('settings.backup.title')} className="backup-panel">
      <p className="hint">{t(mode === 'drill' ? 'settings.backup.introDrill' : 'settings.backup.intro')}</p>
      {stored !== null ? (
        <p className={backups.overdue ? 'notice warning' : 'hint'}>
          {backups.lastMade
            ? t(backups.overdue ? 'settings.backup.lastOverdue' : 'settings.backup.last', {
                time: timeOf(backups.lastMade.createdAt),
                size: formatSize(backups.lastMade.size, t),
              })
            : t('settings.backup.neverMade')}
        </p>
      ) : null}
      <div className="backup-actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void backups.backupNow()}>
          {t('settings.backup.now')}
        </button>
        <button
          type="button"
          disabled={busy || !backups.mayExport}
          title={backups.mayExport ? undefined : t('settings.backup.toFileLocked')}
          onClick={() => setSealing(true)}
        >
          {t('settings.backup.toFile')}
        </button>
        <button type="button" disabled={busy || locked !== null} {...restoreLock} onClick={() => void backups.askRestoreFile()}>
          {t('settings.backup.fromFile')}
        </button>
        {busy && !backups.work ? <span className="muted small">{t('settings.backup.working')}</span> : null}
      </div>
      {backups.work ? <WorkProgress work={backups.work} /> : null}
      {backups.mayExport ? null : <p className="hint restore-locked">{t('settings.backup.toFileLocked')}</p>}
      {locked ? (
        <p className="hint restore-locked" id={lockedId}>
          {locked}
        </p>
      ) : (
        <p className="hint">{t('settings.backup.restoreHint')}</p>
      )}
      {message?.kind === 'error' ? (
        <div className="notice error" role="alert">
          {message.text}
        </div>
      ) : null}
      {message?.kind === 'success' ? (
        <div className="notice success" role="status">
          {message.text}
        </div>
      ) : null}
      {sealing ? (
        <SealFileForm
          busy={busy}
          // The form stays open on a refusal (so nothing is typed again) and closes once saved.
          onSave={(passphrase, repeated) => void backups.saveToFile(passphrase, repeated).then((saved) => saved && setSealing(false))}
          onCancel={() => setSealing(false)}
        />
      ) : null}
      {lockedFile ? (
        <UnlockFileForm
          name={lockedFile.name}
          busy={busy}
          onOpen={(passphrase) => void backups.unlockFile(passphrase)}
          onCancel={backups.cancelRestore}
        />
      ) : null}
      {pending ? (
        <RestoreConfirm
          pending={pending}
          busy={busy}
          timeOf={timeOf}
          onConfirm={(accepted) => void backups.confirmRestore(accepted)}
          onCancel={backups.cancelRestore}
        />
      ) : null}
      {stored === null ? <p className="muted">{t('settings.backup.loading')}</p> : null}
      {stored?.length === 0 ? <p className="empty">{t('settings.backup.none')}</p> : null}
      {where ? <p className="hint">{where}</p> : null}
      {stored && stored.length > 0 ? (
        <BackupTable
          caption={t('settings.backup.list')}
          backups={stored}
          timeOf={timeOf}
          disabled={busy || locked !== null}
          restoreProps={restoreLock}
          onRestore={(file) => void backups.askRestoreStored(file)}
        />
      ) : null}
    </Panel>
  );
}
