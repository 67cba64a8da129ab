// 演练计划与培训: when a planned drill is reminded (the plan's days before) and when it falls
// overdue (its day passed unheld), at their boundaries; what a plan item, attendance, a measure and a
// training refuse; the statistics per team.
import { describe, expect, it } from 'vitest';
import type { Stamp } from '@shared/commandKit';
import { defaultPlan } from '@shared/defaultPlan';
import {
  decideAddMeasure,
  decideMeasureDone,
  decidePlanDrill,
  decideRecordAttendance,
  decideRecordTraining,
  DEFAULT_DRILL_PROGRAMME_RULE,
  drillPlanAlerts,
  drillPlanProjection,
  drillReminderTimes,
  drillStanding,
  programmeByTeam,
  type DrillPlanItem,
  type PlanDrillInput,
} from '@shared/drillProgramme';
import type { Person, Team } from '@shared/model';
import { toIsoWithOffset } from '@shared/time';

const MINUTE = 60_000;
const at = (local: string) => Date.parse(`${local}+08:00`);
const iso = (ms: number) => toIsoWithOffset(ms, 480);
const plan = defaultPlan('2026-11-01T00:00:00+08:00');
const rule = DEFAULT_DRILL_PROGRAMME_RULE;

const stampAt = (ms: number): Stamp => ({
  actor: { id: 'leader', name: '王建国', role: 'leader' },
  at: iso(ms),
  nowMs: ms,
  utcOffsetMinutes: 480,
  mode: 'live',
  newId: () => '00000000-0000-4000-8000-000000000077',
});

const person = (id: string, name: string): Person => ({
  id,
  name,
  role: 'member',
  title: '',
  phone: '',
  department: '',
  sample: true,
  updatedAt: '',
  updatedBy: '',
});
const WANG = person('p-wang', '王建国');
const LI = person('p-li', '李敏');
const ZHAO = person('p-zhao', '赵强');
const team = (id: string, memberIds: string[], leadId?: string): Team =>
  ({
    id,
    code: id,
    kind: 'working-team',
    name: { zh: id },
    duties: { zh: '' },
    memberIds,
    ...(leadId ? { leadId } : {}),
    phone: '',
    sample: true,
    updatedAt: '',
    updatedBy: '',
  }) as Team;
const INFO = team('t-info', ['p-li'], 'p-wang');
const LOGISTICS = team('t-logistics', ['p-zhao']);

const people = new Map([WANG, LI, ZHAO].map((p) => [p.id, p]));
const teams = new Map([INFO, LOGISTICS].map((t) => [t.id, t]));
const FUEL = { id: 'fuel-dispute', title: { zh: '加油站加油数量纠纷', en: 'Fuel-quantity dispute at a petrol station' } };

const planInput = (more: Partial<PlanDrillInput> = {}): PlanDrillInput => ({
  year: 2027,
  scenario: FUEL,
  plannedFor: '2027-03-15',
  teamIds: ['t-info'],
  organiserId: 'p-wang',
  ...more,
});

const planned = (more: Partial<DrillPlanItem> = {}): DrillPlanItem => {
  const decision = decidePlanDrill({ people, teams, plan }, planInput(), stampAt(at('2026-12-01T10:00')));
  if (!decision.ok) throw new Error(decision.error.code);
  return { ...decision.value.value, ...more };
};

describe('when a planned drill is reminded', () => {
  it('is reminded from 00:00 of the day the plan’s 7 days before it, not a minute earlier', () => {
    const { remindAt } = drillReminderTimes('2027-03-15', rule, 480);
    expect(remindAt).toBe(at('2027-03-08T00:00'));
    const item = planned();
    expect(drillStanding(item, rule, at('2027-03-07T23:59'), 480)).toBe('upcoming');
    expect(drillStanding(item, rule, at('2027-03-08T00:00'), 480)).toBe('reminded');
    expect(drillStanding(item, rule, at('2027-03-15T23:59'), 480)).toBe('reminded');
  });

  it('follows the plan’s number of days, and 0 reminds on the day itself', () => {
    expect(drillReminderTimes('2027-03-15', { remindDaysBefore: 3 }, 480).remindAt).toBe(at('2027-03-12T00:00'));
    expect(drillReminderTimes('2027-03-15', { remindDaysBefore: 0 }, 480).remindAt).toBe(at('2027-03-15T00:00'));
    // Across a month's end.
    expect(drillReminderTimes('2027-03-03', rule, 480).remindAt).toBe(at('2027-02-24T00:00'));
  });

  it('falls overdue at 00:00 of the day after its day while still unheld, and never once held or cancelled', () => {
    const item = planned();
    expect(drillStanding(item, rule, at('2027-03-15T23:59') + MINUTE - 1, 480)).toBe('reminded');
    expect(drillStanding(item, rule, at('2027-03-16T00:00'), 480)).toBe('overdue');
    expect(drillStanding({ ...item, status: 'held' }, rule, at('2027-03-20T00:00'), 480)).toBe('held');
    expect(drillStanding({ ...item, status: 'cancelled' }, rule, at('2027-03-20T00:00'), 480)).toBe('cancelled');
  });

  it('stores when it is first reminded (indexed) only while planned', () => {
    const item = planned();
    expect(item.remindAt).toBe('2027-03-08T00:00:00+08:00');
    expect(drillPlanProjection({ ...item, status: 'held' }, plan)).toEqual({});
    expect(drillPlanProjection(item, { ...plan, drillProgramme: { remindDaysBefore: 1 } })).toEqual({
      remindAt: '2027-03-14T00:00:00+08:00',
    });
  });

  it('raises a reminder and an overdue alert for a planned drill, with the scenario in both languages, and none for a held one', () => {
    const alerts = drillPlanAlerts([planned()], rule, 480);
    expect(alerts.map((a) => [a.kind, a.fireAt])).toEqual([
      ['drill-plan-due', '2027-03-08T00:00:00+08:00'],
      ['drill-plan-overdue', '2027-03-16T00:00:00+08:00'],
    ]);
    expect(alerts[0]!.params).toEqual({
      scenario: '加油站加油数量纠纷',
      scenarioEn: 'Fuel-quantity dispute at a petrol station',
      day: '2027-03-15',
    });
    expect(drillPlanAlerts([planned({ status: 'held' }), planned({ status: 'cancelled' })], rule, 480)).toEqual([]);
  });
});

describe('planning a drill', () => {
  const errorsOf = (input: PlanDrillInput) => {
    const decision = decidePlanDrill({ people, teams, plan }, input, stampAt(at('2026-12-01T10:00')));
    return decision.ok ? {} : decision.error.params;
  };

  it('refuses a drill with no scenario, a date outside the plan’s year, no team or an organiser not in the organisation', () => {
    expect(errorsOf(planInput({ scenario: null }))).toEqual({ scenario: 'drillProgramme.error.noScenario' });
    expect(errorsOf(planInput({ plannedFor: '2028-01-02' }))).toEqual({ plannedFor: 'drillProgramme.error.outsideYear' });
    expect(errorsOf(planInput({ plannedFor: '2027-02-30' }))).toEqual({ plannedFor: 'validation.date' });
    expect(errorsOf(planInput({ teamIds: [] }))).toEqual({ teamIds: 'drillProgramme.error.noTeam' });
    expect(errorsOf(planInput({ organiserId: 'nobody' }))).toEqual({ organiserId: 'drillProgramme.error.notInOrganisation' });
  });
});

describe('attendance, measures and training', () => {
  const now = at('2027-03-15T17:00');

  it('records who was present and absent, marks the drill held and stops its reminders', () => {
    const decision = decideRecordAttendance(
      { item: planned(), people, byName: new Map([[ZHAO.name, ZHAO]]), plan },
      {
        planId: planned().id,
        heldOn: '2027-03-15',
        attendance: [
          { personId: 'p-wang', present: true },
          { personId: 'p-li', present: false },
        ],
        extraNames: ['赵强'],
      },
      stampAt(now),
    );
    if (!decision.ok) throw new Error(decision.error.code);
    const held = decision.value.value;
    expect(held.status).toBe('held');
    expect(held.remindAt).toBeUndefined();
    expect(held.presentIds).toEqual(['p-wang', 'p-zhao']);
  });

  it('refuses attendance for someone not in the organisation, and changes nothing', () => {
    const decision = decideRecordAttendance(
      { item: planned(), people, byName: new Map(), plan },
      { planId: planned().id, heldOn: '2027-03-15', attendance: [{ personId: 'p-wang', present: true }], extraNames: ['张三'] },
      stampAt(now),
    );
    expect(decision).toMatchObject({
      ok: false,
      error: { code: 'validation', params: { extraNames: 'drillProgramme.error.notInOrganisation' } },
    });
  });

  it('adds a measure only to a held drill, and marks it done once', () => {
    expect(
      decideAddMeasure({ item: planned(), people }, { planId: 'x', measure: '改进', ownerId: '', dueDate: '2027-04-01' }, stampAt(now)),
    ).toMatchObject({
      ok: false,
      error: { code: 'drill-plan-not-held' },
    });
    const added = decideAddMeasure(
      { item: planned({ status: 'held' }), people },
      { planId: 'x', measure: '完善加油站纠纷口径', ownerId: 'p-li', dueDate: '2027-04-01' },
      stampAt(now),
    );
    if (!added.ok) throw new Error(added.error.code);
    expect(added.value.value.status).toBe('open');
    const done = decideMeasureDone({ measure: added.value.value }, { measureId: added.value.value.id }, stampAt(now));
    if (!done.ok) throw new Error(done.error.code);
    expect(done.value.value).toMatchObject({ status: 'done', doneAt: iso(now) });
  });

  it('refuses a training with an empty topic or an attendee not in the organisation', () => {
    const input = { heldOn: '2027-03-10', topic: '  ', trainer: '外聘讲师', attendeeIds: ['p-li', 'ghost'], material: '' };
    expect(decideRecordTraining({ people }, input, stampAt(now))).toMatchObject({
      ok: false,
      error: { params: { topic: 'drillProgramme.error.noTopic', attendeeIds: 'drillProgramme.error.notInOrganisation' } },
    });
  });

  it('counts a year’s drills and training per team, by its members (the lead included)', () => {
    const held = {
      ...planned(),
      status: 'held' as const,
      attendance: [
        { personId: 'p-wang', present: true },
        { personId: 'p-li', present: false },
        { personId: 'p-zhao', present: true },
      ],
    };
    const rows = programmeByTeam(
      [INFO, LOGISTICS],
      [held, planned({ teamIds: ['t-info', 't-logistics'] }), planned({ status: 'cancelled' })],
      [{ attendeeIds: ['p-li', 'p-zhao'] }, { attendeeIds: ['p-li'] }],
    );
    expect(rows).toEqual([
      { teamId: 't-info', planned: 2, held: 1, present: 1, absent: 1, trained: 2, membersTrained: 1, members: 2 },
      { teamId: 't-logistics', planned: 1, held: 0, present: 0, absent: 0, trained: 1, membersTrained: 1, members: 1 },
    ]);
  });
});

describe('the programme is the office’s live record', () => {
  it('refuses to plan, attend or train in the drill database', () => {
    const drillStamp = { ...stampAt(at('2026-12-01T10:00')), mode: 'drill' as const };
    expect(decidePlanDrill({ people, teams, plan }, planInput(), drillStamp)).toMatchObject({
      ok: false,
      error: { code: 'drill-programme-live-only' },
    });
    expect(
      decideRecordTraining(
        { people },
        { heldOn: '2026-11-30', topic: '分级', trainer: '李明', attendeeIds: ['p-li'], material: '' },
        drillStamp,
      ),
    ).toMatchObject({ ok: false, error: { code: 'drill-programme-live-only' } });
  });
});
