// Opening the store: one better-sqlite3 connection (one writer; SQLite's backup restarts when another
// connection writes), WAL, full sync, foreign keys on. No module-level connection: callers own the handle.
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, SqliteDriver, type DatabaseConnection } from 'kysely';
import type { Database } from './schema';

/**
 * SQLite rolls a transaction back by itself when a write fails with SQLITE_FULL (a full disk), SQLITE_IOERR or
 * SQLITE_NOMEM. Kysely then sends its own ROLLBACK, which fails with "cannot rollback - no transaction is
 * active" and hides the real error (the full disk) from the user. This driver only rolls back what is open.
 */
class RollbackOnlyWhatIsOpen extends SqliteDriver {
  constructor(private readonly sqlite: SQLite.Database) {
    super({ database: sqlite });
  }
  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (this.sqlite.inTransaction) await super.rollbackTransaction(connection);
  }
}

class Dialect extends SqliteDialect {
  constructor(private readonly sqlite: SQLite.Database) {
    super({ database: sqlite });
  }
  override createDriver() {
    return new RollbackOnlyWhatIsOpen(this.sqlite);
  }
}

export interface Store {
  db: Kysely<Database>;
  sqlite: SQLite.Database;
  path: string;
  close(): Promise<void>;
}

export function openStore(path: string, options: { readonly?: boolean } = {}): Store {
  const sqlite = new SQLite(path, {
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false,
  });
  sqlite.pragma('busy_timeout = 5000');
  if (!options.readonly) {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
  }
  sqlite.pragma('foreign_keys = ON');
  const db = new Kysely<Database>({ dialect: new Dialect(sqlite) });
  let closed = false;
  return {
    db,
    sqlite,
    path,
    async close() {
      if (closed) return;
      closed = true;
      await db.destroy(); // also closes the better-sqlite3 handle
    },
  };
}

/** PRAGMA quick_check: cheap enough for every start. Returns the problems found (empty when fine). */
export function quickCheck(sqlite: SQLite.Database): string[] {
  const rows = sqlite.pragma('quick_check') as { quick_check: string }[];
  return rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
}

/** PRAGMA integrity_check plus foreign keys: the thorough check behind `regie check`. */
export function fullCheck(sqlite: SQLite.Database): string[] {
  const problems = (sqlite.pragma('integrity_check') as { integrity_check: string }[])
    .map((r) => r.integrity_check)
    .filter((r) => r !== 'ok');
  const fk = sqlite.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
  for (const row of fk) problems.push(`verwijzing ontbreekt: ${row.table} rij ${row.rowid} → ${row.parent}`);
  return problems;
}
