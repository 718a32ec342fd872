// Frozen in time. Full-text search over a body's meetings: items (title, explanation, proposal, notes),
// decisions, actions and document titles, kept current by triggers so no write path can forget it.
// unicode61 with remove_diacritics: "besluit" finds "Besluït", as users type.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`CREATE VIRTUAL TABLE search_index USING fts5(
      kind UNINDEXED, ref_id UNINDEXED, body_id UNINDEXED, meeting_id UNINDEXED, item_id UNINDEXED,
      title, content,
      tokenize = 'unicode61 remove_diacritics 2'
    )`,
    // Agenda items
    sql`CREATE TRIGGER search_items_ai AFTER INSERT ON agenda_items WHEN NEW.deleted_at IS NULL BEGIN
      INSERT INTO search_index (kind, ref_id, body_id, meeting_id, item_id, title, content)
      VALUES ('item', NEW.id, (SELECT body_id FROM meetings WHERE id = NEW.meeting_id), NEW.meeting_id, NEW.id,
              NEW.title, NEW.explanation || ' ' || NEW.proposal || ' ' || NEW.notes);
    END`,
    sql`CREATE TRIGGER search_items_au AFTER UPDATE ON agenda_items BEGIN
      DELETE FROM search_index WHERE kind = 'item' AND ref_id = OLD.id;
      INSERT INTO search_index (kind, ref_id, body_id, meeting_id, item_id, title, content)
      SELECT 'item', NEW.id, (SELECT body_id FROM meetings WHERE id = NEW.meeting_id), NEW.meeting_id, NEW.id,
             NEW.title, NEW.explanation || ' ' || NEW.proposal || ' ' || NEW.notes
      WHERE NEW.deleted_at IS NULL;
    END`,
    sql`CREATE TRIGGER search_items_ad AFTER DELETE ON agenda_items BEGIN
      DELETE FROM search_index WHERE kind = 'item' AND ref_id = OLD.id;
    END`,
    // Decisions
    sql`CREATE TRIGGER search_decisions_ai AFTER INSERT ON decisions WHEN NEW.deleted_at IS NULL BEGIN
      INSERT INTO search_index (kind, ref_id, body_id, meeting_id, item_id, title, content)
      VALUES ('decision', NEW.id, (SELECT body_id FROM meetings WHERE id = NEW.meeting_id), NEW.meeting_id, NEW.item_id,
              '', NEW.text || ' ' || coalesce(NEW.follow_up_answer, ''));
    END`,
    sql`CREATE TRIGGER search_decisions_au AFTER UPDATE ON decisions BEGIN
      DELETE FROM search_index WHERE kind = 'decision' AND ref_id = OLD.id;
      INSERT INTO search_index (kind, ref_id, body_id, meeting_id, item_id, title, content)
      SELECT 'decision', NEW.id, (SELECT body_id FROM meetings WHERE id = NEW.meeting_id), NEW.meeting_id, NEW.item_id,
             '', NEW.text || ' ' || coalesce(NEW.follow_up_answer, '')
      WHERE NEW.deleted_at IS NULL;
    END`,
    sql`CREATE TRIGGER search_decisions_ad AFTER DELETE ON decisions BEGIN
      DELETE FROM search_index WHERE kind = 'decision' AND ref_id = OLD.id;
    END`,
    // Actions
    sql`CREATE TRIGGER search_actions_ai AFTER INSERT ON actions WHEN NEW.deleted_at IS NULL BEGIN
      INSERT INTO search_index (kind, ref_id, body_id, meeting_id, item_id, title, content)
      VALUES ('action', NEW.id, NEW.body_id, NEW.meeting_id, NEW.item_id, NEW.what, NEW.who_name);
    END`,
    sql`CREATE TRIGGER search_actions_au AFTER UPDATE ON actions BEGIN
      DELETE FROM search_index WHERE kind = 'action' AND ref_id = OLD.id;
      INSERT INTO search_index (kind, ref_id, body_id, meeting_id, item_id, title, content)
      SELECT 'action', NEW.id, NEW.body_id, NEW.meeting_id, NEW.item_id, NEW.what, NEW.who_name
      WHERE NEW.deleted_at IS NULL;
    END`,
    sql`CREATE TRIGGER search_actions_ad AFTER DELETE ON actions BEGIN
      DELETE FROM search_index WHERE kind = 'action' AND ref_id = OLD.id;
    END`,
    // Documents (titles and file names)
    sql`CREATE TRIGGER search_documents_ai AFTER INSERT ON documents WHEN NEW.deleted_at IS NULL BEGIN
      INSERT INTO search_index (kind, ref_id, body_id, meeting_id, item_id, title, content)
      SELECT 'document', NEW.id, m.body_id, m.id, NEW.item_id, NEW.title, NEW.file_name
      FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id WHERE i.id = NEW.item_id;
    END`,
    sql`CREATE TRIGGER search_documents_au AFTER UPDATE ON documents BEGIN
      DELETE FROM search_index WHERE kind = 'document' AND ref_id = OLD.id;
      INSERT INTO search_index (kind, ref_id, body_id, meeting_id, item_id, title, content)
      SELECT 'document', NEW.id, m.body_id, m.id, NEW.item_id, NEW.title, NEW.file_name
      FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id WHERE i.id = NEW.item_id AND NEW.deleted_at IS NULL;
    END`,
    sql`CREATE TRIGGER search_documents_ad AFTER DELETE ON documents BEGIN
      DELETE FROM search_index WHERE kind = 'document' AND ref_id = OLD.id;
    END`,
    // Existing rows
    sql`INSERT INTO search_index (kind, ref_id, body_id, meeting_id, item_id, title, content)
      SELECT 'item', i.id, m.body_id, m.id, i.id, i.title, i.explanation || ' ' || i.proposal || ' ' || i.notes
      FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id WHERE i.deleted_at IS NULL`,
    sql`INSERT INTO search_index (kind, ref_id, body_id, meeting_id, item_id, title, content)
      SELECT 'decision', d.id, m.body_id, m.id, d.item_id, '', d.text || ' ' || coalesce(d.follow_up_answer, '')
      FROM decisions d JOIN meetings m ON m.id = d.meeting_id WHERE d.deleted_at IS NULL`,
    sql`INSERT INTO search_index (kind, ref_id, body_id, meeting_id, item_id, title, content)
      SELECT 'action', a.id, a.body_id, a.meeting_id, a.item_id, a.what, a.who_name FROM actions a WHERE a.deleted_at IS NULL`,
    sql`INSERT INTO search_index (kind, ref_id, body_id, meeting_id, item_id, title, content)
      SELECT 'document', d.id, m.body_id, m.id, d.item_id, d.title, d.file_name
      FROM documents d JOIN agenda_items i ON i.id = d.item_id JOIN meetings m ON m.id = i.meeting_id WHERE d.deleted_at IS NULL`,
  ];
  for (const statement of statements) await statement.execute(db);
}
