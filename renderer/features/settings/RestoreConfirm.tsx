// The question before a restore: what will be replaced, by what, and that a way back is kept.
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PendingRestore } from './useBackups';

type Props = { pending: PendingRestore; busy: boolean; timeOf: (iso: string) => string; onConfirm: () => void; onCancel: () => void };

export function RestoreConfirm({ pending, busy, timeOf, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const { backup, source } = pending;
  const title = t('settings.backup.confirmTitle');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onConfirm();
  };
  return (
    <form className="restore-confirm" onSubmit={submit} aria-label={title}>
      <h3>{title}</h3>
      <p className="notice warning">
        {t('settings.backup.confirmBody', {
          time: timeOf(backup.createdAt),
          complaints: backup.tables.complaints?.length ?? 0,
          incidents: backup.tables.incidents?.length ?? 0,
        })}
      </p>
      <p>{t('settings.backup.confirmSafety')}</p>
      <p className="muted small">
        {source.kind === 'file' ? t('settings.backup.sourceFile', { name: source.name }) : t('settings.backup.sourceStored')}
      </p>
      <div className="form-actions">
        <button type="submit" className="danger" disabled={busy}>
          {t('settings.backup.confirm')}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('settings.backup.cancel')}
        </button>
      </div>
    </form>
  );
}
