// Information release (信息发布) as a pure state machine: the publicity team drafts a statement
// (口径) and submits it; the leader approves or returns it with a comment; only the approved
// version is released, on a logged channel at a logged time. Every version and decision is kept.
import type { RefusalCode } from './refusalCodes';
import { z } from 'zod';
import type { Actor } from './model';
import { ModeSchema } from './model';
import type { Plan } from './plan';
import { isTooLong, localized, TEXT_LIMITS, type Locale, type LocalizedText } from './text';
import { planDateOf } from './time';
import type { TimelineParams } from './timelineKinds';

export const RELEASE_STATUSES = ['draft', 'submitted', 'returned', 'approved', 'released'] as const;
export type ReleaseStatus = (typeof RELEASE_STATUSES)[number];

/** 官方网站, 官方微博, 微信公众号, 新闻发布会, 媒体采访, 现场公告, 其他. */
export const RELEASE_CHANNELS = ['website', 'weibo', 'wechat', 'press-conference', 'interview', 'on-site', 'other'] as const;
export type ReleaseChannel = (typeof RELEASE_CHANNELS)[number];

const Who = { by: z.string(), byName: z.string() };

export const ReleaseVersionSchema = z.object({
  no: z.number().int().positive(),
  title: z.string(),
  text: z.string(),
  savedAt: z.string(),
  savedBy: z.string(),
  savedByName: z.string(),
});
export type ReleaseVersion = z.infer<typeof ReleaseVersionSchema>;

/** A step after writing: submitted for approval, returned with a comment, approved. */
export const ReleaseDecisionSchema = z.object({
  kind: z.enum(['submitted', 'returned', 'approved']),
  versionNo: z.number().int().positive(),
  at: z.string(),
  ...Who,
  comment: z.string().optional(),
});
export type ReleaseDecision = z.infer<typeof ReleaseDecisionSchema>;

/** One release on one channel: the approved version's exact words, and who approved them. */
export const PublicationSchema = z.object({
  channel: z.enum(RELEASE_CHANNELS),
  at: z.string(),
  ...Who,
  versionNo: z.number().int().positive(),
  title: z.string(),
  text: z.string(),
  approvedBy: z.string(),
  approvedByName: z.string(),
  approvedAt: z.string(),
});
export type Publication = z.infer<typeof PublicationSchema>;

export const ReleaseSchema = z.object({
  id: z.string(),
  mode: ModeSchema,
  incidentId: z.string(),
  /** The current version's title (kept here too so a list need not open the versions). */
  title: z.string(),
  status: z.enum(RELEASE_STATUSES),
  versions: z.array(ReleaseVersionSchema).min(1),
  decisions: z.array(ReleaseDecisionSchema),
  /** Set while the current version is the approved one; cleared by a new version. */
  approval: z.object({ versionNo: z.number().int().positive(), at: z.string(), ...Who }).optional(),
  publications: z.array(PublicationSchema),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type Release = z.infer<typeof ReleaseSchema>;

// ── Permissions ─────────────────────────────────────────────────────────────

/** Who is acting, the publicity team's lead and members, and the time of the write. */
export type ReleaseContext = { actor: Actor; publicityIds: readonly string[]; at: string };

const LEADERS = new Set(['leader', 'deputy']);
export const mayApproveReleases = (actor: Actor) => LEADERS.has(actor.role);
/** The publicity team (宣传引导组) writes statements; the leader and deputies may too. */
export const mayDraftReleases = (actor: Actor, publicityIds: readonly string[]) =>
  mayApproveReleases(actor) || publicityIds.includes(actor.id);

/** The publicity team's lead and members, from the organisation's teams. */
export function publicityMemberIds(
  teams: readonly { code: string; kind?: string; leadId?: string | undefined; memberIds: readonly string[] }[],
) {
  const team = teams.find((t) => t.code === 'publicity' && t.kind !== 'task-force');
  return team ? [...(team.leadId ? [team.leadId] : []), ...team.memberIds] : [];
}

// ── The machine ─────────────────────────────────────────────────────────────

export type StatementInput = { title: string; text: string };
export type ReleaseCommand =
  | { type: 'revise'; title: string; text: string }
  | { type: 'submit' }
  | { type: 'approve'; comment?: string | undefined }
  | { type: 'return'; comment: string }
  | { type: 'publish'; channel: string; at: string };
export type ReleaseCommandType = ReleaseCommand['type'];
export const RELEASE_COMMANDS: readonly ReleaseCommandType[] = ['revise', 'submit', 'approve', 'return', 'publish'];

export type ReleaseTimelineKind =
  | 'release-drafted'
  | 'release-edited'
  | 'release-revised'
  | 'release-submitted'
  | 'release-returned'
  | 'release-approved'
  | 'release-published';
export type ReleaseRefusal = { code: RefusalCode; params?: Record<string, string> };
/** The changed record and the timeline entry to write with it. */
export type ReleaseChange = {
  release: Release;
  kind: ReleaseTimelineKind;
  note?: string | undefined;
  params: TimelineParams[ReleaseTimelineKind];
};
export type ReleaseResult = { ok: true; value: ReleaseChange } | { ok: false; refusal: ReleaseRefusal };

export const TITLE_MAX = 100;
export const TEXT_MAX = 5000;
const blank = (value: string | undefined) => !value || value.trim().length === 0;

export type StatementProblem = { field: 'title' | 'text'; code: RefusalCode };
/** Every problem with a statement's words, field by field; empty when it may be saved. */
export function statementProblems(input: StatementInput): StatementProblem[] {
  const problems: StatementProblem[] = [];
  if (blank(input.title)) problems.push({ field: 'title', code: 'release-title-required' });
  else if (input.title.trim().length > TITLE_MAX) problems.push({ field: 'title', code: 'release-title-too-long' });
  if (blank(input.text)) problems.push({ field: 'text', code: 'release-text-required' });
  else if (input.text.trim().length > TEXT_MAX) problems.push({ field: 'text', code: 'release-text-too-long' });
  return problems;
}

export const currentVersion = (release: Pick<Release, 'versions'>): ReleaseVersion => release.versions[release.versions.length - 1]!;

const entryParams = (release: Release) => ({ title: release.title, version: currentVersion(release).no });
const fail = (code: RefusalCode): ReleaseResult => ({ ok: false, refusal: { code } });
const done = (release: Release, kind: ReleaseTimelineKind, note?: string, extra: { channel?: string } = {}): ReleaseResult => ({
  ok: true,
  value: { release, kind, note, params: { ...entryParams(release), ...extra } },
});

/** A new statement, version 1, in draft. */
export function createRelease(
  input: StatementInput,
  ctx: ReleaseContext,
  meta: Pick<Release, 'id' | 'mode' | 'incidentId'>,
): ReleaseResult {
  if (!mayDraftReleases(ctx.actor, ctx.publicityIds)) return fail('release-not-publicity');
  const problem = statementProblems(input)[0];
  if (problem) return fail(problem.code);
  const who = { savedAt: ctx.at, savedBy: ctx.actor.id, savedByName: ctx.actor.name };
  const release: Release = {
    ...meta,
    title: input.title.trim(),
    status: 'draft',
    versions: [{ no: 1, title: input.title.trim(), text: input.text.trim(), ...who }],
    decisions: [],
    publications: [],
    createdAt: ctx.at,
    createdBy: ctx.actor.id,
    updatedAt: ctx.at,
    updatedBy: ctx.actor.id,
  };
  return done(release, 'release-drafted');
}

/** Statuses each command may be given in. */
const FROM: Record<ReleaseCommandType, readonly ReleaseStatus[]> = {
  // A submitted statement waits for the leader's decision; it is not changed under them.
  revise: ['draft', 'returned', 'approved', 'released'],
  submit: ['draft'],
  approve: ['submitted'],
  return: ['submitted'],
  // Released once, the same approved words may go out on another channel.
  publish: ['approved', 'released'],
};
const REFUSAL_BY_COMMAND: Record<ReleaseCommandType, RefusalCode> = {
  revise: 'release-locked-submitted',
  submit: 'release-not-draft',
  approve: 'release-not-submitted',
  return: 'release-not-submitted',
  publish: 'release-not-approved',
};

type Permission = { may: (ctx: ReleaseContext) => boolean; refusal: RefusalCode };
const WRITERS: Permission = { may: (ctx) => mayDraftReleases(ctx.actor, ctx.publicityIds), refusal: 'release-not-publicity' };
const APPROVERS: Permission = { may: (ctx) => mayApproveReleases(ctx.actor), refusal: 'release-needs-leader' };
/** Who may give each command: the publicity team writes, submits and releases; the leader decides. */
const PERMITTED: Record<ReleaseCommandType, Permission> = {
  revise: WRITERS,
  submit: WRITERS,
  approve: APPROVERS,
  return: APPROVERS,
  publish: WRITERS,
};

/** Five minutes' grace for a clock set a little behind the one on the wall. */
const FUTURE_GRACE_MS = 5 * 60_000;

export function releaseTransition(release: Release, command: ReleaseCommand, ctx: ReleaseContext): ReleaseResult {
  if (!FROM[command.type].includes(release.status)) return fail(REFUSAL_BY_COMMAND[command.type]);
  const permission = PERMITTED[command.type];
  if (!permission.may(ctx)) return fail(permission.refusal);
  const { actor, at } = ctx;
  const touched = { updatedAt: at, updatedBy: actor.id };
  const current = currentVersion(release);
  const decision = (kind: ReleaseDecision['kind'], comment?: string): ReleaseDecision => ({
    kind,
    versionNo: current.no,
    at,
    by: actor.id,
    byName: actor.name,
    ...(comment ? { comment } : {}),
  });

  switch (command.type) {
    case 'revise': {
      const problem = statementProblems(command)[0];
      if (problem) return fail(problem.code);
      const title = command.title.trim();
      const text = command.text.trim();
      if (title === current.title && text === current.text) return fail('release-unchanged');
      const saved = { title, text, savedAt: at, savedBy: actor.id, savedByName: actor.name };
      // A draft never submitted is still being written: it is corrected in place. Anything the
      // leader has seen (returned, approved, released) keeps its words, and a new version starts.
      if (release.status === 'draft') {
        const versions = [...release.versions.slice(0, -1), { ...saved, no: current.no }];
        return done({ ...release, ...touched, title, versions }, 'release-edited');
      }
      const versions = [...release.versions, { ...saved, no: current.no + 1 }];
      const { approval: _approval, ...rest } = release;
      return done({ ...rest, ...touched, title, versions, status: 'draft' }, 'release-revised');
    }
    case 'submit': {
      if (blank(current.text)) return fail('release-text-required');
      return done(
        { ...release, ...touched, status: 'submitted', decisions: [...release.decisions, decision('submitted')] },
        'release-submitted',
      );
    }
    case 'approve': {
      if (isTooLong(command.comment, TEXT_LIMITS.note)) return fail('release-comment-too-long');
      const comment = command.comment?.trim() || undefined;
      return done(
        {
          ...release,
          ...touched,
          status: 'approved',
          decisions: [...release.decisions, decision('approved', comment)],
          approval: { versionNo: current.no, at, by: actor.id, byName: actor.name },
        },
        'release-approved',
        comment,
      );
    }
    case 'return': {
      if (blank(command.comment)) return fail('release-comment-required');
      if (isTooLong(command.comment, TEXT_LIMITS.note)) return fail('release-comment-too-long');
      const comment = command.comment.trim();
      return done(
        { ...release, ...touched, status: 'returned', decisions: [...release.decisions, decision('returned', comment)] },
        'release-returned',
        comment,
      );
    }
    case 'publish': {
      const approval = release.approval;
      // Guarded by status already; checked again so a malformed record cannot release unapproved words.
      if (!approval || approval.versionNo !== current.no) return fail('release-not-approved');
      if (!(RELEASE_CHANNELS as readonly string[]).includes(command.channel)) return fail('release-channel-required');
      const releasedAt = Date.parse(command.at);
      if (!Number.isFinite(releasedAt)) return fail('release-time-invalid');
      if (releasedAt > Date.parse(at) + FUTURE_GRACE_MS) return fail('release-time-future');
      // Times are typed to the minute: a release in the minute of approval is not before it.
      if (releasedAt < Math.floor(Date.parse(approval.at) / 60_000) * 60_000) return fail('release-before-approval');
      const publication: Publication = {
        channel: command.channel as ReleaseChannel,
        at: command.at,
        by: actor.id,
        byName: actor.name,
        versionNo: current.no,
        title: current.title,
        text: current.text,
        approvedBy: approval.by,
        approvedByName: approval.byName,
        approvedAt: approval.at,
      };
      return done(
        { ...release, ...touched, status: 'released', publications: [...release.publications, publication] },
        'release-published',
        undefined,
        {
          channel: command.channel,
        },
      );
    }
  }
}

/** Commands this actor may give now (words aside): what the screens offer. */
export function releaseCommandsFor(release: Release, ctx: ReleaseContext): ReleaseCommandType[] {
  return RELEASE_COMMANDS.filter((type) => FROM[type].includes(release.status) && PERMITTED[type].may(ctx));
}

// ── The holding statement (口径模板) ────────────────────────────────────────

/** Used when the plan in force has no template of its own. */
export const DEFAULT_HOLDING_STATEMENT: LocalizedText = {
  zh: '{{date}}，{{place}}发生“{{title}}”一事。{{organisation}}高度重视，已第一时间成立工作组，正在全面调查核实，并与当事人积极沟通。调查结果将及时向社会公布。感谢社会各界的关注和监督。',
  en: 'On {{date}}, “{{title}}” occurred at {{place}}. {{organisation}} takes this very seriously: a working group was formed at once, is investigating and is in close contact with those concerned. The findings will be made public promptly. We thank the public for its attention and oversight.',
};

/** Fills {{name}} placeholders; an unknown one is left as written so the drafter sees it. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => values[name] ?? whole);
}

/** 2026年11月23日 / 23 November 2026: the incident's date as a statement writes it. */
export function statementDate(ms: number, offsetMinutes: number, locale: Locale): string {
  const [y, m, d] = planDateOf(ms, offsetMinutes).split('-').map(Number) as [number, number, number];
  if (locale !== 'en') return `${y}年${m}月${d}日`;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(y, m - 1, d),
  );
}

/** The plan's holding statement for this incident, in the operator's language. */
export function holdingStatementFor(
  plan: Pick<Plan, 'holdingStatement' | 'organisationName' | 'utcOffsetMinutes'>,
  incident: { title: string; place: string; milestones: { receivedAt: string } },
  locale: Locale,
): string {
  return fillTemplate(localized(plan.holdingStatement ?? DEFAULT_HOLDING_STATEMENT, locale), {
    organisation: localized(plan.organisationName, locale),
    title: incident.title,
    place: incident.place,
    date: statementDate(Date.parse(incident.milestones.receivedAt), plan.utcOffsetMinutes, locale),
  });
}

// ── For other features ──────────────────────────────────────────────────────

export type ReleasedStatement = {
  releaseId: string;
  incidentId: string;
  title: string;
  /** Exactly the approved words that went out. */
  text: string;
  versionNo: number;
  /** A RELEASE_CHANNELS code; the words are `releases.channel.<code>` in the catalogs. */
  channel: ReleaseChannel;
  releasedAt: string;
  releasedByName: string;
  approvedBy: string;
  approvedByName: string;
  approvedAt: string;
};

/** Every release of every statement, oldest first: what the after-action report lists. */
export function releasedStatements(releases: readonly Release[]): ReleasedStatement[] {
  return releases
    .flatMap((release) =>
      release.publications.map((p) => ({
        releaseId: release.id,
        incidentId: release.incidentId,
        title: p.title,
        text: p.text,
        versionNo: p.versionNo,
        channel: p.channel,
        releasedAt: p.at,
        releasedByName: p.byName,
        approvedBy: p.approvedBy,
        approvedByName: p.approvedByName,
        approvedAt: p.approvedAt,
      })),
    )
    .sort((a, b) => Date.parse(a.releasedAt) - Date.parse(b.releasedAt));
}
