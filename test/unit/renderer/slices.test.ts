// Work cut into slices goes on while the clock is held still (fake timers here, a page's frozen
// clock in the browser): its pauses are not timers.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { slices } from '../../../renderer/ui/slices';

afterEach(() => {
  vi.useRealTimers();
});

describe('slices', () => {
  it('say a slice is used up only after its time, and pause without waiting on a timer', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'] });
    const slice = slices(40);
    expect(slice.due()).toBe(false);
    vi.advanceTimersByTime(41);
    expect(slice.due()).toBe(true);
    // No timer is advanced from here on: the pause still ends, and a new slice starts.
    let paused = false;
    await slice.pause().then(() => {
      paused = true;
    });
    expect(paused).toBe(true);
    expect(slice.due()).toBe(false);
  });
});
