// Reads scoped to one meeting (its agenda, minutes and the running action list at item 2) and batch reads for
// the lists across a body, so that what a screen costs follows what it shows, not the ten years around it.
// Before these, every meeting view read all of the body's actions, items and decisions: on a ten-year archive
// (20,000 actions) one agenda took ~200 ms and the decisions register, one view per meeting, 50 s.
import { sql } from 'kysely';
import type { ItemKind } from '../../shared/domain/types';
import type { Action } from '../schema';
import type { Db } from './reads';

/** An action with the date of the meeting it was made in and the title of its (live) item. */
export type ActionWithContext = Action & { meeting_date: string | null; item_title: string | null };

function actionsWithContext(db: Db) {
  return db
    .selectFrom('actions as a')
    .leftJoin('meetings as m', (j) => j.onRef('m.id', '=', 'a.meeting_id').on('m.deleted_at', 'is', null))
    .leftJoin('agenda_items as i', (j) => j.onRef('i.id', '=', 'a.item_id').on('i.deleted_at', 'is', null))
    .leftJoin('meetings as im', (j) => j.onRef('im.id', '=', 'i.meeting_id').on('im.deleted_at', 'is', null))
    .selectAll('a')
    .select([
      'm.date as meeting_date',
      (eb) => eb.case().when('im.id', 'is not', null).then(eb.ref('i.title')).end().as('item_title'),
    ])
    .where('a.deleted_at', 'is', null);
}

/**
 * The actions one meeting's view shows: those made in it or on its items, and the running list at item 2 —
 * open actions from earlier meetings and those closed in this one. In number order.
 */
export async function actionsAroundMeeting(
  db: Db,
  bodyId: string,
  meeting: { id: string; date: string },
  itemIds: readonly string[],
): Promise<ActionWithContext[]> {
  const [own, ofItems, open, closedHere] = await Promise.all([
    actionsWithContext(db).where('a.meeting_id', '=', meeting.id).execute(),
    itemIds.length ? actionsWithContext(db).where('a.item_id', 'in', itemIds).execute() : [],
    actionsWithContext(db)
      .where('a.body_id', '=', bodyId)
      .where('a.status', '=', 'open')
      .where('m.date', '<', meeting.date)
      .execute(),
    actionsWithContext(db).where('a.closed_in_meeting_id', '=', meeting.id).execute(),
  ]);
  const byId = new Map<string, ActionWithContext>();
  for (const a of [...own, ...ofItems, ...open, ...closedHere]) if (a.body_id === bodyId) byId.set(a.id, a);
  return [...byId.values()].sort((a, b) => (a.nr ?? 0) - (b.nr ?? 0));
}

/** The decisions on the given items, in the order they were recorded. */
export function decisionsOfItems(db: Db, itemIds: readonly string[]) {
  if (itemIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('decisions')
    .selectAll()
    .where('item_id', 'in', itemIds)
    .where('deleted_at', 'is', null)
    .orderBy(sql`rowid`)
    .execute();
}

/** Items postponed in an earlier meeting and not yet carried to a later agenda. */
export function postponedBefore(db: Db, bodyId: string, before: string) {
  return db
    .selectFrom('agenda_items as i')
    .innerJoin('meetings as m', 'm.id', 'i.meeting_id')
    .select(['i.id', 'i.title', 'i.kind', 'm.date as meeting_date'])
    .where('m.body_id', '=', bodyId)
    .where('m.deleted_at', 'is', null)
    .where('m.date', '<', before)
    .where('i.deleted_at', 'is', null)
    .where('i.status', '=', 'postponed')
    .where('i.kind', '!=', 'vast')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('agenda_items as c')
            .innerJoin('meetings as cm', 'cm.id', 'c.meeting_id')
            .select('c.id')
            .whereRef('c.postponed_from_item_id', '=', 'i.id')
            .where('c.deleted_at', 'is', null)
            .where('cm.deleted_at', 'is', null)
            .where('cm.body_id', '=', bodyId),
        ),
      ),
    )
    .orderBy('m.date')
    .orderBy('i.position')
    .$narrowType<{ kind: ItemKind }>()
    .execute();
}

/** The titles of items by id. */
export async function itemTitles(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('agenda_items').select(['id', 'title']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.title]));
}

/** Live items (in live meetings) by id, with their meeting: where a carried-over item came from. */
export function itemOrigins(db: Db, itemIds: readonly string[]) {
  if (itemIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('agenda_items as i')
    .innerJoin('meetings as m', 'm.id', 'i.meeting_id')
    .select(['i.id', 'i.meeting_id', 'm.date as meeting_date'])
    .where('i.id', 'in', itemIds)
    .where('i.deleted_at', 'is', null)
    .where('m.deleted_at', 'is', null)
    .execute();
}

/**
 * What the agendas of a body's meetings consist of, in one read: their live items (with the explanation, which the sent agenda is compared on) —
 * of the given meetings only, or of all — and the live documents of the meetings named in `documentsOf`.
 */
export async function agendaRows(
  db: Db,
  bodyId: string,
  meetingIds: readonly string[] | null,
  documentsOf: readonly string[] = meetingIds ?? [],
) {
  const [items, documents] = await Promise.all([
    meetingIds && meetingIds.length === 0
      ? []
      : db
          .selectFrom('agenda_items as i')
          .innerJoin('meetings as m', 'm.id', 'i.meeting_id')
          .select([
            'i.id',
            'i.meeting_id',
            'i.fixed_role',
            'i.position',
            'i.kind',
            'i.target',
            'i.title',
            'i.proposal',
            'i.explanation',
            'i.duration_minutes',
            'i.submitted_at',
            'i.late_decision',
            'i.status',
          ])
          .where('m.body_id', '=', bodyId)
          .where('m.deleted_at', 'is', null)
          .where('i.deleted_at', 'is', null)
          .$if(meetingIds !== null, (q) => q.where('i.meeting_id', 'in', meetingIds ?? []))
          .execute(),
    documentsOf.length === 0
      ? []
      : db
          .selectFrom('documents as d')
          .innerJoin('agenda_items as i', 'i.id', 'd.item_id')
          // What an agenda shows of a document, not the whole row (10,000 rows: ~35 → ~15 ms).
          .select([
            'd.id',
            'd.item_id',
            'd.title',
            'd.file_name',
            'd.size',
            'd.sha256',
            'd.crc32',
            'i.meeting_id',
          ])
          .where('i.meeting_id', 'in', documentsOf)
          .where('i.deleted_at', 'is', null)
          .where('d.deleted_at', 'is', null)
          .orderBy('d.position')
          .execute(),
  ]);
  return { items, documents };
}

/**
 * Changes whenever the database may have changed: rows written by this connection (total_changes, triggers
 * included) or a commit by another one (data_version). Memoized reads compare it; inside a transaction, whose
 * writes may still roll back, there is none.
 */
export async function changeStamp(db: Db): Promise<string | null> {
  if (db.isTransaction) return null;
  const result = await sql<{
    c: number;
    v: number;
  }>`SELECT total_changes() AS c, (SELECT data_version FROM pragma_data_version) AS v`.execute(db);
  const row = result.rows[0];
  return row ? `${row.c}:${row.v}` : null;
}
