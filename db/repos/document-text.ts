// The text read from stored documents (see migration 2026_12_03_0051): which files still need reading, and
// storing what was read. Derived data, like the search index it feeds: not a user's change, so not in the
// audit log and not undone.
import { sql } from 'kysely';
import type { DocumentTextStatus } from '../../shared/domain/types';
import type { Db } from './reads';

/**
 * Stored files that have not been read (or were read by an older reader), with a name to tell their kind by:
 * those of the oldest meetings first, as they were added, so that the index numbers pages in meeting order and
 * a broad search can take the newest pages by number (see searchBody).
 */
export function filesToRead(db: Db, reader: number, limit: number) {
  return db
    .selectFrom('documents as d')
    .innerJoin('agenda_items as i', 'i.id', 'd.item_id')
    .innerJoin('meetings as m', 'm.id', 'i.meeting_id')
    .leftJoin('document_texts as t', 't.sha256', 'd.sha256')
    .select(['d.sha256', (eb) => eb.fn.max('d.file_name').as('file_name')])
    .where((eb) => eb.or([eb('t.sha256', 'is', null), eb('t.reader', '<', reader)]))
    .groupBy('d.sha256')
    .orderBy((eb) => eb.fn.min('m.date'))
    .limit(limit)
    .execute();
}

export interface ReadText {
  sha256: string;
  status: DocumentTextStatus;
  pages: readonly { page: number; text: string }[];
  error: string | null;
  reader: number;
  readAt: string;
}

/** Stores what was read from one file, replacing an older reading (the index follows through triggers). */
export async function storeText(db: Db, read: ReadText): Promise<void> {
  const pages = read.pages.filter((p) => p.text.length > 0);
  const write = async (trx: Db) => {
    await trx.deleteFrom('document_pages').where('sha256', '=', read.sha256).execute();
    if (pages.length)
      await trx
        .insertInto('document_pages')
        .values(pages.map((p) => ({ sha256: read.sha256, page: p.page, text: p.text })))
        .execute();
    await trx
      .insertInto('document_texts')
      .values({
        sha256: read.sha256,
        status: read.status,
        pages: read.pages.length,
        reader: read.reader,
        error: read.error,
        read_at: read.readAt,
      })
      .onConflict((oc) =>
        oc.column('sha256').doUpdateSet((eb) => ({
          status: eb.ref('excluded.status'),
          pages: eb.ref('excluded.pages'),
          reader: eb.ref('excluded.reader'),
          error: eb.ref('excluded.error'),
          read_at: eb.ref('excluded.read_at'),
        })),
      )
      .execute();
  };
  if (db.isTransaction) await write(db);
  else await db.transaction().execute(write);
}

/** Documents by id with the title of their item: what a search hit on a document shows. */
export function documentsWithItem(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('documents as d')
    .innerJoin('agenda_items as i', 'i.id', 'd.item_id')
    .select(['d.id', 'd.title', 'd.item_id', 'i.title as item_title'])
    .where('d.id', 'in', ids)
    .execute();
}

/** How far reading has come: files read, files left (for the catch-up after an upgrade). */
export async function readingProgress(db: Db, reader: number) {
  const result = await sql<{ read: number; left: number }>`
    SELECT count(*) FILTER (WHERE t.sha256 IS NOT NULL AND t.reader >= ${reader}) AS read,
           count(*) FILTER (WHERE t.sha256 IS NULL OR t.reader < ${reader}) AS "left"
    FROM (SELECT DISTINCT sha256 FROM documents) d LEFT JOIN document_texts t ON t.sha256 = d.sha256`.execute(
    db,
  );
  return result.rows[0] ?? { read: 0, left: 0 };
}
