// 导入结果: what came in, what did not and why, after the run is done, cancelled or failed; a
// cancel that could not be taken back lists what others had done on the imported incidents.
import { useTranslation } from 'react-i18next';
import { failureText } from '../../ui/describe';
import { useAppSelector } from '../../store';
import { Panel } from '../../ui/Field';
import { countOf, laterWorkSentences } from './exchangeText';
import { DuplicateList, ProblemList } from './RowReport';
import type { Finished } from './importRun';

export function ImportResult({ finished, onDone }: { finished: Finished; onDone: () => void }) {
  const { t } = useTranslation();
  const locale = useAppSelector((s) => s.session.locale);
  const { run, failure, check } = finished;
  const count = (unit: Parameters<typeof countOf>[0], value: number) => countOf(unit, value, locale, t);
  const done = run?.status === 'done';
  return (
    <Panel title={t('exchange.result.title', { file: run?.fileName ?? '' })}>
      {failure ? (
        <div className="notice error" role="alert">
          {failureText(failure, t)}
        </div>
      ) : (
        <div className={`notice ${done ? 'success' : 'warning'}`} role="status">
          {done
            ? t('exchange.result.done', {
                imported: count('complaints', run.importedRows),
                invalid: count('rows', run.invalidRows),
                duplicates: count('duplicates', run.duplicateRows),
              })
            : run?.status === 'kept'
              ? t('exchange.result.kept', { imported: count('complaints', run.importedRows) })
              : t('exchange.result.cancelled')}
        </div>
      )}
      {finished.laterWork?.length ? (
        <ul className="kept-work" aria-label={t('exchange.result.keptLabel')}>
          {laterWorkSentences(finished.laterWork, t).map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
      ) : null}
      <div className="form-actions">
        <button type="button" className="primary" onClick={onDone}>
          {t('exchange.result.finish')}
        </button>
      </div>
      {done ? (
        <>
          <ProblemList problems={check.problems} fileName={run.fileName} />
          <DuplicateList duplicates={check.duplicates} />
        </>
      ) : null}
    </Panel>
  );
}
