// 再次验证 on demand: a change refused with `reauth-required` asks the person for their password
// through the one dialog (ReauthDialog) and is tried again once it is given.
type Request = { resolve: (given: boolean) => void };
let pending: Request | null = null;
const listeners = new Set<() => void>();
const changed = () => listeners.forEach((listener) => listener());

export const reauthRequests = {
  pending: (): Request | null => pending,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  settle(given: boolean): void {
    const request = pending;
    pending = null;
    changed();
    request?.resolve(given);
  },
};

/** Shows the password dialog; true once the password was given, false when cancelled (or no dialog is mounted). */
export function askForPassword(): Promise<boolean> {
  if (listeners.size === 0) return Promise.resolve(false);
  pending?.resolve(false);
  return new Promise<boolean>((resolve) => {
    pending = { resolve };
    changed();
  });
}
