// 检查结果: every row checked against the plan and the store before anything is written.
import { useTranslation } from 'react-i18next';
import { useAppSelector } from '../../store';
import { Panel } from '../../ui/Field';
import { formatCount } from './exchangeText';
import { DuplicateList, ProblemList } from './RowReport';
import type { Check } from './useImport';

type Props = { check: Check | null; total: number; fileName: string; onCommit: () => void; onReset: () => void };

export function CheckPanel({ check, total, fileName, onCommit, onReset }: Props) {
  const { t } = useTranslation();
  const locale = useAppSelector((s) => s.session.locale);
  const n = (value: number) => formatCount(value, locale);
  return (
    <Panel title={t('exchange.check.title')}>
      {check ? (
        <>
          <p role="status" className="check-summary">
            {t('exchange.check.summary', {
              total: n(total),
              ready: n(check.fresh.length),
              invalid: n(check.invalidRows),
              duplicates: n(check.duplicates.length),
            })}
          </p>
          <div className="form-actions">
            <button type="button" className="primary" disabled={check.fresh.length === 0} onClick={onCommit}>
              {t('exchange.check.commit', { count: check.fresh.length, formatted: n(check.fresh.length) })}
            </button>
            <button type="button" onClick={onReset}>
              {t('exchange.check.another')}
            </button>
          </div>
          <ProblemList problems={check.problems} fileName={fileName} />
          <DuplicateList duplicates={check.duplicates} />
        </>
      ) : (
        <p className="muted" role="status">
          {t('exchange.check.checking', { total: n(total) })}
        </p>
      )}
    </Panel>
  );
}
