// 组织机构: the leading group, working teams and departments (placeholder until built).
import { useTranslation } from 'react-i18next';

export function OrganisationPage() {
  const { t } = useTranslation();
  return (
    <div className="page-header">
      <h1>{t('organisation.title')}</h1>
    </div>
  );
}
