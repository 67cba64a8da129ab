// 信息发布 as commands: a statement drafted, changed through the release machine (修改, 提交审批,
// 批准, 退回) and published. The machine in releases.ts decides; each command writes the release
// and its entry on the incident's timeline together.
import { z } from 'zod';
import { decided, refused, type Decision, type Stamp } from './commandKit';
import type { Team } from './model';
import {
  createRelease,
  publicityMemberIds,
  RELEASE_CHANNELS,
  releaseTransition,
  statementProblems,
  type Release,
  type ReleaseCommand,
  type ReleaseContext,
  type ReleaseResult,
  type StatementInput,
} from './releases';
import { parsePlanLocalDateTime, toIsoWithOffset } from './time';
import { timelineBody } from './timelineKinds';

/** Field-by-field messages (catalog keys) for a statement's title and text. */
export function statementErrors(input: StatementInput): Record<string, string> {
  return Object.fromEntries(statementProblems(input).map((p) => [p.field, `releases.refusal.${p.code}`]));
}

export type PublishInput = { channel: string; /** plan-local "YYYY-MM-DDTHH:mm" as typed */ at: string };

/** Field-by-field messages for a release's channel and time. */
export function publishErrors(input: PublishInput, clock: { utcOffsetMinutes: number; nowMs: number }): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!(RELEASE_CHANNELS as readonly string[]).includes(input.channel)) errors.channel = 'validation.choose';
  const at = parsePlanLocalDateTime(input.at, clock.utcOffsetMinutes);
  if (at === null) errors.at = 'validation.dateTime';
  else if (at > clock.nowMs + 5 * 60_000) errors.at = 'validation.future';
  return errors;
}

const contextOf = (teams: readonly Team[], stamp: Stamp): ReleaseContext => ({
  actor: stamp.actor,
  publicityIds: publicityMemberIds(teams),
  at: stamp.at,
});

function recorded(result: ReleaseResult): Decision<Release> {
  if (!result.ok) return refused(result.refusal.code, result.refusal.params);
  const { release, kind, note, params } = result.value;
  return decided(
    release,
    [{ put: 'releases', row: release }],
    [{ incidentId: release.incidentId, ...timelineBody(kind, params, { note }) }],
  );
}

const withErrors = (errors: Record<string, string>) => (Object.keys(errors).length > 0 ? refused<Release>('validation', errors) : null);

const statement = z.object({ title: z.string(), text: z.string() });

export const draftArgs = z.object({ incidentId: z.string().min(1), input: statement });
/** 新建口径: a new statement for an incident, version 1, in draft. */
export function decideDraft(
  seen: { incidentExists: boolean; teams: Team[] },
  { incidentId, input }: z.output<typeof draftArgs>,
  stamp: Stamp,
): Decision<Release> {
  const invalid = withErrors(statementErrors(input));
  if (invalid) return invalid;
  if (!seen.incidentExists) return refused('incident-not-found');
  return recorded(createRelease(input, contextOf(seen.teams, stamp), { id: stamp.newId(), mode: stamp.mode, incidentId }));
}

export type ReleaseSeen = { release: Release | undefined; teams: Team[] };
type Change = Exclude<ReleaseCommand, { type: 'publish' }>;
export const changeArgs = z.object({ releaseId: z.string().min(1), command: z.custom<Change>((v) => typeof v === 'object' && v !== null) });

/** 修改, 提交审批, 批准, 退回: the machine decides; the change and its entry go together. */
export function decideChange(seen: ReleaseSeen, { command }: z.output<typeof changeArgs>, stamp: Stamp): Decision<Release> {
  if (command.type === 'revise') {
    const invalid = withErrors(statementErrors(command));
    if (invalid) return invalid;
  }
  if (!seen.release) return refused('release-not-found');
  return recorded(releaseTransition(seen.release, command, contextOf(seen.teams, stamp)));
}

export const publishArgs = z.object({ releaseId: z.string().min(1), input: z.object({ channel: z.string(), at: z.string() }) });
/** 发布: the approved version goes out on a channel at a time (typed in the plan's local time). */
export function decidePublish(seen: ReleaseSeen, { input }: z.output<typeof publishArgs>, stamp: Stamp): Decision<Release> {
  const invalid = withErrors(publishErrors(input, stamp));
  if (invalid) return invalid;
  if (!seen.release) return refused('release-not-found');
  const at = toIsoWithOffset(parsePlanLocalDateTime(input.at, stamp.utcOffsetMinutes)!, stamp.utcOffsetMinutes);
  return recorded(releaseTransition(seen.release, { type: 'publish', channel: input.channel, at }, contextOf(seen.teams, stamp)));
}
