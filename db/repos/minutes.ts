// Queries for the minutes, actions and search.
import { sql } from 'kysely';
import type { Db } from './reads';

export function actionEvents(db: Db, actionId: string) {
  return db
    .selectFrom('action_events')
    .selectAll()
    .where('action_id', '=', actionId)
    .orderBy('created_at')
    .orderBy('on_date')
    .execute();
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

interface SearchRow {
  kind: 'item' | 'decision' | 'action' | 'document';
  ref_id: string;
  meeting_id: string;
  item_id: string | null;
  title: string;
  content: string;
  date: string;
}

/** Beyond this many matches, relevance says little ("be…" matches half the archive): newest first. */
const BROAD_MATCHES = 1000;

/**
 * Searches one body. The body is a token of the index (body_key), so the filter is part of the match;
 * ranking uses FTS5's configured rank (its fast path); the rows shown are then read by rowid (a second
 * MATCH for snippet() would walk every match again).
 */
export async function searchBody(db: Db, bodyId: string, words: string, limit: number): Promise<SearchRow[]> {
  const match = `body_key : "b${bodyId.replace(/-/g, '').toLowerCase()}" AND (${words})`;
  const count = await sql<{
    n: number;
  }>`SELECT count(*) AS n FROM search_index WHERE search_index MATCH ${match}`.execute(db);
  const broad = (count.rows[0]?.n ?? 0) > BROAD_MATCHES;
  const best = broad
    ? await sql<{
        rid: number;
      }>`SELECT rowid AS rid FROM search_index WHERE search_index MATCH ${match} ORDER BY rowid DESC LIMIT ${limit}`.execute(
        db,
      )
    : await sql<{
        rid: number;
      }>`SELECT rowid AS rid FROM search_index WHERE search_index MATCH ${match} ORDER BY rank LIMIT ${limit}`.execute(
        db,
      );
  const order = new Map(best.rows.map((r, i) => [r.rid, i]));
  if (order.size === 0) return [];
  const rows = await sql<SearchRow & { rid: number }>`
    SELECT s.rowid AS rid, s.kind, s.ref_id, s.meeting_id, s.item_id, s.title, s.content, m.date
    FROM search_index s JOIN meetings m ON m.id = s.meeting_id
    WHERE s.rowid IN (${sql.join([...order.keys()])}) AND m.deleted_at IS NULL`.execute(db);
  return rows.rows.sort((a, b) => (order.get(a.rid) ?? 0) - (order.get(b.rid) ?? 0));
}

interface ActionRow {
  id: string;
  nr: number;
  what: string;
  who_person_id: string | null;
  who_name: string;
  person_name: string | null;
  person_municipality_id: string | null;
  due: string | null;
  status: 'open' | 'done' | 'dropped';
  meeting_id: string;
  meeting_date: string;
  item_id: string | null;
  item_title: string | null;
  closed_on: string | null;
  closed_in_meeting_id: string | null;
  closed_meeting_date: string | null;
}

/** A body's actions, filtered in SQL so the list of a ten-year archive stays fast. */
export async function actionRows(
  db: Db,
  bodyId: string,
  filter: {
    status?: 'open' | 'done' | 'dropped' | 'overdue' | 'all';
    today: string;
    personId?: string;
    meetingId?: string;
  },
): Promise<ActionRow[]> {
  const status = filter.status ?? 'all';
  const result = await sql<ActionRow>`
    SELECT n.id, n.nr, n.what, n.who_person_id, n.who_name, p.name AS person_name, p.municipality_id AS person_municipality_id,
           n.due, n.status, n.meeting_id, m.date AS meeting_date, n.item_id, i.title AS item_title,
           n.closed_on, n.closed_in_meeting_id, cm.date AS closed_meeting_date
    FROM actions n
    JOIN meetings m ON m.id = n.meeting_id
    LEFT JOIN meetings cm ON cm.id = n.closed_in_meeting_id
    LEFT JOIN agenda_items i ON i.id = n.item_id
    LEFT JOIN people p ON p.id = n.who_person_id
    WHERE n.body_id = ${bodyId} AND n.deleted_at IS NULL AND m.deleted_at IS NULL
      AND (${status} = 'all'
           OR (${status} = 'overdue' AND n.status = 'open' AND n.due IS NOT NULL AND n.due < ${filter.today})
           OR n.status = ${status})
      AND (${filter.personId ?? null} IS NULL OR n.who_person_id = ${filter.personId ?? null})
      AND (${filter.meetingId ?? null} IS NULL OR n.meeting_id = ${filter.meetingId ?? null})
    ORDER BY coalesce(n.due, '9999-12-31'), n.nr`.execute(db);
  return result.rows;
}
