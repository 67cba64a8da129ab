// 登录: the person chooses their name (the list remains, as "who is signing in") and gives their
// password. With no account at all yet, the first run asks the leader to set theirs. The accounts
// are the live database's, also in a rehearsal.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { lockedAt } from '@shared/accounts';
import { teamsLedBy } from '@shared/teamLeads';
import { localized } from '@shared/text';
import { accountsDb, createFirstLeader, signIn } from '../../db/accounts';
import { useAccounts, useSignInPeople } from '../../db/reads/accounts';
import { useTeams } from '../../db/reads/organisation';
import { useAppDispatch, useAppSelector } from '../../store';
import { useCommand } from '../../ui/useCommand';
import { FormAlert } from '../../ui/Outcome';
import { DrillBanner } from './DrillBanner';
import { PasswordField } from './PasswordField';
import { useSeatWriteContext } from './useSeatWriteContext';
import { LocaleSwitch } from './LocaleSwitch';
import { operatorChosen } from './sessionSlice';

export function Frame({ title, prompt, children }: { title: string; prompt: string; children: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <main className="operator-picker">
      <DrillBanner />
      <div className="operator-card">
        <div className="brand-large">
          <span className="brand-mark" aria-hidden="true" />
          <div>
            <h1>{t('app.title')}</h1>
            <p>{t('app.subtitle')}</p>
          </div>
          <LocaleSwitch />
        </div>
        <h2>{title}</h2>
        <p className="muted">{prompt}</p>
        {children}
      </div>
    </main>
  );
}

export function SignInPage() {
  const accounts = useAccounts();
  if (accounts === undefined) return null;
  return accounts.length === 0 ? <FirstRun /> : <SignIn accounts={accounts} />;
}

function SignIn({ accounts }: { accounts: { personId: string; lockedUntil: string | null; disabled: boolean }[] }) {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  const people = useSignInPeople();
  const teams = useTeams();
  const locale = useAppSelector((s) => s.session.locale);
  const remembered = useAppSelector((s) => s.session.operatorId);
  const [chosen, setChosen] = useState<string | null>(remembered);
  const [password, setPassword] = useState('');
  const context = useSeatWriteContext();
  const { run, busy, alert, setMessage } = useCommand();
  const person = people.find((p) => p.id === chosen);
  const account = accounts.find((a) => a.personId === chosen);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!person) return setMessage({ kind: 'error', text: t('accounts.signIn.choose') });
    if (!password) return setMessage({ kind: 'error', text: t('accounts.signIn.enterPassword') });
    const signed = await run(() => signIn(accountsDb(), person.id, password, context()));
    setPassword('');
    if (signed) dispatch(operatorChosen(person.id));
  }

  return (
    <Frame title={t('accounts.signIn.title')} prompt={t('accounts.signIn.prompt')}>
      <form onSubmit={(e) => void submit(e)} className="sign-in">
        <div role="radiogroup" aria-label={t('accounts.signIn.who')} className="operator-list">
          {people.map((p) => {
            const own = accounts.find((a) => a.personId === p.id);
            return (
              <label key={p.id} className={`operator-option${chosen === p.id ? ' selected' : ''}`}>
                <input
                  type="radio"
                  name="operator"
                  value={p.id}
                  checked={chosen === p.id}
                  onChange={() => {
                    setChosen(p.id);
                    setMessage(null);
                  }}
                />
                <span className="operator-name">{p.name}</span>
                <span className="operator-role">{t(`role.${p.role}`)}</span>
                <span className="operator-title">{p.title}</span>
                {teamsLedBy(p.id, teams).map((team) => (
                  <span key={team.id} className="operator-leads">
                    {t(team.kind === 'department' ? 'operator.headsDepartment' : 'operator.leadsTeam', {
                      team: localized(team.name, locale),
                    })}
                  </span>
                ))}
                {!own ? <span className="badge muted">{t('accounts.panel.none')}</span> : null}
                {own?.disabled ? <span className="badge muted">{t('accounts.panel.disabled')}</span> : null}
              </label>
            );
          })}
        </div>
        {person && !account ? (
          <p className="hint" role="note">
            {t('accounts.signIn.noAccount', { name: person.name })}
          </p>
        ) : null}
        <PasswordField label={t('accounts.signIn.password')} value={password} onChange={setPassword} disabled={!account} />
        <FormAlert text={alert} />
        {account && lockedAt(account, Date.now()).locked && !alert ? (
          <p className="hint">{t('accounts.panel.lockedUntil', { until: account.lockedUntil!.slice(0, 16).replace('T', ' ') })}</p>
        ) : null}
        <button type="submit" className="primary" disabled={busy || !account}>
          {busy ? t('accounts.signIn.busy') : t('accounts.signIn.submit')}
        </button>
      </form>
    </Frame>
  );
}

function FirstRun() {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  const leaders = useSignInPeople().filter((p) => p.role === 'leader');
  const [chosen, setChosen] = useState<string | null>(null);
  const leaderId = chosen ?? leaders[0]?.id ?? null;
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const context = useSeatWriteContext();
  const { run, busy, alert, setMessage } = useCommand();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!leaderId) return;
    if (password !== again) return setMessage({ kind: 'error', text: t('accounts.firstRun.mismatch') });
    const signed = await run(() => createFirstLeader(accountsDb(), leaderId, password, context()));
    if (signed) dispatch(operatorChosen(leaderId));
  }

  return (
    <Frame title={t('accounts.firstRun.title')} prompt={t('accounts.firstRun.prompt')}>
      {leaders.length === 0 ? (
        <p className="notice error" role="alert">
          {t('accounts.firstRun.noLeader')}
        </p>
      ) : (
        <form onSubmit={(e) => void submit(e)} className="sign-in">
          <div role="radiogroup" aria-label={t('accounts.firstRun.leader')} className="operator-list">
            {leaders.map((p) => (
              <label key={p.id} className={`operator-option${leaderId === p.id ? ' selected' : ''}`}>
                <input type="radio" name="leader" value={p.id} checked={leaderId === p.id} onChange={() => setChosen(p.id)} />
                <span className="operator-name">{p.name}</span>
                <span className="operator-role">{t(`role.${p.role}`)}</span>
                <span className="operator-title">{p.title}</span>
              </label>
            ))}
          </div>
          <PasswordField label={t('accounts.firstRun.password')} value={password} onChange={setPassword} fresh />
          <PasswordField label={t('accounts.firstRun.confirm')} value={again} onChange={setAgain} fresh />
          <p className="hint">{t('accounts.change.rules')}</p>
          <FormAlert text={alert} />
          <button type="submit" className="primary" disabled={busy}>
            {t('accounts.firstRun.submit')}
          </button>
        </form>
      )}
    </Frame>
  );
}
