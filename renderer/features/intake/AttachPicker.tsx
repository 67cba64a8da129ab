// 所属事件: register as a new incident, or attach to an open incident about the same matter,
// found by its number, matter, place or a complainant's name.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Incident } from '@shared/model';
import { toIsoWithOffset } from '@shared/time';
import { boardPage, EMPTY_FILTERS } from '../../db/board';
import { useConsole } from '../../db/DatabaseContext';

export function AttachPicker({ incident, onChoose }: { incident: Incident | undefined; onChoose: (id: string | null) => void }) {
  const { t } = useTranslation();
  const { db, now, plan } = useConsole();
  const [search, setSearch] = useState('');
  const needle = search.trim();
  const matches = useLiveQuery(
    () =>
      needle.length >= 2
        ? boardPage(db, { ...EMPTY_FILTERS, search: needle }, toIsoWithOffset(now(), plan.utcOffsetMinutes), 6).then((p) => p.rows)
        : [],
    [db, needle],
  );
  if (incident)
    return (
      <div className="attach-picker wide" role="group" aria-label={t('intake.attachLabel')}>
        <span className="muted">{t('intake.attachLabel')}</span>
        <strong className="attach-chosen">{t('intake.attachTo', { number: incident.number, title: incident.title })}</strong>
        <button type="button" className="link" onClick={() => onChoose(null)}>
          {t('intake.attachClear')}
        </button>
      </div>
    );
  return (
    <div className="attach-picker wide" role="group" aria-label={t('intake.attachLabel')}>
      <span className="muted">{t('intake.attachLabel')}</span>
      <strong>{t('intake.attachNone')}</strong>
      <input
        type="search"
        aria-label={t('intake.attachSearch')}
        placeholder={t('intake.attachSearch')}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      {matches && matches.length > 0 ? (
        <ul className="attach-results" aria-label={t('intake.attachResults')}>
          {matches.map((match) => (
            <li key={match.id}>
              <button type="button" onClick={() => onChoose(match.id)}>
                <span className="mono">{match.number}</span> {match.title} · {match.place}
              </button>
            </li>
          ))}
        </ul>
      ) : needle.length >= 2 && matches ? (
        <span className="muted small">{t('intake.attachNoMatch')}</span>
      ) : null}
    </div>
  );
}
