// Frozen in time: imports nothing from the app.
// The dossier of a subject: items that return (postponed and carried, a revised document on a later agenda,
// the stuurgroep after the regiegroep) belong to one dossier, named by its first item. Each item points at that
// first item (dossier_item_id; NULL: the item is its own dossier's first item, or alone). Existing carried
// items join the dossier of the item they were carried from, and forwarded stuurgroep items that of the advice.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`ALTER TABLE agenda_items ADD COLUMN dossier_item_id TEXT REFERENCES agenda_items (id)`,
    sql`CREATE INDEX agenda_items_dossier ON agenda_items (dossier_item_id)`,
    // The first item of a chain of postponements: follow postponed_from_item_id back to its start.
    sql`WITH RECURSIVE chain(id, root) AS (
        SELECT id, id FROM agenda_items WHERE postponed_from_item_id IS NULL
        UNION ALL
        SELECT i.id, chain.root FROM agenda_items i JOIN chain ON i.postponed_from_item_id = chain.id
      )
      UPDATE agenda_items SET dossier_item_id = (SELECT root FROM chain WHERE chain.id = agenda_items.id)
      WHERE postponed_from_item_id IS NOT NULL`,
    sql`UPDATE agenda_items SET dossier_item_id = (
        SELECT coalesce(src.dossier_item_id, src.id) FROM follow_ups f
        JOIN decisions d ON d.id = f.decision_id JOIN agenda_items src ON src.id = d.item_id
        WHERE f.linked_item_id = agenda_items.id LIMIT 1)
      WHERE dossier_item_id IS NULL AND id IN (SELECT linked_item_id FROM follow_ups WHERE linked_item_id IS NOT NULL)`,
  ];
  for (const statement of statements) await statement.execute(db);
}
