// The frame of a printable official document (the drill notice, the plan): on screen an A4 sheet
// under a toolbar with the way back and 打印; a print failure and a missing document in words.
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { usePrintToPdf } from './usePrintToPdf';

type Props = {
  className: string;
  /** Above the toolbar (e.g. the drill's tabs). */
  before?: ReactNode;
  back: { href: string; label: string };
  labels: { print: string; printing: string; notFound: string };
  /** The PDF's file name once the document is loaded; undefined while loading, null when there is none. */
  fileName: string | null | undefined;
  children: ReactNode;
};

export function OfficialPrintFrame({ className, before, back, labels, fileName, children }: Props) {
  const { print, printing, failure } = usePrintToPdf();
  return (
    <div className={className}>
      {before}
      <div className="notice-print-toolbar no-print">
        <Link href={back.href} className="back">
          ← {back.label}
        </Link>
        {fileName ? (
          <button type="button" className="primary" disabled={printing} onClick={() => void print(fileName)}>
            {printing ? labels.printing : labels.print}
          </button>
        ) : null}
      </div>
      {failure ? (
        <div className="notice error no-print notice-print-failure" role="alert">
          {failure}
        </div>
      ) : null}
      {fileName === null ? (
        <div className="notice error" role="alert">
          {labels.notFound}
        </div>
      ) : null}
      {fileName ? children : null}
    </div>
  );
}
