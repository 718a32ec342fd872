// Frozen in time. Indexes for reading one meeting without reading the body's ten years around it: the actions
// and decisions of its items, the actions closed in it, and the items carried over from an earlier one.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`CREATE INDEX actions_item ON actions (item_id)`,
    sql`CREATE INDEX actions_closed_in ON actions (closed_in_meeting_id)`,
    sql`CREATE INDEX decisions_item ON decisions (item_id)`,
    sql`CREATE INDEX agenda_items_postponed_from ON agenda_items (postponed_from_item_id)`,
  ];
  for (const statement of statements) await statement.execute(db);
}
