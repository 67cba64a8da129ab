// 通知中心: every alert that came due, the unacknowledged ones first in view, acknowledged one by
// one or all together, with the history of who acknowledged what and when.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useConsole } from '../../db/DatabaseContext';
import { acknowledgeAllNotices, latestNotices, unacknowledgedCount, type NoticeFilter } from '../../db/notices';
import { useNoticeCount } from '../../db/reads/records';
import { useCommand } from '../../ui/useCommand';
import { useWriteContext } from '../session/useWriteContext';
import { NoticeItem } from './NoticeItem';
import './notifications.css';

/** The history shown at once; older notices stay in the database (and in backups). */
const LIMIT = 200;
const FILTERS: NoticeFilter[] = ['unacknowledged', 'all'];

export function NotificationCentrePage() {
  const { t } = useTranslation();
  const { db } = useConsole();
  const writeContext = useWriteContext();
  // Which tab is open is this screen's own passing state, not something other screens follow.
  const [filter, setFilter] = useState<NoticeFilter>('unacknowledged');
  const { message, busy, run } = useCommand();
  const notices = useLiveQuery(() => latestNotices(db, filter, LIMIT), [db, filter]);
  const waiting = useLiveQuery(() => unacknowledgedCount(db), [db]) ?? 0;
  const total = useNoticeCount();

  const acknowledgeAll = () =>
    run(
      () => acknowledgeAllNotices(db, writeContext()),
      (done, tr) => tr('notifications.acknowledgedAll', { total: done }),
    );

  return (
    <div className="nc-centre">
      <div className="page-header">
        <h1>{t('notifications.title')}</h1>
        <div className="nc-filters" role="tablist" aria-label={t('notifications.filter.label')}>
          {FILTERS.map((f) => (
            <button
              key={f}
              type="button"
              role="tab"
              aria-selected={filter === f}
              className={filter === f ? 'pressed' : ''}
              onClick={() => setFilter(f)}
            >
              {t(`notifications.filter.${f}`)} <span className="badge count">{f === 'all' ? total : waiting}</span>
            </button>
          ))}
        </div>
        <button type="button" className="primary nc-acknowledge-all" disabled={waiting === 0 || busy} onClick={() => void acknowledgeAll()}>
          {t('notifications.acknowledgeAll')}
        </button>
      </div>
      {message?.kind === 'success' ? (
        <p role="status" className="muted">
          {message.text}
        </p>
      ) : null}
      {message?.kind === 'error' ? <p role="alert">{message.text}</p> : null}
      {notices && notices.length === 0 ? <p className="empty muted">{t(`notifications.empty.${filter}`)}</p> : null}
      <ul className="nc-list nc-page-list" aria-label={t('notifications.list')}>
        {(notices ?? []).map((notice) => (
          <NoticeItem key={notice.id} notice={notice} />
        ))}
      </ul>
      {notices && notices.length === LIMIT ? <p className="muted small">{t('notifications.showing', { count: LIMIT })}</p> : null}
    </div>
  );
}
