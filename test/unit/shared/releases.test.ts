// Information release (信息发布): who may draft, submit, approve, return and release a statement,
// in which status, what each step keeps, and that only the approved words go out.
import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '@shared/model';
import {
  createRelease,
  DEFAULT_HOLDING_STATEMENT,
  fillTemplate,
  holdingStatementFor,
  publicityMemberIds,
  RELEASE_STATUSES,
  releaseCommandsFor,
  releasedStatements,
  releaseTransition,
  ReleaseSchema,
  type Release,
  type ReleaseCommand,
  type ReleaseContext,
  type ReleaseStatus,
} from '@shared/releases';

const person = (id: string, role: Role): Actor => ({ id, name: `${id}-name`, role });
const WRITER = person('writer', 'staff');
const PUBLICITY_LEAD = person('publicity-lead', 'member');
const LEADER = person('leader', 'leader');
const DEPUTY = person('deputy', 'deputy');
const OUTSIDER = person('outsider', 'member');
const PUBLICITY = [PUBLICITY_LEAD.id, WRITER.id];

const minutes = (n: number) => `2026-11-23T${String(10 + Math.floor(n / 60)).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}:00+08:00`;
const ctx = (actor: Actor, minute = 0): ReleaseContext => ({ actor, publicityIds: PUBLICITY, at: minutes(minute) });
const META = { id: 'release-1', mode: 'live' as const, incidentId: 'incident-1' };

function drafted(text = '初稿：已成立工作组调查。'): Release {
  const result = createRelease({ title: '情况说明', text }, ctx(WRITER), META);
  if (!result.ok) throw new Error(result.refusal.code);
  return result.value.release;
}

function step(release: Release, command: ReleaseCommand, actor: Actor, minute: number): Release {
  const result = releaseTransition(release, command, ctx(actor, minute));
  if (!result.ok) throw new Error(`${command.type}: ${result.refusal.code}`);
  return result.value.release;
}

function refusal(release: Release, command: ReleaseCommand, actor: Actor, minute = 30) {
  const result = releaseTransition(release, command, ctx(actor, minute));
  return result.ok ? null : result.refusal.code;
}

/** A statement brought to each status by the ordinary path. */
function inStatus(status: ReleaseStatus): Release {
  const draft = drafted();
  if (status === 'draft') return draft;
  const submitted = step(draft, { type: 'submit' }, WRITER, 1);
  if (status === 'submitted') return submitted;
  if (status === 'returned') return step(submitted, { type: 'return', comment: '补充已采取的措施' }, LEADER, 2);
  const approved = step(submitted, { type: 'approve' }, LEADER, 2);
  if (status === 'approved') return approved;
  return step(approved, { type: 'publish', channel: 'weibo', at: minutes(3) }, WRITER, 3);
}

describe('drafting', () => {
  it('starts a statement as version 1 in draft, by a member of the publicity team', () => {
    const result = createRelease({ title: ' 情况说明 ', text: ' 初稿 ' }, ctx(WRITER), META);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.kind).toBe('release-drafted');
    expect(result.value.release).toMatchObject({
      status: 'draft',
      title: '情况说明',
      versions: [{ no: 1, title: '情况说明', text: '初稿', savedBy: WRITER.id, savedByName: WRITER.name }],
      decisions: [],
      publications: [],
    });
    expect(ReleaseSchema.safeParse(result.value.release).success).toBe(true);
  });

  it('lets the leader and deputies draft too, but refuses anyone outside the publicity team', () => {
    expect(createRelease({ title: 'a', text: 'b' }, ctx(LEADER), META).ok).toBe(true);
    expect(createRelease({ title: 'a', text: 'b' }, ctx(DEPUTY), META).ok).toBe(true);
    expect(createRelease({ title: 'a', text: 'b' }, ctx(OUTSIDER), META)).toEqual({
      ok: false,
      refusal: { code: 'release-not-publicity' },
    });
  });

  it('refuses an empty text or title', () => {
    expect(createRelease({ title: '情况说明', text: '   ' }, ctx(WRITER), META)).toEqual({
      ok: false,
      refusal: { code: 'release-text-required' },
    });
    expect(createRelease({ title: '', text: '正文' }, ctx(WRITER), META)).toEqual({
      ok: false,
      refusal: { code: 'release-title-required' },
    });
    expect(refusal(drafted(), { type: 'revise', title: '情况说明', text: '' }, WRITER)).toBe('release-text-required');
  });

  it('corrects a draft never submitted in place, and refuses a save that changes nothing', () => {
    const edited = step(drafted(), { type: 'revise', title: '情况说明', text: '改过的初稿' }, WRITER, 5);
    expect(edited.versions).toEqual([expect.objectContaining({ no: 1, text: '改过的初稿', savedAt: minutes(5) })]);
    const result = releaseTransition(drafted(), { type: 'revise', title: '情况说明', text: 'x' }, ctx(WRITER));
    expect(result.ok && result.value.kind).toBe('release-edited');
    expect(refusal(edited, { type: 'revise', title: '情况说明', text: '改过的初稿' }, WRITER)).toBe('release-unchanged');
  });

  it('takes the publicity team from its lead and members, not from a task force of the same code', () => {
    const teams = [
      { code: 'publicity', kind: 'task-force', leadId: 'other', memberIds: ['other'] },
      { code: 'publicity', kind: 'working-team', leadId: 'lead', memberIds: ['lead', 'member'] },
      { code: 'information', kind: 'working-team', leadId: 'x', memberIds: ['x'] },
    ];
    expect(new Set(publicityMemberIds(teams))).toEqual(new Set(['lead', 'member']));
    expect(publicityMemberIds([])).toEqual([]);
  });
});

describe('approval', () => {
  it('submits a draft; only the leader or a deputy approves or returns it', () => {
    const submitted = inStatus('submitted');
    expect(submitted.status).toBe('submitted');
    expect(submitted.decisions).toEqual([{ kind: 'submitted', versionNo: 1, at: minutes(1), by: WRITER.id, byName: WRITER.name }]);
    expect(refusal(submitted, { type: 'approve' }, WRITER)).toBe('release-needs-leader');
    expect(refusal(submitted, { type: 'approve' }, PUBLICITY_LEAD)).toBe('release-needs-leader');
    expect(refusal(submitted, { type: 'return', comment: '不妥' }, OUTSIDER)).toBe('release-needs-leader');
    expect(refusal(submitted, { type: 'approve' }, DEPUTY)).toBeNull();
  });

  it('refuses an approval or a return whose comment runs past 2000 characters', () => {
    const submitted = inStatus('submitted');
    expect(refusal(submitted, { type: 'return', comment: '补'.repeat(2001) }, LEADER)).toBe('release-comment-too-long');
    expect(refusal(submitted, { type: 'approve', comment: '同'.repeat(2001) }, LEADER)).toBe('release-comment-too-long');
    expect(releaseTransition(submitted, { type: 'return', comment: '补'.repeat(2000) }, ctx(LEADER, 2)).ok).toBe(true);
  });

  it('refuses a return without a comment, and keeps the comment with the decision', () => {
    const submitted = inStatus('submitted');
    expect(refusal(submitted, { type: 'return', comment: '  ' }, LEADER)).toBe('release-comment-required');
    const result = releaseTransition(submitted, { type: 'return', comment: ' 补充已采取的措施 ' }, ctx(LEADER, 2));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ kind: 'release-returned', note: '补充已采取的措施', params: { title: '情况说明', version: 1 } });
    expect(result.value.release.status).toBe('returned');
    expect(result.value.release.decisions.at(-1)).toMatchObject({
      kind: 'returned',
      versionNo: 1,
      comment: '补充已采取的措施',
      byName: LEADER.name,
    });
  });

  it('keeps every version: a returned statement revised becomes version 2 in draft, version 1 unchanged', () => {
    const revised = step(inStatus('returned'), { type: 'revise', title: '情况说明', text: '第二稿：已退还差额。' }, WRITER, 4);
    expect(revised.status).toBe('draft');
    expect(revised.versions.map((v) => [v.no, v.text])).toEqual([
      [1, '初稿：已成立工作组调查。'],
      [2, '第二稿：已退还差额。'],
    ]);
    const approved = step(step(revised, { type: 'submit' }, WRITER, 5), { type: 'approve', comment: '同意' }, LEADER, 6);
    expect(approved.approval).toEqual({ versionNo: 2, at: minutes(6), by: LEADER.id, byName: LEADER.name });
    expect(approved.decisions.map((d) => [d.kind, d.versionNo, d.comment])).toEqual([
      ['submitted', 1, undefined],
      ['returned', 1, '补充已采取的措施'],
      ['submitted', 2, undefined],
      ['approved', 2, '同意'],
    ]);
  });

  it('refuses to change a statement while it waits for the decision', () => {
    expect(refusal(inStatus('submitted'), { type: 'revise', title: '情况说明', text: '偷偷改' }, WRITER)).toBe('release-locked-submitted');
  });

  it('needs approval again after an approved statement is edited, and drops the old approval', () => {
    const edited = step(inStatus('approved'), { type: 'revise', title: '情况说明', text: '批准后又改' }, WRITER, 4);
    expect(edited.status).toBe('draft');
    expect(edited.approval).toBeUndefined();
    expect(edited.versions).toHaveLength(2);
    expect(refusal(edited, { type: 'publish', channel: 'weibo', at: minutes(5) }, WRITER, 5)).toBe('release-not-approved');
  });
});

describe('release', () => {
  it('releases exactly the approved version, with channel, time, who released and who approved', () => {
    const released = inStatus('released');
    expect(released.status).toBe('released');
    expect(released.publications).toEqual([
      {
        channel: 'weibo',
        at: minutes(3),
        by: WRITER.id,
        byName: WRITER.name,
        versionNo: 1,
        title: '情况说明',
        text: '初稿：已成立工作组调查。',
        approvedBy: LEADER.id,
        approvedByName: LEADER.name,
        approvedAt: minutes(2),
      },
    ]);
  });

  it('refuses to release anything not approved', () => {
    for (const status of ['draft', 'submitted', 'returned'] as const)
      expect(refusal(inStatus(status), { type: 'publish', channel: 'website', at: minutes(3) }, WRITER)).toBe('release-not-approved');
    // A record claiming to be approved without an approval of its current version is refused too.
    const forged: Release = { ...inStatus('draft'), status: 'approved' };
    expect(refusal(forged, { type: 'publish', channel: 'website', at: minutes(3) }, WRITER)).toBe('release-not-approved');
  });

  it('refuses an unknown channel, a time in the future or before the approval, and an outsider', () => {
    const approved = inStatus('approved');
    expect(refusal(approved, { type: 'publish', channel: 'tiktok', at: minutes(3) }, WRITER)).toBe('release-channel-required');
    expect(refusal(approved, { type: 'publish', channel: 'website', at: 'soon' }, WRITER)).toBe('release-time-invalid');
    expect(refusal(approved, { type: 'publish', channel: 'website', at: minutes(40) }, WRITER, 30)).toBe('release-time-future');
    expect(refusal(approved, { type: 'publish', channel: 'website', at: minutes(1) }, WRITER)).toBe('release-before-approval');
    expect(refusal(approved, { type: 'publish', channel: 'website', at: minutes(3) }, OUTSIDER)).toBe('release-not-publicity');
  });

  it('accepts a release typed in the same minute as the approval', () => {
    const submitted = inStatus('submitted');
    const approved = releaseTransition(submitted, { type: 'approve' }, { ...ctx(LEADER), at: '2026-11-23T10:02:40+08:00' });
    if (!approved.ok) throw new Error('approve');
    expect(refusal(approved.value.release, { type: 'publish', channel: 'website', at: minutes(2) }, WRITER)).toBeNull();
  });

  it('releases the same approved words on another channel; a later correction needs approval before it goes out', () => {
    const twice = step(inStatus('released'), { type: 'publish', channel: 'website', at: minutes(4) }, WRITER, 4);
    expect(twice.publications.map((p) => [p.channel, p.versionNo])).toEqual([
      ['weibo', 1],
      ['website', 1],
    ]);
    const corrected = step(twice, { type: 'revise', title: '情况说明（更正）', text: '更正稿' }, WRITER, 5);
    expect(corrected.status).toBe('draft');
    expect(corrected.publications).toHaveLength(2);
    expect(refusal(corrected, { type: 'publish', channel: 'website', at: minutes(6) }, WRITER, 6)).toBe('release-not-approved');
  });
});

describe('what the screens offer', () => {
  const offered = (status: ReleaseStatus, actor: Actor) => releaseCommandsFor(inStatus(status), ctx(actor, 30));
  it('offers each person only what they may do in each status', () => {
    expect(offered('draft', WRITER)).toEqual(['revise', 'submit']);
    expect(offered('draft', OUTSIDER)).toEqual([]);
    expect(offered('submitted', WRITER)).toEqual([]);
    expect(offered('submitted', LEADER)).toEqual(['approve', 'return']);
    expect(offered('returned', WRITER)).toEqual(['revise']);
    expect(offered('approved', WRITER)).toEqual(['revise', 'publish']);
    expect(offered('approved', LEADER)).toEqual(['revise', 'publish']);
    expect(offered('released', PUBLICITY_LEAD)).toEqual(['revise', 'publish']);
  });

  it('covers every status', () => {
    for (const status of RELEASE_STATUSES) expect(inStatus(status).status).toBe(status);
  });
});

describe('the holding statement', () => {
  const incident = { title: '城东加油站加油数量不足', place: '城东加油站', milestones: { receivedAt: '2026-11-23T00:30:00+08:00' } };
  const plan = { organisationName: { zh: '某某石油公司', en: 'Acme Petroleum' }, utcOffsetMinutes: 480 };

  it('fills the plan’s template from the incident and the plan, with the plan-local date', () => {
    const text = holdingStatementFor(
      { ...plan, holdingStatement: { zh: '{{date}}，{{place}}：{{title}}。{{organisation}}' } },
      incident,
      'zh-CN',
    );
    expect(text).toBe('2026年11月23日，城东加油站：城东加油站加油数量不足。某某石油公司');
  });

  it('uses the default template when the plan has none, in the operator’s language', () => {
    const zh = holdingStatementFor(plan, incident, 'zh-CN');
    expect(zh).toContain('2026年11月23日，城东加油站发生“城东加油站加油数量不足”一事。某某石油公司');
    expect(zh).not.toContain('{{');
    const en = holdingStatementFor(plan, incident, 'en');
    expect(en).toContain('On 23 November 2026');
    expect(en).toContain('Acme Petroleum');
    expect(DEFAULT_HOLDING_STATEMENT.zh).toContain('{{organisation}}');
  });

  it('leaves an unknown placeholder as written so the drafter sees it', () => {
    expect(fillTemplate('{{title}} / {{unknown}}', { title: 'T' })).toBe('T / {{unknown}}');
  });
});

describe('released statements for the after-action report', () => {
  it('lists every release of every statement, oldest first, with the approved words and the approver', () => {
    const first = step(inStatus('released'), { type: 'publish', channel: 'press-conference', at: minutes(20) }, WRITER, 20);
    const second = { ...inStatus('released'), id: 'release-2', title: '第二份' };
    second.publications = [{ ...second.publications[0]!, at: minutes(10), title: '第二份', channel: 'wechat' }];
    const unreleased = { ...inStatus('approved'), id: 'release-3' };
    const list = releasedStatements([first, second, unreleased]);
    expect(list.map((r) => [r.releaseId, r.channel, r.releasedAt])).toEqual([
      ['release-1', 'weibo', minutes(3)],
      ['release-2', 'wechat', minutes(10)],
      ['release-1', 'press-conference', minutes(20)],
    ]);
    expect(list[0]).toMatchObject({ title: '情况说明', text: '初稿：已成立工作组调查。', approvedByName: LEADER.name, versionNo: 1 });
  });
});
