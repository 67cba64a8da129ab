// The plan's commands that reach outside the screen: a draft from a template, a plan written to
// a file and one read from a file, each ending in a sentence for the operator.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '@shared/plan';
import type { Failure } from '@shared/result';
import { localized } from '@shared/text';
import { useConsole } from '../../db/DatabaseContext';
import { createPlanFromTemplate, exportPlanFile, importPlanFile } from '../../db/planDrafts';
import { getHost } from '../../host';
import { useAppSelector } from '../../store';
import { attempt } from '../../ui/describe';
import { useWriteContext } from '../session/useWriteContext';
import { useBusy } from '../../ui/useBusy';
import { planFailureText } from './planFileText';

export type PlanMessage = { kind: 'success' | 'error'; text: string; draftId?: string };

const decoder = new TextDecoder('utf-8');
/** Names a file system accepts on Windows, macOS and Linux alike. */
const fileSafe = (name: string) => name.replace(/[\\/:*?"<>|\s]+/g, '-');

export function usePlanFiles() {
  const { t } = useTranslation();
  const { db, plan: planInForce, now } = useConsole();
  const locale = useAppSelector((s) => s.session.locale);
  const writeContext = useWriteContext();
  const [message, setMessage] = useState<PlanMessage | null>(null);
  const refuse = (error: Failure) => setMessage({ kind: 'error', text: planFailureText(error, t) });

  const { busy, run } = useBusy(
    () => setMessage(null),
    (error) => refuse({ code: 'storage-failed', message: error instanceof Error ? error.message : String(error) }),
  );

  const createFromTemplate = (templateKey: string) =>
    run(async () => {
      const created = await attempt(() => createPlanFromTemplate(db, templateKey, writeContext()));
      if (!created.ok) return refuse(created.error);
      setMessage({
        kind: 'success',
        text: t('planTemplates.templates.created', { title: localized(created.value.title, locale) }),
        draftId: created.value.id,
      });
    });

  const exportFile = (plan: Plan) =>
    run(async () => {
      const text = await attempt(() => exportPlanFile(db, plan.id, { now: now(), plan: planInForce }));
      if (!text.ok) return refuse(text.error);
      const suggestedName = t('planTemplates.exchange.fileName', { title: fileSafe(localized(plan.title, locale)) });
      const filters = [{ name: t('planTemplates.exchange.fileFilter'), extensions: ['json'] }];
      const saved = await attempt(() => getHost().saveFile({ suggestedName, filters, data: text.value }));
      if (!saved.ok) return refuse(saved.error);
      if (saved.value.saved)
        setMessage({ kind: 'success', text: t('planTemplates.exchange.exported', { name: saved.value.name ?? suggestedName }) });
    });

  const importFile = () =>
    run(async () => {
      const opened = await attempt(() =>
        getHost().openFile({ filters: [{ name: t('planTemplates.exchange.fileFilter'), extensions: ['json'] }] }),
      );
      if (!opened.ok) return refuse(opened.error);
      if (!opened.value) return; // the operator cancelled the dialog
      const imported = await attempt(() => importPlanFile(db, decoder.decode(opened.value?.data), writeContext()));
      if (!imported.ok) return refuse(imported.error);
      setMessage({
        kind: 'success',
        text: t('planTemplates.exchange.imported', { title: localized(imported.value.title, locale) }),
        draftId: imported.value.id,
      });
    });

  return { message, busy, createFromTemplate, exportFile, importFile };
}
