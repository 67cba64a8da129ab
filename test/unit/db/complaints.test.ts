import { afterEach, describe, expect, it } from 'vitest';
import { registerComplaint, registerComplaints } from '../../../renderer/db/complaints';
import type { ConsoleDb } from '../../../renderer/db/schema';
import { contextFor, freshDb, registration } from '../../fixtures/database';

let db: ConsoleDb;
afterEach(async () => {
  db?.close();
  if (db) await db.delete();
});

describe('registering a complaint', () => {
  it('numbers the complaint and its new incident by the China-local day and writes the timeline with it', async () => {
    db = await freshDb();
    const result = await registerComplaint(db, registration(), await contextFor(db));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.complaint.number).toBe('TS-20261123-0001');
    expect(result.value.incident.number).toBe('SJ-20261123-0001');
    expect(result.value.incident.state).toBe('registered');
    expect(result.value.complaint.receivedAt).toBe('2026-11-23T09:30:00+08:00');
    const timeline = await db.timeline.where('incidentId').equals(result.value.incident.id).toArray();
    expect(timeline.map((e) => e.kind)).toEqual(['registered']);
    expect(timeline[0]!.actorName).toBe('陈晓');
  });

  it('refuses bad input field by field and writes nothing at all', async () => {
    db = await freshDb();
    const bad = registration({ complainant: { name: '', phone: '12345', idNumber: '110101199003071234', address: '' }, content: '短' });
    const result = await registerComplaint(db, bad, await contextFor(db));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('validation');
    expect(result.error.params).toMatchObject({
      'complainant.name': 'validation.required',
      'complainant.phone': 'validation.phone',
      'complainant.idNumber': 'validation.idNumber',
      content: 'validation.contentShort',
    });
    expect(await db.complaints.count()).toBe(0);
    expect(await db.incidents.count()).toBe(0);
    expect(await db.timeline.count()).toBe(0);
    expect(await db.counters.count()).toBe(0);
  });

  it('leaves nothing behind, not even a used number, when the save fails midway', async () => {
    db = await freshDb();
    const ctx = await contextFor(db);
    const failTimeline = () => {
      throw new Error('disk full');
    };
    db.timeline.hook('creating', failTimeline);
    const failed = await registerComplaint(db, registration(), ctx);
    expect(failed.ok).toBe(false);
    if (!failed.ok) expect(failed.error.code).toBe('storage-failed');
    expect(await db.complaints.count()).toBe(0);
    expect(await db.incidents.count()).toBe(0);
    expect(await db.counters.count()).toBe(0);

    db.timeline.hook('creating').unsubscribe(failTimeline);
    const next = await registerComplaint(db, registration(), ctx);
    expect(next.ok && next.value.complaint.number).toBe('TS-20261123-0001');
  });

  it('gives concurrent registrations distinct numbers with no gaps', async () => {
    db = await freshDb();
    const ctx = await contextFor(db);
    const results = await Promise.all(Array.from({ length: 40 }, () => registerComplaint(db, registration(), ctx)));
    const numbers = results.map((r) => (r.ok ? r.value.complaint.number : 'failed')).sort();
    expect(numbers).toEqual(Array.from({ length: 40 }, (_, i) => `TS-20261123-${String(i + 1).padStart(4, '0')}`));
    expect(new Set(results.map((r) => (r.ok ? r.value.incident.number : ''))).size).toBe(40);
  });

  it('attaches a complaint about the same matter to the existing incident and counts its people', async () => {
    db = await freshDb();
    const ctx = await contextFor(db);
    const first = await registerComplaint(db, registration(), ctx);
    if (!first.ok) throw new Error('first failed');
    const second = await registerComplaint(
      db,
      registration({
        incidentId: first.value.incident.id,
        peopleInvolved: 3,
        complainant: { name: '吴女士', phone: '13787654321', idNumber: '', address: '' },
      }),
      ctx,
    );
    if (!second.ok) throw new Error('second failed');
    expect(second.value.incident.id).toBe(first.value.incident.id);
    expect(second.value.incident.number).toBe(first.value.incident.number);
    expect(second.value.incident.complainantCount).toBe(2);
    expect(second.value.incident.peopleInvolved).toBe(4);
    expect(second.value.incident.complainantNames).toEqual(['周先生', '吴女士']);
    expect(await db.incidents.count()).toBe(1);
  });

  it('refuses to attach a complaint to an incident that does not exist', async () => {
    db = await freshDb();
    const result = await registerComplaint(db, registration({ incidentId: crypto.randomUUID() }), await contextFor(db));
    expect(result.ok ? 'saved' : result.error.code).toBe('incident-not-found');
    expect(await db.complaints.count()).toBe(0);
  });

  it('registers the valid rows of a batch together and reports each invalid row with its reasons', async () => {
    db = await freshDb();
    const rows = [registration(), registration({ peopleInvolved: 0 }), registration(), registration({ categoryCode: 'no-such-category' })];
    const result = await registerComplaints(db, rows, await contextFor(db));
    if (!result.ok) throw new Error(result.error.code);
    expect(result.value.saved.map((r) => r.complaint.number)).toEqual(['TS-20261123-0001', 'TS-20261123-0002']);
    expect(result.value.invalid).toEqual([
      { index: 1, errors: { peopleInvolved: 'validation.atLeastOne' } },
      { index: 3, errors: { categoryCode: 'validation.choose' } },
    ]);
    expect(await db.complaints.count()).toBe(2);
    expect(await db.timeline.count()).toBe(2);
  });
});
