// Frozen in time. Full-text search over a body's meetings: items (title, explanation, proposal, notes),
// decisions, actions and document titles, kept current by triggers so no write path can forget it.
// - unicode61 with remove_diacritics: "besluit" finds "Besluït"; prefix indexes because search runs as
//   the user types;
// - every indexed row has a stable integer key (search_keys.id, an INTEGER PRIMARY KEY that VACUUM keeps),
//   used as the FTS rowid, so an update removes its old entry by rowid instead of scanning the index;
// - triggers fire only when a searchable column changes;
// - body_key is the body's id as one token, so "this body only" is part of the match.
import { sql, type Kysely, type RawBuilder } from 'kysely';

interface Source {
  kind: 'item' | 'decision' | 'action' | 'document';
  table: string;
  /** Columns whose change re-indexes the row. */
  watched: string[];
  /** SELECT list (aliases: body_id, meeting_id, item_id, title, content) over `r` (the row) and joins. */
  select: string;
  from: string;
}

const SOURCES: Source[] = [
  {
    kind: 'item',
    table: 'agenda_items',
    watched: ['title', 'explanation', 'proposal', 'notes', 'meeting_id', 'deleted_at'],
    select: `m.body_id, r.meeting_id, r.id, r.title, r.explanation || ' ' || r.proposal || ' ' || r.notes`,
    from: `JOIN meetings m ON m.id = r.meeting_id`,
  },
  {
    kind: 'decision',
    table: 'decisions',
    watched: ['text', 'follow_up_answer', 'deleted_at'],
    select: `m.body_id, r.meeting_id, r.item_id, coalesce(i.title, ''), r.text || ' ' || coalesce(r.follow_up_answer, '')`,
    from: `JOIN meetings m ON m.id = r.meeting_id LEFT JOIN agenda_items i ON i.id = r.item_id`,
  },
  {
    kind: 'action',
    table: 'actions',
    watched: ['what', 'who_name', 'deleted_at'],
    select: `r.body_id, r.meeting_id, r.item_id, r.what, r.who_name`,
    from: ``,
  },
  {
    kind: 'document',
    table: 'documents',
    watched: ['title', 'file_name', 'item_id', 'deleted_at'],
    select: `m.body_id, m.id, r.item_id, r.title, r.file_name`,
    from: `JOIN agenda_items i ON i.id = r.item_id JOIN meetings m ON m.id = i.meeting_id`,
  },
];

/** INSERT of the index entries for the rows of `source` matching `where` (over alias r). */
function indexRows(source: Source, where: string): string {
  return `INSERT INTO search_index (rowid, kind, ref_id, body_id, meeting_id, item_id, body_key, title, content)
    SELECT k.id, '${source.kind}', x.id, x.body_id, x.meeting_id, x.item_id, 'b' || replace(x.body_id, '-', ''), x.title, x.content
    FROM (SELECT r.id AS id, r.deleted_at AS deleted_at, ${aliasSelect(source.select)}
          FROM ${source.table} r ${source.from} WHERE ${where}) x
    JOIN search_keys k ON k.kind = '${source.kind}' AND k.ref_id = x.id
    WHERE x.deleted_at IS NULL`;
}

function aliasSelect(select: string): string {
  // Split on top-level commas (the expressions contain no nested commas except inside coalesce/replace).
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of select) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += ch;
  }
  parts.push(current.trim());
  const names = ['body_id', 'meeting_id', 'item_id', 'title', 'content'];
  return parts.map((p, i) => `${p} AS ${names[i]}`).join(', ');
}

function statementsFor(source: Source): RawBuilder<unknown>[] {
  const key = `INSERT OR IGNORE INTO search_keys (kind, ref_id) VALUES ('${source.kind}', NEW.id);`;
  const drop = (row: 'OLD' | 'NEW') =>
    `DELETE FROM search_index WHERE rowid = (SELECT id FROM search_keys WHERE kind = '${source.kind}' AND ref_id = ${row}.id);`;
  return [
    sql.raw(`CREATE TRIGGER search_${source.table}_ai AFTER INSERT ON ${source.table} BEGIN
      ${key}
      ${indexRows(source, 'r.id = NEW.id')};
    END`),
    sql.raw(`CREATE TRIGGER search_${source.table}_au AFTER UPDATE OF ${source.watched.join(', ')} ON ${source.table} BEGIN
      ${drop('OLD')}
      ${key}
      ${indexRows(source, 'r.id = NEW.id')};
    END`),
    sql.raw(`CREATE TRIGGER search_${source.table}_ad AFTER DELETE ON ${source.table} BEGIN
      ${drop('OLD')}
    END`),
    // Rows that exist already.
    sql.raw(
      `INSERT OR IGNORE INTO search_keys (kind, ref_id) SELECT '${source.kind}', id FROM ${source.table}`,
    ),
    sql.raw(indexRows(source, '1')),
  ];
}

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`CREATE TABLE search_keys (
      id INTEGER PRIMARY KEY,
      kind TEXT NOT NULL,
      ref_id TEXT NOT NULL,
      UNIQUE (kind, ref_id)
    )`,
    sql`CREATE VIRTUAL TABLE search_index USING fts5(
      kind UNINDEXED, ref_id UNINDEXED, body_id UNINDEXED, meeting_id UNINDEXED, item_id UNINDEXED,
      body_key, title, content,
      tokenize = 'unicode61 remove_diacritics 2',
      prefix = '2 3 4'
    )`,
    // Relevance: the title counts four times the text; the body key and the ids not at all. As the
    // default rank, ORDER BY rank takes FTS5's fast path.
    sql`INSERT INTO search_index (search_index, rank) VALUES ('rank', 'bm25(0, 0, 0, 0, 0, 0, 4.0, 1.0)')`,
    ...SOURCES.flatMap(statementsFor),
  ];
  for (const statement of statements) await statement.execute(db);
}
