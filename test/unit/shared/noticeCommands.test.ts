// 通知中心's decisions: a firing is recorded once, a level-1 key's repeats count on its open
// notice, and an acknowledgement is given once, by the person at the seat.
import { describe, expect, it } from 'vitest';
import type { Stamp } from '@shared/commandKit';
import { decideAcknowledgeAll, decideAcknowledgeNotice, decideRecordFirings, type Firing } from '@shared/noticeCommands';
import type { StoredNotice } from '@shared/records';

const stamp: Stamp = {
  actor: { id: 'p1', name: '王建国', role: 'leader' },
  at: '2026-11-23T09:40:00+08:00',
  nowMs: Date.parse('2026-11-23T09:40:00+08:00'),
  utcOffsetMinutes: 480,
  mode: 'live',
  newId: () => 'id-1',
};
const levelOne = (fireAt: string): Firing => ({
  key: 'incident:i1:level1',
  fireAt,
  kind: 'level1',
  urgent: true,
  target: { kind: 'incident', id: 'i1' },
  titleKey: 'notifications.level1.title',
  bodyKey: 'notifications.level1.body',
  params: { number: 'SJ-20261123-0001' },
});
const none = { existing: {}, ofKey: {} };

describe('recording firings', () => {
  it('adds a notice per new firing, raised at the look and due when the alert was', () => {
    const decision = decideRecordFirings(
      none,
      { firings: [levelOne('2026-11-23T09:00:00+08:00')], at: '2026-11-23T09:00:05+08:00' },
      stamp,
    );
    expect(decision.ok && decision.value.value).toBe(1);
    expect(decision.ok && decision.value.writes[0]).toMatchObject({
      put: 'notices',
      row: { firedAt: '2026-11-23T09:00:05+08:00', dueAt: '2026-11-23T09:00:00+08:00', shownCount: 1, targetId: 'i1', mode: 'live' },
    });
  });

  it('covers with one showing the repeats of a level-1 key that came due before the look', () => {
    const firings = [levelOne('2026-11-23T09:00:00+08:00'), levelOne('2026-11-23T09:10:00+08:00')];
    const decision = decideRecordFirings(none, { firings, at: '2026-11-23T09:15:00+08:00' }, stamp);
    expect(decision.ok && decision.value.writes).toHaveLength(1);
    expect(decision.ok && decision.value).toMatchObject({ value: 1, writes: [{ row: { shownCount: 1 } }] });
  });

  it('changes nothing for a key already acknowledged', () => {
    const first = decideRecordFirings(none, { firings: [levelOne('2026-11-23T09:00:00+08:00')], at: '2026-11-23T09:00:05+08:00' }, stamp);
    const notice = {
      ...(first.ok ? (first.value.writes[0] as { row: StoredNotice }).row : ({} as StoredNotice)),
      acknowledgedAt: stamp.at,
    };
    const again = decideRecordFirings(
      { existing: {}, ofKey: { [notice.key]: [notice] } },
      { firings: [levelOne('2026-11-23T09:10:00+08:00')], at: '2026-11-23T09:10:05+08:00' },
      stamp,
    );
    expect(again.ok && again.value).toEqual({ value: 0, writes: [], timeline: [] });
  });
});

describe('acknowledging a notice', () => {
  const recorded = decideRecordFirings(none, { firings: [levelOne('2026-11-23T09:00:00+08:00')], at: '2026-11-23T09:00:05+08:00' }, stamp);
  const notice = recorded.ok ? (recorded.value.writes[0] as { row: StoredNotice }).row : ({} as StoredNotice);

  it('is refused for a notice that does not exist', () => {
    expect(decideAcknowledgeNotice({ notice: undefined }, { id: 'x' }, stamp)).toEqual({ ok: false, error: { code: 'notice-not-found' } });
  });

  it('is refused a second time, naming who acknowledged it first', () => {
    const done = { ...notice, acknowledgedAt: stamp.at, acknowledgedByName: '李明' };
    expect(decideAcknowledgeNotice({ notice: done }, { id: done.id }, stamp)).toEqual({
      ok: false,
      error: { code: 'notice-already-acknowledged', params: { name: '李明' } },
    });
  });

  it('records who and when, with an entry on the incident', () => {
    const decision = decideAcknowledgeNotice({ notice }, { id: notice.id }, stamp);
    expect(decision.ok && decision.value.value).toMatchObject({
      acknowledgedAt: stamp.at,
      acknowledgedBy: 'p1',
      acknowledgedByName: '王建国',
    });
    expect(decision.ok && decision.value.timeline).toEqual([
      { incidentId: 'i1', kind: 'notice-acknowledged', params: { context: 'level1', number: 'SJ-20261123-0001' } },
    ]);
  });

  it('acknowledges all pending at once, skipping those already acknowledged', () => {
    const done = { ...notice, id: 'other', acknowledgedAt: stamp.at };
    const decision = decideAcknowledgeAll({ pending: [notice, done] }, {}, stamp);
    expect(decision.ok && decision.value.value).toBe(1);
    expect(decision.ok && decision.value.writes).toHaveLength(1);
  });
});
