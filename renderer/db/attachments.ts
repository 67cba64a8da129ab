// 证据与附件: attaching a file (checked, handed to the host to keep by its hash, then recorded by the
// command in shared/attachments.ts) and reading an incident's attachments by index. The bytes never
// enter this database; the host hands them back when a photo is shown or a copy saved.
import { addAttachmentCommand, type Attachment, type AttachmentTargetKind } from '@shared/attachments';
import { fileRefusal, MAX_ATTACHMENT_BYTES } from '@shared/attachmentFiles';
import type { HostApi } from '@shared/bridge';
import { fail, type Result } from '@shared/result';
import { TEXT_LIMITS } from '@shared/text';
import type { WriteContext } from './context';
import { execute } from './executor';
import type { ConsoleDb } from './schema';

// Read and decided the same on the office server (shared/officeRecordCommands.ts).
export { addAttachmentCommand };

/** A file the operator chose: its name and size first, its bytes only once those pass. */
export type ChosenFile = { name: string; size: number; bytes(): Promise<Uint8Array> };

export type AttachRequest = { incidentId: string; on: { kind: AttachmentTargetKind; id: string }; label: string };

/**
 * Attaches one file. A file of a type not accepted, empty or over the size cap is refused before it
 * is read; a program (by its first bytes) before it is kept; the record is written only once the
 * host holds the file. A refusal changes nothing the operator sees.
 */
export async function attachFile(
  db: ConsoleDb,
  host: Pick<HostApi, 'putAttachment'>,
  file: ChosenFile,
  request: AttachRequest,
  ctx: WriteContext,
): Promise<Result<Attachment>> {
  const max = { max: MAX_ATTACHMENT_BYTES / (1024 * 1024) };
  const before = fileRefusal(file);
  if (before) return fail(before, max);
  if (request.label.trim().length > TEXT_LIMITS.name) return fail('validation', { label: 'validation.tooLong' });
  const data = await file.bytes();
  const refusal = fileRefusal({ name: file.name, size: data.byteLength }, data.subarray(0, 8));
  if (refusal) return fail(refusal, max);
  const kept = await host.putAttachment({ name: file.name, data });
  if (!kept.ok) return kept;
  return execute(db, addAttachmentCommand, { ...request, hash: kept.value.hash, name: file.name, size: kept.value.size }, ctx);
}

/** An incident's attachments, in the order attached. */
export const attachmentsOf = (db: ConsoleDb, incidentId: string): Promise<Attachment[]> =>
  db.attachments.where('[incidentId+at]').between([incidentId, ''], [incidentId, '\uffff']).toArray();
