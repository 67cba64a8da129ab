// 演练通知: the notices drafted for drills, the latest first, each to edit, print or delete.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import type { DrillNotice } from '@shared/drillNotice';
import { useConsole } from '../../../db/DatabaseContext';
import { deleteDrillNotice, listDrillNotices } from '../../../db/drillNotices';
import { useAppSelector } from '../../../store';
import { DrillTabs } from '../DrillTabs';
import { NEW_NOTICE } from './noticeDraft';
import { drillTimeSpan, noticeDate, noticeFailureText } from './noticeText';
import './notices.css';
import { Outcome } from '../../../ui/Outcome';
import { useCommand } from '../../../ui/useCommand';
import { useWriteContext } from '../../session/useWriteContext';

export function NoticeListPage() {
  const { t } = useTranslation();
  const { db } = useConsole();
  const writeContext = useWriteContext();
  const locale = useAppSelector((s) => s.session.locale);
  const notices = useLiveQuery(() => listDrillNotices(db), [db]);
  const [confirming, setConfirming] = useState<string | null>(null);
  const write = useCommand({}, { describe: noticeFailureText });
  const { message } = write;

  async function remove(notice: DrillNotice) {
    await write.run(
      () => deleteDrillNotice(db, notice.id, writeContext()),
      () => t('drillNotice.list.removed', { title: notice.title }),
    );
    setConfirming(null);
  }

  return (
    <div className="drill-notices">
      <DrillTabs />
      <div className="page-header">
        <h1>{t('drillNotice.title')}</h1>
        <div className="toolbar">
          <Link href={`/drill/notices/${NEW_NOTICE}`} className="button primary">
            {t('drillNotice.list.add')}
          </Link>
        </div>
      </div>
      <p className="hint">{t('drillNotice.list.intro')}</p>
      {message ? <Outcome kind={message.kind}>{message.text}</Outcome> : null}
      {notices === undefined ? null : notices.length === 0 ? (
        <p className="empty">{t('drillNotice.list.empty')}</p>
      ) : (
        <table className="drill-notice-table" aria-label={t('drillNotice.list.table')}>
          <thead>
            <tr>
              <th>{t('drillNotice.list.column.title')}</th>
              <th>{t('drillNotice.list.column.docNumber')}</th>
              <th>{t('drillNotice.list.column.time')}</th>
              <th>{t('drillNotice.list.column.place')}</th>
              <th>{t('drillNotice.list.column.personInCharge')}</th>
              <th>{t('drillNotice.list.column.issuedOn')}</th>
              <th>{t('drillNotice.list.column.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {notices.map((notice) => (
              <tr key={notice.id}>
                <td>
                  <Link href={`/drill/notices/${notice.id}`}>{notice.title}</Link>
                </td>
                <td className={notice.docNumber ? 'nowrap' : 'muted'}>{notice.docNumber || t('drillNotice.list.noDocNumber')}</td>
                <td>{drillTimeSpan(notice.startsAt, notice.endsAt, locale, t)}</td>
                <td>{notice.place}</td>
                <td>{notice.personInCharge}</td>
                <td className="nowrap">{noticeDate(notice.issuedOn, locale)}</td>
                <td>
                  <span className="row-actions">
                    {confirming === notice.id ? (
                      <span
                        className="confirm-remove"
                        role="group"
                        aria-label={t('drillNotice.list.confirmRemove', { title: notice.title })}
                      >
                        <span>{t('drillNotice.list.confirmRemove', { title: notice.title })}</span>
                        <button type="button" className="danger" onClick={() => void remove(notice)}>
                          {t('drillNotice.list.confirmYes')}
                        </button>
                        <button type="button" onClick={() => setConfirming(null)}>
                          {t('drillNotice.list.confirmNo')}
                        </button>
                      </span>
                    ) : (
                      <>
                        <Link href={`/drill/notices/${notice.id}`}>{t('drillNotice.list.edit')}</Link>
                        <Link href={`/drill/notices/${notice.id}/print`}>{t('drillNotice.list.print')}</Link>
                        <button type="button" className="link danger-link" onClick={() => setConfirming(notice.id)}>
                          {t('drillNotice.list.remove')}
                        </button>
                      </>
                    )}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
