// 指挥台: the command dashboard (placeholder until built).
import { useTranslation } from 'react-i18next';

export function DashboardPage() {
  const { t } = useTranslation();
  return (
    <div className="page-header">
      <h1>{t('dashboard.title')}</h1>
    </div>
  );
}
