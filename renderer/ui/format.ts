// Times as the office reads them: plan-local, to the minute, never the PC's own zone.
import type { TFunction } from 'i18next';
import { toIsoWithOffset } from '@shared/time';

export function formatDateTime(value: string | number, offsetMinutes: number): string {
  const ms = typeof value === 'number' ? value : Date.parse(value);
  return toIsoWithOffset(ms, offsetMinutes).slice(0, 16).replace('T', ' ');
}

/** 2天3小时 / 45分钟: the two largest units, enough to act on. */
export function formatDuration(ms: number, t: TFunction): string {
  const minutes = Math.max(0, Math.floor(Math.abs(ms) / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const join = t('common.durationJoin');
  if (days > 0) return [t('clock.days', { count: days }), ...(hours ? [t('clock.hours', { count: hours })] : [])].join(join);
  if (hours > 0) return [t('clock.hours', { count: hours }), ...(mins ? [t('clock.minutes', { count: mins })] : [])].join(join);
  return t('clock.minutes', { count: mins });
}

/** A deadline at midnight is the end of the previous day, as the office writes it: 11-26 24:00. */
export function formatDeadline(value: string | number, offsetMinutes: number): string {
  const ms = typeof value === 'number' ? value : Date.parse(value);
  const text = formatDateTime(ms, offsetMinutes);
  return text.endsWith(' 00:00') ? `${formatDateTime(ms - 60_000, offsetMinutes).slice(0, 10)} 24:00` : text;
}
