// One way for any printable screen to print: through the host (Electron: an A4 PDF and a save
// dialog; browser: its print dialog), with the reason shown when it could not be done.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Failure } from '@shared/result';
import { getHost } from '../../host';
import { keyIn } from '../../i18n/keys';

/** The sentence for a failed print; an unknown code still reads as a sentence, with its message. */
export function printFailureText(error: Failure, t: TFunction): string {
  const key = keyIn('print.refusal', error.code);
  const params = { ...error.params, message: error.message ?? error.code };
  return t(key, { defaultValue: '' }) ? t(key, params) : t('print.failed', params);
}

export function usePrintToPdf() {
  const { t } = useTranslation();
  const [printing, setPrinting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function print(suggestedName: string) {
    setPrinting(true);
    setFailure(null);
    try {
      const result = await getHost().printToPdf({ suggestedName });
      if (!result.ok) setFailure(printFailureText(result.error, t));
    } catch (error) {
      // A host that throws (a broken bridge) must not leave the button spinning.
      setFailure(t('print.failed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setPrinting(false);
    }
  }
  return { print, printing, failure };
}
