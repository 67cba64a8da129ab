// Draft plans: from a template or a file, each is a new plan that is not in force, audited, and
// leaves the plan the console runs on as it was; a bad file stores nothing.
import { describe, expect, it } from 'vitest';
import { planFileText } from '@shared/planFile';
import { planInForceAt } from '@shared/planVersions';
import { ORGANISATION_TIMELINE } from '../../../renderer/db/organisation';
import { createPlanFromTemplate, exportPlanFile, importPlanFile, listPlanDrafts } from '../../../renderer/db/planDrafts';
import { planInForce } from '../../../renderer/db/seed';
import { contextFor, freshDb } from '../../fixtures/database';

describe('draft plans', () => {
  it('creates a draft from the scenic-area template without touching the plan in force', async () => {
    const db = await freshDb();
    const ctx = await contextFor(db);
    const before = await planInForce(db);
    const created = await createPlanFromTemplate(db, 'scenic-area', ctx);
    if (!created.ok) throw new Error(created.error.code);
    expect(created.value).toMatchObject({ inForce: false, effectiveDate: '2026-11-23', title: { zh: '景区游客投诉处理应急预案' } });
    expect(created.value.id).not.toBe(before?.id);
    expect(await planInForce(db)).toEqual(before);
    // A draft version waiting for the leader: the plan the console times clocks by is unchanged.
    expect(created.value).toMatchObject({ status: 'draft', versionNumber: 2 });
    expect(planInForceAt(await db.plans.toArray(), Date.now())?.id).toBe(before?.id);
    expect((await listPlanDrafts(db)).map((p) => p.id)).toEqual([created.value.id]);
    const audit = await db.timeline.where('incidentId').equals(ORGANISATION_TIMELINE).toArray();
    expect(audit).toContainEqual(expect.objectContaining({ kind: 'plan-draft-from-template', actorName: '陈晓' }));
  });

  it('refuses a template it does not know', async () => {
    const db = await freshDb();
    expect(await createPlanFromTemplate(db, 'no-such', await contextFor(db))).toMatchObject({
      ok: false,
      error: { code: 'plan-template-unknown' },
    });
  });

  it('imports an exported plan as a new draft with the same settings and text', async () => {
    const db = await freshDb();
    const ctx = await contextFor(db);
    const draft = await createPlanFromTemplate(db, 'consumer-fuel', ctx);
    if (!draft.ok) throw new Error(draft.error.code);
    const text = await exportPlanFile(db, draft.value.id, ctx);
    if (!text.ok) throw new Error(text.error.code);

    const branch = await freshDb();
    const imported = await importPlanFile(branch, text.value, await contextFor(branch));
    if (!imported.ok) throw new Error(imported.error.code);
    const { id: _a, createdAt: _b, updatedAt: _c, ...same } = draft.value;
    expect(imported.value).toMatchObject({ ...same, inForce: false });
    expect(imported.value.id).not.toBe(draft.value.id);
  });

  it('stores even an in-force plan from a file as a draft', async () => {
    const db = await freshDb();
    const ctx = await contextFor(db);
    const imported = await importPlanFile(db, planFileText({ ...ctx.plan, inForce: true }, '2026-11-23T10:00:00+08:00'), ctx);
    expect(imported).toMatchObject({ ok: true, value: { inForce: false } });
    expect((await db.plans.toArray()).filter((p) => p.inForce)).toHaveLength(1);
  });

  it('stores nothing from a bad file', async () => {
    const db = await freshDb();
    const ctx = await contextFor(db);
    const count = await db.plans.count();
    expect(await importPlanFile(db, 'not a plan', ctx)).toMatchObject({ ok: false, error: { code: 'plan-not-json' } });
    expect(await db.plans.count()).toBe(count);
  });

  it('refuses a second draft while one revision is open, however it was started', async () => {
    const db = await freshDb();
    const ctx = await contextFor(db);
    expect(await createPlanFromTemplate(db, 'scenic-area', ctx)).toMatchObject({ ok: true });
    const count = await db.plans.count();
    expect(await createPlanFromTemplate(db, 'consumer-fuel', ctx)).toMatchObject({ ok: false, error: { code: 'plan-open-revision' } });
    const text = planFileText(ctx.plan, '2026-11-23T10:00:00+08:00');
    expect(await importPlanFile(db, text, ctx)).toMatchObject({ ok: false, error: { code: 'plan-open-revision' } });
    expect(await db.plans.count()).toBe(count);
  });

  it('keeps none of another console’s history on an imported draft, and labels it with its own number', async () => {
    const db = await freshDb();
    const ctx = await contextFor(db);
    const headOffice = {
      ...ctx.plan,
      version: '7.0',
      versionNumber: 7,
      status: 'approved' as const,
      basedOn: '0b7e6b7a-1111-4a4a-9a9a-222222222222',
      submittedBy: '总部 李明',
      submittedAt: '2026-10-01T09:00:00+08:00',
      approvedBy: '总部 王建国',
      approvedAt: '2026-10-02T09:00:00+08:00',
      effectiveFrom: '2026-10-02T09:00:00+08:00',
    };
    const imported = await importPlanFile(db, planFileText(headOffice, '2026-11-23T10:00:00+08:00'), ctx);
    if (!imported.ok) throw new Error(imported.error.code);
    expect(imported.value).toMatchObject({ status: 'draft', versionNumber: 2, version: '2.0' });
    for (const field of ['basedOn', 'submittedBy', 'submittedAt', 'approvedBy', 'approvedAt', 'effectiveFrom'] as const)
      expect(imported.value[field]).toBeUndefined();
  });
});
