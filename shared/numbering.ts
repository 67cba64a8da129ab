// 投诉编号 TS-YYYYMMDD-NNNN and 事件编号 SJ-YYYYMMDD-NNNN: one counter per prefix and plan-local
// day, advanced inside the same transaction as the insert, so a failed save leaves no gap.
import { planDateOf } from './time';

export type NumberKind = 'complaint' | 'incident';
const PREFIX: Record<NumberKind, string> = { complaint: 'TS', incident: 'SJ' };

export function counterKey(kind: NumberKind, atMs: number, offsetMinutes: number, mode: 'live' | 'drill' = 'live'): string {
  const day = planDateOf(atMs, offsetMinutes).replaceAll('-', '');
  return `${mode === 'drill' ? 'YL-' : ''}${PREFIX[kind]}-${day}`;
}

export function formatNumber(key: string, sequence: number): string {
  return `${key}-${String(sequence).padStart(4, '0')}`;
}

/** The counter a number was issued from and its place there (`TS-20261123-0007` → `TS-20261123`, 7), or null where it is not one. */
export function parseNumber(number: string): { key: string; sequence: number } | null {
  const found = /^(.+)-(\d{4,})$/.exec(number);
  return found ? { key: found[1]!, sequence: Number(found[2]) } : null;
}
