// The library's commands that reach outside one screen: copy a scenario as the office's own,
// export it to a JSON file and import one, each ending in a sentence for the operator.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useLocation } from 'wouter';
import type { Failure } from '@shared/result';
import type { Scenario } from '@shared/scenario';
import { localized } from '@shared/text';
import { useConsole } from '../../../db/DatabaseContext';
import { copyScenario, exportScenario, importScenario } from '../../../db/scenarios';
import { getHost } from '../../../host';
import { useAppSelector } from '../../../store';
import { attempt, keysFor } from '../../../ui/describe';
import { useWriteContext } from '../../session/useWriteContext';
import { useBusy } from '../../../ui/useBusy';
import { fileSafe, pathText, problemText } from './scenarioText';
import { keyIn, say } from '../../../i18n/keys';

export type Message = { kind: 'success' | 'error'; text: string };

/** The sentence for a refusal from the scenario repository or the host. */
export function scenarioFailureText(error: Failure, t: TFunction): string {
  const params = { ...error.params, message: error.message ?? '' };
  if (error.code === 'scenario-invalid-file') {
    const path = String(error.params?.path ?? '');
    const problem = String(error.params?.problem ?? 'invalid');
    return t('drillScenarios.refusal.scenario-invalid-file', { where: pathText(path, t), problem: problemText(problem, t) });
  }
  return say(t, [keyIn('drillScenarios.refusal', error.code), ...keysFor('refusal', error.code)], params);
}

const decoder = new TextDecoder('utf-8');

/** A message left for the screen navigated to (e.g. after a copy), shown once there. */
let pendingMessage: Message | null = null;
export function leaveMessage(message: Message) {
  pendingMessage = message;
}

export function useScenarioFiles() {
  const { t } = useTranslation();
  const { db } = useConsole();
  const locale = useAppSelector((s) => s.session.locale);
  const writeContext = useWriteContext();
  const [, navigate] = useLocation();
  const [message, setMessage] = useState<Message | null>(() => pendingMessage);
  useEffect(() => {
    pendingMessage = null;
  }, []);
  const refuse = (error: Failure) => setMessage({ kind: 'error', text: scenarioFailureText(error, t) });

  const { busy, run } = useBusy(
    () => setMessage(null),
    (error) => refuse({ code: 'storage-failed', message: error instanceof Error ? error.message : String(error) }),
  );

  /** Copies and opens the copy, ready to edit. */
  const copy = (scenario: Scenario) =>
    run(async () => {
      const copied = await attempt(() => copyScenario(db, scenario.id, writeContext()));
      if (!copied.ok) return refuse(copied.error);
      // The copy's own page says what happened, so the message travels with the navigation.
      pendingMessage = { kind: 'success', text: t('drillScenarios.copied', { title: localized(copied.value.title, locale) }) };
      navigate(`/drill/scenarios/${copied.value.id}`);
    });

  const exportFile = (scenario: Scenario) =>
    run(async () => {
      const text = await attempt(() => exportScenario(db, scenario.id));
      if (!text.ok) return refuse(text.error);
      const suggestedName = t('drillScenarios.fileName', { title: fileSafe(localized(scenario.title, locale)) });
      const filters = [{ name: t('drillScenarios.fileFilter'), extensions: ['json'] }];
      const saved = await attempt(() => getHost().saveFile({ suggestedName, filters, data: text.value }));
      if (!saved.ok) return refuse(saved.error);
      if (saved.value.saved)
        setMessage({ kind: 'success', text: t('drillScenarios.exported', { name: saved.value.name ?? suggestedName }) });
    });

  const importFile = () =>
    run(async () => {
      const opened = await attempt(() => getHost().openFile({ filters: [{ name: t('drillScenarios.fileFilter'), extensions: ['json'] }] }));
      if (!opened.ok) return refuse(opened.error);
      if (!opened.value) return; // the operator cancelled the dialog
      const imported = await attempt(() => importScenario(db, decoder.decode(opened.value?.data), writeContext()));
      if (!imported.ok) return refuse(imported.error);
      const title = localized(imported.value.scenario.title, locale);
      setMessage({
        kind: 'success',
        text: t(imported.value.renamed ? 'drillScenarios.importedRenamed' : 'drillScenarios.imported', { title }),
      });
    });

  return { message, setMessage, busy, copy, exportFile, importFile };
}
