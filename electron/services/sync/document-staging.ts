// Putting documents that come from outside (a package, a backup) into the content store, all or
// nothing: each is streamed to a temporary file while its SHA-256 is computed, and only when every one
// matches its name are they moved into the store. A damaged file or a full disk leaves the store as it was.
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ApiError } from '../../../shared/api/errors';
import { MAX_DOCUMENT_BYTES, type DocumentStore } from '../document-store';
import { isDiskFull, openFileSink, syncFolder, type OpenSink, type Sink } from './atomic-file';

export interface IncomingDocument {
  sha256: string;
  open(): AsyncIterable<Uint8Array>;
}

interface StagingOptions {
  /** Injected in tests to simulate a full disk. */
  openSink?: OpenSink;
  /** Dutch, for the messages: 'Het pakket "x.regie"'. */
  label: string;
  /** What did not happen when it fails: 'het pakket is niet geïmporteerd'. */
  outcome: string;
}

/** Verifies every document; adds the missing ones to the store. Returns the hashes it added. */
export async function stageDocuments(
  files: DocumentStore,
  documents: Iterable<IncomingDocument>,
  options: StagingOptions,
): Promise<string[]> {
  const staged: { tmp: string; target: string; sha256: string }[] = [];
  const tmpDir = join(files.root, 'tmp');
  try {
    for (const doc of documents) {
      let sink: Sink | undefined;
      if (!(await files.has(doc.sha256))) {
        await mkdir(tmpDir, { recursive: true });
        const tmp = join(tmpDir, `${randomUUID()}.part`);
        staged.push({ tmp, target: files.pathOf(doc.sha256), sha256: doc.sha256 });
        sink = await (options.openSink ?? openFileSink)(tmp);
      }
      try {
        const hash = createHash('sha256');
        let size = 0;
        for await (const chunk of doc.open()) {
          size += chunk.byteLength;
          if (size > MAX_DOCUMENT_BYTES)
            throw new ApiError(
              'invalid',
              `${options.label} bevat een document van meer dan 500 MB; ${options.outcome}.`,
            );
          hash.update(chunk);
          if (sink) await sink.write(chunk);
        }
        if (hash.digest('hex') !== doc.sha256)
          throw new ApiError(
            'invalid',
            `${options.label} is beschadigd: een document klopt niet met zijn controlegetal (${doc.sha256.slice(0, 12)}…); ${options.outcome}.`,
          );
        await sink?.sync();
      } finally {
        await sink?.close().catch(() => undefined);
      }
    }
    for (const { tmp, target, sha256 } of staged) {
      await mkdir(dirname(target), { recursive: true });
      await rename(tmp, target);
      await syncFolder(dirname(target));
      files.noteAdded(sha256);
    }
    return staged.map((s) => s.sha256);
  } catch (error) {
    await Promise.all(staged.map((s) => rm(s.tmp, { force: true }).catch(() => undefined)));
    if (isDiskFull(error))
      throw new ApiError(
        'internal',
        `De schijf is vol: ${options.outcome} en er is niets gewijzigd. Maak ruimte vrij en probeer het opnieuw.`,
      );
    throw error;
  }
}
