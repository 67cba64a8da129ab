// In the top bar of a seat of an office: whether it is in step with the office server, and how many
// of its commands wait to reach it. And, for the person signed in, what the office refused of theirs
// and undid on this seat, in the office's words, until they have read it.
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { dismissRefusals, officeRefusals } from '../../db/officeSync';
import { failureText } from '../../ui/describe';
import { useOfficeStatus } from '../../office/useOfficeSeat';
import { useLiveDb } from '../settings/useLiveDb';
import { useOperator } from './useWriteContext';

export function OfficeStatusChip() {
  const { t } = useTranslation();
  const status = useOfficeStatus();
  if (status.state === 'single') return null;
  const text =
    status.waiting > 0
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
