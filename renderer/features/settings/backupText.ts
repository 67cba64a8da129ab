// How backups are named and sized for the operator: China time, KB/MB, never a raw file name.
import type { TFunction } from 'i18next';
import { CHINA_OFFSET_MINUTES, toIsoWithOffset } from '@shared/time';

/** 1 KB = 1024 bytes; one decimal is enough to tell two backups apart. */
export function formatSize(bytes: number, t: TFunction): string {
  const kb = bytes / 1024;
  if (kb < 1024) return t('settings.backup.kb', { value: Math.max(0.1, Math.round(kb * 10) / 10).toFixed(1) });
  return t('settings.backup.mb', { value: (Math.round((kb / 1024) * 10) / 10).toFixed(1) });
}

/** 20261123-1030: the China-local minute a file saved by hand was made, for its name. */
export function fileStamp(ms: number): string {
  const iso = toIsoWithOffset(ms, CHINA_OFFSET_MINUTES);
  return `${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 16).replace(':', '')}`;
}
