// 大屏模式: the wall display (placeholder until built).
import { useTranslation } from 'react-i18next';

export function BigScreenPage() {
  const { t } = useTranslation();
  return (
    <div className="page-header">
      <h1>{t('dashboard.title')}</h1>
    </div>
  );
}
