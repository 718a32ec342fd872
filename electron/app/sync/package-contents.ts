// What travels with a meeting. The meeting with its items, documents, attendance, decisions, sent
// versions; the body with its settings, rotation and closed days, its memberships and all of its meeting
// rows (the rotation of host, chair and notulist is derived from the previous meetings, so the chair's
// laptop needs them to show the same names); the body's open actions and those closed in this meeting
// (they are discussed at item 2) with their history. Then every row those rows refer to, followed to
// the end (an open action's item from an earlier meeting, a person, a municipality), so the package
// always satisfies the receiving database's foreign keys. Soft-deleted rows travel too: their
// deleted_at is a field like any other.
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../../db/repos/reads';
import { ApiError } from '../../../shared/api/errors';
import { SYNC_TABLES, isSyncTable, type SyncTable, type TableShape } from './tables';
import type { SyncRow } from './row-version';

export type RowSet = Map<SyncTable, Map<string, SyncRow>>;

async function select(db: Db, table: SyncTable, where: RawBuilder<unknown>): Promise<SyncRow[]> {
  const result = await sql<SyncRow>`SELECT * FROM ${sql.table(table)} WHERE ${where}`.execute(db);
  return result.rows;
}

export async function collectMeetingRows(
  db: Db,
  meetingId: string,
  shapes: Map<SyncTable, TableShape>,
): Promise<RowSet> {
  const set: RowSet = new Map(SYNC_TABLES.map((t) => [t, new Map<string, SyncRow>()]));
  const add = (table: SyncTable, rows: SyncRow[]) => {
    const bucket = set.get(table) as Map<string, SyncRow>;
    for (const row of rows) bucket.set(row.id, row);
  };
  const [meeting] = await select(db, 'meetings', sql`id = ${meetingId}`);
  if (!meeting) throw new ApiError('not_found', 'Deze vergadering bestaat niet.');
  const bodyId = meeting.body_id as string;
  add('bodies', await select(db, 'bodies', sql`id = ${bodyId}`));
  add('body_municipalities', await select(db, 'body_municipalities', sql`body_id = ${bodyId}`));
  add('closed_days', await select(db, 'closed_days', sql`body_id = ${bodyId}`));
  add('memberships', await select(db, 'memberships', sql`body_id = ${bodyId}`));
  add('meetings', await select(db, 'meetings', sql`body_id = ${bodyId}`));
  const items = await select(db, 'agenda_items', sql`meeting_id = ${meetingId}`);
  add('agenda_items', items);
  add(
    'documents',
    await select(
      db,
      'documents',
      sql`item_id IN (SELECT id FROM agenda_items WHERE meeting_id = ${meetingId})`,
    ),
  );
  add('attendance', await select(db, 'attendance', sql`meeting_id = ${meetingId}`));
  add(
    'decisions',
    await select(
      db,
      'decisions',
      sql`meeting_id = ${meetingId} OR follow_up_reported_in_meeting_id = ${meetingId}`,
    ),
  );
  const actionsWhere = sql`body_id = ${bodyId} AND (meeting_id = ${meetingId} OR closed_in_meeting_id = ${meetingId} OR status = 'open')`;
  add('actions', await select(db, 'actions', actionsWhere));
  add(
    'action_events',
    await select(db, 'action_events', sql`action_id IN (SELECT id FROM actions WHERE ${actionsWhere})`),
  );
  add('sent_versions', await select(db, 'sent_versions', sql`meeting_id = ${meetingId}`));
  await closeOverReferences(db, set, shapes);
  return set;
}

/** Adds every row referred to by a row in the set, until nothing is missing. */
async function closeOverReferences(db: Db, set: RowSet, shapes: Map<SyncTable, TableShape>): Promise<void> {
  let pending: [SyncTable, SyncRow][] = [...set].flatMap(([table, rows]) =>
    [...rows.values()].map((row) => [table, row] as [SyncTable, SyncRow]),
  );
  while (pending.length > 0) {
    const wanted = new Map<SyncTable, Set<string>>();
    for (const [table, row] of pending) {
      for (const [column, parent] of shapes.get(table)?.references ?? []) {
        const ref = row[column];
        if (typeof ref !== 'string') continue;
        if (!isSyncTable(parent))
          throw new ApiError(
            'internal',
            `Pakket: verwijzing naar een tabel die niet meereist (${table}.${column} → ${parent}).`,
          );
        if (set.get(parent)?.has(ref)) continue;
        const ids = wanted.get(parent) ?? new Set<string>();
        ids.add(ref);
        wanted.set(parent, ids);
      }
    }
    pending = [];
    for (const [table, ids] of wanted) {
      const rows = await select(db, table, sql`id IN (${sql.join([...ids])})`);
      const bucket = set.get(table) as Map<string, SyncRow>;
      for (const row of rows) {
        bucket.set(row.id, row);
        pending.push([table, row]);
      }
    }
  }
}
