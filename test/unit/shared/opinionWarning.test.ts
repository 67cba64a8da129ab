// 舆情预警: the warning level of a negative item at the plan's thresholds of reach and spread,
// raised by media pickup; items watched before any incident; a cluster attached to an incident.
import { describe, expect, it } from 'vitest';
import { alertsFor } from '@shared/alerts';
import { officialCalendar } from '@shared/calendar';
import type { Stamp } from '@shared/commandKit';
import { defaultPlan } from '@shared/defaultPlan';
import type { Incident } from '@shared/model';
import { decideAttachOpinions, decideLogOpinion, validateOpinion, type OpinionItem } from '@shared/opinion';
import { planProblems } from '@shared/planChecks';
import { countByWarning, DEFAULT_OPINION_WARNING, opinionByDay, warningAlerts, warningLevel } from '@shared/opinionWarning';

const rule = DEFAULT_OPINION_WARNING;
const NOW = Date.parse('2026-11-23T10:00:00+08:00');
const plan = defaultPlan('2026-11-01T00:00:00+08:00');
const stamp: Stamp = {
  actor: { id: 'staff', name: '陈晓', role: 'staff' },
  at: '2026-11-23T10:00:00+08:00',
  nowMs: NOW,
  utcOffsetMinutes: 480,
  mode: 'live',
  newId: () => '00000000-0000-4000-8000-000000000097',
};

describe('warning levels at their thresholds', () => {
  const level = (reach: number, spread?: number, mediaPickup?: boolean, sentiment = 'negative') =>
    warningLevel({ sentiment, reach, spread, mediaPickup }, rule);

  it('gives no warning to neutral or positive items, whatever their reach', () => {
    expect(level(10_000_000, undefined, true, 'neutral')).toBeNull();
    expect(level(10_000_000, 50_000, false, 'positive')).toBeNull();
  });

  it('warns blue below yellow, and steps up exactly at each reach threshold', () => {
    expect(level(4_999)).toBe('blue');
    expect(level(5_000)).toBe('yellow');
    expect(level(49_999)).toBe('yellow');
    expect(level(50_000)).toBe('orange');
    expect(level(499_999)).toBe('orange');
    expect(level(500_000)).toBe('red');
  });

  it('steps up by spread alone too', () => {
    expect(level(0, 99)).toBe('blue');
    expect(level(0, 100)).toBe('yellow');
    expect(level(0, 1_000)).toBe('orange');
    expect(level(0, 10_000)).toBe('red');
  });

  it('makes media pickup at least the plan’s level, never lower', () => {
    expect(level(10, 0, true)).toBe('orange');
    expect(level(600_000, 0, true)).toBe('red');
    expect(warningLevel({ sentiment: 'negative', reach: 10, mediaPickup: true }, { ...rule, mediaPickup: 'yellow' })).toBe('yellow');
  });

  it('alerts from the plan’s level up', () => {
    expect(warningAlerts('yellow', rule)).toBe(false);
    expect(warningAlerts('orange', rule)).toBe(true);
    expect(warningAlerts('red', rule)).toBe(true);
    expect(warningAlerts(null, rule)).toBe(false);
    expect(warningAlerts('yellow', { ...rule, alertFrom: 'yellow' })).toBe(true);
  });
});

describe('items watched before any incident', () => {
  const input = {
    platform: 'weibo',
    link: '',
    summary: '有网友称加油站少加油，视频转发量快速上升',
    sentiment: 'negative',
    reach: '6万',
    spread: '1200',
    foundAt: '2026-11-23T09:30',
    mediaPickup: false,
  };

  it('logs an item with no incident, its warning and the alert instant, and appends to no timeline', () => {
    const decision = decideLogOpinion({ incidentExists: false, plan }, { input }, stamp);
    if (!decision.ok) throw new Error(decision.error.code);
    expect(decision.value.value).toMatchObject({ watching: 1, warning: 'orange', alertAt: stamp.at, spread: 1200, reach: 60_000 });
    expect(decision.value.value.incidentId).toBeUndefined();
    expect(decision.value.timeline).toEqual([]);
  });

  it('refuses spread that is not a number, at its field', () => {
    expect(validateOpinion({ ...input, spread: '很多' }, 480, NOW)).toEqual({
      ok: false,
      problems: [{ field: 'spread', code: 'spread-invalid' }],
    });
  });

  it('raises an alert for an orange item, not for a yellow one', () => {
    const logged = (reach: string) => {
      const d = decideLogOpinion({ incidentExists: false, plan }, { input: { ...input, reach, spread: '' } }, stamp);
      if (!d.ok) throw new Error(d.error.code);
      return d.value.value;
    };
    const alerts = alertsFor({
      incidents: [],
      instructions: [],
      plan,
      preferences: { dueSoonLeadMinutes: 120, levelOneRepeatMinutes: 0 },
      calendar: officialCalendar,
      now: NOW,
      levelOneNotices: new Map(),
      opinionWarnings: [logged('6万'), logged('6000')],
    });
    expect(alerts.map((a) => [a.kind, a.urgent, a.params.warning])).toEqual([['opinion-warning', true, 'orange']]);
  });

  it('attaches a cluster to an incident with one timeline entry, and refuses one already on another incident', () => {
    const item = (id: string, incidentId?: string): OpinionItem =>
      ({
        id,
        mode: 'live',
        platform: 'weibo',
        summary: id,
        sentiment: 'negative',
        reach: 100,
        foundAt: stamp.at,
        recordedAt: stamp.at,
        recordedBy: 's',
        recordedByName: 's',
        updatedAt: stamp.at,
        ...(incidentId ? { incidentId } : { watching: 1 }),
      }) as OpinionItem;
    const incident = { id: 'inc-1', number: 'SJ-1' } as Incident;
    const ok = decideAttachOpinions({ incident, items: [item('a'), item('b')] }, { itemIds: ['a', 'b'], incidentId: 'inc-1' }, stamp);
    if (!ok.ok) throw new Error(ok.error.code);
    expect(ok.value.value.map((i) => [i.incidentId, i.watching])).toEqual([
      ['inc-1', undefined],
      ['inc-1', undefined],
    ]);
    expect(ok.value.timeline).toMatchObject([{ incidentId: 'inc-1', kind: 'opinion-attached', params: { count: 2, reach: 200 } }]);
    const taken = decideAttachOpinions(
      { incident, items: [item('a'), item('c', 'inc-2')] },
      { itemIds: ['a', 'c'], incidentId: 'inc-1' },
      stamp,
    );
    expect(taken.ok ? 'attached' : taken.error.code).toBe('opinion-already-attached');
  });
});

describe('opinion by level and day', () => {
  it('counts by warning level and by plan-local day across the period', () => {
    const items = [
      { foundAt: '2026-11-22T23:30:00+08:00', warning: 'red' as const },
      { foundAt: '2026-11-22T16:30:00Z', warning: 'blue' as const },
      { foundAt: '2026-11-23T10:00:00+08:00' },
    ];
    expect(countByWarning(items)).toEqual({ none: 1, blue: 1, yellow: 0, orange: 0, red: 1 });
    expect(opinionByDay(items, '2026-11-22', '2026-11-24', 480)).toEqual([
      { day: '2026-11-22', none: 0, blue: 0, yellow: 0, orange: 0, red: 1 },
      { day: '2026-11-23', none: 1, blue: 1, yellow: 0, orange: 0, red: 0 },
    ]);
  });
});

describe('the plan’s warning thresholds', () => {
  it('must rise level by level, each measure apart', () => {
    expect(planProblems({ ...plan, opinionWarning: DEFAULT_OPINION_WARNING }).filter((p) => p.problem === 'warning-not-above')).toEqual([]);
    const flat = { ...DEFAULT_OPINION_WARNING, orange: { reach: 5_000, spread: 2_000 } };
    expect(planProblems({ ...plan, opinionWarning: flat }).filter((p) => p.problem === 'warning-not-above')).toEqual([
      { path: 'opinionWarning.orange.reach', problem: 'warning-not-above' },
    ]);
  });
});
