// The drill notice's print view: on screen an A4 sheet under a toolbar; on paper or PDF a formal
// notice with no running header (official documents carry none) and — 1 — page numbers, from the
// named page in notices.css.
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { localized } from '@shared/text';
import { useConsole } from '../../../db/DatabaseContext';
import { getDrillNotice } from '../../../db/drillNotices';
import { getScenario } from '../../../db/scenarios';
import { useAppSelector } from '../../../store';
import { OfficialPrintFrame } from '../../print/OfficialPrintFrame';
import { DrillTabs } from '../DrillTabs';
import { OfficialNotice } from './OfficialNotice';
import './notices.css';

export function NoticePrintPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { db } = useConsole();
  const locale = useAppSelector((s) => s.session.locale);
  // null: no such notice; undefined: still loading.
  const loaded = useLiveQuery(async () => {
    const notice = await getDrillNotice(db, id);
    if (!notice) return null;
    const scenario = notice.scenarioId ? await getScenario(db, notice.scenarioId) : undefined;
    return { notice, scenario: scenario ?? null };
  }, [db, id]);

  return (
    <OfficialPrintFrame
      className="drill-notice-print"
      before={<DrillTabs />}
      back={{ href: loaded ? `/drill/notices/${id}` : '/drill/notices', label: t('drillNotice.print.back') }}
      labels={{ print: t('drillNotice.print.print'), printing: t('drillNotice.print.printing'), notFound: t('drillNotice.print.notFound') }}
      fileName={loaded ? t('drillNotice.print.fileName', { title: loaded.notice.title }) : loaded}
    >
      {loaded ? (
        <OfficialNotice
          notice={loaded.notice}
          scenarioTitle={loaded.scenario ? localized(loaded.scenario.title, locale) : null}
          locale={locale}
        />
      ) : null}
    </OfficialPrintFrame>
  );
}
