// Runs the pending migrations, each in its own transaction together with its bookkeeping row, so a crash
// leaves either the old or the new schema, never half of one. Kysely's Migrator does not wrap SQLite
// migrations in a transaction (supportsTransactionalDdl is false), hence this small runner.
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Database } from './schema';
import { MIGRATIONS, type FrozenMigration } from './migrations/index';

interface MigrationResult {
  applied: string[];
}

export async function pendingMigrations(
  db: Kysely<Database>,
  migrations: ReadonlyArray<readonly [string, FrozenMigration]> = MIGRATIONS,
): Promise<string[]> {
  await ensureBookkeeping(db);
  const done = await sql<{ name: string }>`SELECT name FROM schema_migrations`.execute(db);
  const applied = new Set(done.rows.map((r) => r.name));
  const known = new Set(migrations.map(([name]) => name));
  const unknown = [...applied].filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new Error(
      `De database is gemaakt met een nieuwere versie van Regie (onbekende migraties: ${unknown.join(', ')}).`,
    );
  }
  return migrations.map(([name]) => name).filter((name) => !applied.has(name));
}

export async function migrate(
  db: Kysely<Database>,
  now: () => Date,
  migrations: ReadonlyArray<readonly [string, FrozenMigration]> = MIGRATIONS,
): Promise<MigrationResult> {
  const pending = new Set(await pendingMigrations(db, migrations));
  const applied: string[] = [];
  for (const [name, migration] of migrations) {
    if (!pending.has(name)) continue;
    await db.transaction().execute(async (trx) => {
      await migration.up(trx as unknown as Kysely<unknown>);
      await sql`INSERT INTO schema_migrations (name, applied_at) VALUES (${name}, ${now().toISOString()})`.execute(
        trx,
      );
    });
    applied.push(name);
  }
  return { applied };
}

async function ensureBookkeeping(db: Kysely<Database>): Promise<void> {
  await sql`CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)`.execute(
    db,
  );
}
