// Queries for the minutes, actions and search.
import { sql } from 'kysely';
import type { ActionFilter } from '../../shared/api/schemas';
import type { ActionStatus } from '../../shared/domain/types';
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

export interface SearchRow {
  /** 'page': a page of a document's text (ref_id 'documentId:page'). */
  kind: 'item' | 'decision' | 'action' | 'document' | 'page';
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
 * Searches one body. The body is a token of the index (body_key), so the filter is part of the match, and
 * the words are looked for in titles and texts only; ranking uses FTS5's configured rank (its fast path); the
 * rows shown are then read by rowid (a second MATCH for snippet() would walk every match again). When the
 * match is broad, the newest come first: the newest rows of titles, notes, decisions and actions and the newest
 * pages of documents' text (token 'kpage'; pages are numbered as they are read, newest meetings first), merged
 * by meeting date, so that neither crowds out the other.
 */
export async function searchBody(db: Db, bodyId: string, words: string, limit: number): Promise<SearchRow[]> {
  const body = `body_key : "b${bodyId.replace(/-/g, '').toLowerCase()}"`;
  const match = `${body} AND {title content} : (${words})`;
  const ids = (rows: { rid: number }[]) => rows.map((r) => r.rid);
  // Counting stops past the threshold: a broad prefix matches tens of thousands of pages of text.
  const count = await sql<{
    n: number;
  }>`SELECT count(*) AS n FROM (SELECT 1 FROM search_index WHERE search_index MATCH ${match} LIMIT ${BROAD_MATCHES + 1})`.execute(
    db,
  );
  let best: number[];
  let byDate = false;
  if ((count.rows[0]?.n ?? 0) > BROAD_MATCHES) {
    const newest = async (m: string) =>
      ids(
        (
          await sql<{
            rid: number;
          }>`SELECT rowid AS rid FROM search_index WHERE search_index MATCH ${m} ORDER BY rowid DESC LIMIT ${limit}`.execute(
            db,
          )
        ).rows,
      );
    best = [
      ...(await newest(`(${match}) NOT body_key : kpage`)),
      ...(await newest(`${match} AND body_key : kpage`)),
    ];
    byDate = true;
  } else
    best = ids(
      (
        await sql<{
          rid: number;
        }>`SELECT rowid AS rid FROM search_index WHERE search_index MATCH ${match} ORDER BY rank LIMIT ${limit}`.execute(
          db,
        )
      ).rows,
    );
  const order = new Map(best.map((rid, i) => [rid, i]));
  if (order.size === 0) return [];
  const rows = await sql<SearchRow & { rid: number }>`
    SELECT s.rowid AS rid, s.kind, s.ref_id, s.meeting_id, s.item_id, s.title, s.content, m.date
    FROM search_index s JOIN meetings m ON m.id = s.meeting_id
    WHERE s.rowid IN (${sql.join([...order.keys()])}) AND m.deleted_at IS NULL`.execute(db);
  const ranked = rows.rows.sort((a, b) => (order.get(a.rid) ?? 0) - (order.get(b.rid) ?? 0));
  return byDate ? ranked.sort((a, b) => b.date.localeCompare(a.date)).slice(0, limit) : ranked;
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
  status: ActionStatus;
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
    status?: ActionFilter;
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

/** How many of a body's actions each status tab holds (overdue: open and past due), under the same filters. */
export async function actionCounts(
  db: Db,
  bodyId: string,
  filter: { today: string; personId?: string; meetingId?: string; municipalityId?: string },
): Promise<Record<ActionFilter, number>> {
  const result = await sql<{ open: number; overdue: number; done: number; dropped: number; all: number }>`
    SELECT count(*) AS "all",
           coalesce(sum(n.status = 'open'), 0) AS open,
           coalesce(sum(n.status = 'open' AND n.due IS NOT NULL AND n.due < ${filter.today}), 0) AS overdue,
           coalesce(sum(n.status = 'done'), 0) AS done,
           coalesce(sum(n.status = 'dropped'), 0) AS dropped
    FROM actions n
    JOIN meetings m ON m.id = n.meeting_id
    LEFT JOIN people p ON p.id = n.who_person_id
    WHERE n.body_id = ${bodyId} AND n.deleted_at IS NULL AND m.deleted_at IS NULL
      AND (${filter.personId ?? null} IS NULL OR n.who_person_id = ${filter.personId ?? null})
      AND (${filter.meetingId ?? null} IS NULL OR n.meeting_id = ${filter.meetingId ?? null})
      AND (${filter.municipalityId ?? null} IS NULL OR p.municipality_id = ${filter.municipalityId ?? null})`.execute(
    db,
  );
  return result.rows[0] ?? { open: 0, overdue: 0, done: 0, dropped: 0, all: 0 };
}
