// Keeps the printed page's frame (A4, organisation name and 内部资料 on top, 第 X 页 / 共 Y 页 below)
// in step with the plan in force and the operator's language. Both hosts print through the page's
// own @page rule, so this one rule is the header and footer of every print, PDF or paper.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { runningPageRule } from '@shared/printing';
import { localized } from '@shared/text';
import { useConsole } from '../../db/DatabaseContext';
import { useAppSelector } from '../../store';

export function PrintSetup() {
  const { i18n } = useTranslation();
  const { plan } = useConsole();
  const locale = useAppSelector((s) => s.session.locale);
  const sheet = useRef<CSSStyleSheet | null>(null);
  const organisation = localized(plan.organisationName, locale);
  // The catalog sentence is wanted with its placeholders intact: the counters are filled in by
  // the printer, page by page, not by i18next.
  const t = i18n.getFixedT(locale);
  const mark = t('print.mark');
  const pageNumber = t('print.pageNumber', { page: '{{page}}', pages: '{{pages}}' });

  // A constructed sheet, not a <style> element: the CSP allows no inline styles, and CSSOM is not
  // inline markup. Adopted sheets come after the document's, so this @page rule wins over any
  // screen's own (e.g. the contact list's margins).
  useEffect(() => {
    const constructed = new CSSStyleSheet();
    sheet.current = constructed;
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, constructed];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== constructed);
      sheet.current = null;
    };
  }, []);

  useEffect(() => {
    sheet.current?.replaceSync(runningPageRule({ organisation, mark, pageNumber }));
  }, [organisation, mark, pageNumber]);

  return null;
}
