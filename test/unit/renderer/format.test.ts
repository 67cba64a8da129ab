import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDeadline } from '../../../renderer/ui/format';

describe('times as the office reads them', () => {
  it('shows China time whatever the machine zone', () => {
    expect(formatDateTime('2026-11-23T01:05:00Z', 480)).toBe('2026-11-23 09:05');
  });

  it('writes a deadline at midnight as 24:00 of its last day', () => {
    expect(formatDeadline('2026-11-27T00:00:00+08:00', 480)).toBe('2026-11-26 24:00');
    expect(formatDeadline('2026-11-24T09:30:00+08:00', 480)).toBe('2026-11-24 09:30');
  });
});
