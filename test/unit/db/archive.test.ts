// 归档 in the database: a settled complaint's file, called back and archived, is deleted after its
// retention through the executor with every row recorded on it in any table, the notices about it
// included, its evidence (records and files), and only the audit entry left; an archived incident
// cannot be reopened.
import { afterEach, describe, expect, it } from 'vitest';
import { toPlanLocalInput } from '@shared/time';
import { archiveIncident, deleteArchivedFile } from '../../../renderer/db/archive';
import { recordCallBack } from '../../../renderer/db/callBacks';
import { attachFile } from '../../../renderer/db/attachments';
import { ok } from '@shared/result';
import { applyCommand } from '../../../renderer/db/incidents';
import { registerAndSettle } from '../../../renderer/db/quickPath';
import type { ConsoleDb } from '../../../renderer/db/schema';
import { contextFor, freshDb, LEADER, NOW, registration } from '../../fixtures/database';

let db: ConsoleDb;
afterEach(async () => {
  db?.close();
  if (db) await db.delete();
});

const DAY = 86_400_000;
/** The host's attached files, by hash. */
const hostFiles = new Map<string, Uint8Array>();
const host = {
  putAttachment: async ({ data }: { data: Uint8Array }) => {
    hostFiles.set('c'.repeat(64), data);
    return ok({ hash: 'c'.repeat(64), size: data.byteLength });
  },
  removeAttachment: async ({ hash }: { hash: string }) => {
    hostFiles.delete(hash);
    return ok(undefined);
  },
};
const outcome = { result: '当场核对小票，退还多收的 12 元。', feedback: '已说明原因并退款，投诉人接受。', satisfaction: 'satisfied' };

async function archivedFile() {
  db = await freshDb();
  const settled = await registerAndSettle(db, registration({ categoryCode: 'service-quality' }), outcome, await contextFor(db));
  if (!settled.ok) throw new Error(settled.error.code);
  const id = settled.value.incident.id;
  const week = NOW + 8 * DAY;
  const call = { method: 'phone', at: toPlanLocalInput(week), reached: true, satisfaction: 'satisfied', result: '投诉人满意。' };
  const called = await recordCallBack(db, id, call, await contextFor(db, undefined, week));
  if (!called.ok) throw new Error(called.error.code);
  hostFiles.clear();
  const photo = { name: '小票照片.jpg', size: 4, bytes: async () => new Uint8Array([0xff, 0xd8, 0xff, 0xe0]) };
  const attached = await attachFile(
    db,
    host,
    photo,
    { incidentId: id, on: { kind: 'incident', id }, label: '小票' },
    await contextFor(db, undefined, week),
  );
  if (!attached.ok) throw new Error(attached.error.code);
  const archived = await archiveIncident(db, id, await contextFor(db, undefined, week));
  if (!archived.ok) throw new Error(archived.error.code);
  await db.notices.add({
    id: 'n-1',
    key: `callback:${id}`,
    kind: 'call-back-due',
    title: '回访到期',
    body: '周先生',
    firedAt: new Date(week).toISOString(),
    lastShownAt: new Date(week).toISOString(),
    shownCount: 1,
    targetId: id,
  } as never);
  return { id, archived: archived.value };
}

describe('an archived file in the database', () => {
  it('cannot be reopened', async () => {
    const { id } = await archivedFile();
    const reopened = await applyCommand(
      db,
      id,
      { type: 'reopen', reason: '投诉人再次来电' } as never,
      await contextFor(db, LEADER, NOW + 9 * DAY),
    );
    expect(reopened.ok ? 'reopened' : reopened.error.code).toBe('archive-reopen');
  });

  it('is deleted after its retention with every row recorded on it, leaving the audit entry', async () => {
    const { id, archived } = await archivedFile();
    const early = await deleteArchivedFile(db, id, await contextFor(db, LEADER, NOW + 9 * DAY));
    expect(early.ok ? 'deleted' : early.error.code).toBe('archive-retention-running');
    const after = Date.parse(`${Number(archived.archive!.retainUntil.slice(0, 4)) + 1}-01-02T10:00:00+08:00`);
    expect(hostFiles.size).toBe(1);
    const done = await deleteArchivedFile(db, id, await contextFor(db, LEADER, after), host);
    expect(done.ok || done.error).toBe(true);
    // The evidence goes with the file: its record and, no other record naming it, the file itself.
    expect(hostFiles.size).toBe(0);
    for (const table of db.tables) {
      const left = (await table.toArray()).filter(
        (row: { incidentId?: unknown; targetId?: unknown; id?: unknown }) => row.incidentId === id || row.targetId === id || row.id === id,
      );
      expect(left, table.name).toEqual([]);
    }
    const audit = await db.timeline.where('incidentId').equals('organisation').toArray();
    expect(audit.map((e) => e.kind)).toContain('archive-deleted');
  });
});
