// The plan page's file and template panel: new from a template, export and import a plan file,
// print; and the drafts those made, which wait for approval and change nothing meanwhile.
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import { localized } from '@shared/text';
import { useConsole } from '../../db/DatabaseContext';
import { listPlanDrafts } from '../../db/planDrafts';
import { useAppSelector } from '../../store';
import { Panel } from '../../ui/Field';
import { PlanMessageView } from './PlanMessageView';
import { usePlanFiles } from './usePlanFiles';
import './planFiles.css';

export function PlanExchange() {
  const { t } = useTranslation();
  const { db, plan } = useConsole();
  const locale = useAppSelector((s) => s.session.locale);
  const drafts = useLiveQuery(() => listPlanDrafts(db), [db]) ?? [];
  const { message, busy, exportFile, importFile } = usePlanFiles();

  return (
    <Panel title={t('planTemplates.exchange.title')} className="plan-exchange">
      <p className="small muted">{t('planTemplates.exchange.intro')}</p>
      <div className="plan-exchange-actions">
        <Link href="/plan/templates" className="button">
          {t('planTemplates.exchange.fromTemplate')}
        </Link>
        <button type="button" disabled={busy} onClick={() => void importFile()}>
          {t('planTemplates.exchange.import')}
        </button>
        <button type="button" disabled={busy} onClick={() => void exportFile(plan)}>
          {t('planTemplates.exchange.export')}
        </button>
        <Link href={`/plan/print/${plan.id}`} className="button">
          {t('planTemplates.exchange.print')}
        </Link>
      </div>
      <PlanMessageView message={message} />
      <h3>{t('planTemplates.exchange.drafts')}</h3>
      {drafts.length === 0 ? <p className="small muted">{t('planTemplates.exchange.noDrafts')}</p> : null}
      <ul className="plan-drafts" aria-label={t('planTemplates.exchange.drafts')}>
        {drafts.map((draft) => (
          <li key={draft.id}>
            <span>
              <strong>{localized(draft.title, locale)}</strong>{' '}
              <span className="muted small">{t('planTemplates.exchange.draftMeta', { date: draft.createdAt.slice(0, 10) })}</span>
            </span>
            <span className="row-actions">
              <Link href={`/plan/print/${draft.id}`}>{t('planTemplates.exchange.printDraft')}</Link>
              <button type="button" className="link" disabled={busy} onClick={() => void exportFile(draft)}>
                {t('planTemplates.exchange.exportDraft')}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </Panel>
  );
}
