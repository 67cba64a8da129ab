// The dashboard's figures on a small fixed data set, counted by hand.
import { describe, expect, it } from 'vitest';
import { officialCalendar } from '@shared/calendar';
import type { Instruction } from '@shared/command';
import { attention, complaintsByHour, countBy, levelPhaseMatrix, onTimeByStage, teamLoad } from '@shared/dashboard';
import { defaultPlan } from '@shared/defaultPlan';
import { incidentOf } from '../../fixtures/incidents';

const plan = defaultPlan('2026-11-01T09:00:00+08:00');
const at = (iso: string) => Date.parse(iso);
const NOW = at('2026-11-23T10:00:00+08:00');

const incident = incidentOf;

function instruction(partial: Partial<Instruction> & Pick<Instruction, 'id' | 'state' | 'deadline'>): Instruction {
  return {
    mode: 'live',
    incidentId: 'a',
    teamId: 'team-info',
    assigneeId: null,
    content: '收集信息',
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

describe('the command dashboard', () => {
  it('counts live incidents by level and phase, leaving closed and rejected ones out', () => {
    const rows = levelPhaseMatrix([
      { level: 1, state: 'investigating' },
      { level: 1, state: 'approval' },
      { level: 1, state: 'closed' },
      { level: 2, state: 'communicating' },
      { level: null, state: 'registered' },
      { level: null, state: 'rejected' },
      { level: 3, state: 'evaluating' },
    ]);
    expect(rows).toEqual([
      { level: 1, counts: { intake: 0, handling: 2, negotiation: 0, closing: 0 }, total: 2 },
      { level: 2, counts: { intake: 0, handling: 0, negotiation: 1, closing: 0 }, total: 1 },
      { level: 3, counts: { intake: 0, handling: 0, negotiation: 0, closing: 1 }, total: 1 },
      { level: 'none', counts: { intake: 1, handling: 0, negotiation: 0, closing: 0 }, total: 1 },
    ]);
  });

  it('counts today’s complaints by China-local hour, not yesterday’s', () => {
    const hours = complaintsByHour(
      [
        '2026-11-23T00:10:00+08:00',
        '2026-11-23T09:59:00+08:00',
        '2026-11-23T09:00:00+08:00',
        '2026-11-22T23:59:00+08:00',
        '2026-11-23T01:30:00Z',
      ],
      NOW,
      480,
    );
    expect(hours[0]).toBe(1);
    expect(hours[9]).toBe(3);
    expect(hours.reduce((a, b) => a + b, 0)).toBe(4);
  });

  it('counts by a key, most frequent first', () => {
    expect(countBy(['a', 'b', 'a', 'c', 'a', 'b'], (x) => x)).toEqual([
      { key: 'a', count: 3 },
      { key: 'b', count: 2 },
      { key: 'c', count: 1 },
    ]);
  });

  it('rates each stage on time from the clocks that have finished', () => {
    const rates = onTimeByStage(
      [
        // accepted after 2 h: met
        incident({
          id: 'a',
          state: 'verified',
          level: null,
          milestones: { receivedAt: '2026-11-23T08:00:00+08:00', acceptedAt: '2026-11-23T10:00:00+08:00' },
        }),
        // accepted after 30 h: missed
        incident({
          id: 'b',
          state: 'verified',
          level: null,
          milestones: { receivedAt: '2026-11-21T08:00:00+08:00', acceptedAt: '2026-11-22T14:00:00+08:00' },
        }),
        // still waiting: not counted
        incident({ id: 'c', state: 'registered', level: null }),
      ],
      plan,
      officialCalendar,
    );
    expect(rates.find((r) => r.stage === 'acceptance')).toEqual({ stage: 'acceptance', met: 1, missed: 1, rate: 0.5 });
    expect(rates.find((r) => r.stage === 'investigation')).toEqual({ stage: 'investigation', met: 0, missed: 0, rate: null });
  });

  it('lists what is overdue or due within two hours, overdue first', () => {
    const items = attention(
      [
        // acceptance due 24 h after 08:00 yesterday = 08:00 today: overdue
        incident({ id: 'late', state: 'registered', level: null, milestones: { receivedAt: '2026-11-22T08:00:00+08:00' } }),
        // acceptance due 11:00 today: within 2 h
        incident({ id: 'soon', state: 'registered', level: null, milestones: { receivedAt: '2026-11-22T11:00:00+08:00' } }),
        // acceptance due tomorrow: not listed
        incident({ id: 'fine', state: 'registered', level: null, milestones: { receivedAt: '2026-11-23T09:00:00+08:00' } }),
      ],
      [
        instruction({ id: 'i-late', incidentId: 'late', state: 'issued', deadline: '2026-11-23T09:30:00+08:00' }),
        instruction({ id: 'i-done', incidentId: 'late', state: 'accepted', deadline: '2026-11-23T09:30:00+08:00' }),
        // its incident is not among the open ones: its clock has stopped
        instruction({ id: 'i-closed', incidentId: 'gone', state: 'issued', deadline: '2026-11-23T09:30:00+08:00' }),
      ],
      NOW,
      2 * 3_600_000,
      plan,
      officialCalendar,
    );
    expect(items.map((i) => (i.kind === 'clock' ? i.number : i.instructionId))).toEqual(['SJ-late', 'i-late', 'SJ-soon']);
    expect(items.map((i) => i.overdue)).toEqual([true, true, false]);
  });

  it('counts each team’s open and overdue instructions', () => {
    const load = teamLoad(
      [
        instruction({ id: '1', state: 'issued', deadline: '2026-11-23T09:00:00+08:00' }),
        instruction({ id: '2', state: 'signed', deadline: '2026-11-23T12:00:00+08:00' }),
        instruction({ id: '3', state: 'accepted', deadline: '2026-11-23T09:00:00+08:00' }),
        instruction({ id: '4', state: 'issued', deadline: '2026-11-23T09:00:00+08:00', teamId: 'team-pub' }),
        // withdrawn, or left on a closed incident: nobody's work
        instruction({ id: '5', state: 'cancelled', deadline: '2026-11-23T09:00:00+08:00' }),
        instruction({ id: '6', incidentId: 'closed', state: 'issued', deadline: '2026-11-23T09:00:00+08:00', teamId: 'team-log' }),
      ],
      ['team-info', 'team-pub', 'team-log'],
      NOW,
      new Set(['a']),
    );
    expect(load).toEqual([
      { teamId: 'team-info', open: 2, overdue: 1 },
      { teamId: 'team-pub', open: 1, overdue: 1 },
      { teamId: 'team-log', open: 0, overdue: 0 },
    ]);
  });
});
