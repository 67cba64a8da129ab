// 修改密码: after signing in with a one-time password nothing else opens until the person has
// chosen their own; also reachable from the top bar to change it at any time.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { accountsDb, changeOwnPassword, signOut } from '../../db/accounts';
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
      <div className="field">
        <label htmlFor="change-current">{t('accounts.change.current')}</label>
        <input
          id="change-current"
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="change-next">{t('accounts.change.next')}</label>
        <input id="change-next" type="password" autoComplete="new-password" value={next} onChange={(e) => setNext(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="change-again">{t('accounts.change.confirm')}</label>
        <input id="change-again" type="password" autoComplete="new-password" value={again} onChange={(e) => setAgain(e.target.value)} />
      </div>
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
