// 设置: the office's alert and tray preferences, and its data backups.
import { useTranslation } from 'react-i18next';
import { BackupPanel } from './BackupPanel';
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
      </div>
    </div>
  );
}
