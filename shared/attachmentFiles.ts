// 证据与附件: the files themselves, as every side checks them: the types the console accepts, the
// largest it keeps, the bytes that mark a program (refused whatever the name), the SHA-256 a file
// is kept under, and the pieces a backup carries it in. Pure; the host, the renderer and the
// command all use it, so a file refused in one place is refused in all.
import { z } from 'zod';

// Every place this runs (a page, a worker, Node) has them; the shared code's types do not name the DOM.
const { btoa, atob } = globalThis as unknown as { btoa(text: string): string; atob(text: string): string };

/** The largest file the console keeps: a phone's photo or a few minutes' recording fit; a film does not. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/** What a file is, by its extension: what the console shows it as (a photo is shown; anything else is saved as a copy). */
export const ATTACHMENT_TYPES = ['photo', 'recording', 'video', 'pdf', 'document'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

/** The extensions accepted, each with its type and the MIME type the console gives it (never the file's own claim). */
export const ATTACHMENT_EXTENSIONS: Record<string, { type: AttachmentType; mime: string }> = {
  jpg: { type: 'photo', mime: 'image/jpeg' },
  jpeg: { type: 'photo', mime: 'image/jpeg' },
  png: { type: 'photo', mime: 'image/png' },
  gif: { type: 'photo', mime: 'image/gif' },
  webp: { type: 'photo', mime: 'image/webp' },
  bmp: { type: 'photo', mime: 'image/bmp' },
  tif: { type: 'document', mime: 'image/tiff' },
  tiff: { type: 'document', mime: 'image/tiff' },
  mp3: { type: 'recording', mime: 'audio/mpeg' },
  m4a: { type: 'recording', mime: 'audio/mp4' },
  wav: { type: 'recording', mime: 'audio/wav' },
  amr: { type: 'recording', mime: 'audio/amr' },
  aac: { type: 'recording', mime: 'audio/aac' },
  ogg: { type: 'recording', mime: 'audio/ogg' },
  mp4: { type: 'video', mime: 'video/mp4' },
  mov: { type: 'video', mime: 'video/quicktime' },
  '3gp': { type: 'video', mime: 'video/3gpp' },
  pdf: { type: 'pdf', mime: 'application/pdf' },
  ofd: { type: 'document', mime: 'application/ofd' },
  doc: { type: 'document', mime: 'application/msword' },
  docx: { type: 'document', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  xls: { type: 'document', mime: 'application/vnd.ms-excel' },
  xlsx: { type: 'document', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  txt: { type: 'document', mime: 'text/plain' },
};

export const extensionOf = (name: string): string => {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
};

/**
 * A file name as the console keeps it: no folders, nothing a file system refuses, at most 200
 * characters (the extension kept), so a copy can be saved under it anywhere.
 */
export function plainFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(/[:*?"<>|\u0000-\u001f]/g, '_').trim();
  if (cleaned.length <= 200) return cleaned;
  const ext = extensionOf(cleaned);
  return `${cleaned.slice(0, 200 - ext.length - 1)}.${ext}`;
}

/** The first bytes of programs (Windows, Linux, macOS, scripts): refused whatever the file is called. */
function looksExecutable(head: Uint8Array): boolean {
  const starts = (...bytes: number[]) => bytes.every((byte, i) => head[i] === byte);
  return (
    starts(0x4d, 0x5a) || // MZ: .exe, .dll, .scr
    starts(0x7f, 0x45, 0x4c, 0x46) || // ELF
    starts(0x23, 0x21) || // #!: a script
    starts(0xcf, 0xfa, 0xed, 0xfe) ||
    starts(0xce, 0xfa, 0xed, 0xfe) ||
    starts(0xfe, 0xed, 0xfa, 0xcf) ||
    starts(0xca, 0xfe, 0xba, 0xbe) // Mach-O, Java class
  );
}

/** Why a file cannot be attached, as a sentence key; null when it can. `head` is its first bytes, when read. */
export type FileRefusal = 'attachment-empty' | 'attachment-too-large' | 'attachment-type' | 'attachment-executable';
export function fileRefusal(file: { name: string; size: number }, head?: Uint8Array): FileRefusal | null {
  if (!ATTACHMENT_EXTENSIONS[extensionOf(plainFileName(file.name))]) return 'attachment-type';
  if (file.size <= 0) return 'attachment-empty';
  if (file.size > MAX_ATTACHMENT_BYTES) return 'attachment-too-large';
  if (head && looksExecutable(head)) return 'attachment-executable';
  return null;
}

export const HASH_PATTERN = /^[0-9a-f]{64}$/;
export const AttachmentHashSchema = z.string().regex(HASH_PATTERN);

/** A piece of an attachment's content as a backup carries it (base64), in order; the parts joined hash to `hash`. */
export const ATTACHMENT_PART_BYTES = 768 * 1024;
export const AttachmentPartSchema = z.object({
  hash: AttachmentHashSchema,
  part: z.number().int().min(0).max(1000),
  parts: z.number().int().min(1).max(1000),
  data: z.string().max(Math.ceil(ATTACHMENT_PART_BYTES / 3) * 4),
});
export type AttachmentPart = z.infer<typeof AttachmentPartSchema>;
/** The backup's name for attachment contents: not a table of the database, the host's files. */
export const ATTACHMENT_CONTENT = 'attachmentContent';

/** A size as people read it: 1.2 MB, 340 KB. */
export function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${bytes} B`;
}

/** Bytes as base64 (how a backup's text carries a file), in slices so a large file does not overflow the call stack. */
export function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A file's content as a backup's pieces, in order. */
export function partsOf(hash: string, bytes: Uint8Array): AttachmentPart[] {
  const parts = Math.max(1, Math.ceil(bytes.byteLength / ATTACHMENT_PART_BYTES));
  return Array.from({ length: parts }, (_, part) => ({
    hash,
    part,
    parts,
    data: toBase64(bytes.subarray(part * ATTACHMENT_PART_BYTES, (part + 1) * ATTACHMENT_PART_BYTES)),
  }));
}
