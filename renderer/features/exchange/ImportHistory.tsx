// 导入记录: the journal of imports, newest first, so an interrupted or cancelled run is visible.
import { useTranslation } from 'react-i18next';
import { useConsole, usePeople } from '../../db/DatabaseContext';
import { useRecentImports } from '../../db/reads/records';
import { useAppSelector } from '../../store';
import { Panel } from '../../ui/Field';
import { formatDateTime } from '../../ui/format';
import { countOf } from './exchangeText';

export function ImportHistory() {
  const { t } = useTranslation();
  const { plan } = useConsole();
  const people = usePeople();
  const locale = useAppSelector((s) => s.session.locale);
  // undefined while the first answer is on its way: loading, not "no imports yet".
  const runs = useRecentImports(10);
  const who = (id: string) => people.find((p) => p.id === id)?.name ?? t('exchange.history.system');
  return (
    <Panel title={t('exchange.history.title')}>
      {runs === undefined ? (
        <p className="muted" role="status" aria-busy="true">
          {t('exchange.history.loading')}
        </p>
      ) : runs.length === 0 ? (
        <p className="muted">{t('exchange.history.empty')}</p>
      ) : (
        <table className="exchange-table">
          <thead>
            <tr>
              <th>{t('exchange.history.startedAt')}</th>
              <th>{t('exchange.history.file')}</th>
              <th>{t('exchange.history.by')}</th>
              <th>{t('exchange.history.status')}</th>
              <th>{t('exchange.history.counts')}</th>
            </tr>
          </thead>
          <tbody>
            {runs.map((run) => (
              <tr key={run.id}>
                <td className="mono">{formatDateTime(run.startedAt, plan.utcOffsetMinutes)}</td>
                <td className="clip">{run.fileName}</td>
                <td>{who(run.startedBy)}</td>
                <td>
                  <span className={`badge import-${run.status}`}>{t(`exchange.status.${run.status}`)}</span>
                </td>
                <td>
                  {t('exchange.history.countsText', {
                    imported: countOf('complaints', run.importedRows, locale, t),
                    invalid: countOf('rows', run.invalidRows, locale, t),
                    duplicates: countOf('duplicates', run.duplicateRows, locale, t),
                  })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}
