// The list of stored backups with a restore button per row: on the settings screen and on the
// start screen of an emptied database. A backup is named by its time and kind, never its file.
import type { ButtonHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredBackup } from '@shared/bridge';
import { formatSize } from './backupText';

type Props = {
  caption: string;
  backups: StoredBackup[];
  timeOf: (iso: string) => string;
  /** The start screen shows how many records each holds, to tell a full backup from a near-empty one. */
  showRows?: boolean;
  disabled: boolean;
  /** Extra attributes for every restore button (e.g. why it is off). */
  restoreProps?: ButtonHTMLAttributes<HTMLButtonElement>;
  primary?: boolean;
  onRestore: (file: string) => void;
};

export function BackupTable({ caption, backups, timeOf, showRows, disabled, restoreProps, primary, onRestore }: Props) {
  const { t } = useTranslation();
  const kindOf = (backup: StoredBackup) => t(`settings.backup.reason.${backup.reason}`);
  return (
    <table className="backup-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('settings.backup.time')}</th>
          <th scope="col">{t('settings.backup.kind')}</th>
          {showRows ? (
            <th scope="col" className="size">
              {t('emptyStart.rows')}
            </th>
          ) : null}
          <th scope="col" className="size">
            {t('settings.backup.size')}
          </th>
          <th scope="col">
            <span className="visually-hidden">{t('settings.backup.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {backups.map((backup) => (
          <tr key={backup.file}>
            <th scope="row">{timeOf(backup.createdAt)}</th>
            <td>{kindOf(backup)}</td>
            {showRows ? <td className="size">{backup.rows}</td> : null}
            <td className="size">{formatSize(backup.size, t)}</td>
            <td className="row-actions">
              <button
                type="button"
                className={primary ? 'primary' : undefined}
                disabled={disabled}
                {...restoreProps}
                aria-label={t('settings.backup.restoreThis', { time: timeOf(backup.createdAt), kind: kindOf(backup) })}
                onClick={() => onRestore(backup.file)}
              >
                {t('settings.backup.restore')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
