// 预览: the first rows as they will be registered (codes shown by name, personal data masked).
// A value that cannot be converted is shown as the file has it, and every row that will not be
// imported says so, and why, as the check found it.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { cellText, convertRow, planVocabulary, type ColumnMapping, type ImportField, type SourceTable } from '@shared/importing';
import { maskName, maskPhone } from '@shared/privacy';
import { isValidPhone } from '@shared/registration';
import { localized } from '@shared/text';
import { useConsole } from '../../db/DatabaseContext';
import { useAppSelector } from '../../store';
import { Panel } from '../../ui/Field';
import { duplicateText, fieldLabel, formatCount, problemText } from './exchangeText';
import type { Check } from './importRun';

const PREVIEW_ROWS = 5;
const COLUMNS = [
  'externalRef',
  'receivedAt',
  'channelCode',
  'categoryCode',
  'urgency',
  'name',
  'phone',
  'subject',
  'place',
  'content',
] as const satisfies readonly ImportField[];

type Verdict = { kind: 'ready' | 'invalid' | 'duplicate' | 'checking'; reasons: string };

export function PreviewTable({ table, mapping, check }: { table: SourceTable; mapping: ColumnMapping; check: Check | null }) {
  const { t } = useTranslation();
  const { plan } = useConsole();
  const locale = useAppSelector((s) => s.session.locale);
  const rows = useMemo(() => {
    const vocabulary = planVocabulary(plan);
    return table.rows.slice(0, PREVIEW_ROWS).map((cells, i) => ({ cells, ...convertRow(cells, i + 2, mapping, plan, vocabulary, '') }));
  }, [table, mapping, plan]);

  const verdict = (row: number): Verdict => {
    if (!check) return { kind: 'checking', reasons: '' };
    const problems = check.problems.filter((p) => p.row === row);
    if (problems.length > 0) {
      // "联系电话：…" unless the reason already starts with the field (联系电话已脱敏…).
      const reasons = problems.map((p) => {
        const label = fieldLabel(p.field, t);
        const reason = problemText(p, t);
        return reason.startsWith(label) ? reason : t('common.labelled', { label, value: reason });
      });
      return { kind: 'invalid', reasons: reasons.join(t('exchange.preview.reasonJoin')) };
    }
    const duplicate = check.duplicates.find((d) => d.row === row);
    if (duplicate) return { kind: 'duplicate', reasons: duplicateText(duplicate, t) };
    return { kind: 'ready', reasons: '' };
  };
  const named = (items: readonly { code: string; name: { zh: string; en?: string | undefined } }[], code: string) => {
    const item = items.find((i) => i.code === code);
    return item ? localized(item.name, locale) : null;
  };

  return (
    <Panel title={t('exchange.preview.title', { count: rows.length, total: formatCount(table.rows.length, locale) })}>
      <div className="exchange-scroll">
        <table className="exchange-table">
          <thead>
            <tr>
              <th>{t('exchange.report.row')}</th>
              <th>{t('exchange.preview.status')}</th>
              <th>{t('exchange.report.reason')}</th>
              {COLUMNS.map((c) => (
                <th key={c}>{fieldLabel(c, t)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ cells, row, input, externalRef }) => {
              const { kind, reasons } = verdict(row);
              const raw = (field: ImportField) => cellText(cells, mapping, field);
              // Converted when it could be; otherwise what the file says, marked.
              const shown = (value: string | null, field: ImportField) =>
                value ? <td>{value}</td> : <td className="raw-value">{raw(field)}</td>;
              const phone = raw('phone');
              return (
                <tr key={row} className={`row-${kind}`} title={reasons || undefined}>
                  <td className="mono">{row}</td>
                  <td>
                    <span className={`badge row-${kind}`}>{t(`exchange.preview.verdict.${kind}`)}</span>
                  </td>
                  <td className="reason">{reasons}</td>
                  <td className="mono">{externalRef}</td>
                  {shown(input.receivedAt ? input.receivedAt.replace('T', ' ') : null, 'receivedAt')}
                  {shown(named(plan.channels, input.channelCode), 'channelCode')}
                  {shown(named(plan.categories, input.categoryCode), 'categoryCode')}
                  {shown(named(plan.urgencies, input.urgency), 'urgency')}
                  <td>{maskName(input.complainant.name)}</td>
                  <td className={isValidPhone(phone) ? 'mono' : 'mono raw-value'}>{isValidPhone(phone) ? maskPhone(phone) : phone}</td>
                  <td className="clip">{input.subject}</td>
                  <td className="clip">{input.place}</td>
                  <td className="clip">{input.content}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Panel>
  );
}
