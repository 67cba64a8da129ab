// 当前值班: who is on duty at this moment (night shifts past midnight included), and until when.
import { useTranslation } from 'react-i18next';
import { datesCovering, onDutyAt, shiftSpan } from '@shared/roster';
import { useConsole, usePeople } from '../../db/DatabaseContext';
import { useDutyOn } from '../../db/reads/organisation';
import { Panel } from '../../ui/Field';
import { formatDateTime } from '../../ui/format';
import { useNow } from '../../ui/useNow';
import './organisation.css';

export function OnDutyNow() {
  const { t } = useTranslation();
  const { plan, now: clock } = useConsole();
  const offset = plan.utcOffsetMinutes;
  const now = useNow(clock, 15_000);
  const people = usePeople();
  const dates = datesCovering(now, offset);
  const shifts = useDutyOn(dates);
  const onDuty = onDutyAt(shifts, now, offset).sort((a, b) =>
    a.post === b.post ? a.start.localeCompare(b.start) : a.post === 'leader' ? -1 : 1,
  );
  return (
    <Panel title={t('organisation.onDuty.title')} className="on-duty-now">
      {onDuty.length === 0 ? <p className="muted">{t('organisation.onDuty.none')}</p> : null}
      <ul className="on-duty-list" aria-label={t('organisation.onDuty.title')}>
        {onDuty.map((shift) => {
          const person = people.find((p) => p.id === shift.personId);
          return (
            <li key={shift.id}>
              <span className={`badge post post-${shift.post}`}>{t(`organisation.roster.post.${shift.post}`)}</span>
              <strong>{person?.name ?? t('organisation.roster.removedPerson')}</strong>
              <span className="mono">{person?.phone}</span>
              <span className="muted small">
                {t('organisation.onDuty.until', { at: formatDateTime(shiftSpan(shift, offset).to, offset).slice(5) })}
              </span>
            </li>
          );
        })}
      </ul>
    </Panel>
  );
}
