// The top bar's bell: how many notices wait for acknowledgement, and a dropdown of the latest
// ones to acknowledge at once or open; a waiting level-1 notice turns it red.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import { useConsole } from '../../db/DatabaseContext';
import { latestNotices, unacknowledgedCount } from '../../db/notices';
import { NoticeItem } from './NoticeItem';
import './notifications.css';

/** How many of the waiting notices the dropdown lists; the centre has the rest. */
const SHOWN = 5;
/** Enough to find a waiting level-1 notice among the newest without reading the whole history. */
const LOOKED_AT = 50;

export function NotificationBell() {
  const { t } = useTranslation();
  const { db } = useConsole();
  const [open, setOpen] = useState(false);
  const count = useLiveQuery(() => unacknowledgedCount(db), [db]) ?? 0;
  const waiting = useLiveQuery(() => latestNotices(db, 'unacknowledged', LOOKED_AT), [db]) ?? [];
  // Level 1 first, then the newest: the dropdown is for what must not wait.
  const listed = [...waiting].sort((a, b) => Number(b.kind === 'level1') - Number(a.kind === 'level1')).slice(0, SHOWN);
  const levelOne = waiting.some((n) => n.kind === 'level1');
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: MouseEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('mousedown', closeOutside);
    document.addEventListener('keydown', closeOnEscape);
    return () => {
      document.removeEventListener('mousedown', closeOutside);
      document.removeEventListener('keydown', closeOnEscape);
    };
  }, [open]);

  const label = count > 0 ? t('notifications.bell.label', { count }) : t('notifications.bell.labelNone');
  return (
    <div className="nc-bell" ref={root}>
      <button
        type="button"
        className={`nc-bell-button${levelOne ? ' nc-urgent' : ''}`}
        aria-label={label}
        title={label}
        aria-expanded={open}
        aria-haspopup="dialog"
        onClick={() => setOpen((was) => !was)}
      >
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <path
            fill="currentColor"
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
          />
        </svg>
        {count > 0 ? (
          <span className="nc-badge" aria-hidden="true">
            {count > 99 ? '99+' : count}
          </span>
        ) : null}
      </button>
      {open ? (
        <div className="nc-dropdown" role="dialog" aria-label={t('notifications.bell.latest')}>
          <h2>{t('notifications.bell.latest')}</h2>
          {listed.length === 0 ? <p className="muted">{t('notifications.bell.empty')}</p> : null}
          <ul className="nc-list" aria-label={t('notifications.bell.latest')}>
            {listed.map((notice) => (
              <NoticeItem key={notice.id} notice={notice} compact onOpen={() => setOpen(false)} />
            ))}
          </ul>
          <div className="nc-dropdown-foot">
            {count > listed.length ? (
              <span className="muted small">{t('notifications.bell.more', { count: count - listed.length })}</span>
            ) : (
              <span />
            )}
            <Link href="/notifications" onClick={() => setOpen(false)}>
              {t('notifications.bell.viewAll')}
            </Link>
          </div>
        </div>
      ) : null}
    </div>
  );
}
