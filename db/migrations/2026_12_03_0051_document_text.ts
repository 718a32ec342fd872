// Frozen in time. The text inside the documents (PDF, Word), read once per stored file (by its SHA-256: the same
// file attached twice is read once), page by page, and kept in the full-text index beside titles and notes:
// - document_texts: one row per stored file that was read: how it went, and by which version of the reader
//   (a better reader later reads again what an older one read);
// - document_pages: the text of each page (a Word file is one "page" 0: it has no fixed pages);
// - search_index rows of kind 'page', one per page of each live document holding that file, keyed
//   'documentId:page', with the token 'kpage' beside the body's in body_key (so a search can leave the pages
//   out, or take only them, inside the match), and no title (the document's own row has it). Triggers keep them current whichever side changes: a text read (or read again), a
//   document added, renamed, moved, deleted or restored, its item moved to another meeting or deleted.
import { sql, type Kysely } from 'kysely';

/** INSERT of the index entries of the pages of the documents matching `where` (over d, the document). */
function indexPages(where: string): string {
  return `INSERT INTO search_index (rowid, kind, ref_id, body_id, meeting_id, item_id, body_key, title, content)
    SELECT k.id, 'page', d.id || ':' || p.page, m.body_id, m.id, d.item_id,
           'b' || replace(m.body_id, '-', '') || ' kpage', '', p.text
    FROM documents d
    JOIN agenda_items i ON i.id = d.item_id AND i.deleted_at IS NULL
    JOIN meetings m ON m.id = i.meeting_id
    JOIN document_pages p ON p.sha256 = d.sha256
    JOIN search_keys k ON k.kind = 'page' AND k.ref_id = d.id || ':' || p.page
    WHERE d.deleted_at IS NULL AND ${where}`;
}

/** The keys of the pages of the documents matching `where` (over d): made once, kept (as search_keys are). */
function keyPages(where: string): string {
  return `INSERT OR IGNORE INTO search_keys (kind, ref_id)
    SELECT 'page', d.id || ':' || p.page FROM documents d JOIN document_pages p ON p.sha256 = d.sha256
    WHERE ${where}`;
}

/** DELETE of the index entries of one document's pages ('id:' … 'id;' is every 'id:n'). */
function dropPages(documentId: string): string {
  return `DELETE FROM search_index WHERE rowid IN (
    SELECT id FROM search_keys WHERE kind = 'page' AND ref_id >= ${documentId} || ':' AND ref_id < ${documentId} || ';')`;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`CREATE TABLE document_texts (
      sha256 TEXT PRIMARY KEY,
      status TEXT NOT NULL CHECK (status IN ('done', 'unsupported', 'failed')),
      pages INTEGER NOT NULL DEFAULT 0,
      reader INTEGER NOT NULL,
      error TEXT,
      read_at TEXT NOT NULL
    )`,
    // A rowid table: pages of text are long rows, which a WITHOUT ROWID table stores a third larger.
    sql`CREATE TABLE document_pages (
      sha256 TEXT NOT NULL,
      page INTEGER NOT NULL,
      text TEXT NOT NULL,
      PRIMARY KEY (sha256, page)
    )`,
    // A file's pages arrive (or are read again): index them for every document holding the file.
    sql.raw(`CREATE TRIGGER search_pages_ai AFTER INSERT ON document_pages BEGIN
      ${keyPages('d.sha256 = NEW.sha256 AND p.page = NEW.page')};
      ${indexPages('d.sha256 = NEW.sha256 AND p.page = NEW.page')};
    END`),
    sql.raw(`CREATE TRIGGER search_pages_ad AFTER DELETE ON document_pages BEGIN
      DELETE FROM search_index WHERE rowid IN (
        SELECT k.id FROM documents d JOIN search_keys k ON k.kind = 'page' AND k.ref_id = d.id || ':' || OLD.page
        WHERE d.sha256 = OLD.sha256);
    END`),
    // A document added, changed (moved to another item, deleted or restored) or removed.
    sql.raw(`CREATE TRIGGER search_pages_documents_ai AFTER INSERT ON documents BEGIN
      ${keyPages('d.id = NEW.id')};
      ${indexPages('d.id = NEW.id')};
    END`),
    sql.raw(`CREATE TRIGGER search_pages_documents_au AFTER UPDATE OF item_id, sha256, deleted_at ON documents BEGIN
      ${dropPages('OLD.id')};
      ${keyPages('d.id = NEW.id')};
      ${indexPages('d.id = NEW.id')};
    END`),
    sql.raw(`CREATE TRIGGER search_pages_documents_ad AFTER DELETE ON documents BEGIN
      ${dropPages('OLD.id')};
    END`),
    // An item moved to another meeting, deleted or restored: its documents' pages follow.
    sql.raw(`CREATE TRIGGER search_pages_items_au AFTER UPDATE OF meeting_id, deleted_at ON agenda_items BEGIN
      DELETE FROM search_index WHERE rowid IN (
        SELECT k.id FROM documents d JOIN document_pages p ON p.sha256 = d.sha256
        JOIN search_keys k ON k.kind = 'page' AND k.ref_id = d.id || ':' || p.page
        WHERE d.item_id = NEW.id);
      ${indexPages('d.item_id = NEW.id')};
    END`),
  ];
  for (const statement of statements) await statement.execute(db);
}
