// The contract between the renderer and its host. Both hosts (Electron preload, plain browser)
// implement `HostApi`, written `satisfies HostApi`, so a method added to one and forgotten in the
// other fails the type check. Every payload crossing IPC is parsed with these schemas.
import { z } from 'zod';
import type { Result } from './result';

export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  host: z.enum(['electron', 'browser']),
  platform: z.string(),
  userDataPath: z.string().optional(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

export const NoticeSchema = z.object({
  title: z.string().min(1).max(200),
  body: z.string().max(1000),
  /** What to open when the notice is clicked, e.g. an incident id. */
  target: z.object({ kind: z.enum(['incident']), id: z.string().uuid() }).optional(),
  urgent: z.boolean().default(false),
});
export type Notice = z.input<typeof NoticeSchema>;
export type NoticeTarget = NonNullable<Notice['target']>;

export interface HostApi {
  appInfo(): Promise<Result<AppInfo>>;
  notify(notice: Notice): Promise<Result<void>>;
  /** Calls `listener` when the operator clicks a notice that has a target; returns the unsubscribe. */
  onOpenTarget(listener: (target: NoticeTarget) => void): () => void;
}

/** Payload schema per channel (undefined: the channel takes no payload). */
export const PAYLOADS = {
  'app:info': z.undefined(),
  'notify:show': NoticeSchema,
} as const;
