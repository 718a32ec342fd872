// Frozen in time. Each municipality has its meeting place: the name of the building ('Stadhuis Weert') and its
// address, set in Instellingen. A meeting without a location of its own meets at its host's place; the agenda,
// the Word file, the calendar file and the e-mail say where that is.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE municipalities ADD COLUMN place_name TEXT NOT NULL DEFAULT ''`.execute(db);
  await sql`ALTER TABLE municipalities ADD COLUMN place_address TEXT NOT NULL DEFAULT ''`.execute(db);
}
