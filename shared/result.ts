// The one shape for anything that can fail where a person must read why: across IPC, from
// repositories and from the workflow. `code` names an i18n message; `params` fill it in.
import type { RefusalCode } from './refusalCodes';
export type Failure = { code: RefusalCode; message?: string; params?: Record<string, string | number> };
export type Result<T> = { ok: true; value: T } | { ok: false; error: Failure };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(code: RefusalCode, params?: Failure['params'], message?: string): Result<T> => ({
  ok: false,
  error: { code, ...(params ? { params } : {}), ...(message ? { message } : {}) },
});
