// 备份到文件: a file for another PC holds every personal record, so it is for the roles the plan
// names, sealed with the passphrase typed twice, and on the organisation log before it exists.
import { afterEach, describe, expect, it } from 'vitest';
import { openBackup } from '../../../renderer/db/backupSeal';
import type { ConsoleDb } from '../../../renderer/db/schema';
import { fileForAnotherPc } from '../../../renderer/features/settings/backupRuns';
import { linesOfBytes } from '../../../renderer/db/backupSeal';
import { contextFor, freshDb, LEADER, STAFF } from '../../fixtures/database';

const opened: ConsoleDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});
async function office() {
  const db = await freshDb();
  opened.push(db);
  return db;
}
const request = { passphrase: '城东值班2026', repeated: '城东值班2026', fileName: '应急指挥台备份-20261204-2100.cbk' };
const exportEntries = (db: ConsoleDb) => db.timeline.filter((entry) => entry.kind === 'backup-exported').toArray();

describe('a backup file for another PC', () => {
  it('is made for the leader, with who, what and which file on the log, and opens only with the passphrase', async () => {
    const db = await office();
    const made = await fileForAnotherPc(db, await contextFor(db, LEADER), request);
    expect(made.ok).toBe(true);
    const [entry] = await exportEntries(db);
    expect(entry).toMatchObject({ actorName: '王建国', params: { file: request.fileName, complaints: 0, incidents: 0 } });
    const bytes = made.ok ? made.value : new Uint8Array();
    expect(new TextDecoder().decode(bytes)).not.toContain('王建国');
    const reopened = await openBackup(linesOfBytes(bytes), { key: null, passphrase: request.passphrase });
    expect(reopened.ok && reopened.value.trust).toBe('passphrase');
  });

  it('is refused to a role the plan does not name, and nothing is logged', async () => {
    const db = await office();
    const refused = await fileForAnotherPc(db, await contextFor(db, STAFF), request);
    expect(refused.ok ? null : refused.error.code).toBe('backup-file-needs-role');
    expect(await exportEntries(db)).toHaveLength(0);
  });

  it('is refused for a short or mistyped passphrase', async () => {
    const db = await office();
    const ctx = await contextFor(db, LEADER);
    const short = await fileForAnotherPc(db, ctx, { ...request, passphrase: '1234', repeated: '1234' });
    expect(short.ok ? null : short.error).toEqual({ code: 'backup-passphrase-short', params: { min: 8 } });
    const mistyped = await fileForAnotherPc(db, ctx, { ...request, repeated: '城东值班2025' });
    expect(mistyped.ok ? null : mistyped.error.code).toBe('backup-passphrase-mismatch');
    expect(await exportEntries(db)).toHaveLength(0);
  });

  it('is not made when the log entry cannot be written', async () => {
    const db = await office();
    db.timeline.hook('creating', () => {
      throw new Error('disk full');
    });
    const refused = await fileForAnotherPc(db, await contextFor(db, LEADER), request);
    expect(refused.ok ? null : refused.error.code).toBe('backup-audit-failed');
  });
});
