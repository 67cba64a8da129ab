// 修改密码: after signing in with a one-time password nothing else opens until the person has
// chosen their own; also reachable from the top bar to change it at any time.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { accountsDb, changeOwnPassword, signOut } from '../../db/accounts';
import { PasswordField } from './PasswordField';
import { useCommand } from '../../ui/useCommand';
import { useWriteContext } from './useWriteContext';
import { Frame } from './SignInPage';
import { useSeat } from './useSeat';
import { useSeatWriteContext } from './useSeatWriteContext';

export function ChangePasswordForm({ forced, onDone }: { forced: boolean; onDone?: () => void }) {
  const { t } = useTranslation();
  const { person } = useSeat();
  const writeContext = useWriteContext();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const { run, busy, alert, message, setMessage } = useCommand();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (next !== again) return setMessage({ kind: 'error', text: t('accounts.firstRun.mismatch') });
    const changed = await run(
      () => changeOwnPassword(accountsDb(), current, next, writeContext()),
      (_value, tr) => tr('accounts.change.done'),
    );
    if (!changed) return;
    setCurrent('');
    setNext('');
    setAgain('');
    onDone?.();
  }

  return (
    <form onSubmit={(e) => void submit(e)} className="sign-in" aria-label={t('accounts.change.title')}>
      <p className="muted">{t(forced ? 'accounts.change.prompt' : 'accounts.change.promptVoluntary', { name: person?.name ?? '' })}</p>
      <PasswordField label={t('accounts.change.current')} value={current} onChange={setCurrent} />
      <PasswordField label={t('accounts.change.next')} value={next} onChange={setNext} fresh />
      <PasswordField label={t('accounts.change.confirm')} value={again} onChange={setAgain} fresh />
      <p className="hint">{t('accounts.change.rules')}</p>
      {alert ? (
        <p className="notice error" role="alert">
          {alert}
        </p>
      ) : message ? (
        <p className="notice success" role="status">
          {message.text}
        </p>
      ) : null}
      <button type="submit" className="primary" disabled={busy}>
        {t(forced ? 'accounts.change.submit' : 'accounts.change.submitVoluntary')}
      </button>
    </form>
  );
}

/** After a one-time password: the only screen until the person has chosen their own. */
export function ForcedPasswordChange() {
  const { t } = useTranslation();
  const { person } = useSeat();
  const context = useSeatWriteContext();
  return (
    <Frame title={t('accounts.change.title')} prompt="">
      <ChangePasswordForm forced key={person?.id} />
      <button type="button" className="link" onClick={() => void signOut(accountsDb(), context())}>
        {t('accounts.lock.signOut')}
      </button>
    </Frame>
  );
}
