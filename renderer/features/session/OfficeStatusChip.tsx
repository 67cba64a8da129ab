// In the top bar of a seat of an office: whether it is in step with the office server, and how many
// of its commands wait to reach it. And, for the person signed in, what the office refused of theirs
// and undid on this seat, in the office's words, until they have read it.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { proveToOffice } from '../../db/accounts';
import { kickOffice } from '../../office/useOfficeSeat';
import { PasswordField } from './PasswordField';
import { useTranslation } from 'react-i18next';
import { dismissRefusals, officeRefusals } from '../../db/officeSync';
import { failureText } from '../../ui/describe';
import { useOfficeStatus } from '../../office/useOfficeSeat';
import { useLiveDb } from '../settings/useLiveDb';
import { useOperator, useWriteContext } from './useWriteContext';

export function OfficeStatusChip() {
  const { t } = useTranslation();
  const status = useOfficeStatus();
  if (status.state === 'single') return null;
  const text = status.awaitsSignIn
    ? t('settings.office.chip.awaits', { count: status.waiting })
    : status.waiting > 0
      ? t(`settings.office.chip.${status.state}Waiting`, { name: status.name, count: status.waiting })
      : t(`settings.office.chip.${status.state}`, { name: status.name });
  return (
    <span className={`office-chip office-${status.state}`} role="status" title={status.url}>
      {text}
    </span>
  );
}

export function OfficeRefusals() {
  const { t } = useTranslation();
  const db = useLiveDb();
  const operator = useOperator();
  const refusals = useLiveQuery(() => officeRefusals(db), [db]) ?? [];
  const mine = refusals.filter((refusal) => !operator || refusal.actorId === operator.id);
  if (mine.length === 0) return null;
  return (
    <div className="office-refusals" role="alert">
      {mine.map((refusal) => (
        <p key={refusal.seq}>
          {t('settings.office.refused', {
            at: refusal.at.slice(11, 16),
            what: t(`settings.office.commands.${refusal.name}`, { defaultValue: t('settings.office.commands.other') }),
            sentence: failureText(refusal.error, t),
          })}
        </p>
      ))}
      <button
        type="button"
        onClick={() =>
          void dismissRefusals(
            db,
            mine.map((refusal) => refusal.seq),
          )
        }
      >
        {t('settings.office.refusedRead')}
      </button>
    </div>
  );
}

/**
 * Someone's commands wait at this seat because the office holds no session of theirs (they signed in
 * while it could not be reached, or before this seat joined): the person signed in gives their
 * password for the office; anyone else is told who must sign in here.
 */
export function OfficeAwaitsSignIn() {
  const { t } = useTranslation();
  const status = useOfficeStatus();
  const db = useLiveDb();
  const operator = useOperator();
  const writeContext = useWriteContext();
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (status.state === 'single' || !status.awaitsSignIn) return null;
  const { personId, name } = status.awaitsSignIn;
  if (!operator || operator.id !== personId) {
    return (
      <div className="office-refusals" role="alert">
        <p>{t('settings.office.awaitsOther', { name: name || t('settings.office.someone') })}</p>
      </div>
    );
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const proved = await proveToOffice(db, password, writeContext());
    setBusy(false);
    setPassword('');
    if (!proved.ok) return setProblem(failureText(proved.error, t));
    setProblem(null);
    kickOffice();
  };
  return (
    <form className="office-refusals office-awaits" role="alert" onSubmit={(event) => void submit(event)}>
      <p>{t('settings.office.awaitsYou')}</p>
      <PasswordField label={t('settings.office.awaitsPassword')} value={password} onChange={setPassword} disabled={busy} />
      {problem && <p className="problem">{problem}</p>}
      <button type="submit" disabled={busy || !password}>
        {t('settings.office.awaitsConfirm')}
      </button>
    </form>
  );
}
