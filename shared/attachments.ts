// 证据与附件: photos, recordings, scanned letters, pump calibration records attached to an incident,
// one of its complaints, a communication or its review. The file itself is kept by the host
// (Electron's main process in the user data folder, the browser host in its own store), named by
// the SHA-256 of its content; the database keeps only this record of it: what it is, where it is
// attached, its hash and size. Pure: the checks here run in the renderer before a file is read,
// in the host before it is written, and in the command before it is recorded.
import { z } from 'zod';
import { decided, refused, stamped, type Decision, type Stamp } from './commandKit';
import type { Incident } from './model';
import { ModeSchema } from './model';
import type { SharedCommand } from './officeCommands';
import { TEXT_LIMITS } from './text';
import { timelineBody } from './timelineKinds';
import {
  ATTACHMENT_EXTENSIONS,
  ATTACHMENT_TYPES,
  AttachmentHashSchema,
  extensionOf,
  fileRefusal,
  MAX_ATTACHMENT_BYTES,
  plainFileName,
} from './attachmentFiles';

/** What an attachment is attached to: the incident itself, or one of its complaints, communications, or its review. */
export const ATTACHMENT_TARGETS = ['incident', 'complaint', 'communication', 'review'] as const;
export type AttachmentTargetKind = (typeof ATTACHMENT_TARGETS)[number];

export const AttachmentSchema = z.object({
  id: z.string(),
  mode: ModeSchema,
  incidentId: z.string(),
  on: z.object({ kind: z.enum(ATTACHMENT_TARGETS), id: z.string() }),
  hash: AttachmentHashSchema,
  name: z.string().min(1).max(200),
  type: z.enum(ATTACHMENT_TYPES),
  size: z.number().int().min(1).max(MAX_ATTACHMENT_BYTES),
  /** What it is, in the office's words: 加油机检定记录, 现场照片. */
  label: z.string().max(TEXT_LIMITS.name),
  at: z.string(),
  by: z.string(),
  byName: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type Attachment = z.infer<typeof AttachmentSchema>;

export const addAttachmentArgs = z.object({
  incidentId: z.string().min(1),
  on: z.object({ kind: z.enum(ATTACHMENT_TARGETS), id: z.string().min(1) }),
  hash: AttachmentHashSchema,
  name: z.string().min(1).max(400),
  size: z.number().int(),
  label: z.string().max(5000),
});
export type AddAttachmentArgs = z.output<typeof addAttachmentArgs>;

export type AttachmentSeen = { incident: Incident | undefined; targetFound: boolean };

/** 附加证据: a file the host holds, checked again, recorded where it is attached and on the incident's timeline. */
export function decideAddAttachment(seen: AttachmentSeen, args: AddAttachmentArgs, stamp: Stamp): Decision<Attachment> {
  const { incident, targetFound } = seen;
  if (!incident) return refused('incident-not-found');
  // An archived file (卷宗) is closed as it was filed: nothing is added to it afterwards.
  if (incident.archive) return refused('attachment-archived', { number: incident.archive.number });
  if (!targetFound) return refused('attachment-target-not-found');
  const name = plainFileName(args.name);
  const refusal = fileRefusal({ name, size: args.size });
  if (refusal) return refused(refusal, { max: MAX_ATTACHMENT_BYTES / (1024 * 1024) });
  const label = args.label.trim();
  if (label.length > TEXT_LIMITS.name) return refused('validation', { label: 'validation.tooLong' });
  const attachment: Attachment = {
    id: stamp.newId(),
    mode: stamp.mode,
    incidentId: incident.id,
    on: args.on,
    hash: args.hash,
    name,
    type: ATTACHMENT_EXTENSIONS[extensionOf(name)]!.type,
    size: args.size,
    label,
    at: stamp.at,
    by: stamp.actor.id,
    byName: stamp.actor.name,
    ...stamped(stamp),
  };
  return decided(
    attachment,
    [{ put: 'attachments', row: attachment }],
    [
      {
        incidentId: incident.id,
        ...timelineBody('attachment-added', { file: name, type: attachment.type, on: args.on.kind }, label ? { note: label } : {}),
      },
    ],
  );
}

export const addAttachmentCommand: SharedCommand<AddAttachmentArgs, AttachmentSeen, Attachment> = {
  name: 'attachment.add',
  args: addAttachmentArgs,
  tables: ['incidents', 'complaints', 'communications', 'reviews', 'attachments'],
  read: async (store, { incidentId, on }) => {
    const incident = await store.incidents.get(incidentId);
    let targetFound = false;
    if (incident) {
      if (on.kind === 'incident') targetFound = on.id === incident.id;
      else if (on.kind === 'complaint') targetFound = (await store.complaints.get(on.id))?.incidentId === incident.id;
      else if (on.kind === 'communication') targetFound = (await store.communications.get(on.id))?.incidentId === incident.id;
      else targetFound = (await store.reviews.get(on.id))?.incidentId === incident.id;
    }
    return { incident, targetFound };
  },
  decide: decideAddAttachment,
};
