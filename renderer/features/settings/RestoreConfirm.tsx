// The question before a restore: what will be replaced, by what, and that a way back is kept. A
// file this console did not sign (first format, or sealed with a passphrase elsewhere) says so
// plainly and needs the leader to tick that they accept it.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PendingRestore } from './useBackups';

type Props = {
  pending: PendingRestore;
  busy: boolean;
  timeOf: (iso: string) => string;
  onConfirm: (untrustedConfirmed: boolean) => void;
  onCancel: () => void;
};

export function RestoreConfirm({ pending, busy, timeOf, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const { backup, source } = pending;
  const [accepted, setAccepted] = useState(false);
  // Which warning a backup this console did not sign reads under; a signed one needs none.
  const untrusted = backup.trust === 'signed' ? null : backup.trust;
  const title = t('settings.backup.confirmTitle');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onConfirm(accepted);
  };
  return (
    <form className="restore-confirm" onSubmit={submit} aria-label={title}>
      <h3>{title}</h3>
      <p className="notice warning">
        {t(backup.mode === 'drill' ? 'settings.backup.confirmBodyDrill' : 'settings.backup.confirmBody', {
          time: timeOf(backup.createdAt),
          complaints: backup.complaints,
          incidents: backup.incidents,
        })}
      </p>
      {untrusted ? (
        <>
          <p className="notice error">{t(`settings.backup.trust.${untrusted}`)}</p>
          <label className="checkbox">
            <input type="checkbox" checked={accepted} onChange={(event) => setAccepted(event.target.checked)} />
            {t('settings.backup.acceptUntrusted')}
          </label>
        </>
      ) : null}
      <p>{t('settings.backup.confirmSafety')}</p>
      <p className="muted small">
        {source.kind === 'file' ? t('settings.backup.sourceFile', { name: source.name }) : t('settings.backup.sourceStored')}
      </p>
      <div className="form-actions">
        <button type="submit" className="danger" disabled={busy || (untrusted !== null && !accepted)}>
          {t('settings.backup.confirm')}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('settings.backup.cancel')}
        </button>
      </div>
    </form>
  );
}
