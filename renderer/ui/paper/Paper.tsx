// The paper kit: the parts every printed report (事件摘要, 总结报告, 演练评估报告) is made of — the
// screen around the A4 preview (toolbar, notices), the sheet, its letterhead, titled sections, fact
// tables, plain tables with repeated headers, the signatures and the printed-by line — over one
// print stylesheet. The running header and page numbers come from the one @page rule (PrintSetup).
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import './paper.css';

/** The way back and the report's buttons above the preview; print hides it. */
export function PaperToolbar({ back, children }: { back: { href: string; label: string }; children: ReactNode }) {
  return (
    <div className="summary-toolbar no-print">
      <Link href={back.href} className="back">
        ← {back.label}
      </Link>
      {children}
    </div>
  );
}

export function PrintButton({
  printing,
  disabled = false,
  onPrint,
  labels,
}: {
  printing: boolean;
  disabled?: boolean;
  onPrint: () => void;
  labels: { print: string; printing: string };
}) {
  return (
    <button type="button" className="primary" disabled={printing || disabled} onClick={onPrint}>
      {printing ? labels.printing : labels.print}
    </button>
  );
}

type NoticeTone = 'error' | 'warning' | 'info';

/**
 * A sentence over the preview: why a print failed, what the report lacks. An error is an alert;
 * the rest say so only when `role` asks. Off paper unless `onPaper`.
 */
export function PaperNotice({
  tone,
  role,
  onPaper = false,
  children,
}: {
  tone: NoticeTone;
  role?: 'status';
  onPaper?: boolean;
  children: ReactNode;
}) {
  const className = ['notice', tone === 'info' ? null : tone, onPaper ? null : 'no-print', 'summary-failure'].filter(Boolean).join(' ');
  if (tone === 'error')
    return (
      <div className={className} role="alert">
        {children}
      </div>
    );
  return (
    <p className={className} role={role}>
      {children}
    </p>
  );
}

/** The A4 sheet: on screen a page-wide preview, on paper the page itself. */
export function PaperSheet({ label, lang, className, children }: { label: string; lang: string; className?: string; children: ReactNode }) {
  return (
    // lang lets the browser pick the right glyphs and spacing for the words on the page.
    <article className={className ? `incident-summary ${className}` : 'incident-summary'} aria-label={label} lang={lang}>
      {children}
    </article>
  );
}

/**
 * The head of a report: its title, the record's number and subject, the drill mark (drill data
 * never passes for live data, not even on paper), a warning, and who printed it when.
 */
export function Letterhead({
  title,
  number,
  subject,
  drillMark,
  warning,
  printed,
}: {
  title: string;
  number: string;
  subject: string;
  drillMark: string | null;
  warning?: string | null;
  printed: ReactNode;
}) {
  return (
    <header className="summary-head">
      <h1>{title}</h1>
      <p className="summary-title">
        <span className="summary-number">{number}</span> {subject}
      </p>
      {drillMark ? <p className="summary-drill">{drillMark}</p> : null}
      {warning ? (
        <p className="summary-warning" role="status">
          {warning}
        </p>
      ) : null}
      {printed}
    </header>
  );
}

/** 打印时间 and 打印人, one line, left and right. */
export function PrintedLine({ at, by }: { at: string; by: string | null }) {
  return (
    <p className="summary-meta">
      <span>{at}</span>
      {by ? <span>{by}</span> : null}
    </p>
  );
}

/** A titled block of a report; its title stays with the first rows when a page breaks. */
export function PaperSection({
  title,
  empty = null,
  className,
  children,
}: {
  title: string;
  /** Said instead of the content when there is nothing to show. */
  empty?: string | null;
  className?: string;
  children?: ReactNode;
}) {
  return (
    <section className={className ? `summary-section ${className}` : 'summary-section'} aria-label={title}>
      <h2>{title}</h2>
      {empty === null ? children : <p className="summary-empty">{empty}</p>}
    </section>
  );
}

/** Label/value pairs, two to a row as a paper form reads, or one to a row for long texts. */
export function FactTable({ label, rows, perRow = 1 }: { label: string; rows: [string, string][]; perRow?: 1 | 2 }) {
  const lines: [string, string][][] = [];
  for (let i = 0; i < rows.length; i += perRow) lines.push(rows.slice(i, i + perRow));
  return (
    <table className={`summary-facts per-row-${perRow}`} aria-label={label}>
      <tbody>
        {lines.map((line) => (
          <tr key={line[0]![0]}>
            {line.map(([name, value]) => [
              <th key={`${name}-label`} scope="row">
                {name}
              </th>,
              <td key={`${name}-value`} colSpan={line.length === 1 && perRow === 2 ? 3 : undefined}>
                {value}
              </td>,
            ])}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export type Column = { label: string; className?: string };

/**
 * A plain table whose headers repeat on every page it continues on and whose rows are never torn;
 * `keepTogether` keeps a short one (a handful of rows) on one page.
 */
export function PaperTable({
  label,
  caption,
  columns,
  className,
  keepTogether = false,
  children,
}: {
  label?: string;
  caption?: string;
  columns: (Column | string)[];
  className?: string;
  keepTogether?: boolean;
  children: ReactNode;
}) {
  const classes = ['summary-table', keepTogether ? 'keep-together' : null, className].filter(Boolean).join(' ');
  return (
    <table className={classes} aria-label={label}>
      {caption ? <caption>{caption}</caption> : null}
      <thead>
        <tr>
          {columns.map((column, index) =>
            typeof column === 'string' ? (
              <th key={index}>{column}</th>
            ) : (
              <th key={index} className={column.className}>
                {column.label}
              </th>
            ),
          )}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

/** 审签: a column per signer with lines to sign and date by hand; kept whole on one page. */
export function SignatureBlock({
  title,
  signers,
  signLine,
  dateLine,
}: {
  title: string;
  signers: string[];
  signLine: string;
  dateLine: string;
}) {
  return (
    <PaperSection title={title} className="paper-signatures">
      <div className="signature-row">
        {signers.map((signer) => (
          <div key={signer} className="signature">
            <div className="signature-role">{signer}</div>
            <div className="signature-line">{signLine}</div>
            <div className="signature-line">{dateLine}</div>
          </div>
        ))}
      </div>
    </PaperSection>
  );
}
