// 值班表: the on-duty roster (placeholder until built).
import { useTranslation } from 'react-i18next';

export function RosterPage() {
  const { t } = useTranslation();
  return (
    <div className="page-header">
      <h1>{t('nav.roster')}</h1>
    </div>
  );
}
