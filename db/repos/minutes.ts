// Queries for the minutes, actions and search.
import { sql } from 'kysely';
import type { Db } from './reads';

export function actionEvents(db: Db, actionId: string) {
  return db.selectFrom('action_events').selectAll().where('action_id', '=', actionId).orderBy('created_at').orderBy('on_date').execute();
}

export function getAction(db: Db, id: string) {
  return db.selectFrom('actions').selectAll().where('id', '=', id).executeTakeFirst();
}

export function getDecision(db: Db, id: string) {
  return db.selectFrom('decisions').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Turns what the user types into an FTS5 query: every word a prefix, all words required. */
export function ftsQuery(input: string): string | null {
  const words = input
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 8);
  if (words.length === 0) return null;
  return words.map((w) => `"${w.replace(/"/g, '')}"*`).join(' AND ');
}

export interface SearchRow {
  kind: 'item' | 'decision' | 'action' | 'document';
  ref_id: string;
  meeting_id: string;
  item_id: string | null;
  title: string;
  snippet: string;
  date: string;
}

export async function searchBody(db: Db, bodyId: string, match: string, limit: number): Promise<SearchRow[]> {
  const result = await sql<SearchRow>`
    SELECT s.kind, s.ref_id, s.meeting_id, s.item_id, s.title,
           snippet(search_index, 6, '[', ']', '…', 12) AS snippet, m.date
    FROM search_index s JOIN meetings m ON m.id = s.meeting_id
    WHERE search_index MATCH ${match} AND s.body_id = ${bodyId} AND m.deleted_at IS NULL
    ORDER BY bm25(search_index, 0, 0, 0, 0, 0, 4.0, 1.0), m.date DESC
    LIMIT ${limit}`.execute(db);
  return result.rows;
}
