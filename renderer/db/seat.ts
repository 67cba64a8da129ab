// The seat: who is signed in at this window, whether the seat is locked, and when the password
// was last given. The executor takes a command's actor from here, never from a screen; only the
// sign-in code (renderer/db/accounts.ts) changes it. Once the console enforces the seat (at boot)
// it cannot stop: a command with no one signed in, or on a locked seat, is refused.
import type { Actor } from '@shared/model';

export type SeatState = {
  person: Actor | null;
  /** When the signed-in person last gave their password (sign-in, unlock, 再次验证), on the console's clock. */
  provenAtMs: number | null;
  locked: boolean;
  /** Signed in with a one-time password: nothing but changing it until it is changed. */
  mustChange: boolean;
};

type Listener = (state: SeatState) => void;

const signedOut: SeatState = { person: null, provenAtMs: null, locked: false, mustChange: false };
let state: SeatState = signedOut;
let enforcing = false;
const listeners = new Set<Listener>();

function set(next: SeatState) {
  state = next;
  for (const listener of listeners) listener(state);
}

export const seat = {
  current: (): SeatState => state,
  /** Whether commands take their actor from the seat (the running console); tests of single commands may not. */
  enforced: (): boolean => enforcing,
  /** From now on every command needs a signed-in person at an unlocked seat. There is no way back. */
  enforce(): void {
    enforcing = true;
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  signedIn(person: Actor, atMs: number, mustChange = false): void {
    set({ person, provenAtMs: atMs, locked: false, mustChange });
  },
  passwordChanged(): void {
    if (state.person) set({ ...state, mustChange: false });
  },
  proven(atMs: number): void {
    if (state.person) set({ ...state, provenAtMs: atMs });
  },
  locked(): void {
    if (state.person && !state.locked) set({ ...state, locked: true });
  },
  unlocked(atMs: number): void {
    if (state.person) set({ ...state, locked: false, provenAtMs: atMs });
  },
  /** The person's role or name changed in 组织机构 while they sit here: commands follow at once. */
  personChanged(person: Actor): void {
    if (state.person?.id === person.id && (state.person.role !== person.role || state.person.name !== person.name))
      set({ ...state, person });
  },
  signedOut(): void {
    set(signedOut);
  },
};

/** For tests: back to no one signed in and not enforcing. */
export function resetSeatForTests(): void {
  enforcing = false;
  listeners.clear();
  state = signedOut;
}
