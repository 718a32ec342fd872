// Opening an attachment (meeting mode, the agenda): a copy of the stored file in the exports folder's
// 'Geopende stukken', under the name it has in the distribution package ('B - Stavaza Beschermd wonen.pdf') — never the store file
// itself, which is read-only and named by its hash. For the previous meeting's minutes that item 2 carries,
// the minutes as a Word file. The copy is written under a temporary name and renamed; its hash is checked on
// the way, so a damaged store file is refused instead of handed out, and nothing is left behind.
// A file of that name with the same content is used as it is: a PDF still open in a viewer on Windows
// cannot be replaced, and need not be. A different file of that name that cannot be replaced (open in
// another program) makes way for 'B - … (2).pdf'. Copies older than two weeks are cleared when the app
// starts (pruneOpenedCopies): they are copies, the store keeps the documents.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, readdir, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Handlers } from '../../../shared/api/contract';
import type { AttachmentView } from '../../../shared/api/views';
import { ApiError } from '../../../shared/api/errors';
import { attachmentFileName, uniqueFileName } from '../../../shared/rules/fileNames';
import { getItem } from '../../../db/repos/reads';
import { fsyncDir, renameWithRetry, syncFile, tempPathFor } from '../../documents/index';
import type { AppContext } from '../context';
import { currentMinutes, detailOf, downloadName, exportsDir } from './handlers';

/** Where opened copies go: a folder of their own in the exports folder, so they can be cleared. */
function openedCopiesDir(ctx: AppContext): string {
  return join(exportsDir(ctx), 'Geopende stukken');
}

/**
 * Removes opened copies older than `maxAgeDays` (by their last change). A copy still open in a viewer on
 * Windows cannot be removed and is left for a next time. Returns how many were removed.
 */
export async function pruneOpenedCopies(ctx: AppContext, now: Date, maxAgeDays = 14): Promise<number> {
  const dir = openedCopiesDir(ctx);
  const cutoff = now.getTime() - maxAgeDays * 86_400_000;
  let removed = 0;
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0; // nothing opened yet
  }
  for (const name of names) {
    const path = join(dir, name);
    try {
      const info = await stat(path);
      if (!info.isFile() || info.mtimeMs >= cutoff) continue;
      await rm(path);
      removed++;
    } catch {
      // held open, or gone meanwhile: left alone
    }
  }
  return removed;
}

/** Errors of a rename onto a file another program holds open (Windows). */
const LOCKED = new Set(['EPERM', 'EACCES', 'EBUSY']);
/** How many names ('B - x.pdf', 'B - x (2).pdf', …) are tried before giving up. */
const NAME_ATTEMPTS = 10;

async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}

/** True when `path` is a file with exactly this content. */
async function holds(path: string, sha256: string, size: number): Promise<boolean> {
  try {
    const info = await stat(path);
    if (!info.isFile() || info.size !== size) return false;
    return (await sha256OfFile(path)) === sha256;
  } catch {
    return false;
  }
}

/** Streams a stored file to `tmp`, hashing on the way: the hash it should have, and what it really has. */
async function copyFromStore(source: string, tmp: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
  });
  await pipeline(createReadStream(source), tap, createWriteStream(tmp, { flags: 'wx' }));
  await syncFile(tmp);
  return { sha256: hash.digest('hex'), size };
}

async function writeBytes(tmp: string, bytes: Uint8Array): Promise<void> {
  const handle = await open(tmp, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Moves `tmp` to `name` in `dir` (or to 'name (2)', … when that one is held open); returns the path. */
async function place(tmp: string, dir: string, name: string, sha256: string, size: number): Promise<string> {
  const taken = new Set<string>();
  for (let attempt = 0; attempt < NAME_ATTEMPTS; attempt++) {
    const path = join(dir, uniqueFileName(name, taken));
    if (await holds(path, sha256, size)) {
      await rm(tmp, { force: true });
      return path;
    }
    try {
      await renameWithRetry(tmp, path);
      await fsyncDir(dir);
      return path;
    } catch (error) {
      if (!LOCKED.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
    }
  }
  throw new ApiError(
    'conflict',
    `"${name}" is geopend in een ander programma en kan niet worden vervangen. Sluit het bestand en probeer het opnieuw.`,
  );
}

function whichDocument(a: AttachmentView): string {
  return `${a.label ? `Stuk ${a.label}` : 'Het stuk'} "${a.title}"`;
}

export function openDocumentHandlers(ctx: AppContext): Pick<Handlers, 'documents.open'> {
  return {
    async 'documents.open'(req) {
      const row = await getItem(ctx.store.db, req.itemId);
      if (!row || row.deleted_at) throw new ApiError('not_found', 'Dit agendapunt bestaat niet (meer).');
      const detail = await detailOf(ctx, row.meeting_id);
      const item = detail.items.find((i) => i.id === row.id);
      if (!item) throw new ApiError('not_found', 'Dit agendapunt bestaat niet (meer).');
      const attachment =
        req.id === null
          ? item.attachments.find((a) => a.source === 'previous-minutes')
          : item.attachments.find((a) => a.source === 'document' && a.id === req.id);
      if (!attachment)
        throw new ApiError(
          'not_found',
          req.id === null
            ? 'Bij dit agendapunt hoort geen verslag van de vorige vergadering.'
            : 'Dit stuk hoort niet (meer) bij dit agendapunt.',
        );

      const dir = openedCopiesDir(ctx);
      await mkdir(dir, { recursive: true });
      const name = attachmentFileName(attachment.label, attachment.title, attachment.fileName);
      const tmp = tempPathFor(join(dir, name));
      try {
        let content: { sha256: string; size: number };
        if (attachment.source === 'previous-minutes') {
          if (!detail.previousMeeting)
            throw new ApiError('not_found', 'Er is geen vorige vergadering om het verslag van te openen.');
          const bytes = (await currentMinutes(ctx, await detailOf(ctx, detail.previousMeeting.id))).bytes;
          await writeBytes(tmp, bytes);
          content = { sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length };
        } else {
          const expected = attachment.sha256;
          let copied: { sha256: string; size: number } | null = null;
          if (expected && (await ctx.files.has(expected))) {
            try {
              copied = await copyFromStore(ctx.files.pathOf(expected), tmp);
            } catch (error) {
              if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
            }
          }
          if (!copied)
            throw new ApiError(
              'not_found',
              `${whichDocument(attachment)} ontbreekt in de opslag van Regie. Voeg het stuk opnieuw toe of zet een back-up terug.`,
            );
          if (copied.sha256 !== expected)
            throw new ApiError(
              'internal',
              `${whichDocument(attachment)} is beschadigd in de opslag van Regie (het controlegetal klopt niet). Voeg het stuk opnieuw toe of zet een back-up terug.`,
            );
          content = copied;
        }
        const path = await place(tmp, dir, name, content.sha256, content.size);
        return { path, fileName: basename(path), download: downloadName(ctx, path) };
      } finally {
        await rm(tmp, { force: true });
      }
    },
  };
}
