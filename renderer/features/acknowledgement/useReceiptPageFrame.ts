// The receipt leaves the office: its printed frame must not say 内部资料 (internal). While the
// receipt is on screen, a sheet adopted after the console's own frame (PrintSetup) wins, and
// names the document in the mark's place instead.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { runningPageRule } from '@shared/printing';
import { localized } from '@shared/text';
import { useConsole } from '../../db/DatabaseContext';
import { useAppSelector } from '../../store';

export function useReceiptPageFrame() {
  const { i18n } = useTranslation();
  const { plan } = useConsole();
  const locale = useAppSelector((s) => s.session.locale);
  const t = i18n.getFixedT(locale);
  const organisation = localized(plan.organisationName, locale);
  const mark = t('acknowledgement.title');
  const pageNumber = t('print.pageNumber', { page: '{{page}}', pages: '{{pages}}' });

  useEffect(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(runningPageRule({ organisation, mark, pageNumber }));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [organisation, mark, pageNumber]);
}
