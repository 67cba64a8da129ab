// The read functions behind the screens' hooks: each reads by index and answers in the order the
// screen shows.
import { afterEach, describe, expect, it } from 'vitest';
import type { TimelineEntry } from '@shared/model';
import { registerComplaint } from '../../../renderer/db/complaints';
import { applyCommand } from '../../../renderer/db/incidents';
import { ORGANISATION_TIMELINE } from '../../../renderer/db/organisation';
import { complaintsOf } from '../../../renderer/db/reads/complaints';
import { incidentOf, incidentsById, openIncidents } from '../../../renderer/db/reads/incidents';
import { openLiveIncidents } from '../../../renderer/db/reads/plans';
import { latestIncidentEntries, organisationAudit, timelineOf } from '../../../renderer/db/reads/timeline';
import type { ConsoleDb } from '../../../renderer/db/schema';
import { contextFor, freshDb, registration } from '../../fixtures/database';

let db: ConsoleDb;
afterEach(async () => {
  db?.close();
  if (db) await db.delete();
});

async function register(subject: string) {
  const result = await registerComplaint(db, registration({ subject }), await contextFor(db));
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

const auditEntry = (id: string, at: string): TimelineEntry => ({
  id,
  mode: 'live',
  incidentId: ORGANISATION_TIMELINE,
  at,
  actorId: 'system',
  actorName: 'system',
  kind: 'team-changed',
});

describe('reading incidents', () => {
  it('finds one incident by id, and says null for an id that is not there', async () => {
    db = await freshDb();
    const { incident } = await register('城东加油站加油数量不足');
    expect((await incidentOf(db, incident.id))?.number).toBe(incident.number);
    expect(await incidentOf(db, '00000000-0000-4000-8000-000000000000')).toBeNull();
    expect(await incidentOf(db, undefined)).toBeNull();
  });

  it('reads the open incidents state by state, leaving out a rejected one', async () => {
    db = await freshDb();
    const fuel = await register('城东加油站加油数量不足');
    const scenic = await register('景区索道排队纠纷');
    await applyCommand(db, scenic.incident.id, { type: 'reject', kind: 'invalid', reason: '不属本单位受理范围' }, await contextFor(db));
    expect((await openIncidents(db)).map((i) => i.id)).toEqual([fuel.incident.id]);
    expect((await openLiveIncidents(db)).map((i) => i.id)).toEqual([fuel.incident.id]);
  });

  it('gives the incidents of a list of ids by id, skipping ids that are not there', async () => {
    db = await freshDb();
    const { incident } = await register('城东加油站加油数量不足');
    const found = await incidentsById(db, [incident.id, incident.id, '00000000-0000-4000-8000-000000000000']);
    expect([...found.keys()]).toEqual([incident.id]);
  });
});

describe('reading an incident record', () => {
  it("lists an incident's complaints and no other's", async () => {
    db = await freshDb();
    const fuel = await register('城东加油站加油数量不足');
    await register('景区索道排队纠纷');
    expect((await complaintsOf(db, fuel.incident.id)).map((c) => c.number)).toEqual([fuel.complaint.number]);
  });

  it('reads the timeline oldest first, or newest first for the incident page', async () => {
    db = await freshDb();
    const { incident } = await register('城东加油站加油数量不足');
    await applyCommand(db, incident.id, { type: 'verify' }, await contextFor(db));
    const oldestFirst = await timelineOf(db, incident.id);
    expect(oldestFirst.length).toBeGreaterThan(1);
    expect((await timelineOf(db, incident.id, 'newest-first')).map((e) => e.id)).toEqual(oldestFirst.map((e) => e.id).reverse());
  });
});

describe('reading the timeline across incidents', () => {
  it('keeps organisation records out of the latest incident entries, and in the audit log', async () => {
    db = await freshDb();
    const { incident } = await register('城东加油站加油数量不足');
    await db.timeline.put(auditEntry('01900000-0000-7000-8000-000000000001', '2099-01-01T09:00:00+08:00'));
    const latest = await latestIncidentEntries(db, 12);
    expect(latest.length).toBeGreaterThan(0);
    expect(latest.every(({ entry, incident: of }) => entry.incidentId === incident.id && of?.id === incident.id)).toBe(true);
    expect((await organisationAudit(db, 8)).map((e) => e.id)).toEqual(['01900000-0000-7000-8000-000000000001']);
  });
});
