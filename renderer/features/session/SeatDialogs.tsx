// The seat's own screens over the console: the lock screen (席位已锁定), which hides everything
// behind it until the signed-in person gives their password, and the 再次验证 dialog.
import { useEffect, useState, useSyncExternalStore, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { accountsDb, reauthenticate, signOut, unlockSeat } from '../../db/accounts';
import { useCommand } from '../../ui/useCommand';
import { FormAlert } from '../../ui/Outcome';
import { reauthRequests } from '../../ui/reauth';
import { PasswordField } from './PasswordField';
import { useSeat } from './useSeat';
import { useSeatWriteContext } from './useSeatWriteContext';

export function LockScreen({ onSomeoneElse }: { onSomeoneElse: () => void }) {
  const { t } = useTranslation();
  const { person } = useSeat();
  const context = useSeatWriteContext();
  const [password, setPassword] = useState('');
  const { run, busy, alert } = useCommand();
  if (!person) return null;
  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(() => unlockSeat(accountsDb(), password, context()));
    setPassword('');
  }
  return (
    <main className="operator-picker seat-lock" aria-label={t('accounts.lock.title')}>
      <div className="operator-card">
        <div className="brand-large">
          <span className="brand-mark" aria-hidden="true" />
          <div>
            <h1>{t('app.title')}</h1>
          </div>
        </div>
        <h2>{t('accounts.lock.title')}</h2>
        <p className="muted">{t('accounts.lock.who', { name: person.name, role: t(`role.${person.role}`) })}</p>
        <form onSubmit={(e) => void submit(e)} className="sign-in">
          <PasswordField label={t('accounts.lock.password')} value={password} onChange={setPassword} autoFocus />
          <FormAlert text={alert} />
          <button type="submit" className="primary" disabled={busy}>
            {t('accounts.lock.unlock')}
          </button>
        </form>
        <p className="hint">{t('accounts.lock.otherHint', { name: person.name })}</p>
        <button
          type="button"
          onClick={() => {
            // The screens are kept for this person before the seat is theirs no more.
            onSomeoneElse();
            void signOut(accountsDb(), context());
          }}
        >
          {t('accounts.lock.other')}
        </button>
      </div>
    </main>
  );
}

export function ReauthDialog() {
  const { t } = useTranslation();
  const request = useSyncExternalStore(reauthRequests.subscribe, reauthRequests.pending);
  const { person } = useSeat();
  const context = useSeatWriteContext();
  const [password, setPassword] = useState('');
  const { run, busy, alert, clear } = useCommand();
  const { locked } = useSeat();
  // A seat locked or left meanwhile answers the question with no: the action waiting is not done.
  useEffect(() => {
    if (request && (!person || locked)) reauthRequests.settle(false);
  }, [request, person, locked]);
  if (!request || !person || locked) return null;
  const close = (given: boolean) => {
    setPassword('');
    clear();
    reauthRequests.settle(given);
  };
  async function submit(event: FormEvent) {
    event.preventDefault();
    const given = await run(() => reauthenticate(accountsDb(), password, context()));
    setPassword('');
    if (given !== null) close(true);
  }
  return (
    <div className="reauth-backdrop">
      <div role="dialog" aria-modal="true" aria-label={t('accounts.reauth.title')} className="reauth-dialog">
        <h2>{t('accounts.reauth.title')}</h2>
        <p>{t('accounts.reauth.prompt', { name: person.name })}</p>
        <form onSubmit={(e) => void submit(e)}>
          <PasswordField label={t('accounts.reauth.password')} value={password} onChange={setPassword} autoFocus />
          <FormAlert text={alert} />
          <div className="mode-confirm-actions">
            <button type="button" onClick={() => close(false)}>
              {t('accounts.reauth.cancel')}
            </button>
            <button type="submit" className="primary" disabled={busy}>
              {t('accounts.reauth.confirm')}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
