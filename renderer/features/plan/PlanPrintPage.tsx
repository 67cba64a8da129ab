// 打印预案: the plan (in force or a draft) as an A4 official document under a toolbar, printed
// through the host like the drill notice.
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { localized } from '@shared/text';
import { useConsole } from '../../db/DatabaseContext';
import { getPlan } from '../../db/planDrafts';
import { useAppSelector } from '../../store';
import { OfficialPrintFrame } from '../print/OfficialPrintFrame';
import { OfficialPlan } from './OfficialPlan';
import '../drill/notices/notices.css';
import './planFiles.css';

export function PlanPrintPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { db } = useConsole();
  const locale = useAppSelector((s) => s.session.locale);
  // null: no such plan; undefined: still loading.
  const plan = useLiveQuery(async () => (await getPlan(db, id)) ?? null, [db, id]);
  return (
    <OfficialPrintFrame
      className="drill-notice-print plan-print"
      back={{ href: '/plan', label: t('planTemplates.print.back') }}
      labels={{
        print: t('planTemplates.print.print'),
        printing: t('planTemplates.print.printing'),
        notFound: t('planTemplates.print.notFound'),
      }}
      fileName={plan ? t('planTemplates.print.fileName', { title: localized(plan.title, locale) }) : plan}
    >
      {plan ? <OfficialPlan plan={plan} locale={locale} /> : null}
    </OfficialPrintFrame>
  );
}
