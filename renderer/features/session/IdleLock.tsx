// 锁屏: the seat locks itself after the minutes set in 设置 (10 by default) without a key, a
// click or a touch, so a console left alone shows no one's data. Timed on the console's clock.
import { useEffect, useRef } from 'react';
import { accountsDb, lockSeat } from '../../db/accounts';
import { useConsole } from '../../db/DatabaseContext';
import { useStoredPreferences } from '../../db/reads/records';
import { DEFAULT_PREFERENCES } from '@shared/preferences';
import { useLiveDb } from '../settings/useLiveDb';
import { useWriteContext } from './useWriteContext';

const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;
const CHECK_EVERY_MS = 15_000;

export function IdleLock() {
  const { now } = useConsole();
  // The office's setting is the live database's, also in a rehearsal.
  const { idleLockMinutes } = useStoredPreferences(useLiveDb()) ?? DEFAULT_PREFERENCES;
  const writeContext = useWriteContext();
  const last = useRef(now());
  const contextRef = useRef(writeContext);
  contextRef.current = writeContext;
  useEffect(() => {
    last.current = now();
    const seen = () => {
      last.current = now();
    };
    for (const kind of ACTIVITY) window.addEventListener(kind, seen, { passive: true, capture: true });
    const timer = window.setInterval(() => {
      if (now() - last.current >= idleLockMinutes * 60_000) void lockSeat(accountsDb(), contextRef.current());
    }, CHECK_EVERY_MS);
    return () => {
      for (const kind of ACTIVITY) window.removeEventListener(kind, seen, { capture: true });
      window.clearInterval(timer);
    };
  }, [now, idleLockMinutes]);
  return null;
}
