// 检查结果: every row checked against the plan and the store before anything is written.
import { useTranslation } from 'react-i18next';
import { useAppSelector } from '../../store';
import { Panel } from '../../ui/Field';
import { countOf } from './exchangeText';
import { DuplicateList, ProblemList } from './RowReport';
import type { Check } from './importRun';

type Props = {
  check: Check | null;
  total: number;
  fileName: string;
  /** The file of an import running in another window, which a new one would have to wait for. */
  runningElsewhere: string | null;
  onCommit: () => void;
  onReset: () => void;
};

export function CheckPanel({ check, total, fileName, runningElsewhere, onCommit, onReset }: Props) {
  const { t } = useTranslation();
  const locale = useAppSelector((s) => s.session.locale);
  const count = (unit: Parameters<typeof countOf>[0], value: number) => countOf(unit, value, locale, t);
  const masked = check?.problems.some((p) => p.reason.key === 'exchange.reason.masked') ?? false;
  return (
    <Panel title={t('exchange.check.title')}>
      {check ? (
        <>
          <p role="status" className="check-summary">
            {t('exchange.check.summary', {
              total: count('rows', total),
              ready: count('rows', check.fresh.length),
              invalid: count('rows', check.invalidRows),
              duplicates: count('duplicates', check.duplicates.length),
            })}
          </p>
          {masked ? (
            <div className="notice warning" role="status">
              {t('exchange.check.masked')}
            </div>
          ) : null}
          {runningElsewhere ? (
            <div className="notice warning" role="status">
              {t('exchange.check.runningElsewhere', { file: runningElsewhere })}
            </div>
          ) : null}
          <div className="form-actions">
            <button type="button" className="primary" disabled={check.fresh.length === 0 || runningElsewhere !== null} onClick={onCommit}>
              {t('exchange.check.commit', { complaints: count('complaints', check.fresh.length) })}
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
          {t('exchange.check.checking', { total: count('rows', total) })}
        </p>
      )}
    </Panel>
  );
}
