// 打印预案: the plan (in force or a draft) as an A4 official document under a toolbar, printed
// through the host like the drill notice.
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import { localized } from '@shared/text';
import { useConsole } from '../../db/DatabaseContext';
import { getPlan } from '../../db/planDrafts';
import { useAppSelector } from '../../store';
import { usePrintToPdf } from '../print/usePrintToPdf';
import { OfficialPlan } from './OfficialPlan';
import '../drill/notices/notices.css';
import './planFiles.css';

export function PlanPrintPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { db } = useConsole();
  const locale = useAppSelector((s) => s.session.locale);
  const { print, printing, failure } = usePrintToPdf();
  // null: no such plan; undefined: still loading.
  const plan = useLiveQuery(async () => (await getPlan(db, id)) ?? null, [db, id]);

  return (
    <div className="drill-notice-print plan-print">
      <div className="notice-print-toolbar no-print">
        <Link href="/plan" className="back">
          ← {t('planTemplates.print.back')}
        </Link>
        {plan ? (
          <button
            type="button"
            className="primary"
            disabled={printing}
            onClick={() => void print(t('planTemplates.print.fileName', { title: localized(plan.title, locale) }))}
          >
            {printing ? t('planTemplates.print.printing') : t('planTemplates.print.print')}
          </button>
        ) : null}
      </div>
      {failure ? (
        <div className="notice error no-print notice-print-failure" role="alert">
          {failure}
        </div>
      ) : null}
      {plan === null ? (
        <div className="notice error" role="alert">
          {t('planTemplates.print.notFound')}
        </div>
      ) : null}
      {plan ? <OfficialPlan plan={plan} locale={locale} /> : null}
    </div>
  );
}
