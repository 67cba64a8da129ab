// One drill notice: drafting a new one (id "new", prefilled from the plan) or editing a saved one,
// with the way to its print preview once it is saved.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useLocation } from 'wouter';
import { useConsole } from '../../../db/DatabaseContext';
import { getDrillNotice } from '../../../db/drillNotices';
import { useAppSelector } from '../../../store';
import { Outcome } from '../../../ui/Outcome';
import { useCommand } from '../../../ui/useCommand';
import { DrillTabs } from '../DrillTabs';
import { draftNotice, formOf, NEW_NOTICE } from './noticeDraft';
import { NoticeForm } from './NoticeForm';
import { noticeFailureText } from './noticeText';
import './notices.css';

export function NoticePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { db, plan, now } = useConsole();
  const locale = useAppSelector((s) => s.session.locale);
  const [, navigate] = useLocation();
  const write = useCommand({}, { describe: noticeFailureText });
  const isNew = id === NEW_NOTICE;
  // null: a new notice; false: no such notice; undefined: still loading.
  const notice = useLiveQuery(async () => (isNew ? null : ((await getDrillNotice(db, id)) ?? false)), [db, id, isNew]);
  // The draft is taken once, when the form opens: a language switch later does not rewrite it.
  const [draft] = useState(() => draftNotice(plan, locale, now(), t));

  return (
    <div className="drill-notices">
      <DrillTabs />
      <div className="page-header">
        <h1>{t(isNew ? 'drillNotice.form.newTitle' : 'drillNotice.form.editTitle')}</h1>
        <div className="toolbar">
          {notice ? (
            <Link href={`/drill/notices/${notice.id}/print`} className="button">
              {t('drillNotice.form.preview')}
            </Link>
          ) : null}
          <Link href="/drill/notices" className="button">
            {t('drillNotice.form.back')}
          </Link>
        </div>
      </div>
      {write.message?.kind === 'success' ? <Outcome kind="success">{write.message.text}</Outcome> : null}
      {notice === false ? (
        <div className="notice error" role="alert">
          {t('drillNotice.form.notFound')}
        </div>
      ) : null}
      {notice === undefined || notice === false ? null : (
        <>
          {notice ? <p className="hint">{t('drillNotice.form.previewHint')}</p> : null}
          <NoticeForm
            key={notice?.id ?? NEW_NOTICE}
            id={notice?.id ?? null}
            initial={notice ? formOf(notice) : draft}
            write={write}
            onSaved={(value) => {
              if (isNew) navigate(`/drill/notices/${value.id}`, { replace: true });
            }}
          />
        </>
      )}
    </div>
  );
}
