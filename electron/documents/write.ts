// Writing files so that a crash, a full disk or a file open in Word never leaves a half-written document
// under the final name: write a temporary file in the same folder, fsync it, then rename it over the target.
import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { type Document, Packer } from 'docx';
import { packOverrides } from './styles';

/** A temporary name next to `path` (same folder, so the rename stays on one file system). */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
}

const RETRYABLE = new Set(['EPERM', 'EACCES', 'EBUSY']);

/**
 * rename, retried briefly on Windows errors caused by virus scanners and search indexers holding the new
 * file for a moment. A target that stays locked (open in Word) still fails, with the original error.
 */
export async function renameWithRetry(from: string, to: string, attempts = 6): Promise<void> {
  for (let i = 0; ; i++) {
    try {
      await rename(from, to);
      return;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? '';
      if (i >= attempts - 1 || !RETRYABLE.has(code)) throw err;
      await new Promise((r) => setTimeout(r, 25 * 2 ** i));
    }
  }
}

/** fsync a directory so a rename inside it survives a power cut (not possible on Windows: ignored there). */
export async function fsyncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  let fh;
  try {
    fh = await open(dir, 'r');
    await fh.sync();
  } catch {
    // Some file systems (network shares) refuse; the data itself is already synced.
  } finally {
    await fh?.close();
  }
}

/** fsync a file that was written (and closed) elsewhere, e.g. by a stream or a worker thread. */
export async function syncFile(path: string): Promise<void> {
  const fh = await open(path, 'r+');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** Writes `data` to `path` atomically: temp file in the same folder → fsync → rename. */
export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const tmp = tempPathFor(path);
  const fh = await open(tmp, 'wx');
  let ok = false;
  try {
    await fh.writeFile(data);
    await fh.sync();
    await fh.close();
    await renameWithRetry(tmp, path);
    ok = true;
  } finally {
    if (!ok) {
      await fh.close().catch(() => undefined);
      await unlink(tmp).catch(() => undefined);
    }
  }
  await fsyncDir(dirname(path));
}

/** Packs a docx Document into the bytes of a .docx file (with the house style's own document properties). */
export async function packDocx(doc: Document): Promise<Buffer> {
  return Packer.toBuffer(doc, false, packOverrides(doc));
}

/** Packs `doc` and writes it atomically to `outPath`; returns the size in bytes. */
export async function writeDocx(doc: Document, outPath: string): Promise<number> {
  const buf = await packDocx(doc);
  await writeFileAtomic(outPath, buf);
  return buf.length;
}
