// A window that leaves a mode closes that mode's database, and no database takes a change while
// the console is in the other mode: a write still under way in an old screen, or made by a window
// that has not yet heard of another window's switch, fails rather than landing in records the
// console has left (live work in drill data, or drill work in live records).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerComplaint } from '../../../renderer/db/complaints';
import { CONSOLE_MODE_KEY } from '../../../renderer/features/session/consoleMode';
import { closeSeeded, openSeeded } from '../../../renderer/features/session/modeDatabase';
import { initI18n } from '../../../renderer/i18n';
import { contextFor, registration } from '../../fixtures/database';

/** The origin's storage every window shares; tests write the mode into it as another window would. */
const shared = new Map<string, string>();

beforeEach(() => {
  shared.clear();
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => shared.get(key) ?? null,
    setItem: (key: string, value: string) => void shared.set(key, value),
  });
});

afterEach(async () => {
  await closeSeeded('live');
  await closeSeeded('drill');
  vi.unstubAllGlobals();
});

describe('the database of each mode in one window', () => {
  it('shares one open database between every screen of a mode', async () => {
    shared.set(CONSOLE_MODE_KEY, 'drill');
    expect(await openSeeded('drill')).toBe(await openSeeded('drill'));
  });

  it('refuses a late write to the live database once the window has switched to the drill', async () => {
    const live = await openSeeded('live');
    const peopleBefore = await live.people.count();
    shared.set(CONSOLE_MODE_KEY, 'drill');
    const drill = await openSeeded('drill');
    await closeSeeded('live');

    const lateWrite = live.people.put({ ...(await drill.people.toArray())[0]!, id: 'late-writer', name: '迟到的写入' });
    await expect(lateWrite).rejects.toMatchObject({ name: 'DatabaseClosedError' });

    // Back in live work a fresh connection opens, and the late write is nowhere in it.
    shared.set(CONSOLE_MODE_KEY, 'live');
    const reopened = await openSeeded('live');
    expect(reopened).not.toBe(live);
    expect(await reopened.people.count()).toBe(peopleBefore);
    expect(await reopened.people.get('late-writer')).toBeUndefined();
  });
});

describe("a window that has not yet heard of another window's switch", () => {
  it('cannot register a complaint in live records once the console is in the drill, and is told why', async () => {
    initI18n('zh-CN');
    shared.set(CONSOLE_MODE_KEY, 'live');
    const live = await openSeeded('live');
    const ctx = await contextFor(live);
    expect((await registerComplaint(live, registration(), ctx)).ok).toBe(true);
    const before = {
      complaints: await live.complaints.count(),
      incidents: await live.incidents.count(),
      timeline: await live.timeline.count(),
    };

    shared.set(CONSOLE_MODE_KEY, 'drill');
    const refused = await registerComplaint(live, registration({ subject: '演练中误入正式库的登记' }), ctx);

    expect(refused).toMatchObject({ ok: false, error: { message: '控制台已在另一个窗口进入演练模式，这项操作不会记入正式数据。' } });
    expect({
      complaints: await live.complaints.count(),
      incidents: await live.incidents.count(),
      timeline: await live.timeline.count(),
    }).toEqual(before);
  });

  it('cannot put live work into the drill database once the console is back in live work', async () => {
    shared.set(CONSOLE_MODE_KEY, 'drill');
    const drill = await openSeeded('drill');
    const ctx = await contextFor(drill);
    shared.set(CONSOLE_MODE_KEY, 'live');
    expect((await registerComplaint(drill, registration(), ctx)).ok).toBe(false);
    expect(await drill.complaints.count()).toBe(0);
  });
});
