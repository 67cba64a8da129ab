// The 证据与附件 panel of an incident page, as an operator uses it: choose a file, say what it is
// and to what it belongs, attach; the list; a photo shown; a copy saved.
import { deflateSync } from 'node:zlib';
import { expect, type Locator, type Page } from '@playwright/test';

export type FileToAttach = { name: string; mimeType: string; buffer: Buffer };

export class EvidencePanel {
  constructor(readonly page: Page) {}

  panel(): Locator {
    return this.page.getByRole('region', { name: '证据与附件', exact: true });
  }

  list(): Locator {
    return this.panel().getByRole('table', { name: '附件清单' });
  }

  row(name: string): Locator {
    return this.list().getByRole('row').filter({ hasText: name });
  }

  /** Chooses `file`, what it is attached to (an option's label) and its description, and attaches it. */
  async attach(file: FileToAttach, on?: string, label = '') {
    const form = this.panel().getByRole('form', { name: '附加文件' });
    await form.getByLabel('文件', { exact: true }).setInputFiles(file);
    if (on) await form.getByLabel('附加到', { exact: true }).selectOption({ label: on });
    await form.getByLabel('说明', { exact: true }).fill(label);
    await form.getByRole('button', { name: '附加文件' }).click();
  }

  status(): Locator {
    return this.panel().getByRole('form', { name: '附加文件' }).getByRole('status');
  }

  refusal(): Locator {
    return this.panel().getByRole('form', { name: '附加文件' }).getByRole('alert');
  }

  /** Shows a photo and checks it was drawn from its bytes (an image the browser decoded). */
  async expectPhotoShown(name: string) {
    await this.row(name).getByRole('button', { name: '查看照片' }).click();
    const photo = this.panel().getByRole('img', { name: `照片：${name}` });
    await expect(photo).toBeVisible();
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  }

  /** Saves a copy of a file (a download in the browser host) and returns its bytes. */
  async saveCopy(name: string): Promise<Buffer> {
    const download = this.page.waitForEvent('download');
    await this.row(name).getByRole('button', { name: '另存副本' }).click();
    const stream = await (await download).createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** A real PNG (a small red-and-white photo stand-in) the browser can decode. */
export function pngPhoto(name: string, size = 24): FileToAttach {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows: number[] = [];
  for (let y = 0; y < size; y += 1) {
    rows.push(0);
    for (let x = 0; x < size; x += 1) rows.push(...((x + y) % 2 ? [220, 30, 30] : [255, 255, 255]));
  }
  const buffer = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return { name, mimeType: 'image/png', buffer };
}

/** A small PDF stand-in for a scanned record. */
export function pdfFile(name: string, text: string): FileToAttach {
  return { name, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`, 'utf8') };
}
