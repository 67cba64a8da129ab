// 证据与附件: which files the console takes (types, the size cap at its edge, programs by their
// first bytes whatever their name), and the command that records an attached file: where it is
// attached must belong to the incident, and the incident's timeline says what was attached.
import { describe, expect, it } from 'vitest';
import { fileRefusal, fromBase64, MAX_ATTACHMENT_BYTES, partsOf, plainFileName, toBase64 } from '@shared/attachmentFiles';
import { decideAddAttachment, type AddAttachmentArgs } from '@shared/attachments';
import type { Stamp } from '@shared/commandKit';
import type { Incident } from '@shared/model';

const HASH = 'ab'.repeat(32);
const stamp: Stamp = {
  actor: { id: 'p1', name: '陈晓', role: 'staff' },
  at: '2026-11-23T10:20:00+08:00',
  nowMs: Date.parse('2026-11-23T10:20:00+08:00'),
  utcOffsetMinutes: 480,
  mode: 'live',
  newId: () => 'att-1',
};
const incident = { id: 'inc-1' } as Incident;
const args = (over: Partial<AddAttachmentArgs> = {}): AddAttachmentArgs => ({
  incidentId: 'inc-1',
  on: { kind: 'incident', id: 'inc-1' },
  hash: HASH,
  name: '现场照片.jpg',
  size: 2_000_000,
  label: '加油机旁现场照片',
  ...over,
});

describe('which files are taken', () => {
  it('takes photos, recordings, PDFs and documents up to the cap, and no byte more', () => {
    expect(fileRefusal({ name: 'IMG_0001.JPG', size: 1 })).toBeNull();
    expect(fileRefusal({ name: '录音.m4a', size: MAX_ATTACHMENT_BYTES })).toBeNull();
    expect(fileRefusal({ name: '检定记录.pdf', size: MAX_ATTACHMENT_BYTES + 1 })).toBe('attachment-too-large');
    expect(fileRefusal({ name: '空白.pdf', size: 0 })).toBe('attachment-empty');
  });

  it('refuses programs and pages by their names, and programs by their bytes whatever they are called', () => {
    for (const name of ['setup.exe', '照片.jpg.exe', 'run.bat', 'page.html', 'drawing.svg', 'noextension'])
      expect(fileRefusal({ name, size: 10 }), name).toBe('attachment-type');
    const mz = new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]);
    const elf = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]);
    const script = new TextEncoder().encode('#!/bin/sh');
    for (const head of [mz, elf, script]) expect(fileRefusal({ name: '现场照片.jpg', size: 10 }, head)).toBe('attachment-executable');
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]);
    expect(fileRefusal({ name: '现场照片.jpg', size: 10 }, jpeg)).toBeNull();
  });

  it('keeps a plain name: no folders, nothing a file system refuses, the extension kept when shortened', () => {
    expect(plainFileName('C:\\Users\\duty\\Desktop\\来信:扫描.pdf')).toBe('来信_扫描.pdf');
    expect(plainFileName('../../etc/passwd.txt')).toBe('passwd.txt');
    const long = plainFileName(`${'长'.repeat(300)}.docx`);
    expect(long.length).toBe(200);
    expect(long.endsWith('.docx')).toBe(true);
  });

  it('splits a file into the pieces a backup carries and puts it back byte for byte', () => {
    const bytes = new Uint8Array(2_000_000).map((_, i) => (i * 7) % 256);
    const parts = partsOf(HASH, bytes);
    expect(parts.length).toBe(3);
    expect(parts.map((p) => [p.part, p.parts])).toEqual([
      [0, 3],
      [1, 3],
      [2, 3],
    ]);
    const back = new Uint8Array(bytes.length);
    let at = 0;
    for (const p of parts) {
      const piece = fromBase64(p.data);
      back.set(piece, at);
      at += piece.length;
    }
    expect(at).toBe(bytes.length);
    expect(back.every((byte, i) => byte === bytes[i])).toBe(true);
    expect(fromBase64(toBase64(new Uint8Array([0, 255, 128])))).toEqual(new Uint8Array([0, 255, 128]));
  });
});

describe('attachment.add', () => {
  it('records the file where it is attached, by its hash, and says so on the timeline', () => {
    const decided = decideAddAttachment({ incident, targetFound: true }, args(), stamp);
    expect(decided.ok).toBe(true);
    if (!decided.ok) return;
    expect(decided.value.value).toMatchObject({ incidentId: 'inc-1', hash: HASH, type: 'photo', name: '现场照片.jpg', byName: '陈晓' });
    expect(decided.value.writes).toEqual([{ put: 'attachments', row: decided.value.value }]);
    expect(decided.value.timeline).toEqual([
      {
        incidentId: 'inc-1',
        kind: 'attachment-added',
        params: { file: '现场照片.jpg', type: 'photo', on: 'incident' },
        note: '加油机旁现场照片',
      },
    ]);
  });

  it('refuses a target of another incident, a program, an oversize file and an over-long description', () => {
    const refusal = (seen: { targetFound: boolean }, over: Partial<AddAttachmentArgs>) => {
      const decided = decideAddAttachment({ incident, ...seen }, args(over), stamp);
      return decided.ok ? null : decided.error.code;
    };
    expect(refusal({ targetFound: false }, { on: { kind: 'complaint', id: 'other' } })).toBe('attachment-target-not-found');
    expect(refusal({ targetFound: true }, { name: 'tool.exe' })).toBe('attachment-type');
    expect(refusal({ targetFound: true }, { size: MAX_ATTACHMENT_BYTES + 1 })).toBe('attachment-too-large');
    expect(refusal({ targetFound: true }, { label: '长'.repeat(101) })).toBe('validation');
    expect(decideAddAttachment({ incident: undefined, targetFound: false }, args(), stamp).ok).toBe(false);
    const archived = { ...incident, archive: { number: 'GD-2026-0001' } } as Incident;
    expect(decideAddAttachment({ incident: archived, targetFound: true }, args(), stamp)).toMatchObject({
      ok: false,
      error: { code: 'attachment-archived', params: { number: 'GD-2026-0001' } },
    });
  });
});
