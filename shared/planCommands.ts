// 修订和审批 as commands: each step of a plan version (start a revision, save a draft, submit,
// return, approve, discard) decided on the versions it read and the open incidents, written with
// its audit entry on the organisation timeline. The rules themselves are in planVersions.ts.
import { z } from 'zod';
import { decided, fieldErrorsOf, refused, type Decision, type Stamp } from './commandKit';
import type { Incident } from './model';
import { ORGANISATION_TIMELINE } from './organisationCommands';
import { PlanSchema, type Plan } from './plan';
import { planProblems } from './planChecks';
import { parsePlanFile } from './planFile';
import { planFromTemplate, planTemplate } from './planTemplates';
import {
  approve,
  discardDraft,
  editDraft,
  nextVersionNumber,
  returnVersion,
  reviseFrom,
  statusOf,
  submit,
  versionNumberOf,
} from './planVersions';
import type { Failure, Result } from './result';
import { timelineBody } from './timelineKinds';

export type OpenIncident = Pick<Incident, 'number' | 'categoryCode' | 'level'>;
/** What a step of a version reads: the version, the one it was revised from, all versions, open incidents. */
export type VersionSeen = { version: Plan | undefined; previous: Plan | undefined; plans: Plan[]; open: OpenIncident[] };

const step = (stamp: Stamp) => ({ actor: stamp.actor, atIso: stamp.at });

/** The version written and its audit entry; a rehearsal reads the plan and never revises it. */
type VersionStep = 'plan-revision-started' | 'plan-draft-saved' | 'plan-submitted' | 'plan-returned' | 'plan-approved';
function stored(
  stamp: Stamp,
  result: Result<Plan>,
  kind: VersionStep,
  extra: { comment?: string; effective?: string } = {},
): Decision<Plan> {
  if (stamp.mode === 'drill') return refused('plan-drill-locked');
  if (!result.ok) return refused(result.error.code, result.error.params);
  const saved = result.value;
  return decided(
    saved,
    [{ put: 'plans', row: saved }],
    [{ incidentId: ORGANISATION_TIMELINE, ...timelineBody(kind, { version: versionNumberOf(saved), ...extra }) }],
  );
}

function withVersion(seen: VersionSeen, decide: (version: Plan) => Result<Plan>): Result<Plan> {
  return seen.version ? decide(seen.version) : { ok: false, error: { code: 'plan-not-found' } };
}

export const versionArgs = z.object({ id: z.string().min(1) });

/** 新建修订: a draft copied from the given version (the one in force, or a returned one). */
export const decideStartRevision = (seen: VersionSeen, _args: unknown, stamp: Stamp) =>
  stored(
    stamp,
    withVersion(seen, (source) => reviseFrom(seen.plans, source, { ...step(stamp), newId: stamp.newId() })),
    'plan-revision-started',
  );

/**
 * The whole plan a draft is saved as. Its field errors read in the editor's words: a blank name
 * is "required", any other value out of range "not valid" (the editor's sentence says why).
 */
export const saveDraftArgs = PlanSchema;
export function draftFieldErrors(error: z.ZodError): Failure {
  const fields = fieldErrorsOf(error, {
    word: (issue) =>
      issue.message.startsWith('validation.')
        ? issue.message
        : issue.code === 'too_small' && issue.origin === 'string'
          ? 'planEditor.editor.required'
          : 'planEditor.editor.invalid',
  });
  return { code: 'validation', params: fields };
}

/** Saves a draft's settings; what the plan cannot hold together is refused at its field. */
export function decideSaveDraft(seen: VersionSeen, value: Plan, stamp: Stamp): Decision<Plan> {
  if (stamp.mode === 'drill') return refused('plan-drill-locked');
  // Codes unique, thresholds rising with the level, instructions to a team the plan gives duties to.
  const problems = planProblems(value);
  if (problems.length > 0)
    return refused('validation', Object.fromEntries(problems.map((p) => [p.path, `planEditor.problem.${p.problem}`])));
  return stored(
    stamp,
    withVersion(seen, (draft) => editDraft(draft, value, step(stamp))),
    'plan-draft-saved',
  );
}

/** 提交审批; refused while a removed category or level is still used by open incidents. */
export const decideSubmit = (seen: VersionSeen, _args: unknown, stamp: Stamp) =>
  stored(
    stamp,
    withVersion(seen, (version) => submit(version, seen.open, step(stamp), seen.previous)),
    'plan-submitted',
  );

export const returnArgs = versionArgs.extend({ comment: z.string() });
/** 退回 with the leader's comment. */
export const decideReturn = (seen: VersionSeen, { comment }: z.output<typeof returnArgs>, stamp: Stamp) =>
  stored(
    stamp,
    withVersion(seen, (version) => returnVersion(version, comment, step(stamp))),
    'plan-returned',
    { comment: comment.trim() },
  );

export const approveArgs = versionArgs.extend({ effectiveFrom: z.string() });
/** 批准, in force from `effectiveFrom`. */
export const decideApprove = (seen: VersionSeen, { effectiveFrom }: z.output<typeof approveArgs>, stamp: Stamp) =>
  stored(
    stamp,
    withVersion(seen, (version) => approve(version, effectiveFrom, seen.open, step(stamp), seen.previous)),
    'plan-approved',
    {
      effective: effectiveFrom.slice(0, 16).replace('T', ' '),
    },
  );

/** 放弃草稿: the draft is deleted (it never counted for anything); the audit entry stays. */
export function decideDiscard(seen: VersionSeen, _args: unknown, stamp: Stamp): Decision<Plan> {
  if (stamp.mode === 'drill') return refused('plan-drill-locked');
  const checked = withVersion(seen, (version) => discardDraft(version, stamp.actor));
  if (!checked.ok) return refused(checked.error.code, checked.error.params);
  const version = checked.value;
  return decided(
    version,
    [{ remove: 'plans', key: version.id }],
    [{ incidentId: ORGANISATION_TIMELINE, kind: 'plan-draft-discarded', params: { version: versionNumberOf(version) } }],
  );
}

// ---- New drafts from a template or a file ---------------------------------------------------------

/**
 * A plan from a template or another console's file, stored as this console's next draft version:
 * one open revision at a time, no history of the console it came from, and counting for nothing
 * until the leader approves it.
 */
function newDraft(
  plans: readonly Plan[],
  plan: Plan,
  kind: 'plan-draft-from-template' | 'plan-imported',
  params: { template?: string },
): Decision<Plan> {
  if (plans.some((p) => statusOf(p) === 'draft' || statusOf(p) === 'submitted')) return refused('plan-open-revision');
  const {
    effectiveFrom: _from,
    approvedBy: _by,
    approvedAt: _at,
    returnComment: _comment,
    submittedBy: _sBy,
    submittedAt: _sAt,
    basedOn: _basedOn,
    ...rest
  } = plan;
  const number = nextVersionNumber(plans);
  const draft: Plan = { ...rest, inForce: false, status: 'draft', versionNumber: number, version: `${number}.0` };
  return decided(
    draft,
    [{ put: 'plans', row: draft }],
    [{ incidentId: ORGANISATION_TIMELINE, ...timelineBody(kind, { title: draft.title.zh, ...params }) }],
  );
}

export const templateArgs = z.object({ template: z.string().min(1) });
/** A new draft plan with the template's settings and text, dated today. */
export function decideFromTemplate(
  seen: { plans: Plan[] },
  { template: key }: z.output<typeof templateArgs>,
  stamp: Stamp,
): Decision<Plan> {
  const template = planTemplate(key);
  if (!template) return refused('plan-template-unknown');
  return newDraft(seen.plans, planFromTemplate(template, stamp.newId(), stamp.at), 'plan-draft-from-template', {
    template: template.name.zh,
  });
}

export const planFileArgs = z.object({ text: z.string() });
/** A plan read from a file: a fresh id (the file may come from this very console) and not in force. */
export function decideImportFile(seen: { plans: Plan[] }, { text }: z.output<typeof planFileArgs>, stamp: Stamp): Decision<Plan> {
  const parsed = parsePlanFile(text);
  if (!parsed.ok) return refused(parsed.error.code, parsed.error.params);
  return newDraft(seen.plans, { ...parsed.value, id: stamp.newId(), createdAt: stamp.at, updatedAt: stamp.at }, 'plan-imported', {});
}
