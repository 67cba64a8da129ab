// The seat's way to the office server over HTTP: each call carries the seat's token; an answer that
// is not the server's (the network, a proxy's page) is an error, so the seat keeps its commands
// waiting and tries again.
import type { TableName } from '@shared/commandKit';
import type { Mode } from '@shared/model';
import type { AccountBody, Pulled, PushAnswer, Pushed, RowsAnswer, SessionAnswer, SessionBody } from '@shared/officeProtocol';
import type { Result } from '@shared/result';
import type { OfficeLink } from '../db/officeSync';

/** The office server answered with an error of its own (`seat-unknown`, `bad-request`). */
export class OfficeAnswered extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(`office server: ${status} ${code}`);
  }
}

/** Where the office server is and the seat's token for it. */
export type OfficeAddress = { url: string; token: string };

async function call<T>(address: OfficeAddress, path: string, init: RequestInit = {}, session?: string): Promise<T> {
  const response = await fetch(new URL(path, address.url), {
    ...init,
    headers: {
      authorization: `Bearer ${address.token}`,
      ...(init.body ? { 'content-type': 'application/json' } : {}),
      ...(session ? { 'x-office-session': session } : {}),
    },
  });
  const body = (await response.json().catch(() => null)) as (T & { error?: string }) | null;
  if (!response.ok || body === null) throw new OfficeAnswered(response.status, body?.error ?? 'no-answer');
  return body;
}

/** `sessions`: the session tokens this seat holds (officeSessions.ts); the office takes each command's actor from them. */
export function httpLink(address: OfficeAddress, sessions: () => readonly string[] = () => []): OfficeLink {
  return {
    push: async (mode: Mode, commands: Pushed[]) =>
      (
        await call<{ answers: PushAnswer[] }>(address, '/v1/push', {
          method: 'POST',
          body: JSON.stringify({ mode, commands, sessions: sessions() }),
        })
      ).answers,
    pull: (mode: Mode, since: number) => call<Pulled>(address, `/v1/pull?mode=${mode}&since=${since}`),
    rows: (mode: Mode, keys: { table: TableName; key: string }[]) =>
      call<RowsAnswer>(address, `/v1/rows?mode=${mode}`, { method: 'POST', body: JSON.stringify({ keys }) }),
  };
}

/** A password given at this seat, checked by the office (a session's token comes back for a sign-in). */
export const givePasswordAt = (address: OfficeAddress, body: SessionBody, session?: string) =>
  call<Result<SessionAnswer>>(address, '/v1/session', { method: 'POST', body: JSON.stringify(body) }, session);

/** The person signed out: their session ends at the office. */
export const endSessionAt = (address: OfficeAddress, session: string, seat: string) =>
  call<{ ok: true }>(address, '/v1/session/end', { method: 'POST', body: JSON.stringify({ seat }) }, session);

/** An account's change, made by the person of `session`. */
export const changeAccountAt = (address: OfficeAddress, session: string, body: AccountBody) =>
  call<Result<unknown>>(address, '/v1/account', { method: 'POST', body: JSON.stringify(body) }, session);
