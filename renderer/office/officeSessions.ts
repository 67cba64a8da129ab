// The sessions this seat holds with its office: one per person signed in here (the office takes the
// actor of each pushed command from them, server/sessions.ts). Kept in the window's own storage,
// not in the store: a backup never carries them. A person who signs out keeps theirs until the
// commands they made are in the office, then it ends there. A sign-in made while the office could
// not be reached is checked against the seat's copy of the account; the password is held in memory
// only until the office has checked it too and handed out a session.
export type KeptSession = { token: string; ending?: true };

export type SessionKeeper = {
  /** Every token held (open ones and those ending), to push with. */
  tokens(): string[];
  tokenOf(personId: string): string | undefined;
  keep(personId: string, token: string): void;
  /** The person signed out: the session ends once their commands are in. */
  ending(personId: string): void;
  endings(): { personId: string; token: string }[];
  drop(personId: string): void;
  /** A sign-in the office has not checked yet: the password, in memory only. */
  owe(personId: string, password: string): void;
  owed(): { personId: string; password: string }[];
  paid(personId: string): void;
};

type Store = Pick<Storage, 'getItem' | 'setItem'>;

const memoryStore = (): Store => {
  const items = new Map<string, string>();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
};

export function sessionKeeper(seatId: string, storage: Store = globalThis.localStorage ?? memoryStore()): SessionKeeper {
  const key = `console.office.sessions.${seatId}`;
  const read = (): Record<string, KeptSession> => {
    try {
      return (JSON.parse(storage.getItem(key) ?? '{}') as Record<string, KeptSession>) ?? {};
    } catch {
      return {};
    }
  };
  const write = (all: Record<string, KeptSession>) => storage.setItem(key, JSON.stringify(all));
  const owedNow = new Map<string, string>();
  return {
    tokens: () => Object.values(read()).map((kept) => kept.token),
    tokenOf: (personId) => {
      const kept = read()[personId];
      return kept && !kept.ending ? kept.token : undefined;
    },
    keep: (personId, token) => {
      const all = read();
      all[personId] = { token };
      write(all);
      owedNow.delete(personId);
    },
    ending: (personId) => {
      const all = read();
      if (all[personId]) write({ ...all, [personId]: { ...all[personId], ending: true } });
      owedNow.delete(personId);
    },
    endings: () =>
      Object.entries(read())
        .filter(([, kept]) => kept.ending)
        .map(([personId, kept]) => ({ personId, token: kept.token })),
    drop: (personId) => {
      const { [personId]: _gone, ...rest } = read();
      write(rest);
    },
    owe: (personId, password) => void owedNow.set(personId, password),
    owed: () => [...owedNow].map(([personId, password]) => ({ personId, password })),
    paid: (personId) => void owedNow.delete(personId),
  };
}

const keepers = new Map<string, SessionKeeper>();
/** The one keeper of a seat in this window. */
export function keeperOf(seatId: string): SessionKeeper {
  let keeper = keepers.get(seatId);
  if (!keeper) keepers.set(seatId, (keeper = sessionKeeper(seatId)));
  return keeper;
}
