// The passphrase a backup file for another PC is sealed with: typed twice when saving, once when
// opening. It is never stored; a file whose passphrase is lost cannot be opened by anyone.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, FormActions } from '../../ui/Field';

export function SealFileForm({
  busy,
  onSave,
  onCancel,
}: {
  busy: boolean;
  onSave: (passphrase: string, repeated: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [repeated, setRepeated] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave(passphrase, repeated);
  };
  return (
    <form className="restore-confirm" onSubmit={submit} aria-label={t('settings.backup.sealTitle')}>
      <h3>{t('settings.backup.sealTitle')}</h3>
      <p className="hint">{t('settings.backup.sealHint')}</p>
      <Field label={t('settings.backup.passphrase')}>
        {(props) => (
          <input
            {...props}
            type="password"
            autoComplete="new-password"
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
          />
        )}
      </Field>
      <Field label={t('settings.backup.passphraseAgain')}>
        {(props) => (
          <input {...props} type="password" autoComplete="new-password" value={repeated} onChange={(e) => setRepeated(e.target.value)} />
        )}
      </Field>
      <FormActions busy={busy} submitLabel={t('settings.backup.sealSave')} cancelLabel={t('settings.backup.cancel')} onCancel={onCancel} />
    </form>
  );
}

export function UnlockFileForm({
  name,
  busy,
  onOpen,
  onCancel,
}: {
  name: string;
  busy: boolean;
  onOpen: (passphrase: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onOpen(passphrase);
  };
  return (
    <form className="restore-confirm" onSubmit={submit} aria-label={t('settings.backup.unlockTitle')}>
      <h3>{t('settings.backup.unlockTitle')}</h3>
      <p className="hint">{t('settings.backup.unlockHint', { name })}</p>
      <Field label={t('settings.backup.passphrase')}>
        {(props) => (
          <input {...props} type="password" autoComplete="off" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
        )}
      </Field>
      <FormActions busy={busy} submitLabel={t('settings.backup.unlock')} cancelLabel={t('settings.backup.cancel')} onCancel={onCancel} />
    </form>
  );
}
