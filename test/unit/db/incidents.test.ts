import { afterEach, describe, expect, it } from 'vitest';
import type { Command } from '@shared/workflow';
import { registerComplaint } from '../../../renderer/db/complaints';
import { addCommunication } from '../../../renderer/db/communications';
import { applyCommand } from '../../../renderer/db/incidents';
import type { ConsoleDb } from '../../../renderer/db/schema';
import { contextFor, freshDb, LEADER, NOW, registration, STAFF } from '../../fixtures/database';

let db: ConsoleDb;
afterEach(async () => {
  db?.close();
  if (db) await db.delete();
});

async function registered(overrides = {}) {
  const result = await registerComplaint(db, registration(overrides), await contextFor(db));
  if (!result.ok) throw new Error(result.error.code);
  return result.value.incident;
}

async function run(incidentId: string, command: Command, actor = STAFF, now = NOW) {
  return applyCommand(db, incidentId, command, await contextFor(db, actor, now));
}

describe('moving an incident through the workflow', () => {
  it('records the change and its timeline entry with who, when, from and to', async () => {
    db = await freshDb();
    const incident = await registered();
    const result = await run(incident.id, { type: 'verify', note: '核实为有效投诉' });
    expect(result.ok && result.value.state).toBe('verified');
    const stored = await db.incidents.get(incident.id);
    expect(stored?.milestones.acceptedAt).toBe('2026-11-23T10:00:00+08:00');
    const entries = await db.timeline.where('incidentId').equals(incident.id).sortBy('at');
    expect(entries.at(-1)).toMatchObject({ kind: 'verify', from: 'registered', to: 'verified', actorName: '陈晓', note: '核实为有效投诉' });
  });

  it('refuses a level-1 activation by an ordinary operator and changes nothing', async () => {
    db = await freshDb();
    const incident = await registered();
    await run(incident.id, { type: 'verify' });
    await run(incident.id, { type: 'grade', level: 1, reason: '加油站门口聚集，记者到场' });
    const before = await db.incidents.get(incident.id);
    const timelineBefore = await db.timeline.count();
    const refused = await run(incident.id, { type: 'activateResponse' });
    expect(refused.ok ? 'activated' : refused.error.code).toBe('level1-activation-needs-leader');
    expect(await db.incidents.get(incident.id)).toEqual(before);
    expect(await db.timeline.count()).toBe(timelineBefore);
    const activated = await run(incident.id, { type: 'activateResponse' }, LEADER);
    expect(activated.ok && activated.value.state).toBe('investigating');
  });

  it('refuses a note longer than 2000 characters with the limit, and changes nothing', async () => {
    db = await freshDb();
    const incident = await registered();
    const before = await db.incidents.get(incident.id);
    const timelineBefore = await db.timeline.count();
    const refused = await run(incident.id, { type: 'verify', note: '核实'.repeat(1001) });
    expect(refused.ok ? 'verified' : refused.error).toMatchObject({ code: 'note-too-long', params: { max: 2000 } });
    expect(await db.incidents.get(incident.id)).toEqual(before);
    expect(await db.timeline.count()).toBe(timelineBefore);
  });

  it('lists timeline entries made within the same second in the order they happened', async () => {
    db = await freshDb();
    const incident = await registered();
    await run(incident.id, { type: 'verify' });
    await run(incident.id, { type: 'grade', level: 3 });
    await run(incident.id, { type: 'activateResponse' });
    const kinds = (await db.timeline.where('incidentId').equals(incident.id).toArray()).map((e) => e.kind);
    expect(kinds).toEqual(['registered', 'verify', 'grade', 'activateResponse']);
  });

  it('keeps the incident unchanged when its timeline entry cannot be written', async () => {
    db = await freshDb();
    const incident = await registered();
    const boom = () => {
      throw new Error('quota exceeded');
    };
    db.timeline.hook('creating', boom);
    const result = await run(incident.id, { type: 'verify' });
    db.timeline.hook('creating').unsubscribe(boom);
    expect(result.ok ? 'saved' : result.error.code).toBe('storage-failed');
    expect((await db.incidents.get(incident.id))?.state).toBe('registered');
  });

  it('starts implementation only after a communication with the complainant is recorded', async () => {
    db = await freshDb();
    const incident = await registered();
    for (const command of [
      { type: 'verify' },
      { type: 'grade', level: 3 },
      { type: 'activateResponse' },
      { type: 'completeInvestigation', findings: '加油机计量误差超出允许范围' },
      { type: 'submitSolution', solution: '退还差额并赔礼道歉' },
    ] as Command[]) {
      const step = await run(incident.id, command);
      expect(step.ok, command.type).toBe(true);
    }
    const refused = await run(incident.id, { type: 'startImplementation' });
    expect(refused.ok ? 'started' : refused.error.code).toBe('communication-required');
    const logged = await addCommunication(
      db,
      incident.id,
      {
        at: '2026-11-23T10:00',
        channel: 'phone',
        party: 'complainant',
        person: '周先生',
        summary: '电话告知调查结果和方案',
        outcome: '同意方案',
      },
      await contextFor(db),
    );
    expect(logged.ok).toBe(true);
    const started = await run(incident.id, { type: 'startImplementation' });
    expect(started.ok && started.value.state).toBe('implementing');
    const kinds = (await db.timeline.where('incidentId').equals(incident.id).sortBy('at')).map((e) => e.kind);
    expect(kinds).toContain('communication');
  });

  it('refuses to start implementation on a call to an outside body before the solution, naming what is missing', async () => {
    db = await freshDb();
    const incident = await registered();
    const early = NOW - 10 * 60_000;
    for (const command of [
      { type: 'verify' },
      { type: 'grade', level: 3 },
      { type: 'activateResponse' },
      { type: 'completeInvestigation', findings: '加油机计量误差超出允许范围' },
    ] as Command[]) {
      expect((await run(incident.id, command, STAFF, early)).ok, command.type).toBe(true);
    }
    const call = await addCommunication(
      db,
      incident.id,
      {
        at: '2026-11-23T09:45',
        channel: 'phone',
        party: 'outside-body',
        person: '市技术监督局 刘工',
        summary: '请技术监督局到站检定加油机',
        outcome: '',
      },
      await contextFor(db, STAFF, early),
    );
    expect(call.ok && call.value.party).toBe('outside-body');
    expect((await run(incident.id, { type: 'submitSolution', solution: '退还差额并赔礼道歉' })).ok).toBe(true);

    const refused = await run(incident.id, { type: 'startImplementation' });
    expect(refused.ok ? 'started' : refused.error).toEqual({
      code: 'complainant-communication-required',
      params: { solutionAt: '2026-11-23 10:00' },
    });
    expect((await db.incidents.get(incident.id))?.state).toBe('communicating');

    const talk = await addCommunication(
      db,
      incident.id,
      {
        at: '2026-11-23T10:00',
        channel: 'visit',
        party: 'complainant',
        person: '周先生',
        summary: '当面说明检定结果和退款方案',
        outcome: '同意',
      },
      await contextFor(db),
    );
    expect(talk.ok).toBe(true);
    const started = await run(incident.id, { type: 'startImplementation' });
    expect(started.ok && started.value.state).toBe('implementing');
  });

  it('refuses a communication record without a summary and saves nothing', async () => {
    db = await freshDb();
    const incident = await registered();
    const result = await addCommunication(
      db,
      incident.id,
      { at: '2026-11-23T09:50', channel: 'phone', person: '周先生', summary: ' ', outcome: '' },
      await contextFor(db),
    );
    expect(result.ok ? 'saved' : result.error.params).toEqual({ summary: 'validation.required' });
    expect(await db.communications.count()).toBe(0);
  });

  it('refuses a communication whose summary, outcome or person runs past its limit, and records nothing', async () => {
    db = await freshDb();
    const incident = await registered();
    const timelineBefore = await db.timeline.count();
    const result = await addCommunication(
      db,
      incident.id,
      { at: '2026-11-23T09:50', channel: 'phone', person: '周'.repeat(101), summary: '告'.repeat(2001), outcome: '同'.repeat(1001) },
      await contextFor(db),
    );
    expect(result.ok ? 'saved' : result.error.params).toEqual({
      person: 'validation.tooLong',
      summary: 'validation.tooLong',
      outcome: 'validation.tooLong',
    });
    expect(await db.communications.count()).toBe(0);
    expect(await db.timeline.count()).toBe(timelineBefore);
    const atTheLimit = await addCommunication(
      db,
      incident.id,
      { at: '2026-11-23T09:50', channel: 'phone', person: '周'.repeat(100), summary: '告'.repeat(2000), outcome: '同'.repeat(1000) },
      await contextFor(db),
    );
    expect(atTheLimit.ok).toBe(true);
  });

  it('suggests a re-grade on the timeline when attached complainants reach the group threshold', async () => {
    db = await freshDb();
    const incident = await registered();
    await run(incident.id, { type: 'verify' });
    await run(incident.id, { type: 'grade', level: 3 });
    const ctx = await contextFor(db);
    for (let i = 0; i < 4; i += 1) {
      const attached = await registerComplaint(
        db,
        registration({ incidentId: incident.id, complainant: { name: `投诉人${i}`, phone: `1390000000${i}`, idNumber: '', address: '' } }),
        ctx,
      );
      expect(attached.ok).toBe(true);
    }
    const stored = await db.incidents.get(incident.id);
    expect(stored?.peopleInvolved).toBe(5);
    const suggestions = await db.timeline
      .where('incidentId')
      .equals(incident.id)
      .filter((e) => e.kind === 'regrade-suggested')
      .toArray();
    expect(suggestions).toHaveLength(1);
    expect(suggestions[0]!.params).toMatchObject({ from: 3, level: 2, people: 5 });
  });

  it('refuses to attach complaints to a closed incident', async () => {
    db = await freshDb();
    const incident = await registered();
    await run(incident.id, { type: 'reject', kind: 'special', reason: '重复投诉，已并案处理' });
    const result = await registerComplaint(db, registration({ incidentId: incident.id }), await contextFor(db));
    expect(result.ok ? 'saved' : result.error.code).toBe('incident-not-open');
  });

  it('keeps the next deadline on the incident in step with its clocks', async () => {
    db = await freshDb();
    const incident = await registered();
    // Received 09:30 → acceptance due within 24 hours.
    expect(incident.nextDeadlineAt).toBe('2026-11-24T09:30:00+08:00');
    expect(incident.nextDeadlineStage).toBe('acceptance');
    const verified = await run(incident.id, { type: 'verify' });
    // Accepted Monday 10:00 → 3 working days: Tue, Wed, Thu → due Friday 00:00.
    expect(verified.ok && verified.value.nextDeadlineAt).toBe('2026-11-27T00:00:00+08:00');
    expect(verified.ok && verified.value.nextDeadlineStage).toBe('investigation');
  });
});

describe('records around an incident', () => {
  it('records a communication on a finished incident, such as telling the complainant why it was not accepted', async () => {
    db = await freshDb();
    const incident = await registered();
    await run(incident.id, { type: 'reject', kind: 'invalid', reason: '不属本单位受理范围' });
    const result = await addCommunication(
      db,
      incident.id,
      { at: '2026-11-23T09:50', channel: 'phone', person: '周先生', summary: '告知不予受理的理由', outcome: '' },
      await contextFor(db),
    );
    expect(result.ok ? 'saved' : result.error.code).toBe('saved');
    expect(await db.communications.count()).toBe(1);
  });
});
