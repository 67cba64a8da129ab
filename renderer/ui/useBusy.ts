// One action of a screen at a time: the busy flag its buttons read, the previous message cleared
// when the next action starts, and anything thrown on the way handed over to become a sentence.
import { useState } from 'react';

export function useBusy(onStart: () => void, onThrown: (error: unknown) => void) {
  const [busy, setBusy] = useState(false);
  /** Runs `work`; resolves to what it returned, or undefined when it threw. */
  async function run<T>(work: () => Promise<T>): Promise<T | undefined> {
    setBusy(true);
    onStart();
    try {
      return await work();
    } catch (error) {
      onThrown(error);
      return undefined;
    } finally {
      setBusy(false);
    }
  }
  return { busy, run };
}
