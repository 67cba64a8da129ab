// The seat as a screen sees it: who is signed in, whether it is locked, whether the password must
// be changed first. Follows renderer/db/seat.ts, which only the sign-in code changes.
import { useSyncExternalStore } from 'react';
import { seat, type SeatState } from '../../db/seat';

export function useSeat(): SeatState {
  return useSyncExternalStore(seat.subscribe, seat.current);
}
