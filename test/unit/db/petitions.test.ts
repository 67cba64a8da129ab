// 信访事项 in the store: numbered from their own yearly counter in the registering transaction,
// a refused step leaves the row as it was, the list and the search read through indexes, and the
// statistics count petitions apart from complaints from running totals that equal a recount.
import { afterEach, describe, expect, it } from 'vitest';
import type { PetitionInput } from '@shared/petitionCommands';
import { petitionStatistics } from '@shared/petitionStatistics';
import { normalised, recount, summaryBasis } from '@shared/summaries';
import { registerComplaint } from '../../../renderer/db/complaints';
import { newestPetitions, petitionDays, petitionStep, registerPetition, searchPetitions } from '../../../renderer/db/petitions';
import type { ConsoleDb } from '../../../renderer/db/schema';
import { storedSummaries } from '../../../renderer/db/summaries';
import { latestIncidentEntries } from '../../../renderer/db/reads/timeline';
import { contextFor, freshDb, registration, value } from '../../fixtures/database';

const opened: ConsoleDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});
async function fresh() {
  const db = await freshDb();
  opened.push(db);
  return db;
}

const input = (more: Partial<PetitionInput> = {}): PetitionInput => ({
  name: '周建华',
  phone: '13812345678',
  idNumber: '',
  address: '',
  channel: 'phone',
  subject: '城东加油站加油数量争议',
  content: '加油后发现实际加油量与油箱容量明显不符。',
  request: '核验加油机计量，退还差额',
  receivedAt: '2026-11-23T09:30',
  ...more,
});

describe('petitions in the store', () => {
  it('numbers them XF-2026-0001, 0002… and a refused step changes nothing', async () => {
    const db = await fresh();
    const ctx = await contextFor(db);
    const first = value(await registerPetition(db, input(), ctx));
    const second = value(
      await registerPetition(db, input({ name: '林女士', phone: '13600001234', subject: '会员App疑似泄露用户手机号' }), ctx),
    );
    expect([first.number, second.number]).toEqual(['XF-2026-0001', 'XF-2026-0002']);
    const refused = await petitionStep(db, first.id, { type: 'decide', accepted: false, reason: '', at: '2026-11-23T09:50' }, ctx);
    expect(refused.ok).toBe(false);
    expect(await db.petitions.get(first.id)).toEqual(first);
    expect((await db.timeline.where('incidentId').equals(first.id).toArray()).map((e) => e.kind)).toEqual(['petition']);
  });

  it('lists the newest first a page at a time, and finds one by number or by the petitioner’s name', async () => {
    const db = await fresh();
    const ctx = await contextFor(db);
    const a = value(await registerPetition(db, input({ receivedAt: '2026-11-22T09:00' }), ctx));
    const b = value(await registerPetition(db, input({ name: '林女士', receivedAt: '2026-11-23T08:00' }), ctx));
    expect((await newestPetitions(db, 1)).map((p) => p.id)).toEqual([b.id]);
    expect((await newestPetitions(db, 5, b.receivedAt)).map((p) => p.id)).toEqual([a.id]);
    expect((await searchPetitions(db, 'xf-2026-0001')).map((p) => p.id)).toEqual([a.id]);
    expect((await searchPetitions(db, '林')).map((p) => p.id)).toEqual([b.id]);
  });

  it('counts petitions apart from complaints, by month and outcome, in totals equal to a recount', async () => {
    const db = await fresh();
    const ctx = await contextFor(db);
    value(await registerComplaint(db, registration(), ctx));
    const accepted = value(await registerPetition(db, input(), ctx));
    const rejected = value(await registerPetition(db, input({ name: '林女士' }), ctx));
    value(await registerPetition(db, input({ name: '王五' }), ctx));
    value(await petitionStep(db, accepted.id, { type: 'decide', accepted: true, reason: '', at: '2026-11-23T09:40' }, ctx));
    value(await petitionStep(db, accepted.id, { type: 'answer', text: '已退还差额。', at: '2026-11-23T09:50' }, ctx));
    value(await petitionStep(db, accepted.id, { type: 'request', level: 'review', reason: '不服', at: '2026-11-23T09:55' }, ctx));
    value(await petitionStep(db, rejected.id, { type: 'decide', accepted: false, reason: '已起诉', at: '2026-11-23T09:40' }, ctx));

    const basis = summaryBasis({ plan: ctx.plan, plans: await db.plans.toArray() }, ctx.calendar);
    const all = recount(
      [
        { table: 'incidents', rows: await db.incidents.toArray() },
        { table: 'complaints', rows: await db.complaints.toArray() },
        { table: 'instructions', rows: await db.instructions.toArray() },
        { table: 'petitions', rows: await db.petitions.toArray() },
      ],
      basis,
    );
    expect((await storedSummaries(db)).map(normalised)).toEqual(all);
    const { months, total } = petitionStatistics(await petitionDays(db, '2026-11-01', '2026-12-01'));
    expect(months).toEqual([{ month: '2026-11', received: 3, pending: 1, handling: 0, answered: 1, rejected: 1, review: 1, recheck: 0 }]);
    expect(total.received).toBe(3);
    // The complaint's own counts do not include them.
    const day = (await storedSummaries(db)).find((row) => row.key === 'day:2026-11-23')!;
    expect(day.counts.complaints).toBe(1);
  });

  it('keeps a petition’s history on the petition, out of the dashboard’s latest incident entries', async () => {
    const db = await fresh();
    const ctx = await contextFor(db);
    value(await registerComplaint(db, registration(), ctx));
    const petition = value(await registerPetition(db, input(), ctx));
    const latest = await latestIncidentEntries(db, 12);
    expect(latest.length).toBeGreaterThan(0);
    expect(latest.filter(({ entry }) => entry.incidentId === petition.id)).toEqual([]);
  });
});
