// Writing a file so that a crash or a full disk never leaves half of it under its real name: write to a
// temporary name in the same folder, fsync, rename, fsync the folder. The byte sink is injectable so
// tests can make the disk "full" (ENOSPC) at a chosen moment.
import { randomUUID } from 'node:crypto';
import { open, rename, rm, mkdir, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ApiError } from '../../../shared/api/errors';

/** Where bytes go. `sync` must make them durable; `close` is always called, also after a failure. */
export interface Sink {
  write(chunk: Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export type OpenSink = (path: string) => Promise<Sink>;

export const openFileSink: OpenSink = async (path) => {
  const handle: FileHandle = await open(path, 'wx');
  return {
    async write(chunk) {
      let offset = 0;
      while (offset < chunk.byteLength) {
        const { bytesWritten } = await handle.write(chunk, offset, chunk.byteLength - offset);
        offset += bytesWritten;
      }
    },
    sync: () => handle.sync(),
    close: () => handle.close(),
  };
};

/** fsync a folder so a rename in it survives a power cut (a no-op where folders cannot be opened). */
export async function syncFolder(path: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, 'r');
    await handle.sync();
  } catch {
    // Windows cannot open a folder for fsync; NTFS journals the rename itself.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** A full disk, from the file system (ENOSPC, EDQUOT) or from SQLite (SQLITE_FULL: "database or disk is full"). */
export function isDiskFull(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return (
    code === 'ENOSPC' ||
    code === 'EDQUOT' ||
    code === 'SQLITE_FULL' ||
    /SQLITE_FULL|ENOSPC|database or disk is full/.test(String((error as Error | undefined)?.message ?? ''))
  );
}

/** A temporary name beside the target: same folder, so the final rename is atomic. */
export function tempNameFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomUUID().slice(0, 8)}.part`);
}

/**
 * Writes `target` through `produce`, atomically. On any failure the temporary file is removed and the
 * target is left as it was; a full disk becomes a Dutch message naming `what`.
 */
export async function writeAtomically(
  target: string,
  produce: (sink: Sink) => Promise<void>,
  options: { openSink?: OpenSink; what: string },
): Promise<void> {
  await mkdir(dirname(target), { recursive: true });
  const tmp = tempNameFor(target);
  let sink: Sink | undefined;
  try {
    sink = await (options.openSink ?? openFileSink)(tmp);
    await produce(sink);
    await sink.sync();
    await sink.close();
    sink = undefined;
    await rename(tmp, target);
    await syncFolder(dirname(target));
  } catch (error) {
    await sink?.close().catch(() => undefined);
    await rm(tmp, { force: true }).catch(() => undefined);
    if (isDiskFull(error))
      throw new ApiError(
        'internal',
        `De schijf is vol: ${options.what} is niet opgeslagen. Maak ruimte vrij en probeer het opnieuw.`,
      );
    throw error;
  }
}
