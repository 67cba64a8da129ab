// 修订和审批: how a version of the plan moves from draft to in force, who may move it, and which
// version an incident's clocks follow.
import { describe, expect, it } from 'vitest';
import { officialCalendar } from '@shared/calendar';
import { stageClocks, type ClockSubject } from '@shared/deadlines';
import { defaultPlan } from '@shared/defaultPlan';
import type { Actor, Incident } from '@shared/model';
import type { Plan } from '@shared/plan';
import {
  approve,
  editDraft,
  nextPlanSwitchAt,
  planForIncident,
  planOfIncident,
  planInForceAt,
  returnVersion,
  reviseFrom,
  statusOf,
  submit,
  versionNumberOf,
} from '@shared/planVersions';
import type { Result } from '@shared/result';

const LEADER: Actor = { id: 'p-leader', name: '王建国', role: 'leader' };
const DEPUTY: Actor = { id: 'p-deputy', name: '李副组长', role: 'deputy' };
const STAFF: Actor = { id: 'p-staff', name: '张值班', role: 'staff' };
const V2_ID = '00000000-0000-4000-8000-000000000002';
const AT = '2026-12-04T10:00:00+08:00';

const v1 = defaultPlan('2026-01-05T09:00:00+08:00');
const value = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
};
const refusal = <T>(result: Result<T>) => (result.ok ? 'accepted' : result.error.code);
const draftOf = (source: Plan = v1, by: Actor = DEPUTY) => value(reviseFrom([v1], source, { actor: by, atIso: AT, newId: V2_ID }));
const submitted = () => value(submit(draftOf(), [], { actor: DEPUTY, atIso: AT }));
const approvedV2 = (from = '2026-12-05T00:00:00+08:00', change?: (plan: Plan) => Plan) => {
  const draft = draftOf();
  const edited = change ? value(editDraft(draft, change(draft), { actor: DEPUTY, atIso: AT })) : draft;
  const sent = value(submit(edited, [], { actor: DEPUTY, atIso: AT }));
  return value(approve(sent, from, [], { actor: LEADER, atIso: AT }));
};

describe('a plan stored before versions existed', () => {
  it('counts as approved version 1 in force from its creation', () => {
    expect(statusOf(v1)).toBe('approved');
    expect(versionNumberOf(v1)).toBe(1);
    expect(planInForceAt([v1], Date.parse('2026-06-01T00:00:00+08:00'))?.id).toBe(v1.id);
  });
});

describe('moving a version from draft to in force', () => {
  it('starts a revision as a draft copy numbered after the others', () => {
    const draft = draftOf();
    expect(draft).toMatchObject({ id: V2_ID, status: 'draft', versionNumber: 2, basedOn: v1.id, inForce: false });
    expect(draft.timeLimits).toEqual(v1.timeLimits);
  });

  it('refuses a revision from someone without edit rights', () => {
    expect(refusal(reviseFrom([v1], v1, { actor: STAFF, atIso: AT, newId: V2_ID }))).toBe('plan-not-editor');
  });

  it('refuses a second revision while one is still open', () => {
    expect(refusal(reviseFrom([v1, draftOf()], v1, { actor: DEPUTY, atIso: AT, newId: 'x' }))).toBe('plan-open-revision');
  });

  it('lets an editor change a draft but not an approved version', () => {
    const draft = draftOf();
    expect(
      value(editDraft(draft, { ...draft, grading: { ...draft.grading, groupPeople: 8 } }, { actor: DEPUTY, atIso: AT })).grading
        .groupPeople,
    ).toBe(8);
    expect(refusal(editDraft(v1, v1, { actor: DEPUTY, atIso: AT }))).toBe('plan-not-draft');
    expect(refusal(editDraft(draft, draft, { actor: STAFF, atIso: AT }))).toBe('plan-not-editor');
  });

  it('records who submitted and when', () => {
    expect(submitted()).toMatchObject({ status: 'submitted', submittedBy: DEPUTY.name, submittedAt: AT });
  });

  it('refuses to submit a version that is not a draft, or by someone without edit rights', () => {
    expect(refusal(submit(submitted(), [], { actor: DEPUTY, atIso: AT }))).toBe('plan-not-draft');
    expect(refusal(submit(draftOf(), [], { actor: STAFF, atIso: AT }))).toBe('plan-not-editor');
  });

  it('lets only the leader return a submitted version, and only with a comment', () => {
    expect(refusal(returnVersion(submitted(), '时限不合理', { actor: DEPUTY, atIso: AT }))).toBe('plan-not-leader');
    expect(refusal(returnVersion(submitted(), '   ', { actor: LEADER, atIso: AT }))).toBe('plan-comment-required');
    expect(refusal(returnVersion(draftOf(), '时限不合理', { actor: LEADER, atIso: AT }))).toBe('plan-not-submitted');
    expect(value(returnVersion(submitted(), ' 时限不合理 ', { actor: LEADER, atIso: AT }))).toMatchObject({
      status: 'returned',
      returnComment: '时限不合理',
    });
  });

  it('lets a returned version be revised into a new draft and submitted again', () => {
    const returned = value(returnVersion(submitted(), '时限不合理', { actor: LEADER, atIso: AT }));
    const again = value(reviseFrom([v1, returned], returned, { actor: DEPUTY, atIso: AT, newId: 'v3' }));
    expect(again).toMatchObject({ status: 'draft', versionNumber: 3, basedOn: returned.id, returnComment: undefined });
    expect(value(submit(again, [], { actor: DEPUTY, atIso: AT })).status).toBe('submitted');
  });

  it('lets only the leader approve, with the date it is in force from', () => {
    expect(refusal(approve(submitted(), AT, [], { actor: DEPUTY, atIso: AT }))).toBe('plan-not-leader');
    expect(refusal(approve(draftOf(), AT, [], { actor: LEADER, atIso: AT }))).toBe('plan-not-submitted');
    expect(refusal(approve(submitted(), 'soon', [], { actor: LEADER, atIso: AT }))).toBe('plan-effective-from');
    expect(value(approve(submitted(), '2026-12-05T00:00:00+08:00', [], { actor: LEADER, atIso: AT }))).toMatchObject({
      status: 'approved',
      effectiveFrom: '2026-12-05T00:00:00+08:00',
      approvedBy: LEADER.name,
    });
  });

  it('puts a version in force from its approval when the date given is earlier', () => {
    const approved = value(approve(submitted(), '2026-12-01T00:00:00+08:00', [], { actor: LEADER, atIso: AT }));
    expect(approved.effectiveFrom).toBe(AT);
  });

  it('refuses to submit or approve a version without a category still used by open incidents, naming them', () => {
    const draft = draftOf();
    const without = { ...draft, categories: draft.categories.filter((c) => c.code !== 'food-safety') };
    const open = [
      { number: 'SJ-20261204-001', categoryCode: 'food-safety', level: 2 as const },
      { number: 'SJ-20261204-002', categoryCode: 'product-quality', level: 2 as const },
    ];
    const refused = submit(without, open, { actor: DEPUTY, atIso: AT }, v1);
    expect(refused).toEqual({ ok: false, error: { code: 'plan-in-use', params: { list: '食品安全 (SJ-20261204-001)' } } });
    const sent = value(submit(without, [], { actor: DEPUTY, atIso: AT }));
    expect(refusal(approve(sent, AT, open, { actor: LEADER, atIso: AT }))).toBe('plan-in-use');
  });
});

describe('which version is in force', () => {
  it('picks the approved version with the latest in-force date at or before the moment', () => {
    const v2 = approvedV2('2026-12-05T00:00:00+08:00');
    expect(planInForceAt([v1, v2], Date.parse('2026-12-04T23:59:00+08:00'))?.id).toBe(v1.id);
    expect(planInForceAt([v1, v2], Date.parse('2026-12-05T00:00:00+08:00'))?.id).toBe(v2.id);
  });

  it('never puts a draft, a submitted or a returned version in force', () => {
    const returned = value(returnVersion(submitted(), '再议', { actor: LEADER, atIso: AT }));
    expect(planInForceAt([v1, draftOf()], Date.now())?.id).toBe(v1.id);
    expect(planInForceAt([v1, submitted()], Date.now())?.id).toBe(v1.id);
    expect(planInForceAt([v1, returned], Date.now())?.id).toBe(v1.id);
  });
});

describe('an incident keeps the version it was opened under', () => {
  const subject = (receivedAt: string): ClockSubject => ({
    state: 'registered',
    level: null,
    categoryCode: 'product-quality',
    milestones: { receivedAt },
  });
  const acceptanceDue = (plan: Plan, receivedAt: string) =>
    stageClocks(subject(receivedAt), plan, officialCalendar).find((c) => c.stage === 'acceptance')?.dueAt;

  it('selects the version for an incident by its opening time', () => {
    const v2 = approvedV2('2026-12-05T00:00:00+08:00');
    const openedBefore = planInForceAt([v1, v2], Date.parse('2026-12-04T15:00:00+08:00'))!;
    const openedAfter = planInForceAt([v1, v2], Date.parse('2026-12-05T09:00:00+08:00'))!;
    expect(planForIncident([v1, v2], { planVersionId: openedBefore.id })?.id).toBe(v1.id);
    expect(planForIncident([v1, v2], { planVersionId: openedAfter.id })?.id).toBe(v2.id);
    // Opened before versions existed: the first approved version.
    expect(planForIncident([v1, v2], {})?.id).toBe(v1.id);
  });

  it('leaves the deadlines of v1 incidents unchanged when v2 changes a limit', () => {
    const v2 = approvedV2('2026-12-05T00:00:00+08:00', (plan) => ({
      ...plan,
      timeLimits: plan.timeLimits.map((rule) => (rule.stage === 'acceptance' ? { ...rule, amount: rule.amount * 2 } : rule)),
    }));
    const receivedAt = '2026-12-04T15:00:00+08:00';
    const before = acceptanceDue(v1, receivedAt);
    // The console now runs on v2; the incident opened under v1 is counted through the book.
    const book = { plan: v2, plans: [v1, v2] };
    const clocks = (incident: Pick<Incident, 'planVersionId'>) =>
      stageClocks({ ...subject(receivedAt), ...incident }, planOfIncident(book, incident), officialCalendar).find(
        (c) => c.stage === 'acceptance',
      )?.dueAt;
    expect(clocks({ planVersionId: v1.id })).toBe(before);
    expect(clocks({ planVersionId: v2.id })).toBe(acceptanceDue(v2, receivedAt));
    expect(acceptanceDue(v2, receivedAt)).not.toBe(before);
  });
});

describe('when the console switches to a version approved for later', () => {
  const at = (iso: string) => Date.parse(iso);
  const tomorrow = approvedV2('2026-12-05T08:00:00+08:00');

  it('is the in-force instant of the next version still to come, and the plan in force changes exactly then', () => {
    const now = at('2026-12-04T18:00:00+08:00');
    expect(nextPlanSwitchAt([v1, tomorrow], now)).toBe(at('2026-12-05T08:00:00+08:00'));
    expect(planInForceAt([v1, tomorrow], at('2026-12-05T08:00:00+08:00') - 1)?.id).toBe(v1.id);
    expect(planInForceAt([v1, tomorrow], at('2026-12-05T08:00:00+08:00'))?.id).toBe(V2_ID);
  });

  it('is none once that instant has come, and none for drafts, submitted or returned versions', () => {
    expect(nextPlanSwitchAt([v1, tomorrow], at('2026-12-05T08:00:00+08:00'))).toBeNull();
    const pending = { ...submitted(), effectiveFrom: '2026-12-05T08:00:00+08:00' };
    expect(nextPlanSwitchAt([v1, pending], at('2026-12-04T18:00:00+08:00'))).toBeNull();
  });

  it('takes the earliest of several versions still to come', () => {
    const later = { ...tomorrow, id: 'v3', versionNumber: 3, effectiveFrom: '2026-12-10T00:00:00+08:00' };
    expect(nextPlanSwitchAt([v1, later, tomorrow], at('2026-12-04T18:00:00+08:00'))).toBe(at('2026-12-05T08:00:00+08:00'));
    expect(nextPlanSwitchAt([v1, later, tomorrow], at('2026-12-06T00:00:00+08:00'))).toBe(at('2026-12-10T00:00:00+08:00'));
  });
});
