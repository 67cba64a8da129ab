// The organisation repository: people, teams, task forces, duty shifts and contacts change only
// whole, and every change leaves its audit entry in the same transaction.
import { describe, expect, it } from 'vitest';
import type { Instruction } from '@shared/command';
import { newId } from '@shared/ids';
import { SAMPLE_PEOPLE, SAMPLE_TEAMS } from '@shared/sampleOrganisation';
import { registerComplaint } from '../../../renderer/db/complaints';
import {
  ORGANISATION_TIMELINE,
  removePerson,
  saveContact,
  savePerson,
  saveShift,
  saveTaskForce,
  saveTeam,
} from '../../../renderer/db/organisation';
import type { ConsoleDb } from '../../../renderer/db/schema';
import { contextFor, freshDb, LEADER, NOW, registration, STAFF } from '../../fixtures/database';

const [WANG, LI, ZHANG, LIU, , , CHEN, WU] = SAMPLE_PEOPLE.map((p) => p.id) as string[];
const INFORMATION = SAMPLE_TEAMS.find((t) => t.code === 'information')!.id;

function instruction(assigneeId: string, state: Instruction['state']): Instruction {
  const at = '2026-11-23T09:00:00+08:00';
  return {
    id: newId(),
    mode: 'live',
    incidentId: newId(),
    teamId: INFORMATION,
    assigneeId,
    content: '收集事件时间、地点、人员和诉求',
    priority: 'high',
    deadline: '2026-11-23T12:00:00+08:00',
    state,
    issuedAt: at,
    issuedBy: LEADER.id,
    issuedByName: LEADER.name,
    progress: [],
    updatedAt: at,
    updatedBy: LEADER.id,
  };
}

const auditKinds = async (db: ConsoleDb) =>
  (await db.timeline.where('incidentId').equals(ORGANISATION_TIMELINE).toArray()).map((e) => e.kind);

describe('removing a person', () => {
  it('refuses while they hold open instructions, and changes nothing', async () => {
    const db = await freshDb();
    await db.instructions.bulkAdd([instruction(WU!, 'signed'), instruction(WU!, 'accepted')]);
    const result = await removePerson(db, WU!, null, await contextFor(db, LEADER));
    expect(result).toMatchObject({ ok: false, error: { code: 'person-has-open-instructions', params: { count: 1 } } });
    expect(await db.people.get(WU!)).toBeDefined();
    expect((await db.teams.get(INFORMATION))!.memberIds).toContain(WU);
    expect(await auditKinds(db)).toEqual([]);
  });

  it('moves the open instructions to the chosen person in the same transaction', async () => {
    const db = await freshDb();
    const open = instruction(WU!, 'in-progress');
    const done = instruction(WU!, 'accepted');
    await db.instructions.bulkAdd([open, done]);
    const result = await removePerson(db, WU!, CHEN!, await contextFor(db, LEADER));
    expect(result).toEqual({ ok: true, value: 1 });
    expect(await db.people.get(WU!)).toBeUndefined();
    expect((await db.instructions.get(open.id))!.assigneeId).toBe(CHEN);
    expect((await db.instructions.get(done.id))!.assigneeId).toBe(WU);
    expect((await db.teams.get(INFORMATION))!.memberIds).not.toContain(WU);
    const [entry] = await db.timeline.where('incidentId').equals(ORGANISATION_TIMELINE).toArray();
    expect(entry).toMatchObject({ kind: 'person-removed-reassigned', params: { name: '吴婷', to: '陈晓', count: 1 }, actorId: LEADER.id });
  });

  it('takes a team lead off the team and clears the lead', async () => {
    const db = await freshDb();
    expect((await removePerson(db, ZHANG!, null, await contextFor(db, LEADER))).ok).toBe(true);
    const team = (await db.teams.get(INFORMATION))!;
    expect(team.leadId).toBeUndefined();
    expect(team.memberIds).not.toContain(ZHANG);
  });

  it('keeps the last leader or deputy, who alone can activate a level-1 response', async () => {
    const db = await freshDb();
    expect((await removePerson(db, LI!, null, await contextFor(db, LEADER))).ok).toBe(true);
    const result = await removePerson(db, WANG!, null, await contextFor(db, LEADER));
    expect(result).toMatchObject({ ok: false, error: { code: 'only-leader' } });
    expect(await db.people.get(WANG!)).toBeDefined();
  });
});

describe('people and teams', () => {
  it('validates a person and marks an edited sample as the office own, with an audit entry', async () => {
    const db = await freshDb();
    const ctx = await contextFor(db, LEADER);
    const bad = await savePerson(db, null, { name: ' ', role: 'member', title: '', phone: '12345', department: '' }, ctx);
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'validation', params: { name: 'validation.required', phone: 'validation.phone' } },
    });
    const edited = await savePerson(
      db,
      LI!,
      { name: '李明', role: 'deputy', title: '副总经理', phone: '13900001111', department: '' },
      ctx,
    );
    expect(edited.ok).toBe(true);
    expect(await db.people.get(LI!)).toMatchObject({ phone: '13900001111', sample: false, updatedBy: LEADER.id });
    expect(await auditKinds(db)).toEqual(['person-changed']);
  });

  it('refuses a team lead who is not a member and an invalid phone, and saves a valid change', async () => {
    const db = await freshDb();
    const ctx = await contextFor(db, LEADER);
    const team = (await db.teams.get(INFORMATION))!;
    const base = { name: '', duties: team.duties.zh, leadId: LIU!, memberIds: team.memberIds, phone: '010-80000002' };
    expect(await saveTeam(db, INFORMATION, base, ctx)).toMatchObject({
      ok: false,
      error: { params: { leadId: 'organisation.validation.leadNotMember' } },
    });
    expect(await saveTeam(db, INFORMATION, { ...base, leadId: ZHANG!, phone: '999' }, ctx)).toMatchObject({
      ok: false,
      error: { params: { phone: 'validation.phone' } },
    });
    expect(await auditKinds(db)).toEqual([]);
    const saved = await saveTeam(db, INFORMATION, { ...base, memberIds: [...team.memberIds, LIU!] }, ctx);
    expect(saved.ok).toBe(true);
    expect(await db.teams.get(INFORMATION)).toMatchObject({ leadId: LIU, sample: false, memberIds: [ZHANG, WU, LIU] });
    expect(await auditKinds(db)).toEqual(['team-changed']);
  });

  it('forms a task force only for a level-1 incident and only by the leader or a deputy', async () => {
    const db = await freshDb();
    const registered = await registerComplaint(db, registration(), await contextFor(db, LEADER));
    if (!registered.ok) throw new Error('registration failed');
    const incidentId = registered.value.incident.id;
    const members = { leadId: LI!, memberIds: [LI!, ZHANG!, CHEN!] };
    expect(await saveTaskForce(db, incidentId, members, await contextFor(db, LEADER))).toMatchObject({
      ok: false,
      error: { code: 'task-force-level1-only' },
    });
    await db.incidents.update(incidentId, { level: 1 });
    expect(await saveTaskForce(db, incidentId, members, await contextFor(db, STAFF))).toMatchObject({
      ok: false,
      error: { code: 'task-force-needs-leader' },
    });
    expect((await saveTaskForce(db, incidentId, members, await contextFor(db, LEADER))).ok).toBe(true);
    expect((await saveTaskForce(db, incidentId, { ...members, memberIds: [LI!, WU!] }, await contextFor(db, LEADER))).ok).toBe(true);
    const forces = await db.teams.where('incidentId').equals(incidentId).toArray();
    expect(forces).toHaveLength(1);
    expect(forces[0]).toMatchObject({ kind: 'task-force', leadId: LI, memberIds: [LI, WU] });
    const kinds = (await db.timeline.where('incidentId').equals(incidentId).toArray()).map((e) => e.kind);
    expect(kinds).toEqual(['registered', 'task-force-formed', 'task-force-changed']);
  });

  it('refuses to form or change the task force of a closed incident, saying the incident is over', async () => {
    const db = await freshDb();
    const registered = await registerComplaint(db, registration(), await contextFor(db, LEADER));
    if (!registered.ok) throw new Error('registration failed');
    const { id: incidentId, number } = registered.value.incident;
    await db.incidents.update(incidentId, { level: 1, state: 'closed' });
    expect(await saveTaskForce(db, incidentId, { leadId: LI!, memberIds: [LI!] }, await contextFor(db, LEADER))).toMatchObject({
      ok: false,
      error: { code: 'task-force-incident-closed', params: { number } },
    });
    expect(await db.teams.where('incidentId').equals(incidentId).count()).toBe(0);
  });
});

describe('the duty roster', () => {
  it('refuses a shift overlapping the same person shift, across midnight too', async () => {
    const db = await freshDb();
    const ctx = await contextFor(db, LEADER);
    const night = { date: '2026-11-23', personId: CHEN!, post: 'officer' as const, start: '18:00', end: '08:30' };
    expect((await saveShift(db, null, night, ctx)).ok).toBe(true);
    const morning = await saveShift(db, null, { ...night, date: '2026-11-24', start: '08:00', end: '12:00' }, ctx);
    expect(morning).toMatchObject({ ok: false, error: { code: 'shift-overlap', params: { name: '陈晓', date: '2026-11-23' } } });
    expect((await saveShift(db, null, { ...night, date: '2026-11-24', start: '08:30', end: '18:00' }, ctx)).ok).toBe(true);
    expect((await saveShift(db, null, { ...night, personId: WU!, start: '18:00', end: '08:30' }, ctx)).ok).toBe(true);
    expect(await saveShift(db, null, { ...night, personId: '', start: '25:00' }, ctx)).toMatchObject({
      ok: false,
      error: { params: { personId: 'validation.choose', start: 'organisation.validation.time' } },
    });
    expect(await db.duty.count()).toBe(3);
    expect(await auditKinds(db)).toEqual(['shift-added', 'shift-added', 'shift-added']);
  });
});

describe('emergency contacts', () => {
  it('needs an organisation and at least one valid phone; short service numbers count', async () => {
    const db = await freshDb();
    const ctx = await contextFor(db, STAFF, NOW);
    const empty = { category: 'media' as const, organisation: '', name: '', title: '', phones: ['', ' '], notes: '' };
    expect(await saveContact(db, null, empty, ctx)).toMatchObject({
      ok: false,
      error: { params: { organisation: 'validation.required', phones: 'organisation.validation.phoneRequired' } },
    });
    expect(await saveContact(db, null, { ...empty, organisation: '市电视台', phones: ['12'] }, ctx)).toMatchObject({
      ok: false,
      error: { params: { phones: 'validation.phone' } },
    });
    const saved = await saveContact(db, null, { ...empty, organisation: '市电视台新闻热线', phones: ['010-65001234', '12345'] }, ctx);
    expect(saved).toMatchObject({ ok: true, value: { phones: ['010-65001234', '12345'], sample: false } });
    expect(await auditKinds(db)).toEqual(['contact-added']);
  });
});
