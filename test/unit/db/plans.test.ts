// Plan versions as stored: every step is audited with the version, and an incident keeps the
// version in force when it was opened while new ones follow the approved revision.
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_PLAN_ID } from '@shared/defaultPlan';
import type { Plan } from '@shared/plan';
import { registerComplaint } from '../../../renderer/db/complaints';
import { applyCommand } from '../../../renderer/db/incidents';
import { issueStandardInstructions } from '../../../renderer/db/instructions';
import { RESPONSIBLE_TEAM } from '@shared/routing';
import { ORGANISATION_TIMELINE } from '../../../renderer/db/organisation';
import { approveVersion, returnSubmitted, saveDraft, startRevision, submitVersion } from '../../../renderer/db/plans';
import { ConsoleDb } from '../../../renderer/db/schema';
import { ensureSeeded } from '../../../renderer/db/seed';
import type { WriteContext } from '../../../renderer/db/context';
import { contextFor, freshDb, LEADER, NOW, registration, value } from '../../fixtures/database';

let db: ConsoleDb;
afterEach(async () => {
  db?.close();
  if (db) await db.delete();
});

const withVersions = async (ctx: WriteContext, now = ctx.now): Promise<WriteContext> => ({ ...ctx, now, plans: await db.plans.toArray() });
const HOUR = 3_600_000;

/** v2, revised from v1 by `change` and approved by the leader, in force from `fromMs`. */
async function approveRevision(leader: WriteContext, fromMs: number, change: (draft: Plan) => Plan): Promise<Plan> {
  const draft = value(await startRevision(db, DEFAULT_PLAN_ID, leader));
  value(await saveDraft(db, change(draft), leader));
  value(await submitVersion(db, draft.id, leader));
  return value(await approveVersion(db, draft.id, new Date(fromMs).toISOString(), leader));
}

/** v2 doubles the acceptance limit and is in force from `fromMs`. */
const approveLongerAcceptance = (leader: WriteContext, fromMs: number) =>
  approveRevision(leader, fromMs, (draft) => ({
    ...draft,
    timeLimits: draft.timeLimits.map((r) => (r.stage === 'acceptance' ? { ...r, amount: r.amount * 2 } : r)),
  }));

describe('plan versions in the database', () => {
  it('audits every step on the organisation timeline, with the leader’s comment when returned', async () => {
    db = await freshDb();
    const leader = await contextFor(db, LEADER);
    const draft = value(await startRevision(db, DEFAULT_PLAN_ID, leader));
    value(await submitVersion(db, draft.id, leader));
    const refused = await returnSubmitted(db, draft.id, ' ', leader);
    expect(refused).toMatchObject({ ok: false, error: { code: 'plan-comment-required' } });
    value(await returnSubmitted(db, draft.id, '受理时限请再斟酌', leader));
    const entries = await db.timeline.where('incidentId').equals(ORGANISATION_TIMELINE).toArray();
    expect(entries.map((e) => [e.kind, e.params?.version])).toEqual([
      ['plan-revision-started', 2],
      ['plan-submitted', 2],
      ['plan-returned', 2],
    ]);
    expect(entries[2]!.params).toMatchObject({ comment: '受理时限请再斟酌' });
  });

  it('refuses a draft with a field out of range and changes nothing', async () => {
    db = await freshDb();
    const leader = await contextFor(db, LEADER);
    const draft = value(await startRevision(db, DEFAULT_PLAN_ID, leader));
    const bad = { ...draft, timeLimits: [{ ...draft.timeLimits[0]!, amount: -1 }] };
    const result = await saveDraft(db, bad, leader);
    expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(result.ok ? null : Object.keys(result.error.params ?? {})).toEqual(['timeLimits.0.amount']);
    expect((await db.plans.get(draft.id))!.timeLimits).toEqual(draft.timeLimits);
  });

  it('opens a new incident under v2 while an incident opened earlier keeps v1 and its deadline', async () => {
    db = await freshDb();
    const staff = await contextFor(db);
    const old = value(await registerComplaint(db, registration(), await withVersions(staff))).incident;
    expect(old.planVersionId).toBe(DEFAULT_PLAN_ID);
    const v2 = await approveLongerAcceptance(await withVersions(await contextFor(db, LEADER)), NOW + HOUR);

    const later = await withVersions({ ...staff, plan: v2 }, NOW + 2 * HOUR);
    const fresh = value(await registerComplaint(db, registration({ subject: '另一起计量投诉' }), later)).incident;
    expect(fresh.planVersionId).toBe(v2.id);
    // Attaching a complaint recomputes the old incident's deadline, still by v1.
    value(await registerComplaint(db, registration({ incidentId: old.id }), later));
    expect((await db.incidents.get(old.id))!.nextDeadlineAt).toBe(old.nextDeadlineAt);
    expect(Date.parse(fresh.nextDeadlineAt!) - Date.parse(fresh.milestones.receivedAt)).toBe(
      2 * (Date.parse(old.nextDeadlineAt!) - Date.parse(old.milestones.receivedAt)),
    );
  });

  it('opens an incident under the version in force at the registration instant, whatever plan the screen still holds', async () => {
    db = await freshDb();
    // The screen read its plan (v1) before v2 was approved to take over at NOW + 1 h, and passes no versions.
    const stale = await contextFor(db);
    const v2 = await approveLongerAcceptance(await withVersions(await contextFor(db, LEADER)), NOW + HOUR);
    const before = value(await registerComplaint(db, registration(), { ...stale, now: NOW + HOUR - 1 })).incident;
    const after = value(await registerComplaint(db, registration({ subject: '另一起计量投诉' }), { ...stale, now: NOW + HOUR })).incident;
    expect(before.planVersionId).toBe(DEFAULT_PLAN_ID);
    expect(after.planVersionId).toBe(v2.id);
    // Its clock runs by v2 from the start: acceptance 48 hours instead of 24.
    expect(Date.parse(after.nextDeadlineAt!) - Date.parse(after.milestones.receivedAt)).toBe(
      2 * (Date.parse(before.nextDeadlineAt!) - Date.parse(before.milestones.receivedAt)),
    );
  });

  it('issues the standard instructions of the version an incident was opened under, not of a later one', async () => {
    db = await freshDb();
    const staff = await contextFor(db);
    const id = value(await registerComplaint(db, registration(), await withVersions(staff))).incident.id;
    // v2, in force an hour later, gives 信息收集 90 minutes instead of 30 and adds a fifth instruction.
    const v2 = await approveRevision(await withVersions(await contextFor(db, LEADER)), NOW + HOUR, (draft) => ({
      ...draft,
      standardInstructions: [
        ...draft.standardInstructions.map((s) => (s.code === 'collect-facts' ? { ...s, dueMinutes: 90 } : s)),
        {
          code: 'legal-review',
          teamCode: 'coordination',
          content: { zh: '法律审核', en: 'Legal review' },
          dueMinutes: 60,
          priority: 'high',
        },
      ],
    }));
    const later = async (actor = staff.actor) => withVersions({ ...staff, actor, plan: v2 }, NOW + 2 * HOUR);
    value(await applyCommand(db, id, { type: 'verify' }, await later()));
    value(await applyCommand(db, id, { type: 'grade', level: 1, reason: '记者到场' }, await later()));
    value(await applyCommand(db, id, { type: 'activateResponse' }, await later(LEADER)));

    const issued = value(await issueStandardInstructions(db, id, await later(LEADER)));
    expect(issued.map((i) => i.standardCode).sort()).toEqual([
      'collect-facts',
      'contact-departments',
      'holding-statement',
      'prepare-resources',
    ]);
    const facts = issued.find((i) => i.standardCode === 'collect-facts')!;
    expect(Date.parse(facts.deadline) - (NOW + 2 * HOUR)).toBe(30 * 60_000);
  });

  it('sends a solution for approval by the approval levels of the version the incident was opened under', async () => {
    db = await freshDb();
    const staff = await contextFor(db);
    const id = value(await registerComplaint(db, registration(), await withVersions(staff))).incident.id;
    // v2 leaves level 2 solutions to the office; v1 had the leading group approve them.
    const v2 = await approveRevision(await withVersions(await contextFor(db, LEADER)), NOW + HOUR, (draft) => ({
      ...draft,
      approvalLevels: [1],
    }));
    const leader = await withVersions({ ...staff, actor: LEADER, plan: v2 }, NOW + 2 * HOUR);
    for (const command of [
      { type: 'verify' },
      { type: 'grade', level: 2, reason: '涉及多名群众' },
      { type: 'activateResponse' },
      { type: 'completeInvestigation', findings: '加油机计量误差超出允许范围' },
    ] as const)
      value(await applyCommand(db, id, command, leader));
    const submitted = value(await applyCommand(db, id, { type: 'submitSolution', solution: '退还差额并赔礼道歉' }, leader));
    expect(submitted.state).toBe('approval');
  });

  it('addresses a standard instruction for the responsible team to the team the category names', async () => {
    db = await freshDb();
    const plan = (await db.plans.get(DEFAULT_PLAN_ID))!;
    // The fuel category of the registrations in these tests is handled by the logistics team.
    await db.plans.put({
      ...plan,
      categories: plan.categories.map((c) => (c.code === 'fuel-quantity-quality' ? { ...c, department: '后勤保障组' } : c)),
      standardInstructions: [
        {
          code: 'handle',
          teamCode: RESPONSIBLE_TEAM,
          content: { zh: '对口部门牵头核查处理', en: 'The responsible team leads the handling' },
          dueMinutes: 60,
          priority: 'high',
        },
      ],
    });
    const id = value(await registerComplaint(db, registration(), await contextFor(db))).incident.id;
    value(await applyCommand(db, id, { type: 'verify' }, await contextFor(db)));
    value(await applyCommand(db, id, { type: 'grade', level: 1, reason: '记者到场' }, await contextFor(db)));
    value(await applyCommand(db, id, { type: 'activateResponse' }, await contextFor(db, LEADER)));
    const [issued] = value(await issueStandardInstructions(db, id, await contextFor(db, LEADER)));
    expect((await db.teams.get(issued!.teamId!))?.code).toBe('logistics');
  });

  it('refuses to revise the plan in a drill database and writes nothing', async () => {
    db = await freshDb();
    const drill = new ConsoleDb(`drill-${Math.random().toString(36).slice(2)}`, 'drill');
    await ensureSeeded(drill, NOW);
    try {
      const refused = await startRevision(drill, DEFAULT_PLAN_ID, await contextFor(drill, LEADER));
      expect(refused).toMatchObject({ ok: false, error: { code: 'plan-drill-locked' } });
      expect(await drill.plans.count()).toBe(1);
      expect(await drill.timeline.count()).toBe(0);
    } finally {
      drill.close();
      await drill.delete();
    }
  });
});
