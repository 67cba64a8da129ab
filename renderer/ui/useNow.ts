// A ticking "now" for countdowns; the interval is the display's resolution, not the clock's.
import { useEffect, useState } from 'react';

export function useNow(source: () => number, intervalMs: number): number {
  const [now, setNow] = useState(source);
  useEffect(() => {
    const timer = setInterval(() => setNow(source()), intervalMs);
    return () => clearInterval(timer);
  }, [source, intervalMs]);
  return now;
}
