// One printed paper of an incident or a petition, as every such paper starts: the toolbar with the
// way back and 打印, the print's failure if any, and the A4 sheet under the letterhead (its title,
// number and subject, the drill mark, when and by whom it was printed). The paper's own sections
// come as children.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useConsole } from '../../db/DatabaseContext';
import { useAppSelector } from '../../store';
import { formatDateTime } from '../../ui/format';
import { Letterhead, PaperNotice, PaperSheet, PaperToolbar, PrintButton, PrintedLine } from '../../ui/paper/Paper';
import { useOperator } from '../session/useWriteContext';
import { usePrintToPdf } from './usePrintToPdf';
import './print.css';

export function PrintedPaper({
  back,
  title,
  number,
  subject,
  drill,
  children,
}: {
  back: { href: string; label: string };
  title: string;
  number: string;
  subject: string;
  drill: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { plan, now } = useConsole();
  const locale = useAppSelector((s) => s.session.locale);
  const operator = useOperator();
  const { print, printing, failure } = usePrintToPdf();
  return (
    <div className="summary-screen">
      <PaperToolbar back={back}>
        <PrintButton
          printing={printing}
          onPrint={() => void print(`${number}-${title}`)}
          labels={{ print: t('print.print'), printing: t('print.printing') }}
        />
      </PaperToolbar>
      {failure ? <PaperNotice tone="error">{failure}</PaperNotice> : null}
      <PaperSheet label={title} lang={locale}>
        <Letterhead
          title={title}
          number={number}
          subject={subject}
          drillMark={drill ? t('print.drillMark') : null}
          printed={
            <PrintedLine
              at={t('print.printedAt', { at: formatDateTime(now(), plan.utcOffsetMinutes) })}
              by={operator ? t('print.printedBy', { name: operator.name }) : null}
            />
          }
        />
        {children}
      </PaperSheet>
    </div>
  );
}
