// 预览: the first rows as they will be registered (codes shown by name, personal data masked).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { convertRow, planVocabulary, type ColumnMapping, type SourceTable } from '@shared/importing';
import { maskName, maskPhone } from '@shared/privacy';
import { localized } from '@shared/text';
import { useConsole } from '../../db/DatabaseContext';
import { useAppSelector } from '../../store';
import { Panel } from '../../ui/Field';

const PREVIEW_ROWS = 5;

export function PreviewTable({ table, mapping }: { table: SourceTable; mapping: ColumnMapping }) {
  const { t } = useTranslation();
  const { plan } = useConsole();
  const locale = useAppSelector((s) => s.session.locale);
  const rows = useMemo(() => {
    const vocabulary = planVocabulary(plan);
    return table.rows.slice(0, PREVIEW_ROWS).map((cells, i) => convertRow(cells, i + 2, mapping, plan, vocabulary, ''));
  }, [table, mapping, plan]);
  const name = (items: typeof plan.channels, code: string) => {
    const item = items.find((i) => i.code === code);
    return item ? localized(item.name, locale) : '';
  };
  const urgency = (code: string) => {
    const item = plan.urgencies.find((u) => u.code === code);
    return item ? localized(item.name, locale) : '';
  };
  const columns = [
    'row',
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
  ];
  return (
    <Panel title={t('exchange.preview.title', { count: rows.length, total: table.rows.length })}>
      <div className="exchange-scroll">
        <table className="exchange-table">
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c}>{c === 'row' ? t('exchange.report.row') : t(`exchange.field.${c}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ row, input, externalRef, problems }) => (
              <tr key={row} className={problems.length ? 'has-problem' : undefined}>
                <td className="mono">{row}</td>
                <td className="mono">{externalRef}</td>
                <td className="mono">{input.receivedAt.replace('T', ' ')}</td>
                <td>{name(plan.channels, input.channelCode)}</td>
                <td>{name(plan.categories, input.categoryCode)}</td>
                <td>{urgency(input.urgency)}</td>
                <td>{maskName(input.complainant.name)}</td>
                <td className="mono">{maskPhone(input.complainant.phone)}</td>
                <td className="clip">{input.subject}</td>
                <td className="clip">{input.place}</td>
                <td className="clip">{input.content}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Panel>
  );
}
