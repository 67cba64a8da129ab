// A backup made in the background (daily, before quitting) tells the settings screen to show it:
// the host's store is not a Dexie table, so no live query sees it arrive.
const listeners = new Set<() => void>();

export function announceBackupMade(): void {
  for (const listener of listeners) listener();
}

export function onBackupMade(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
