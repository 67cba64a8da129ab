// One notice as the bell and the notification centre show it: what happened in the operator's
// language, when the console raised it (and when it was due, if that was much earlier), how often
// it was shown, the incident by its number, and who acknowledged it.
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { noticeDueAt, raisedLate } from '@shared/alerts';
import type { StoredNotice } from '@shared/records';
import { DRILL_PREFIX } from '@shared/schedule';
import { useConsole } from '../../db/DatabaseContext';
import { acknowledgeNotice } from '../../db/notices';
import { useCommand } from '../../ui/useCommand';
import { formatDateTime } from '../../ui/format';
import { useWriteContext } from '../session/useWriteContext';
import { noticeText } from './noticeText';

export function NoticeItem({ notice, compact = false, onOpen }: { notice: StoredNotice; compact?: boolean; onOpen?: () => void }) {
  const { t, i18n } = useTranslation();
  const { db, plan } = useConsole();
  const writeContext = useWriteContext();
  const { alert, busy, run } = useCommand();
  const offset = plan.utcOffsetMinutes;
  const worded = noticeText(notice, t, offset, i18n.language);
  // A drill's notices are marked as the desktop shows them, so nobody mistakes one for live work.
  const title = notice.mode === 'drill' ? `${DRILL_PREFIX}${worded.title}` : worded.title;
  const body = worded.body;
  const number = notice.params.number;

  const acknowledge = () => run(() => acknowledgeNotice(db, notice.id, writeContext()));

  const classes = ['nc-item', `nc-${notice.kind}`, notice.acknowledgedAt ? 'nc-done' : 'nc-pending', compact ? 'nc-compact' : ''];
  return (
    <li className={classes.filter(Boolean).join(' ')} aria-label={title}>
      <div className="nc-head">
        <span className={`badge nc-kind nc-kind-${notice.kind}`}>{t(`notifications.kind.${notice.kind}`)}</span>
        <strong className="nc-title">{title}</strong>
      </div>
      {compact ? null : <p className="nc-body">{body}</p>}
      <div className="nc-meta">
        <span>{t('notifications.firedAt', { at: formatDateTime(notice.firedAt, offset) })}</span>
        {raisedLate(notice) ? (
          <span className="nc-due">{t('notifications.dueAt', { at: formatDateTime(noticeDueAt(notice), offset) })}</span>
        ) : null}
        {notice.shownCount > 1 ? (
          <span>{t('notifications.shownCount', { times: notice.shownCount, at: formatDateTime(notice.lastShownAt, offset) })}</span>
        ) : null}
        {notice.target && number !== undefined ? (
          <Link
            href={notice.target.kind === 'petition' ? `/petitions/${notice.target.id}` : `/incidents/${notice.target.id}`}
            onClick={onOpen}
          >
            {t(notice.target.kind === 'petition' ? 'notifications.petition' : 'notifications.incident', { number })}
          </Link>
        ) : null}
        {notice.acknowledgedAt ? (
          <span className="nc-acknowledged">
            {t('notifications.acknowledgedBy', {
              name: notice.acknowledgedByName ?? '',
              at: formatDateTime(notice.acknowledgedAt, offset),
            })}
          </span>
        ) : (
          <button type="button" className="nc-acknowledge" disabled={busy} onClick={() => void acknowledge()}>
            {t('notifications.acknowledge')}
          </button>
        )}
      </div>
      {alert ? (
        <p role="alert" className="nc-failure">
          {alert}
        </p>
      ) : null}
    </li>
  );
}
