// The commit under way: how far it is, and the way out (取消 takes back everything of this run).
import { useTranslation } from 'react-i18next';
import { useAppSelector } from '../../store';
import { Panel } from '../../ui/Field';
import { countOf, formatCount } from './exchangeText';
import type { Progress } from './importRun';

export function ImportProgress({ progress, fileName, onCancel }: { progress: Progress; fileName: string; onCancel: () => void }) {
  const { t } = useTranslation();
  const locale = useAppSelector((s) => s.session.locale);
  // Rows skipped as already registered count as done for the bar: they will not be imported.
  const processed = progress.imported + progress.skipped;
  const text = t('exchange.progress.text', { done: formatCount(progress.imported, locale), total: formatCount(progress.total, locale) });
  const skipped =
    progress.skipped > 0 ? t('exchange.progress.skipped', { duplicates: countOf('duplicates', progress.skipped, locale, t) }) : '';
  const percent = progress.total === 0 ? 100 : Math.round((processed / progress.total) * 100);
  return (
    <Panel title={t('exchange.progress.title', { file: fileName })}>
      <div
        className="import-progress"
        role="progressbar"
        aria-label={t('exchange.progress.label')}
        aria-valuemin={0}
        aria-valuemax={progress.total}
        aria-valuenow={processed}
        aria-valuetext={text + skipped}
      >
        <div className="import-progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <div className="progress-line">
        <span role="status">{progress.cancelling ? t('exchange.progress.cancelling') : text}</span>
        {skipped && !progress.cancelling ? <span className="muted">{skipped}</span> : null}
        <button type="button" onClick={onCancel} disabled={progress.cancelling}>
          {t('exchange.progress.cancel')}
        </button>
      </div>
      <p className="muted small">{t('exchange.progress.hint')}</p>
    </Panel>
  );
}
