// 设置: the office's alert and tray preferences, its data backups, and its office server.
import { useTranslation } from 'react-i18next';
import { BackupPanel } from './BackupPanel';
import { OfficePanel } from './OfficePanel';
import { PreferencesPanel } from './PreferencesPanel';
import './settings.css';

export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <div className="settings">
      <div className="page-header">
        <h1>{t('settings.title')}</h1>
      </div>
      <div className="settings-grid">
        <PreferencesPanel />
        <BackupPanel />
        <OfficePanel />
      </div>
    </div>
  );
}
