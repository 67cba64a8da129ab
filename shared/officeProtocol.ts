// What a seat and the office server say to each other (server/app.ts answers, the seat's office
// link asks): pushed commands in the seat's order and what became of each, and the rows pulled
// since a version. One definition, so both ends agree on every field.
import { z } from 'zod';
import { CommandLogEntrySchema, type TableName } from './commandKit';
import type { Role } from './model';
import type { Failure } from './result';

/** One command as a seat pushes it: its place in the seat's own order, and what it ran. */
export const PushedSchema = z.object({ seq: z.number().int().min(1), entry: CommandLogEntrySchema });
export type Pushed = z.infer<typeof PushedSchema>;

/**
 * What the server made of a command: its value and the keys of the rows it wrote (by table; the
 * seat puts the office's rows in place of any other row its own run wrote), or its refusal (with the
 * sentence's code and values).
 */
export type PushOutcome = { ok: true; value: unknown; wrote?: Record<string, string[]> } | { ok: false; error: Failure };

/**
 * What became of one pushed command: applied at an office version (with the server's result, or
 * its refusal: the seat rolls its own change back and tells the person), or not taken because the
 * seat skipped a number (it pushes again from `expected`).
 */
export type PushAnswer =
  | { seq: number; version: number; outcome: PushOutcome; again?: true }
  | { seq: number; outOfOrder: true; expected: number }
  /** The person who made it has no session of this seat's (signed in while the office could not be reached, or signed out since): it waits until they sign in. */
  | { seq: number; signIn: string };

/** A row as a seat receives it: the document, or null where it was removed. */
export type PulledRow = { table: TableName; key: string; doc: object | null; version: number };

/** What a seat pulls: the rows changed since its version, the version they bring it to, the office's newest, and how far its own commands are applied. */
export type Pulled = { version: number; latest: number; rows: PulledRow[]; lastSeq: number };

/** Rows asked for by key (what a refused command had changed on the seat), as the office has them now. */
export const RowsBodySchema = z.object({
  keys: z.array(z.object({ table: z.string().max(40), key: z.string().max(200) })).max(5_000),
});
export type RowsAnswer = { version: number; rows: { table: TableName; key: string; doc: object | null }[] };

/**
 * What joining would do: upload the seat's rows (the office is empty), take the office's picture in
 * place of the seat's setup (the seat has no work the office lacks), or be refused (it has: `own`
 * counts those rows by table).
 */
export type JoinPreview = {
  officeRows: number;
  seatRows: number;
  own: Partial<Record<TableName, number>>;
  way: 'upload' | 'take-office' | 'refused';
};
export const JoinBodySchema = z.object({ preview: z.boolean(), tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))) });

/** Why a password is given at a seat of an office: the same purposes as on a single seat. */
export const SessionBodySchema = z.object({
  personId: z.string().min(1).max(100),
  password: z.string().min(1).max(200),
  seat: z.string().min(1).max(40),
  purpose: z.enum(['sign-in', 'unlock', 'confirm', 'change']),
});
export type SessionBody = z.infer<typeof SessionBodySchema>;

/** The server's verdict on a password: the attempt as decided (its outcome, the tries left), and for a sign-in the session's token. */
export type SessionAnswer = {
  outcome: 'signed-in' | 'wrong-password' | 'locked-now' | 'still-locked';
  left: number;
  mustChange: boolean;
  lockedUntilMs?: number;
  person?: { id: string; name: string; role: Role };
  token?: string;
};

/** An account's change, made by the signed-in person of the session (the password in clear over the office's TLS; hashed by the server). */
export const AccountBodySchema = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('create'),
    personId: z.string().min(1).max(100),
    password: z.string().min(1).max(200),
    seat: z.string().min(1).max(40),
  }),
  z.object({
    action: z.literal('reset'),
    personId: z.string().min(1).max(100),
    password: z.string().min(1).max(200),
    seat: z.string().min(1).max(40),
  }),
  z.object({
    action: z.literal('setDisabled'),
    personId: z.string().min(1).max(100),
    disabled: z.boolean(),
    seat: z.string().min(1).max(40),
  }),
  // After the current password was given in this session just before (a 'change' at /v1/session).
  z.object({
    action: z.literal('changePassword'),
    password: z.string().min(1).max(200),
    seat: z.string().min(1).max(40),
  }),
]);
export type AccountBody = z.infer<typeof AccountBodySchema>;
