// A window that leaves a mode closes that mode's database: a write still under way in an old
// screen fails rather than landing in records the console has left (drill work in live data).
import { afterEach, describe, expect, it } from 'vitest';
import { closeSeeded, openSeeded } from '../../../renderer/features/session/modeDatabase';

afterEach(async () => {
  await closeSeeded('live');
  await closeSeeded('drill');
});

describe('the database of each mode in one window', () => {
  it('shares one open database between every screen of a mode', async () => {
    expect(await openSeeded('drill')).toBe(await openSeeded('drill'));
  });

  it('refuses a late write to the live database once the window has switched to the drill', async () => {
    const live = await openSeeded('live');
    const peopleBefore = await live.people.count();
    const drill = await openSeeded('drill');
    await closeSeeded('live');

    const lateWrite = live.people.put({ ...(await drill.people.toArray())[0]!, id: 'late-writer', name: '迟到的写入' });
    await expect(lateWrite).rejects.toMatchObject({ name: 'DatabaseClosedError' });

    // Back in live work a fresh connection opens, and the late write is nowhere in it.
    const reopened = await openSeeded('live');
    expect(reopened).not.toBe(live);
    expect(await reopened.people.count()).toBe(peopleBefore);
    expect(await reopened.people.get('late-writer')).toBeUndefined();
  });
});
