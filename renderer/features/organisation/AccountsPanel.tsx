// 账户: who may sign in, each account's state (须改密码, 锁定至…, 停用), opening and resetting with a
// one-time password, and the latest sign-ins. Managed by the leaders, with the password again.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { lockedAt, type Account } from '@shared/accounts';
import type { Person } from '@shared/model';
import { accountsDb, createAccount, resetPassword, setAccountDisabled } from '../../db/accounts';
import { useConsole } from '../../db/DatabaseContext';
import { useAccounts, useSeatLog, useSignInPeople } from '../../db/reads/accounts';
import { timelineText } from '../../ui/describe';
import { Panel } from '../../ui/Field';
import { formatDateTime } from '../../ui/format';
import { useCommand } from '../../ui/useCommand';
import { useOperator, useWriteContext } from '../session/useWriteContext';

type Editing = { person: Person; kind: 'create' | 'reset' };

export function AccountsPanel() {
  const { t } = useTranslation();
  const { plan, now } = useConsole();
  const people = useSignInPeople();
  const accounts = useAccounts() ?? [];
  const log = useSeatLog(10) ?? [];
  const writeContext = useWriteContext();
  const me = useOperator();
  const command = useCommand();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [oneTime, setOneTime] = useState('');

  const status = (account: Account | undefined) => {
    if (!account) return t('accounts.panel.none');
    if (account.disabled) return t('accounts.panel.disabled');
    if (lockedAt(account, now()).locked)
      return t('accounts.panel.lockedUntil', { until: formatDateTime(account.lockedUntil!, plan.utcOffsetMinutes) });
    return account.mustChange ? t('accounts.panel.mustChange') : t('accounts.panel.active');
  };

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!editing) return;
    const { person, kind } = editing;
    const write = kind === 'create' ? createAccount : resetPassword;
    const done = await command.run(
      () => write(accountsDb(), person.id, oneTime, writeContext()),
      (_value, tr) => tr(kind === 'create' ? 'accounts.panel.created' : 'accounts.panel.resetDone', { name: person.name }),
    );
    if (done) {
      setEditing(null);
      setOneTime('');
    }
  }

  const toggle = (person: Person, disabled: boolean) =>
    command.run(
      () => setAccountDisabled(accountsDb(), person.id, disabled, writeContext()),
      (_value, tr) => tr(disabled ? 'accounts.panel.disabledDone' : 'accounts.panel.enabledDone', { name: person.name }),
    );

  return (
    <Panel title={t('accounts.panel.title')} className="accounts-panel">
      <p className="muted">{t('accounts.panel.intro')}</p>
      {command.message ? (
        <p className={`notice ${command.message.kind}`} role={command.message.kind === 'error' ? 'alert' : 'status'}>
          {command.message.text}
        </p>
      ) : null}
      <table className="org-table accounts-table">
        <thead>
          <tr>
            <th>{t('accounts.panel.person')}</th>
            <th>{t('accounts.panel.role')}</th>
            <th>{t('accounts.panel.status')}</th>
            <th>{t('accounts.panel.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {people.map((person) => {
            const account = accounts.find((a) => a.personId === person.id);
            const open = editing?.person.id === person.id;
            return (
              <tr key={person.id}>
                <td>{person.name}</td>
                <td>{t(`role.${person.role}`)}</td>
                <td>{status(account)}</td>
                <td>
                  {open ? (
                    <form
                      className="actions"
                      onSubmit={(e) => void save(e)}
                      aria-label={t('accounts.panel.oneTimeFor', { name: person.name })}
                    >
                      <input
                        aria-label={t('accounts.panel.oneTimeFor', { name: person.name })}
                        placeholder={t('accounts.panel.oneTime')}
                        autoComplete="off"
                        value={oneTime}
                        onChange={(e) => setOneTime(e.target.value)}
                      />
                      <button type="submit" className="primary" disabled={command.busy}>
                        {t('accounts.panel.save')}
                      </button>
                      <button type="button" onClick={() => setEditing(null)}>
                        {t('accounts.panel.cancel')}
                      </button>
                    </form>
                  ) : (
                    <div className="actions">
                      {!account ? (
                        <button
                          type="button"
                          onClick={() => setEditing({ person, kind: 'create' })}
                          aria-label={`${t('accounts.panel.create')} ${person.name}`}
                        >
                          {t('accounts.panel.create')}
                        </button>
                      ) : (
                        <>
                          <button
                            type="button"
                            onClick={() => setEditing({ person, kind: 'reset' })}
                            aria-label={`${t('accounts.panel.reset')} ${person.name}`}
                          >
                            {t('accounts.panel.reset')}
                          </button>
                          {/* No one disables their own account (the decision refuses it too). */}
                          {person.id === me?.id ? null : (
                            <button
                              type="button"
                              onClick={() => void toggle(person, !account.disabled)}
                              aria-label={`${t(account.disabled ? 'accounts.panel.enable' : 'accounts.panel.disable')} ${person.name}`}
                            >
                              {t(account.disabled ? 'accounts.panel.enable' : 'accounts.panel.disable')}
                            </button>
                          )}
                        </>
                      )}
                    </div>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h3>{t('accounts.panel.log')}</h3>
      {log.length === 0 ? <p className="muted">{t('accounts.panel.noLog')}</p> : null}
      <ol className="timeline" aria-label={t('accounts.panel.log')}>
        {log.map((entry) => (
          <li key={entry.id}>
            <time className="muted small">{formatDateTime(entry.at, plan.utcOffsetMinutes)}</time>{' '}
            <span>{timelineText(entry.kind, entry.params, t)}</span>
          </li>
        ))}
      </ol>
    </Panel>
  );
}
