// Flushing to the disk, said once for the main process's stores: a name given to a file (a rename,
// a link) is only as safe as the bytes behind it, and the folder entry itself must reach the disk.
import nodeFs from 'node:fs/promises';

/** Flushes a written file (or, with 'r', a folder) to the disk. */
export async function fsyncPath(file: string, flags: 'r+' | 'r' = 'r+'): Promise<void> {
  const handle = await nodeFs.open(file, flags);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
