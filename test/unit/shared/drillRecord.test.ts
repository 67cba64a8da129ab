// The drill clock read back from a run's log, and the 【演练】 notices a drill under way raises.
import { describe, expect, it } from 'vitest';
import { injectAlerts } from '@shared/drillAlerts';
import { drillMinuteAt } from '@shared/drillRecord';
import type { DrillLogEntry, DrillRunRecord } from '@shared/drillRecords';
import { fuelDisputeScenario } from '@shared/scenarios';
import { commandDrill, markFired, newDrillRun, type DrillRun } from '@shared/scenarioEngine';

const T0 = Date.parse('2026-11-23T09:00:00+08:00');
const SECOND = 1_000;
const MINUTE = 60_000;

describe('the drill minute at a real instant', () => {
  // Started at 2×, paused after 1 real minute (drill 2), resumed 10 minutes later, 10× from 1 minute after.
  const log: DrillLogEntry[] = [
    { kind: 'drill-started', atMs: T0, drillMinute: 0, speed: 2 },
    { kind: 'drill-paused', atMs: T0 + MINUTE, drillMinute: 2 },
    { kind: 'drill-resumed', atMs: T0 + 11 * MINUTE, drillMinute: 2 },
    { kind: 'speed-changed', atMs: T0 + 12 * MINUTE, drillMinute: 4, from: 2, to: 10 },
    { kind: 'inject-fired', atMs: T0 + 12 * MINUTE + 30 * SECOND, drillMinute: 9, seq: 2 },
    { kind: 'drill-finished', atMs: T0 + 13 * MINUTE, drillMinute: 14 },
  ];

  it('runs at the speed in force, stands still while paused and after the finish', () => {
    expect(drillMinuteAt(log, T0 - MINUTE)).toBe(0);
    expect(drillMinuteAt(log, T0 + 30 * SECOND)).toBe(1);
    expect(drillMinuteAt(log, T0 + 5 * MINUTE)).toBe(2);
    expect(drillMinuteAt(log, T0 + 11 * MINUTE + 30 * SECOND)).toBe(3);
    expect(drillMinuteAt(log, T0 + 12 * MINUTE + 6 * SECOND)).toBe(5);
    // Events that do not move the clock (an inject fired) leave the speed as it was.
    expect(drillMinuteAt(log, T0 + 12 * MINUTE + 36 * SECOND)).toBe(10);
    expect(drillMinuteAt(log, T0 + 60 * MINUTE)).toBe(14);
  });

  it('does not depend on the order the log was written in', () => {
    expect(drillMinuteAt([...log].reverse(), T0 + 12 * MINUTE + 6 * SECOND)).toBe(5);
  });
});

function recordOf(state: DrillRun, log: DrillLogEntry[] = []): DrillRunRecord {
  return {
    id: 'run-1',
    number: 'YL-20261123-01',
    scenario: fuelDisputeScenario,
    state,
    log,
    injectIncidents: { '1': '0190a000-0000-7000-8000-000000000001' },
    incidentNumbers: { '0190a000-0000-7000-8000-000000000001': 'YL-SJ-20261123-0001' },
    adjustments: [],
    createdAt: '2026-11-23T09:00:00+08:00',
    createdBy: 'p',
    createdByName: '王建国',
    updatedAt: '2026-11-23T09:00:00+08:00',
  };
}

function started(): DrillRun {
  const start = commandDrill(newDrillRun(fuelDisputeScenario), { type: 'start', speed: 10 }, T0);
  if (!start.ok) throw new Error('start refused');
  let state = start.value.state;
  for (const [seq, at] of [
    [1, T0],
    [2, T0 + MINUTE],
  ] as const) {
    const fired = markFired(state, seq, at);
    if (!fired.ok) throw new Error('fire refused');
    state = fired.value.state;
  }
  return state;
}

describe('the notices of a drill under way', () => {
  it('tells each delivered inject once at its delivery, with the words of the scenario in both languages', () => {
    const alerts = injectAlerts(recordOf(started()), 480);
    expect(alerts.map((a) => [a.key, a.fireAt, a.kind])).toEqual([
      ['drill:run-1:inject:1', '2026-11-23T09:00:00+08:00', 'drill-inject'],
      ['drill:run-1:inject:2', '2026-11-23T09:01:00+08:00', 'drill-inject'],
    ]);
    expect(alerts[0]).toMatchObject({
      urgent: true,
      target: { kind: 'incident', id: '0190a000-0000-7000-8000-000000000001' },
      params: { seq: 1, injectType: 'complaint', number: 'YL-SJ-20261123-0001' },
    });
    // A message that opened no incident of its own points at the drill's incident.
    expect(alerts[1]).toMatchObject({ urgent: false, target: { id: '0190a000-0000-7000-8000-000000000001' } });
    expect(alerts[1]!.params.content).toContain('二十余人围观');
    expect(alerts[1]!.params.contentEn).toContain('onlookers');
  });

  it('tells a re-sent inject again as a new notice, and nothing once the drill is finished', () => {
    const state = started();
    const resent = commandDrill(state, { type: 'resend', seq: 2 }, T0 + 2 * MINUTE);
    if (!resent.ok) throw new Error('resend refused');
    const log = resent.value.events as unknown as DrillLogEntry[];
    const alerts = injectAlerts(recordOf(resent.value.state, log), 480);
    expect(alerts.map((a) => a.key)).toContain('drill:run-1:inject:2:resent:1');
    expect(alerts.find((a) => a.key.endsWith(':resent:1'))!.titleKey).toBe('drill.alert.resentTitle');
    const finished = commandDrill(resent.value.state, { type: 'finish' }, T0 + 3 * MINUTE);
    if (!finished.ok) throw new Error('finish refused');
    expect(injectAlerts(recordOf(finished.value.state, log), 480)).toEqual([]);
  });
});
