// 应急联系名单: emergency contacts (placeholder until built).
import { useTranslation } from 'react-i18next';

export function ContactsPage() {
  const { t } = useTranslation();
  return (
    <div className="page-header">
      <h1>{t('nav.contacts')}</h1>
    </div>
  );
}
