// Which alerts the records call for, on a small fixed data set with every instant worked out by
// hand: Monday 2026-11-23 10:00 China time, the default plan, 2-hour lead, level-1 repeat 10 min.
import { describe, expect, it } from 'vitest';
import {
  alertsFor,
  alertsToRegister,
  levelOneNoticeStates,
  newestRaisedFirst,
  nextLevelOneFiring,
  noticeDueAt,
  raisedLate,
  statusCounts,
  type AlertInput,
  type LevelOneNoticeState,
} from '@shared/alerts';
import { officialCalendar } from '@shared/calendar';
import type { Instruction } from '@shared/command';
import { attention } from '@shared/dashboard';
import { defaultPlan } from '@shared/defaultPlan';
import type { Incident } from '@shared/model';
import { incidentOf } from '../../fixtures/incidents';

const plan = defaultPlan('2026-11-01T09:00:00+08:00');
const at = (iso: string) => Date.parse(iso);
const NOW = at('2026-11-23T10:00:00+08:00');
const MINUTE = 60_000;

const ID = {
  a: 'a0000000-0000-4000-8000-00000000000a',
  b: 'b0000000-0000-4000-8000-00000000000b',
  c: 'c0000000-0000-4000-8000-00000000000c',
  d: 'd0000000-0000-4000-8000-00000000000d',
};

const incident = (partial: Partial<Incident> & Pick<Incident, 'id' | 'state' | 'level'>): Incident =>
  incidentOf({ number: `SJ-20261123-000${partial.id.slice(0, 1)}`, title: '加油数量争议', place: '城东加油站', ...partial });

function instruction(partial: Partial<Instruction> & Pick<Instruction, 'id' | 'state' | 'deadline' | 'incidentId'>): Instruction {
  return {
    mode: 'live',
    teamId: 'team-info',
    assigneeId: null,
    content: '收集并核实事件信息',
    priority: 'urgent',
    issuedAt: '2026-11-23T09:00:00+08:00',
    issuedBy: 'l',
    issuedByName: '王建国',
    progress: [],
    updatedAt: '',
    updatedBy: '',
    ...partial,
  };
}

/** Registered, not yet accepted: only the 24-hour acceptance clock runs. */
const registered = incident({ id: ID.a, state: 'registered', level: null });
/** Graded level 1 at 09:00, response not activated: the 30-minute report clock ran out at 09:30. */
const levelOne = incident({
  id: ID.b,
  state: 'graded',
  level: 1,
  milestones: {
    receivedAt: '2026-11-23T08:00:00+08:00',
    acceptedAt: '2026-11-23T08:30:00+08:00',
    gradedAt: '2026-11-23T09:00:00+08:00',
    levelOneAt: '2026-11-23T09:00:00+08:00',
  },
});
const closed = incident({ id: ID.c, state: 'closed', level: 2 });
/** Received yesterday 09:00: acceptance was due today 09:00 and is overdue. */
const lateAcceptance = incident({ id: ID.d, state: 'registered', level: null, milestones: { receivedAt: '2026-11-22T09:00:00+08:00' } });

const unsigned = instruction({ id: 'i1', incidentId: ID.b, state: 'issued', deadline: '2026-11-23T09:30:00+08:00' });
const working = instruction({ id: 'i4', incidentId: ID.b, state: 'signed', deadline: '2026-11-23T12:00:00+08:00', assigneeId: 'p-zhang' });
const reported = instruction({ id: 'i2', incidentId: ID.b, state: 'reported', deadline: '2026-11-23T09:30:00+08:00' });
const ofClosed = instruction({ id: 'i3', incidentId: ID.c, state: 'issued', deadline: '2026-11-23T09:30:00+08:00' });

function input(overrides: Partial<AlertInput> = {}): AlertInput {
  return {
    incidents: [registered, levelOne, closed, lateAcceptance],
    instructions: [unsigned, working, reported, ofClosed],
    plan,
    preferences: { dueSoonLeadMinutes: 120, levelOneRepeatMinutes: 10 },
    calendar: officialCalendar,
    now: NOW,
    levelOneNotices: new Map(),
    teamNames: new Map([['team-info', { zh: '信息收集组', en: 'Information team' }]]),
    personNames: new Map([['p-zhang', '张丽']]),
    ...overrides,
  };
}

const byKey = (overrides: Partial<AlertInput> = {}) => new Map(alertsFor(input(overrides)).map((a) => [a.key, a]));

describe('which alerts exist', () => {
  it('lists every alert with its hand-computed instant, earliest first', () => {
    expect(alertsFor(input()).map((a) => [a.key, a.fireAt, a.kind, a.urgent])).toEqual([
      // Acceptance of the incident received yesterday 09:00: due today 09:00, already past (no due-soon).
      [`incident:${ID.d}:acceptance:overdue`, '2026-11-23T09:00:00+08:00', 'overdue', true],
      [`incident:${ID.b}:report:overdue`, '2026-11-23T09:30:00+08:00', 'overdue', true],
      ['instruction:i1:overdue', '2026-11-23T09:30:00+08:00', 'instruction-overdue', true],
      // Level 1 since 09:00, repeating every 10 minutes, nothing shown yet: the 10:00 firing is the one due.
      [`incident:${ID.b}:level1`, '2026-11-23T10:00:00+08:00', 'level1', true],
      ['instruction:i4:overdue', '2026-11-23T12:00:00+08:00', 'instruction-overdue', true],
      // Received today 08:00: acceptance due tomorrow 08:00, due-soon two hours before.
      [`incident:${ID.a}:acceptance:due-soon`, '2026-11-24T06:00:00+08:00', 'due-soon', false],
      [`incident:${ID.a}:acceptance:overdue`, '2026-11-24T08:00:00+08:00', 'overdue', true],
      // Accepted Monday 08:30: three working days are Tue, Wed, Thu, ending Thursday 24:00.
      [`incident:${ID.b}:investigation:due-soon`, '2026-11-26T22:00:00+08:00', 'due-soon', false],
      [`incident:${ID.b}:investigation:overdue`, '2026-11-27T00:00:00+08:00', 'overdue', true],
    ]);
  });

  it('runs each incident’s clocks by the version it was opened under, when no clocks are given', () => {
    // v2, in force since, gives acceptance 48 hours; the incident received today 08:00 was opened under v1 (24 hours).
    const v2 = {
      ...plan,
      id: '00000000-0000-4000-8000-0000000000b2',
      versionNumber: 2,
      effectiveFrom: '2026-11-20T00:00:00+08:00',
      timeLimits: plan.timeLimits.map((r) => (r.stage === 'acceptance' ? { ...r, amount: 48 } : r)),
    };
    const underV1 = [registered, lateAcceptance].map((i) => ({ ...i, planVersionId: plan.id }));
    const alerts = byKey({ incidents: underV1, instructions: [], plan: v2, plans: [plan, v2] });
    expect(alerts.get(`incident:${ID.a}:acceptance:overdue`)?.fireAt).toBe('2026-11-24T08:00:00+08:00');
    // The tray counts the v1 incident received yesterday 09:00 as overdue (by v2 it would not be yet).
    expect(statusCounts(underV1, [], NOW, { plan: v2, plans: [plan, v2] }, officialCalendar).overdue).toBe(1);
  });

  it('says nothing for closed incidents, finished stages, reported instructions or a closed incident’s instructions', () => {
    const keys = [...byKey().keys()];
    expect(keys.filter((k) => k.includes(ID.c))).toEqual([]);
    expect(keys).not.toContain(`incident:${ID.b}:acceptance:overdue`);
    expect(keys).not.toContain('instruction:i2:overdue');
    expect(keys).not.toContain('instruction:i3:overdue');
  });

  it('gives no due-soon alert for a stage that began inside its own warning window (the 30-minute report)', () => {
    expect(byKey().has(`incident:${ID.b}:report:due-soon`)).toBe(false);
  });

  it('stops the due-soon alert once the deadline has passed, keeping the overdue one', () => {
    const afterDeadline = byKey({ now: at('2026-11-24T08:00:01+08:00') });
    expect(afterDeadline.has(`incident:${ID.a}:acceptance:due-soon`)).toBe(false);
    expect(afterDeadline.get(`incident:${ID.a}:acceptance:overdue`)?.fireAt).toBe('2026-11-24T08:00:00+08:00');
  });

  it('moves the due-soon instant with the configured lead time', () => {
    expect(
      byKey({ preferences: { dueSoonLeadMinutes: 30, levelOneRepeatMinutes: 10 } }).get(`incident:${ID.a}:acceptance:due-soon`)?.fireAt,
    ).toBe('2026-11-24T07:30:00+08:00');
  });

  it('words alerts by i18n key with the incident number, stage and deadline, never a raw id', () => {
    const alerts = byKey();
    expect(alerts.get(`incident:${ID.a}:acceptance:due-soon`)).toMatchObject({
      titleKey: 'notifications.alert.dueSoon.title',
      bodyKey: 'notifications.alert.dueSoon.body',
      params: { number: 'SJ-20261123-000a', stage: 'acceptance', deadline: '2026-11-24T08:00:00+08:00', title: '加油数量争议' },
      target: { kind: 'incident', id: ID.a },
    });
    expect(alerts.get('instruction:i1:overdue')).toMatchObject({
      titleKey: 'notifications.alert.instructionUnsigned.title',
      params: { number: 'SJ-20261123-000b', receiver: '信息收集组', receiverEn: 'Information team', deadline: '2026-11-23T09:30:00+08:00' },
      target: { kind: 'incident', id: ID.b },
    });
    expect(alerts.get('instruction:i4:overdue')).toMatchObject({
      titleKey: 'notifications.alert.instructionUnfinished.title',
      params: { receiver: '信息收集组 · 张丽' },
    });
    for (const alert of alerts.values()) {
      const text = Object.values(alert.params).join(' ');
      for (const id of [...Object.values(ID), 'i1', 'i4', 'team-info', 'p-zhang']) expect(text).not.toContain(id);
    }
  });
});

describe('the level-1 alert', () => {
  const levelOneAt = at('2026-11-23T09:00:00+08:00');
  const key = `incident:${ID.b}:level1`;
  const shown = (iso: string): LevelOneNoticeState => ({ lastShownAt: iso });

  it('fires when the incident became level 1, even if the console first sees it a little later', () => {
    expect(nextLevelOneFiring(levelOneAt, levelOneAt + 30_000, 10)).toBe(levelOneAt);
    expect(nextLevelOneFiring(levelOneAt, levelOneAt - MINUTE, 10)).toBe(levelOneAt);
  });

  it('registers only the next repeat once the current one was shown', () => {
    expect(nextLevelOneFiring(levelOneAt, NOW, 10, shown('2026-11-23T10:00:00+08:00'))).toBe(at('2026-11-23T10:10:00+08:00'));
    expect(byKey({ levelOneNotices: new Map([[key, shown('2026-11-23T10:00:00+08:00')]]) }).get(key)?.fireAt).toBe(
      '2026-11-23T10:10:00+08:00',
    );
  });

  it('replaces repeats missed while the console was closed by the latest one, shown once', () => {
    // Last shown 09:10; it is now 10:05: the 10:00 firing is due, not the five in between.
    expect(nextLevelOneFiring(levelOneAt, at('2026-11-23T10:05:00+08:00'), 10, shown('2026-11-23T09:10:00+08:00'))).toBe(
      at('2026-11-23T10:00:00+08:00'),
    );
  });

  it('stops for good once acknowledged', () => {
    const acknowledged = { lastShownAt: '2026-11-23T09:00:00+08:00', acknowledgedAt: '2026-11-23T09:03:00+08:00' };
    expect(nextLevelOneFiring(levelOneAt, NOW, 10, acknowledged)).toBeNull();
    expect(byKey({ levelOneNotices: new Map([[key, acknowledged]]) }).has(key)).toBe(false);
  });

  it('fires once when repeats are switched off (0)', () => {
    expect(nextLevelOneFiring(levelOneAt, NOW, 0)).toBe(levelOneAt);
    expect(nextLevelOneFiring(levelOneAt, NOW, 0, shown('2026-11-23T09:00:00+08:00'))).toBeNull();
  });

  it('exists only while the incident is open and level 1', () => {
    expect(byKey({ incidents: [{ ...levelOne, level: 2 }] }).has(key)).toBe(false);
    expect(byKey({ incidents: [{ ...levelOne, state: 'closed' }] }).has(key)).toBe(false);
  });

  it('reads a key’s latest notice as its state', () => {
    const states = levelOneNoticeStates([
      { key, firedAt: '2026-11-20T09:00:00+08:00', lastShownAt: '2026-11-20T09:00:00+08:00', acknowledgedAt: '2026-11-20T09:05:00+08:00' },
      { key, firedAt: '2026-11-23T09:00:00+08:00', lastShownAt: '2026-11-23T09:40:00+08:00' },
    ]);
    expect(states.get(key)).toEqual({ lastShownAt: '2026-11-23T09:40:00+08:00', acknowledgedAt: undefined });
  });
});

describe('when a notice was due and when it was raised', () => {
  it('says a notice was raised late only when more than a minute after it was due', () => {
    const due = '2026-11-21T09:15:00+08:00';
    expect(raisedLate({ dueAt: due, firedAt: '2026-11-23T19:35:00+08:00' })).toBe(true);
    expect(raisedLate({ dueAt: due, firedAt: '2026-11-21T09:16:01+08:00' })).toBe(true);
    expect(raisedLate({ dueAt: due, firedAt: '2026-11-21T09:16:00+08:00' })).toBe(false);
    expect(raisedLate({ dueAt: due, firedAt: '2026-11-21T09:15:12+08:00' })).toBe(false);
  });

  it('reads a notice stored before due times were kept as raised when it was due', () => {
    const older = { firedAt: '2026-11-21T09:15:00+08:00' };
    expect(noticeDueAt(older)).toBe('2026-11-21T09:15:00+08:00');
    expect(raisedLate(older)).toBe(false);
  });

  it('orders the newest raised first, and those raised together latest due first', () => {
    const notices = [
      { id: 'a', dueAt: '2026-11-21T09:00:00+08:00', firedAt: '2026-11-23T08:30:00+08:00' },
      { id: 'b', firedAt: '2026-11-22T10:00:00+08:00' },
      { id: 'c', dueAt: '2026-11-22T09:00:00+08:00', firedAt: '2026-11-23T08:30:00+08:00' },
      { id: 'd', dueAt: '2026-11-23T10:00:00+08:00', firedAt: '2026-11-23T10:00:04+08:00' },
    ];
    expect([...notices].sort(newestRaisedFirst).map((n) => n.id)).toEqual(['d', 'c', 'a', 'b']);
  });
});

describe('what the host is given and the tray counts', () => {
  it('keeps what is still to come, then the most recent past alerts, when there are too many', () => {
    const alerts = ['08:00', '09:00', '09:30', '11:00', '12:00'].map((hm) => ({ fireAt: `2026-11-23T${hm}:00+08:00` }));
    expect(alertsToRegister(alerts, NOW, 3).map((a) => a.fireAt.slice(11, 16))).toEqual(['11:00', '12:00', '09:30']);
    expect(alertsToRegister(alerts, NOW, 10)).toHaveLength(5);
  });

  it('counts overdue items as the dashboard does, and open level-1 incidents', () => {
    const incidents = [registered, levelOne, closed, lateAcceptance];
    const instructions = [unsigned, working, reported, ofClosed];
    // Overdue: the report clock (09:30), the late acceptance (09:00), the unsigned instruction (09:30).
    expect(statusCounts(incidents, instructions, NOW, { plan }, officialCalendar)).toEqual({ overdue: 3, levelOneOpen: 1 });
    const open = incidents.filter((i) => i.state !== 'closed');
    const dashboard = attention(
      open,
      instructions.filter((i) => i.incidentId !== ID.c),
      NOW,
      0,
      plan,
      officialCalendar,
    );
    expect(dashboard.filter((i) => i.overdue)).toHaveLength(3);
  });
});
