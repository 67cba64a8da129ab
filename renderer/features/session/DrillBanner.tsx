// The 演练模式 banner, on every screen of rehearsal mode: the shell, the operator picker and the
// wall display. Shown by the database actually open, not the mode asked for.
import { useTranslation } from 'react-i18next';
import { useConsole } from '../../db/DatabaseContext';

export function DrillBanner() {
  const { t } = useTranslation();
  const { db } = useConsole();
  if (db.mode !== 'drill') return null;
  return (
    <div role="note" className="drill-banner">
      <span className="no-print">{t('drill.banner')}</span>
      {/* On paper "this screen" makes no sense; the printout says what it is. */}
      <span className="print-only">{t('drill.printBanner')}</span>
    </div>
  );
}
