// Frozen in time. Each change set (one user action in the audit log) records the body it concerns, so the log
// and undo can be shown and used per body: Ctrl+Z in one body's screens must not undo a change in another.
// NULL: the action concerned no body (people, municipalities) or several (a plan or package import).
// Existing change sets are filled in from their row images, by the same rule db/tracked.ts applies to new ones.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`ALTER TABLE change_sets ADD COLUMN body_id TEXT`,
    sql`CREATE INDEX change_sets_body ON change_sets (body_id, id)`,
    sql`UPDATE change_sets SET body_id = (
      SELECT CASE WHEN count(DISTINCT b) = 1 THEN max(b) END FROM (
        SELECT CASE WHEN c.table_name = 'bodies' THEN c.row_id ELSE coalesce(
          json_extract(coalesce(c.after, c.before), '$.body_id'),
          (SELECT m.body_id FROM meetings m
            WHERE m.id = json_extract(coalesce(c.after, c.before), '$.meeting_id')),
          (SELECT m.body_id FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id
            WHERE i.id = json_extract(coalesce(c.after, c.before), '$.item_id')),
          (SELECT a.body_id FROM actions a
            WHERE a.id = json_extract(coalesce(c.after, c.before), '$.action_id'))
        ) END AS b
        FROM changes c WHERE c.change_set_id = change_sets.id
      )
    )`,
  ];
  for (const statement of statements) await statement.execute(db);
}
