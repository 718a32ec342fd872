// Frozen in time: imports nothing from the app.
// A municipality may keep its own Word template for the B&W-voorstel (a .docx with placeholders such as
// {onderwerp}, {voorstel}, {bijlagen}): the file lives in the document store, by its SHA-256, like every
// document; the municipality row names it. Without one, Regie's own layout in the seeds' structure is used.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`ALTER TABLE municipalities ADD COLUMN voorstel_template_sha256 TEXT CHECK (voorstel_template_sha256 IS NULL OR length(voorstel_template_sha256) = 64)`,
    sql`ALTER TABLE municipalities ADD COLUMN voorstel_template_name TEXT`,
  ];
  for (const statement of statements) await statement.execute(db);
}
