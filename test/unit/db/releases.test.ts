// 信息发布 in the database: statements drafted by the publicity team (as the organisation records
// it), approved or returned by the leader, released on a channel; every step on the timeline,
// every refusal leaving nothing behind.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import i18next from 'i18next';
import type { Actor } from '@shared/model';
import { releasedStatements } from '@shared/releases';
import { registerComplaint } from '../../../renderer/db/complaints';
import { applyReleaseCommand, draftRelease, publishRelease, releasesOf } from '../../../renderer/db/releases';
import type { ConsoleDb } from '../../../renderer/db/schema';
import { en } from '../../../renderer/i18n/en';
import { zhCN } from '../../../renderer/i18n/zh-CN';
import { timelineText } from '../../../renderer/ui/describe';
import { contextFor, freshDb, LEADER, NOW, registration, STAFF } from '../../fixtures/database';

/** 冯雪, new-media staff, a member of the sample publicity team (宣传引导组). */
const WRITER: Actor = { id: 'a1000000-0000-4000-8000-00000000000a', name: '冯雪', role: 'staff' };
const PUBLICITY_TEAM = '0d5e7f9a-1b2c-4d3e-8f4a-5b6c7d8e9f04';
const MINUTE = 60_000;

let db: ConsoleDb;
afterEach(async () => {
  db?.close();
  if (db) await db.delete();
});

async function incident() {
  const registered = await registerComplaint(db, registration(), await contextFor(db));
  if (!registered.ok) throw new Error(registered.error.code);
  return registered.value.incident.id;
}

const releaseEntries = async (incidentId: string) =>
  (await db.timeline.where('incidentId').equals(incidentId).toArray()).filter((e) => e.kind.startsWith('release-'));

async function must<T>(promise: Promise<{ ok: true; value: T } | { ok: false; error: { code: string } }>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

describe('drafting a statement', () => {
  it('saves version 1 as a draft of the publicity team, with its timeline entry', async () => {
    db = await freshDb();
    const incidentId = await incident();
    const release = await must(draftRelease(db, incidentId, { title: '情况说明', text: '初稿' }, await contextFor(db, WRITER)));
    expect(await db.releases.get(release.id)).toMatchObject({
      mode: 'live',
      incidentId,
      status: 'draft',
      versions: [{ no: 1, text: '初稿', savedByName: '冯雪' }],
      createdBy: WRITER.id,
    });
    expect(await releaseEntries(incidentId)).toEqual([
      expect.objectContaining({ kind: 'release-drafted', actorName: '冯雪', params: { title: '情况说明', version: 1 } }),
    ]);
  });

  it('refuses the office clerk, who is not on the publicity team, and saves nothing', async () => {
    db = await freshDb();
    const incidentId = await incident();
    const result = await draftRelease(db, incidentId, { title: '情况说明', text: '初稿' }, await contextFor(db, STAFF));
    expect(result).toEqual({ ok: false, error: { code: 'release-not-publicity' } });
    expect(await db.releases.count()).toBe(0);
    expect(await releaseEntries(incidentId)).toEqual([]);
  });

  it('follows the organisation: once the clerk joins the publicity team, the clerk may draft', async () => {
    db = await freshDb();
    const incidentId = await incident();
    await db.teams.update(PUBLICITY_TEAM, { memberIds: [...(await db.teams.get(PUBLICITY_TEAM))!.memberIds, STAFF.id] });
    const result = await draftRelease(db, incidentId, { title: '情况说明', text: '初稿' }, await contextFor(db, STAFF));
    expect(result.ok).toBe(true);
  });

  it('answers an empty text field by field and saves nothing', async () => {
    db = await freshDb();
    const incidentId = await incident();
    const result = await draftRelease(db, incidentId, { title: '', text: '  ' }, await contextFor(db, WRITER));
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'validation',
        params: { title: 'releases.refusal.release-title-required', text: 'releases.refusal.release-text-required' },
      },
    });
    expect(await db.releases.count()).toBe(0);
  });

  it('refuses a statement for an incident that does not exist', async () => {
    db = await freshDb();
    const result = await draftRelease(db, 'nope', { title: 'a', text: 'b' }, await contextFor(db, WRITER));
    expect(result).toEqual({ ok: false, error: { code: 'incident-not-found' } });
  });
});

describe('from draft to release', () => {
  it('drafts, is returned with a comment, is revised, approved and released — all on the timeline', async () => {
    db = await freshDb();
    const incidentId = await incident();
    const at = (minutes: number, actor: Actor) => contextFor(db, actor, NOW + minutes * MINUTE);
    const { id } = await must(draftRelease(db, incidentId, { title: '情况说明', text: '初稿' }, await at(0, WRITER)));
    await must(applyReleaseCommand(db, id, { type: 'submit' }, await at(1, WRITER)));
    // The writer cannot approve their own statement; the leader decides.
    expect(await applyReleaseCommand(db, id, { type: 'approve' }, await at(2, WRITER))).toEqual({
      ok: false,
      error: { code: 'release-needs-leader' },
    });
    expect(await applyReleaseCommand(db, id, { type: 'return', comment: '' }, await at(2, LEADER))).toEqual({
      ok: false,
      error: { code: 'release-comment-required' },
    });
    await must(applyReleaseCommand(db, id, { type: 'return', comment: '补充已退款的情况' }, await at(3, LEADER)));
    await must(applyReleaseCommand(db, id, { type: 'revise', title: '情况说明', text: '第二稿：已退还差额' }, await at(4, WRITER)));
    await must(applyReleaseCommand(db, id, { type: 'submit' }, await at(5, WRITER)));
    await must(applyReleaseCommand(db, id, { type: 'approve', comment: '同意发布' }, await at(6, LEADER)));
    const released = await must(publishRelease(db, id, { channel: 'weibo', at: '2026-11-23T10:07' }, await at(8, WRITER)));

    expect(released.status).toBe('released');
    expect(released.versions.map((v) => v.text)).toEqual(['初稿', '第二稿：已退还差额']);
    expect(released.publications).toEqual([
      expect.objectContaining({
        channel: 'weibo',
        at: '2026-11-23T10:07:00+08:00',
        text: '第二稿：已退还差额',
        versionNo: 2,
        approvedByName: '王建国',
      }),
    ]);
    const entries = await releaseEntries(incidentId);
    expect(entries.map((e) => [e.kind, e.actorName, e.params?.version, e.note])).toEqual([
      ['release-drafted', '冯雪', 1, undefined],
      ['release-submitted', '冯雪', 1, undefined],
      ['release-returned', '王建国', 1, '补充已退款的情况'],
      ['release-revised', '冯雪', 2, undefined],
      ['release-submitted', '冯雪', 2, undefined],
      ['release-approved', '王建国', 2, '同意发布'],
      ['release-published', '冯雪', 2, undefined],
    ]);
    expect(releasedStatements(await releasesOf(db, incidentId))).toEqual([
      expect.objectContaining({ title: '情况说明', text: '第二稿：已退还差额', channel: 'weibo', approvedByName: '王建国' }),
    ]);
  });

  it('refuses to release a statement that is not approved, and checks the channel and time field by field', async () => {
    db = await freshDb();
    const incidentId = await incident();
    const ctx = await contextFor(db, WRITER);
    const { id } = await must(draftRelease(db, incidentId, { title: '情况说明', text: '初稿' }, ctx));
    expect(await publishRelease(db, id, { channel: 'website', at: '2026-11-23T10:00' }, ctx)).toEqual({
      ok: false,
      error: { code: 'release-not-approved' },
    });
    expect(await publishRelease(db, id, { channel: '', at: '2026-11-23T11:00' }, ctx)).toEqual({
      ok: false,
      error: { code: 'validation', params: { channel: 'validation.choose', at: 'validation.future' } },
    });
    expect((await db.releases.get(id))!.publications).toEqual([]);
    expect((await releaseEntries(incidentId)).map((e) => e.kind)).toEqual(['release-drafted']);
  });
});

describe('the timeline in words', () => {
  it('names the channel in Chinese and English', async () => {
    const zh = i18next.createInstance();
    await zh.init({
      resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
      lng: 'zh-CN',
      interpolation: { escapeValue: false },
    });
    const params = { title: '情况说明', version: 2, channel: 'weibo' };
    expect(timelineText('release-published', params, zh.t)).toBe('经官方微博发布口径“情况说明”（第2稿）');
    await zh.changeLanguage('en');
    expect(timelineText('release-published', params, zh.t)).toBe('Statement “情况说明” (version 2) released: Official Weibo');
    expect(timelineText('release-returned', params, zh.t)).toBe('Statement “情况说明” version 2 returned');
  });

  it('has a sentence in both languages for every refusal and timeline entry the feature can give', () => {
    const source = ['shared/releases.ts', 'renderer/db/releases.ts'].map((file) => readFileSync(file, 'utf8')).join('\n');
    const union = /ReleaseTimelineKind =([^;]+);/.exec(source)?.[1] ?? '';
    const kinds = new Set([...union.matchAll(/'(release-[a-z-]+)'/g)].map((m) => m[1]!));
    // Every other coded string of the feature is a refusal.
    const refusals = new Set([...source.matchAll(/'(release-[a-z-]+)'/g)].map((m) => m[1]!).filter((code) => !kinds.has(code)));
    expect(refusals.size).toBeGreaterThanOrEqual(15);
    expect([...kinds].sort()).toEqual(
      Object.keys(zhCN.timeline)
        .filter((kind) => kind.startsWith('release-'))
        .sort(),
    );
    for (const code of refusals) {
      expect(zhCN.releases.refusal, code).toHaveProperty([code]);
      expect(en.releases.refusal, code).toHaveProperty([code]);
    }
  });
});
