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

describe('durations as the operator reads them', () => {
  it('run together in Chinese and are spaced in English', async () => {
    const { initI18n } = await import('../../../renderer/i18n');
    const { formatDuration } = await import('../../../renderer/ui/format');
    const i18n = initI18n('zh-CN');
    await i18n.changeLanguage('zh-CN');
    const span = (3 * 24 + 6) * 3_600_000;
    expect(formatDuration(span, i18n.t)).toBe('3天6小时');
    expect(formatDuration(2 * 3_600_000 + 30 * 60_000, i18n.t)).toBe('2小时30分钟');
    await i18n.changeLanguage('en');
    expect(formatDuration(span, i18n.t)).toBe('3 d 6 h');
  });
});
