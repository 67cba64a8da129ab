// The pure rules behind the deadline scheduler: what is due, what counts as already told, and
// how an alert reads as a desktop notice.
import { NoticeSchema } from '@shared/bridge';
import {
  burstNotice,
  dueAlerts,
  foldBurst,
  firingId,
  nextFireAt,
  noticeFor,
  ScheduledAlertSchema,
  ScheduleRegistrationSchema,
  type ScheduledAlert,
  type ScheduledAlertInput,
} from '@shared/schedule';
import { describe, expect, it } from 'vitest';

const INCIDENT_ID = '3f2b8c1e-9a4d-4e5f-8b6a-1c2d3e4f5a6b';
const NOW = Date.parse('2026-11-23T10:00:00+08:00');

function alert(overrides: Partial<ScheduledAlertInput> = {}): ScheduledAlert {
  return ScheduledAlertSchema.parse({
    key: `incident:${INCIDENT_ID}:investigation:due-soon`,
    fireAt: '2026-11-23T10:00:00+08:00',
    kind: 'due-soon',
    title: '调查时限将到',
    body: '事件 SJ-2026-0007 的调查时限还有 2 小时',
    target: { kind: 'incident', id: INCIDENT_ID },
    drill: false,
    ...overrides,
  });
}

describe('which alerts are due', () => {
  it('lists alerts whose time has come, earliest first, leaving out future ones', () => {
    const later = alert({ key: 'b', fireAt: '2026-11-23T09:30:00+08:00' });
    const earlier = alert({ key: 'a', fireAt: '2026-11-23T08:00:00+08:00' });
    const future = alert({ key: 'c', fireAt: '2026-11-23T10:00:01+08:00' });
    expect(dueAlerts([later, future, earlier], new Set(), NOW).map((a) => a.key)).toEqual(['a', 'b']);
  });

  it('makes an alert due exactly at its instant, not a millisecond before', () => {
    const onTheHour = alert();
    expect(dueAlerts([onTheHour], new Set(), NOW - 1)).toEqual([]);
    expect(dueAlerts([onTheHour], new Set(), NOW)).toEqual([onTheHour]);
  });

  it('leaves out an alert that has already fired', () => {
    const told = alert();
    expect(dueAlerts([told], new Set([firingId(told)]), NOW + 3_600_000)).toEqual([]);
  });

  it('holds back an alert whose notice failed until its hold ends', () => {
    const failed = alert();
    const held = new Map([[firingId(failed), NOW + 60_000]]);
    expect(dueAlerts([failed], new Set(), NOW, held)).toEqual([]);
    expect(dueAlerts([failed], new Set(), NOW + 60_000, held)).toEqual([failed]);
    expect(nextFireAt([failed], new Set(), held)).toBe(NOW + 60_000);
  });

  it('points the next wake-up at the earliest alert not yet fired', () => {
    const told = alert({ key: 'told', fireAt: '2026-11-23T09:00:00+08:00' });
    const next = alert({ key: 'next', fireAt: '2026-11-23T11:00:00+08:00' });
    const last = alert({ key: 'last', fireAt: '2026-11-23T12:00:00+08:00' });
    expect(nextFireAt([last, told, next], new Set([firingId(told)]))).toBe(Date.parse(next.fireAt));
    expect(nextFireAt([told], new Set([firingId(told)]))).toBeNull();
  });
});

describe('what counts as the same firing', () => {
  it('treats +08:00 and Z spellings of one instant as one firing, so a reload stays quiet', () => {
    expect(firingId(alert({ fireAt: '2026-11-23T10:00:00+08:00' }))).toBe(firingId(alert({ fireAt: '2026-11-23T02:00:00Z' })));
  });

  it('treats a deadline moved under the same key (延期) as a new firing', () => {
    expect(firingId(alert({ fireAt: '2026-11-23T10:00:00+08:00' }))).not.toBe(firingId(alert({ fireAt: '2026-11-24T10:00:00+08:00' })));
  });
});

describe('the notice an alert shows', () => {
  it('marks a drill notice with 【演练】 so nobody takes it for a real incident', () => {
    const notice = noticeFor(alert({ kind: 'drill-inject', title: '演练注入：二号楼停水', drill: true, urgent: true }));
    expect(notice).toEqual({
      title: '【演练】演练注入：二号楼停水',
      body: '事件 SJ-2026-0007 的调查时限还有 2 小时',
      target: { kind: 'incident', id: INCIDENT_ID },
      urgent: true,
    });
  });

  it('leaves a live notice unprefixed and without a target when the alert has none', () => {
    expect(noticeFor(alert({ target: undefined }))).toEqual({
      title: '调查时限将到',
      body: '事件 SJ-2026-0007 的调查时限还有 2 小时',
      urgent: false,
    });
  });

  it('keeps the longest allowed drill title within what a notice accepts', () => {
    expect(NoticeSchema.safeParse(noticeFor(alert({ title: '长'.repeat(190), drill: true }))).success).toBe(true);
  });
});

describe('what the renderer may register', () => {
  it('refuses a fire time without an offset, which would follow the PC time zone', () => {
    expect(ScheduledAlertSchema.safeParse({ ...alert(), fireAt: '2026-11-23T10:00:00' }).success).toBe(false);
  });

  it('refuses two alerts with one key in the same registration', () => {
    expect(ScheduleRegistrationSchema.safeParse({ scope: 'live', alerts: [alert(), alert()] }).success).toBe(false);
    expect(ScheduleRegistrationSchema.safeParse({ scope: 'live', alerts: [alert(), alert({ key: 'other' })] }).success).toBe(true);
  });

  it('refuses a scope other than live or drill', () => {
    expect(ScheduleRegistrationSchema.safeParse({ scope: 'everything', alerts: [] }).success).toBe(false);
  });
});

describe('a burst of alerts at one look', () => {
  const many = (count: number, extra: Partial<ScheduledAlertInput> = {}) =>
    Array.from({ length: count }, (_, i) =>
      alert({ key: `k${i}`, fireAt: new Date(NOW - (count - i) * 60_000).toISOString(), title: `提醒 ${i}`, ...extra }),
    );

  it('shows every alert when there are no more than three', () => {
    const { shown, folded } = foldBurst(many(3), (a) => a);
    expect(shown.map((a) => a.key)).toEqual(['k0', 'k1', 'k2']);
    expect(folded).toEqual([]);
  });

  it('shows the urgent ones first and folds the rest into one summary that counts them', () => {
    const due = many(10);
    due[7] = { ...due[7]!, urgent: true };
    const { shown, folded } = foldBurst(due, (a) => a);
    expect(shown.map((a) => a.key)).toEqual(['k7', 'k0']);
    expect(folded).toHaveLength(8);
    const notice = burstNotice(folded, { title: '另有 {count} 条提醒', body: '共 {count} 条，请到通知中心查看' });
    expect(notice).toEqual({ title: '另有 8 条提醒', body: '共 8 条，请到通知中心查看', urgent: false });
    expect(NoticeSchema.safeParse(notice).success).toBe(true);
  });

  it('marks the summary of a drill burst 【演练】 and urgent when any folded alert is', () => {
    const folded = many(4, { drill: true });
    folded[3] = { ...folded[3]!, urgent: true };
    expect(burstNotice(folded)).toMatchObject({ title: '【演练】另有 4 条提醒', urgent: true });
  });
});
