import { afterEach, describe, expect, it, vi } from 'vitest';
import { instructionForTeamWork, instructionOverdue } from '@shared/instructions';
import type { Actor } from '@shared/model';
import type { Command } from '@shared/workflow';
import { toIsoWithOffset } from '@shared/time';
import { registerComplaint } from '../../../renderer/db/complaints';
import { addCommunication } from '../../../renderer/db/communications';
import { applyCommand } from '../../../renderer/db/incidents';
import {
  applyInstructionCommand,
  escalateOverdue,
  instructionsAwaitingDecision,
  issueInstruction,
  issueStandardInstructions,
  reportWorkOnInstruction,
} from '../../../renderer/db/instructions';
import type { ConsoleDb } from '../../../renderer/db/schema';
import { contextFor, DEPUTY, freshDb, LEADER, NOW, registration, STAFF } from '../../fixtures/database';

const INFO_LEAD: Actor = { id: 'a1000000-0000-4000-8000-000000000003', name: '张丽', role: 'member' };
const INFO_TEAM = '0d5e7f9a-1b2c-4d3e-8f4a-5b6c7d8e9f02';
const MINUTE = 60_000;

let db: ConsoleDb;
afterEach(async () => {
  db?.close();
  if (db) await db.delete();
});

async function activatedLevelOne() {
  const registered = await registerComplaint(db, registration(), await contextFor(db));
  if (!registered.ok) throw new Error(registered.error.code);
  const id = registered.value.incident.id;
  await applyCommand(db, id, { type: 'verify' }, await contextFor(db));
  await applyCommand(db, id, { type: 'grade', level: 1, reason: '记者到场' }, await contextFor(db));
  const activated = await applyCommand(db, id, { type: 'activateResponse' }, await contextFor(db, LEADER));
  if (!activated.ok) throw new Error(activated.error.code);
  return id;
}

const instructionEntries = async (incidentId: string) =>
  (await db.timeline.where('incidentId').equals(incidentId).toArray()).filter((e) => e.kind.startsWith('instruction'));

describe('issuing instructions', () => {
  it('issues the standard instructions of a level-1 response, one per working team, with their deadlines and entries', async () => {
    db = await freshDb();
    const incidentId = await activatedLevelOne();
    const result = await issueStandardInstructions(db, incidentId, await contextFor(db, LEADER));
    expect(result.ok).toBe(true);
    const stored = await db.instructions.where('incidentId').equals(incidentId).toArray();
    const teams = await db.teams.bulkGet(stored.map((i) => i.teamId!));
    expect(teams.map((t) => t?.code).sort()).toEqual(['coordination', 'information', 'logistics', 'publicity']);
    const info = stored.find((i) => i.standardCode === 'collect-facts')!;
    expect(info).toMatchObject({
      state: 'issued',
      priority: 'urgent',
      issuedByName: '王建国',
      deadline: toIsoWithOffset(NOW + 30 * MINUTE),
    });
    const entries = await instructionEntries(incidentId);
    expect(entries).toHaveLength(4);
    expect(entries[0]).toMatchObject({ kind: 'instruction-issued', actorName: '王建国' });
    expect(entries.map((e) => e.params?.receiver).sort()).toEqual(['信息收集组', '后勤保障组', '处置协调组', '宣传引导组'].sort());
  });

  it('skips the standard instructions already issued, and refuses when none is left', async () => {
    db = await freshDb();
    const incidentId = await activatedLevelOne();
    const ctx = await contextFor(db, LEADER);
    await issueStandardInstructions(db, incidentId, ctx);
    const again = await issueStandardInstructions(db, incidentId, ctx);
    expect(again.ok ? 'issued' : again.error.code).toBe('standard-already-issued');
    expect(await db.instructions.count()).toBe(4);
  });

  it('leaves nothing behind when one of the batch cannot be written', async () => {
    db = await freshDb();
    const incidentId = await activatedLevelOne();
    let writes = 0;
    const failThird = () => {
      writes += 1;
      if (writes === 3) throw new Error('quota exceeded');
    };
    db.instructions.hook('creating', failThird);
    const result = await issueStandardInstructions(db, incidentId, await contextFor(db, LEADER));
    db.instructions.hook('creating').unsubscribe(failThird);
    expect(result.ok ? 'issued' : result.error.code).toBe('storage-failed');
    expect(await db.instructions.count()).toBe(0);
    expect(await instructionEntries(incidentId)).toEqual([]);
  });

  it('refuses standard instructions before the response is activated', async () => {
    db = await freshDb();
    const registered = await registerComplaint(db, registration(), await contextFor(db));
    if (!registered.ok) throw new Error(registered.error.code);
    const result = await issueStandardInstructions(db, registered.value.incident.id, await contextFor(db, LEADER));
    expect(result.ok ? 'issued' : result.error.code).toBe('response-not-activated');
  });

  it('refuses an instruction without receiver, content or future deadline and writes nothing', async () => {
    db = await freshDb();
    const incidentId = await activatedLevelOne();
    const ctx = await contextFor(db);
    const good = { incidentId, teamId: INFO_TEAM, assigneeId: null, content: '核实现场人数', priority: 'high' as const };
    const future = toIsoWithOffset(NOW + 60 * MINUTE);
    const codes = [];
    for (const input of [
      { ...good, teamId: null, deadline: future },
      { ...good, content: ' ', deadline: future },
      { ...good, content: '核'.repeat(2001), deadline: future },
      { ...good, deadline: toIsoWithOffset(NOW) },
      { ...good, deadline: null },
    ]) {
      const result = await issueInstruction(db, input, ctx);
      codes.push(result.ok ? 'issued' : result.error.code);
    }
    expect(codes).toEqual(['receiver-required', 'content-required', 'content-too-long', 'deadline-not-future', 'deadline-invalid']);
    expect(await db.instructions.count()).toBe(0);
    expect(await instructionEntries(incidentId)).toEqual([]);
    const issued = await issueInstruction(db, { ...good, deadline: future }, ctx);
    expect(issued.ok && issued.value.state).toBe('issued');
  });
});

describe('working an instruction', () => {
  it('records sign, report and accept on the instruction and the incident timeline, and refuses outsiders', async () => {
    db = await freshDb();
    const incidentId = await activatedLevelOne();
    await issueStandardInstructions(db, incidentId, await contextFor(db, LEADER));
    const info = (await db.instructions.where('teamId').equals(INFO_TEAM).first())!;
    const refused = await applyInstructionCommand(db, info.id, { type: 'sign' }, await contextFor(db, STAFF));
    expect(refused.ok ? 'signed' : refused.error.code).toBe('instruction-not-receiver');
    await applyInstructionCommand(db, info.id, { type: 'sign' }, await contextFor(db, INFO_LEAD, NOW + MINUTE));
    await applyInstructionCommand(db, info.id, { type: 'report', text: '已核实' }, await contextFor(db, INFO_LEAD, NOW + 2 * MINUTE));
    const accepted = await applyInstructionCommand(db, info.id, { type: 'accept' }, await contextFor(db, LEADER, NOW + 3 * MINUTE));
    expect(accepted.ok && accepted.value).toMatchObject({ state: 'accepted', signedBy: INFO_LEAD.id, report: { text: '已核实' } });
    const kinds = (await instructionEntries(incidentId)).map((e) => e.kind).slice(-3);
    expect(kinds).toEqual(['instruction-signed', 'instruction-reported', 'instruction-accepted']);
  });
  it('refuses signing an instruction of a closed incident and writes nothing', async () => {
    db = await freshDb();
    const incidentId = await activatedLevelOne();
    await issueStandardInstructions(db, incidentId, await contextFor(db, LEADER));
    const info = (await db.instructions.where('teamId').equals(INFO_TEAM).first())!;
    // Stands for an incident closed while this instruction was left unsigned.
    await db.incidents.update(incidentId, { state: 'closed' });
    const timelineBefore = await db.timeline.count();
    const refused = await applyInstructionCommand(db, info.id, { type: 'sign' }, await contextFor(db, INFO_LEAD, NOW + MINUTE));
    expect(refused.ok ? 'signed' : refused.error.code).toBe('instruction-incident-closed');
    expect((await db.instructions.get(info.id))?.state).toBe('issued');
    expect(await db.timeline.count()).toBe(timelineBefore);
    expect(await db.commandLog.where('name').equals('instruction.step').count()).toBe(0);
  });
});

describe('instructions awaiting acceptance (待采纳)', () => {
  it('lists for the leader and a deputy the reports of open incidents waiting for a decision, longest waiting first', async () => {
    db = await freshDb();
    const incidentId = await activatedLevelOne();
    const ctx = await contextFor(db, LEADER);
    await issueStandardInstructions(db, incidentId, ctx);
    const byTeam = async (code: string) => {
      const team = (await db.teams.where('code').equals(code).first())!;
      return (await db.instructions.where('teamId').equals(team.id).first())!;
    };
    const info = await byTeam('information');
    const coordination = await byTeam('coordination');
    const coordinationLead = (await db.teams.get(coordination.teamId!))!.leadId!;
    const lead = { id: coordinationLead, name: '刘洋', role: 'member' } as const;
    await applyInstructionCommand(db, coordination.id, { type: 'sign' }, await contextFor(db, lead, NOW + MINUTE));
    await applyInstructionCommand(
      db,
      coordination.id,
      { type: 'report', text: '处置方案初稿已拟定' },
      await contextFor(db, lead, NOW + 2 * MINUTE),
    );
    await applyInstructionCommand(db, info.id, { type: 'sign' }, await contextFor(db, INFO_LEAD, NOW + MINUTE));
    await applyInstructionCommand(db, info.id, { type: 'report', text: '已核实' }, await contextFor(db, INFO_LEAD, NOW + 3 * MINUTE));

    const incident = (await db.incidents.get(incidentId))!;
    for (const actor of [LEADER, DEPUTY]) {
      const waiting = await instructionsAwaitingDecision(db, actor);
      expect(waiting.map((w) => [w.instruction.report?.text, w.number])).toEqual([
        ['处置方案初稿已拟定', incident.number],
        ['已核实', incident.number],
      ]);
    }
    // Staff decide only what they issued; the receiver does not accept their own report.
    expect(await instructionsAwaitingDecision(db, STAFF)).toEqual([]);
    expect(await instructionsAwaitingDecision(db, INFO_LEAD)).toEqual([]);

    await applyInstructionCommand(db, info.id, { type: 'accept' }, await contextFor(db, LEADER, NOW + 4 * MINUTE));
    expect((await instructionsAwaitingDecision(db, LEADER)).map((w) => w.instruction.id)).toEqual([coordination.id]);
    // A finished incident's leftovers ask for no decision.
    await db.incidents.update(incidentId, { state: 'closed' });
    expect(await instructionsAwaitingDecision(db, LEADER)).toEqual([]);
  });
});

describe('reporting work done on the incident page as instruction progress', () => {
  const PUBLICITY_LEAD: Actor = { id: 'a1000000-0000-4000-8000-000000000005', name: '赵敏', role: 'member' };
  const PUBLICITY_TEAM = '0d5e7f9a-1b2c-4d3e-8f4a-5b6c7d8e9f04';

  it('finds the publicity team’s open instruction for its member, signs it and records the note in one step', async () => {
    db = await freshDb();
    const incidentId = await activatedLevelOne();
    await issueStandardInstructions(db, incidentId, await contextFor(db, LEADER));
    const instructions = await db.instructions.where('incidentId').equals(incidentId).toArray();
    const team = (await db.teams.get(PUBLICITY_TEAM))!;
    expect(instructionForTeamWork(instructions, team, STAFF.id)).toBeNull();
    const target = instructionForTeamWork(instructions, team, PUBLICITY_LEAD.id)!;
    expect(target.teamId).toBe(PUBLICITY_TEAM);

    const done = await reportWorkOnInstruction(db, target.id, '已在官方微博发布“情况说明”', await contextFor(db, PUBLICITY_LEAD));
    expect(done.ok && done.value).toMatchObject({
      state: 'in-progress',
      signedBy: PUBLICITY_LEAD.id,
      progress: [{ by: PUBLICITY_LEAD.id, text: '已在官方微博发布“情况说明”' }],
    });
    const kinds = (await instructionEntries(incidentId)).map((e) => e.kind).slice(-2);
    expect(kinds).toEqual(['instruction-signed', 'instruction-progress']);
  });

  it('refuses someone outside the team and changes nothing', async () => {
    db = await freshDb();
    const incidentId = await activatedLevelOne();
    await issueStandardInstructions(db, incidentId, await contextFor(db, LEADER));
    const target = (await db.instructions.where('teamId').equals(PUBLICITY_TEAM).first())!;
    const refused = await reportWorkOnInstruction(db, target.id, '已发布', await contextFor(db, STAFF));
    expect(refused.ok ? 'reported' : refused.error.code).toBe('instruction-not-receiver');
    expect((await db.instructions.get(target.id))?.state).toBe('issued');
  });
});

describe('closing an incident with instructions still open', () => {
  /** The level-1 incident with its standard instructions, worked through to evaluation; information's accepted. */
  async function evaluatedWithInstructions() {
    const incidentId = await activatedLevelOne();
    await issueStandardInstructions(db, incidentId, await contextFor(db, LEADER));
    const info = (await db.instructions.where('teamId').equals(INFO_TEAM).first())!;
    await applyInstructionCommand(db, info.id, { type: 'sign' }, await contextFor(db, INFO_LEAD));
    await applyInstructionCommand(db, info.id, { type: 'report', text: '已核实' }, await contextFor(db, INFO_LEAD));
    await applyInstructionCommand(db, info.id, { type: 'accept' }, await contextFor(db, LEADER));
    const steps: [Command, Actor][] = [
      [{ type: 'completeInvestigation', findings: '加油机计量误差超标' }, STAFF],
      [{ type: 'submitSolution', solution: '退还差额并致歉' }, STAFF],
      [{ type: 'approveSolution' }, LEADER],
    ];
    for (const [command, actor] of steps)
      expect((await applyCommand(db, incidentId, command, await contextFor(db, actor))).ok, command.type).toBe(true);
    await addCommunication(
      db,
      incidentId,
      { at: '2026-11-23T10:00', channel: 'phone', party: 'complainant', person: '周先生', summary: '告知方案', outcome: '同意' },
      await contextFor(db),
    );
    for (const command of [
      { type: 'startImplementation' },
      { type: 'completeImplementation' },
      { type: 'recordFeedback', feedback: '已退还差额' },
      { type: 'recordSatisfaction', satisfaction: 'satisfied' },
    ] as Command[])
      expect((await applyCommand(db, incidentId, command, await contextFor(db))).ok, command.type).toBe(true);
    return { incidentId, info };
  }

  it('refuses to close while instructions were never signed, naming how many, and changes nothing', async () => {
    db = await freshDb();
    const { incidentId } = await evaluatedWithInstructions();
    const timelineBefore = await db.timeline.count();
    const refused = await applyCommand(db, incidentId, { type: 'close' }, await contextFor(db));
    expect(refused.ok ? 'closed' : refused.error).toEqual({ code: 'open-instructions', params: { count: 3 } });
    expect((await db.incidents.get(incidentId))?.state).toBe('evaluating');
    expect(await db.timeline.count()).toBe(timelineBefore);
  });

  it('withdraws the open instructions with the reason on each and on the timeline, and their clocks stop', async () => {
    db = await freshDb();
    const { incidentId, info } = await evaluatedWithInstructions();
    const closed = await applyCommand(
      db,
      incidentId,
      { type: 'close', cancelReason: '投诉人已满意，余下工作不再需要' },
      await contextFor(db),
    );
    expect(closed.ok && closed.value.state).toBe('closed');
    const stored = await db.instructions.where('incidentId').equals(incidentId).toArray();
    expect(stored.find((i) => i.id === info.id)?.state).toBe('accepted');
    const withdrawn = stored.filter((i) => i.id !== info.id);
    expect(withdrawn).toHaveLength(3);
    for (const instruction of withdrawn)
      expect(instruction).toMatchObject({
        state: 'cancelled',
        cancelReason: '投诉人已满意，余下工作不再需要',
        cancelledAt: '2026-11-23T10:00:00+08:00',
      });
    const entries = (await instructionEntries(incidentId)).filter((e) => e.kind === 'instruction-cancelled');
    expect(entries.map((e) => e.params?.receiver).sort()).toEqual(['后勤保障组', '处置协调组', '宣传引导组'].sort());
    expect(entries.every((e) => e.note === '投诉人已满意，余下工作不再需要')).toBe(true);
    // Hours later nothing is overdue and nobody is chased.
    const later = NOW + 5 * 60 * MINUTE;
    expect(withdrawn.map((i) => instructionOverdue(i, later, true))).toEqual([null, null, null]);
    const chased = await escalateOverdue(db, later, await contextFor(db, STAFF, later), { notify: vi.fn(async () => undefined) });
    expect(chased.ok && chased.value).toEqual([]);
  });
});

describe('overdue escalation', () => {
  it('escalates each overdue instruction once, naming the receiver and the issuer, and notifies', async () => {
    db = await freshDb();
    const incidentId = await activatedLevelOne();
    await issueStandardInstructions(db, incidentId, await contextFor(db, LEADER));
    const info = (await db.instructions.where('teamId').equals(INFO_TEAM).first())!;
    await applyInstructionCommand(db, info.id, { type: 'sign' }, await contextFor(db, INFO_LEAD));
    await applyInstructionCommand(db, info.id, { type: 'report', text: '已核实' }, await contextFor(db, INFO_LEAD));
    const notify = vi.fn(async () => undefined);
    const at = NOW + 61 * MINUTE; // information reported; publicity and logistics (60 min) overdue; coordination (120) not
    const first = await escalateOverdue(db, at, await contextFor(db, STAFF, at), { notify });
    expect(first.ok && first.value.map((e) => e.receiver).sort()).toEqual(['后勤保障组', '宣传引导组'].sort());
    expect(notify).toHaveBeenCalledTimes(2);
    expect(notify.mock.calls[0]).toEqual([expect.objectContaining({ urgent: true, target: { kind: 'incident', id: incidentId } })]);
    const entries = (await instructionEntries(incidentId)).filter((e) => e.kind === 'instruction-overdue');
    expect(entries).toHaveLength(2);
    expect(entries[0]!.params).toMatchObject({ issuer: '王建国', context: 'unsigned' });

    const again = await escalateOverdue(db, at + 30 * MINUTE, await contextFor(db, STAFF, at + 30 * MINUTE), { notify });
    expect(again.ok && again.value).toEqual([]);
    expect(notify).toHaveBeenCalledTimes(2);
    expect((await instructionEntries(incidentId)).filter((e) => e.kind === 'instruction-overdue')).toHaveLength(2);
  });

  it('does not chase the leftover instructions of a closed incident', async () => {
    db = await freshDb();
    const incidentId = await activatedLevelOne();
    await issueStandardInstructions(db, incidentId, await contextFor(db, LEADER));
    // Stands for an incident worked through to closure with some instructions never signed.
    await db.incidents.update(incidentId, { state: 'closed' });
    const notify = vi.fn(async () => undefined);
    const at = NOW + 3 * 60 * MINUTE;
    const result = await escalateOverdue(db, at, await contextFor(db, STAFF, at), { notify });
    expect(result.ok && result.value).toEqual([]);
    expect(notify).not.toHaveBeenCalled();
    expect((await instructionEntries(incidentId)).filter((e) => e.kind === 'instruction-overdue')).toHaveLength(0);
  });

  it('keeps the escalation on record when the notification fails', async () => {
    db = await freshDb();
    const incidentId = await activatedLevelOne();
    await issueStandardInstructions(db, incidentId, await contextFor(db, LEADER));
    const at = NOW + 200 * MINUTE;
    const notify = () => {
      throw new Error('notifications denied');
    };
    const result = await escalateOverdue(db, at, await contextFor(db, STAFF, at), { notify });
    expect(result.ok && result.value).toHaveLength(4);
    expect((await db.instructions.toArray()).every((i) => i.escalatedAt)).toBe(true);
  });
});

describe('instruction refusals on screen', () => {
  it('have a sentence in both languages for every code the machine, the form check and the repository give', async () => {
    const { zhInstructions } = await import('../../../renderer/i18n/instructions.zh-CN');
    const { enInstructions } = await import('../../../renderer/i18n/instructions.en');
    const source = await import('node:fs/promises').then((fs) =>
      Promise.all(
        ['shared/instructions.ts', 'shared/instructionCommands.ts', 'renderer/db/instructions.ts'].map((file) => fs.readFile(file, 'utf8')),
      ),
    );
    const codes = new Set(source.join('\n').match(/(?<=(?:code: |Refused\(|refused\()')[a-z0-9-]+(?=')/g));
    expect(codes.size).toBeGreaterThan(10);
    for (const code of codes) {
      if (code === 'incident-not-found') continue; // the main catalog's sentence
      expect(zhInstructions.refusal, code).toHaveProperty([code]);
      expect(enInstructions.refusal, code).toHaveProperty([code]);
    }
  });
});
