// 受理登记 as a pure decision: the numbers continue from the counters it was shown, an attach goes
// only to an open incident, and a second registration composed after a first carries on from the
// rows the first produced.
import { describe, expect, it } from 'vitest';
import { officialCalendar } from '@shared/calendar';
import type { Stamp } from '@shared/commandKit';
import { defaultPlan } from '@shared/defaultPlan';
import type { Incident } from '@shared/model';
import {
  attachIdsOf,
  decideRegistrations,
  registrationCounterKeys,
  seenAfterRegistrations,
  type Registrations,
  type RegistrationSeen,
} from '@shared/registrationCommands';
import type { Decision } from '@shared/commandKit';
import { NOW, registration, STAFF } from '../../fixtures/database';

const AT = '2026-11-23T10:00:00+08:00';
const plan = defaultPlan('2026-01-01T00:00:00+08:00');

function stampOf(mode: Stamp['mode'] = 'live'): Stamp {
  let n = 0;
  return { actor: STAFF, at: AT, nowMs: NOW, utcOffsetMinutes: 480, mode, newId: () => `id-${++n}` };
}
const seenWith = (over: Partial<RegistrationSeen> = {}): RegistrationSeen => ({
  plans: [plan],
  seatPlan: plan,
  calendar: officialCalendar,
  counters: {},
  attached: {},
  ...over,
});
const value = <T>(decision: Decision<T>) => {
  if (!decision.ok) throw new Error(decision.error.code);
  return decision.value;
};
const refusal = <T>(decision: Decision<T>) => (decision.ok ? 'decided' : decision.error);

describe('deciding a registration', () => {
  it('continues the numbers from the counters it was shown, and writes the counters it advanced', () => {
    const seen = seenWith({ counters: { 'TS-20261123': 7, 'SJ-20261123': 3 } });
    const outcome = value(decideRegistrations(seen, { inputs: [registration(), registration({ subject: '第二件' })] }, stampOf()));
    expect(outcome.value.saved.map((s) => s.complaint.number)).toEqual(['TS-20261123-0008', 'TS-20261123-0009']);
    expect(outcome.value.saved.map((s) => s.incident.number)).toEqual(['SJ-20261123-0004', 'SJ-20261123-0005']);
    expect(outcome.writes.filter((w) => 'put' in w && w.put === 'counters').map((w) => 'put' in w && w.row)).toEqual([
      { key: 'TS-20261123', value: 9 },
      { key: 'SJ-20261123', value: 5 },
    ]);
    expect(outcome.value.counters).toEqual({ 'TS-20261123': 9, 'SJ-20261123': 5 });
    expect(outcome.timeline.map((e) => e.kind)).toEqual(['registered', 'registered']);
  });

  it('numbers a drill apart from live work', () => {
    const seen = seenWith();
    expect(registrationCounterKeys(seen, stampOf('drill'))).toEqual(['YL-TS-20261123', 'YL-SJ-20261123']);
    const outcome = value(decideRegistrations(seen, { inputs: [registration()] }, stampOf('drill')));
    expect(outcome.value.saved[0]!.complaint.number).toBe('YL-TS-20261123-0001');
    expect(outcome.value.saved[0]!.incident).toMatchObject({ mode: 'drill', planVersionId: plan.id, state: 'registered' });
  });

  it('writes nothing when no form is valid, and says what is wrong with each', () => {
    const outcome = value(decideRegistrations(seenWith(), { inputs: [registration({ content: '短' })] }, stampOf()));
    expect(outcome.writes).toEqual([]);
    expect(outcome.timeline).toEqual([]);
    expect(outcome.value.invalid).toEqual([{ index: 0, errors: { content: 'validation.contentShort' } }]);
  });

  it('refuses an attach to a closed incident, and to one that is not there', () => {
    const first = value(decideRegistrations(seenWith(), { inputs: [registration()] }, stampOf())).value.saved[0]!;
    const closed: Incident = { ...first.incident, state: 'closed' };
    const attachClosed = seenWith({ attached: { [closed.id]: { incident: closed, complaints: [first.complaint] } } });
    expect(refusal(decideRegistrations(attachClosed, { inputs: [registration({ incidentId: closed.id })] }, stampOf()))).toEqual({
      code: 'incident-not-open',
      params: { number: closed.number },
    });
    expect(refusal(decideRegistrations(seenWith(), { inputs: [registration({ incidentId: 'gone' })] }, stampOf()))).toEqual({
      code: 'incident-not-found',
    });
  });

  it('lets a second registration composed after the first number on and attach to the incident it opened', () => {
    const seen = seenWith({ counters: { 'TS-20261123': 2, 'SJ-20261123': 2 } });
    const stamp = stampOf();
    const first = value(decideRegistrations(seen, { inputs: [registration()] }, stamp));
    const incidentId = first.value.saved[0]!.incident.id;
    expect(attachIdsOf([registration({ incidentId })])).toEqual([incidentId]);
    const after = seenAfterRegistrations(seen, first.value as Registrations);
    const second = value(
      decideRegistrations(
        after,
        { inputs: [registration({ incidentId, peopleInvolved: 30, complainant: { ...registration().complainant, name: '李女士' } })] },
        stamp,
      ),
    );
    const { complaint, incident } = second.value.saved[0]!;
    expect(complaint.number).toBe('TS-20261123-0004');
    expect(incident).toMatchObject({ id: incidentId, number: 'SJ-20261123-0003', complainantCount: 2, peopleInvolved: 31 });
    expect(incident.complainantNames).toEqual(['周先生', '李女士']);
    // No incident number is used by an attach.
    expect(second.value.counters).toEqual({ 'TS-20261123': 4, 'SJ-20261123': 3 });
    expect(second.timeline[0]).toMatchObject({ incidentId, kind: 'attached', params: { complaint: 'TS-20261123-0004', people: 30 } });
  });

  it('is repeatable: the same rows, arguments and stamp give the same decision', () => {
    const args = { inputs: [registration()], importStamp: { importId: 'run-1', externalRefs: ['GD-1'] } };
    const once = value(decideRegistrations(seenWith(), args, stampOf()));
    expect(value(decideRegistrations(seenWith(), args, stampOf()))).toEqual(once);
    expect(once.value.saved[0]!.complaint).toMatchObject({ importId: 'run-1', externalRef: 'GD-1', createdAt: AT, createdBy: STAFF.id });
    expect(once.value.saved[0]!.incident.importId).toBe('run-1');
  });
});
