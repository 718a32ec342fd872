// Frozen in time. A change set (one user action) belongs to every body whose rows it touched, not to one body
// or none (change_sets.body_id, migration 0004, stays as it was for the log): undo in one body's screens may
// take back only what concerned that body. A person counts for the bodies they are a member of, a
// municipality for the bodies whose rotation holds it. A change set with no row here concerned no body.
// Existing change sets are filled in by the same rule (with today's memberships, the best there is).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`CREATE TABLE change_set_bodies (
      change_set_id INTEGER NOT NULL REFERENCES change_sets (id),
      body_id TEXT NOT NULL,
      PRIMARY KEY (change_set_id, body_id)
    ) WITHOUT ROWID`,
    sql`CREATE INDEX change_set_bodies_body ON change_set_bodies (body_id, change_set_id)`,
    sql`INSERT OR IGNORE INTO change_set_bodies (change_set_id, body_id)
      SELECT change_set_id, b FROM (
        SELECT c.change_set_id, CASE WHEN c.table_name = 'bodies' THEN c.row_id ELSE coalesce(
          json_extract(coalesce(c.after, c.before), '$.body_id'),
          (SELECT m.body_id FROM meetings m
            WHERE m.id = json_extract(coalesce(c.after, c.before), '$.meeting_id')),
          (SELECT m.body_id FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id
            WHERE i.id = json_extract(coalesce(c.after, c.before), '$.item_id')),
          (SELECT a.body_id FROM actions a
            WHERE a.id = json_extract(coalesce(c.after, c.before), '$.action_id'))
        ) END AS b FROM changes c
        UNION ALL
        SELECT c.change_set_id, ms.body_id FROM changes c
          JOIN memberships ms ON ms.person_id = c.row_id AND ms.deleted_at IS NULL
          WHERE c.table_name = 'people'
        UNION ALL
        SELECT c.change_set_id, bm.body_id FROM changes c
          JOIN body_municipalities bm ON bm.municipality_id = c.row_id
          WHERE c.table_name = 'municipalities'
      ) WHERE b IS NOT NULL`,
  ];
  for (const statement of statements) await statement.execute(db);
}
