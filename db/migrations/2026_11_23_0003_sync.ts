// Frozen in time. What each laptop last exchanged: for every row that travelled in a meeting package
// (exported or imported), the exact version (JSON and its SHA-256). A three-way merge needs the common
// ancestor of "ours" and "theirs"; with three laptops passing packages around, one base per row is not
// enough (packages cross in flight), so every exchanged version is kept and the merge picks the newest
// one both sides know. Rows are written by imports through the tracked helpers (undoing an import also
// forgets what it learned, so the same package can be imported again), hence the id and timestamps.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`CREATE TABLE sync_bases (
      id TEXT PRIMARY KEY,
      table_name TEXT NOT NULL,
      row_id TEXT NOT NULL,
      row_hash TEXT NOT NULL CHECK (length(row_hash) = 64),
      row_json TEXT NOT NULL,
      exchanged_at TEXT NOT NULL,
      direction TEXT NOT NULL CHECK (direction IN ('export', 'import')),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (table_name, row_id, row_hash)
    )`,
    sql`CREATE INDEX sync_bases_row ON sync_bases (table_name, row_id, exchanged_at)`,
  ];
  for (const statement of statements) await statement.execute(db);
}
