// The drill notice's print view: on screen an A4 sheet under a toolbar; on paper or PDF a formal
// notice with no running header (official documents carry none) and — 1 — page numbers, from the
// named page in notices.css.
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import { localized } from '@shared/text';
import { useConsole } from '../../../db/DatabaseContext';
import { getDrillNotice } from '../../../db/drillNotices';
import { getScenario } from '../../../db/scenarios';
import { useAppSelector } from '../../../store';
import { usePrintToPdf } from '../../print/usePrintToPdf';
import { DrillTabs } from '../DrillTabs';
import { OfficialNotice } from './OfficialNotice';
import './notices.css';

export function NoticePrintPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { db } = useConsole();
  const locale = useAppSelector((s) => s.session.locale);
  const { print, printing, failure } = usePrintToPdf();
  // null: no such notice; undefined: still loading.
  const loaded = useLiveQuery(async () => {
    const notice = await getDrillNotice(db, id);
    if (!notice) return null;
    const scenario = notice.scenarioId ? await getScenario(db, notice.scenarioId) : undefined;
    return { notice, scenario: scenario ?? null };
  }, [db, id]);

  return (
    <div className="drill-notice-print">
      <DrillTabs />
      <div className="notice-print-toolbar no-print">
        <Link href={loaded ? `/drill/notices/${id}` : '/drill/notices'} className="back">
          ← {t('drillNotice.print.back')}
        </Link>
        {loaded ? (
          <button
            type="button"
            className="primary"
            disabled={printing}
            onClick={() => void print(t('drillNotice.print.fileName', { title: loaded.notice.title }))}
          >
            {printing ? t('drillNotice.print.printing') : t('drillNotice.print.print')}
          </button>
        ) : null}
      </div>
      {failure ? (
        <div className="notice error no-print notice-print-failure" role="alert">
          {failure}
        </div>
      ) : null}
      {loaded === null ? (
        <div className="notice error" role="alert">
          {t('drillNotice.print.notFound')}
        </div>
      ) : null}
      {loaded ? (
        <OfficialNotice
          notice={loaded.notice}
          scenarioTitle={loaded.scenario ? localized(loaded.scenario.title, locale) : null}
          locale={locale}
        />
      ) : null}
    </div>
  );
}
