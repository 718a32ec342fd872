// The app's own copy of every document, content-addressed by SHA-256 under the data folder
// (store/ab/cdef…). A document is never only a path to wherever the user had it. Files are written to a
// temporary name and renamed, so a crash never leaves half a file under a valid hash.
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { access, chmod, mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { crc32 } from 'node:zlib';
import { Transform } from 'node:stream';
import { ApiError } from '../../shared/api/errors';

export const MAX_DOCUMENT_BYTES = 500 * 1024 * 1024;

export interface StoredFile {
  sha256: string;
  size: number;
  /** CRC-32 of the content, computed in the same pass as the hash: the zip of a package needs it. */
  crc32: number;
  /** Whether this put added the file (false: the store had it already). */
  added: boolean;
}

export class DocumentStore {
  /**
   * Files this process put in the store: the orphan sweep of `regie check --repair` leaves them alone, as a
   * row that refers to one may be on its way (a document is stored first, then its row is written).
   */
  private readonly putThisSession = new Set<string>();

  constructor(readonly root: string) {}

  /** Records that a file was just put in the store by this process (see putThisSession). */
  noteAdded(sha256: string): void {
    this.putThisSession.add(sha256);
  }

  wasPutThisSession(sha256: string): boolean {
    return this.putThisSession.has(sha256);
  }

  /** Every file in the store, by hash. */
  async list(): Promise<string[]> {
    const out: string[] = [];
    for (const prefix of await readdir(this.root).catch(() => [] as string[])) {
      if (!/^[0-9a-f]{2}$/.test(prefix)) continue;
      for (const name of await readdir(join(this.root, prefix)).catch(() => [] as string[]))
        if (/^[0-9a-f]{64}$/.test(name) && name.startsWith(prefix)) out.push(name);
    }
    return out;
  }

  /** Leftovers of writes that never finished (a killed process), older than `olderThanMs`. */
  async staleTemporaryFiles(now: number, olderThanMs: number): Promise<string[]> {
    const dir = join(this.root, 'tmp');
    const out: string[] = [];
    for (const name of await readdir(dir).catch(() => [] as string[])) {
      const info = await stat(join(dir, name)).catch(() => null);
      if (info?.isFile() && now - info.mtimeMs > olderThanMs) out.push(join(dir, name));
    }
    return out;
  }

  /** Removes a stored file (only for files no row refers to: see check.ts and the imports' clean-up). */
  async remove(sha256: string): Promise<void> {
    const path = this.pathOf(sha256);
    // Stored files are read-only (see settle); Windows will not delete a read-only file.
    await chmod(path, 0o644).catch(() => undefined);
    await rm(path, { force: true });
    this.putThisSession.delete(sha256);
  }

  pathOf(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`ongeldige hash: ${sha256}`);
    return join(this.root, sha256.slice(0, 2), sha256);
  }

  async has(sha256: string): Promise<boolean> {
    try {
      await access(this.pathOf(sha256));
      return true;
    } catch {
      return false;
    }
  }

  /** Copies a file into the store (streaming, hashing on the way). */
  async putFile(sourcePath: string): Promise<StoredFile> {
    let info;
    try {
      info = await stat(sourcePath);
    } catch {
      throw new ApiError('invalid', `Het bestand ${basename(sourcePath)} is niet gevonden of niet leesbaar.`);
    }
    if (!info.isFile()) throw new ApiError('invalid', `${basename(sourcePath)} is geen bestand.`);
    if (info.size > MAX_DOCUMENT_BYTES)
      throw new ApiError(
        'invalid',
        `${basename(sourcePath)} is groter dan 500 MB en kan niet worden toegevoegd.`,
      );
    return this.putStream(() => createReadStream(sourcePath));
  }

  async putBytes(data: Uint8Array): Promise<StoredFile> {
    if (data.byteLength > MAX_DOCUMENT_BYTES)
      throw new ApiError('invalid', 'Het document is groter dan 500 MB en kan niet worden toegevoegd.');
    const sha256 = createHash('sha256').update(data).digest('hex');
    const crc = crc32(data);
    const added = !(await this.has(sha256));
    if (added) {
      const tmp = await this.tempPath();
      const handle = await open(tmp, 'w');
      try {
        await handle.writeFile(data);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await this.settle(tmp, sha256);
    }
    return { sha256, size: data.byteLength, crc32: crc, added };
  }

  private async putStream(source: () => NodeJS.ReadableStream): Promise<StoredFile> {
    const tmp = await this.tempPath();
    const hash = createHash('sha256');
    let size = 0;
    let crc = 0;
    const tap = new Transform({
      transform(chunk: Buffer, _enc, done) {
        hash.update(chunk);
        crc = crc32(chunk, crc);
        size += chunk.length;
        if (size > MAX_DOCUMENT_BYTES) done(new ApiError('invalid', 'Het document is groter dan 500 MB.'));
        else done(null, chunk);
      },
    });
    try {
      await pipeline(source(), tap, createWriteStream(tmp));
      const handle = await open(tmp, 'r+');
      await handle.sync();
      await handle.close();
    } catch (error) {
      await rm(tmp, { force: true });
      if (error instanceof ApiError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOSPC')
        throw new ApiError('internal', 'De schijf is vol: het document is niet toegevoegd.');
      throw error;
    }
    const sha256 = hash.digest('hex');
    const added = !(await this.has(sha256));
    if (added) await this.settle(tmp, sha256);
    else await rm(tmp, { force: true });
    return { sha256, size, crc32: crc, added };
  }

  /** Recomputes a stored file's hash: true when it is present and intact. */
  async verify(sha256: string): Promise<'ok' | 'missing' | 'damaged'> {
    const path = this.pathOf(sha256);
    if (!(await this.has(sha256))) return 'missing';
    const hash = createHash('sha256');
    await pipeline(createReadStream(path), hash);
    return hash.digest('hex') === sha256 ? 'ok' : 'damaged';
  }

  private async tempPath(): Promise<string> {
    const dir = join(this.root, 'tmp');
    await mkdir(dir, { recursive: true });
    return join(dir, `${randomUUID()}.part`);
  }

  private async settle(tmp: string, sha256: string): Promise<void> {
    const target = this.pathOf(sha256);
    await mkdir(join(this.root, sha256.slice(0, 2)), { recursive: true });
    // Read-only: a stored file never changes (its name is its hash), and hard links to it (packages,
    // backups) must not let another program write into the store.
    await chmod(tmp, 0o444);
    await rename(tmp, target);
    this.putThisSession.add(sha256);
  }

  /** Makes sure a stored file is read-only before it is shared by a hard link (files stored earlier). */
  async seal(sha256: string): Promise<void> {
    await chmod(this.pathOf(sha256), 0o444);
  }
}
