// What travels with a meeting. The meeting with its items, documents, attendance, decisions, sent
// versions; the body with its settings, rotation and closed days, its memberships and all of its meeting
// rows (the rotation of host, chair and notulist is derived from the previous meetings, so the chair's
// laptop needs them to show the same names); the body's open actions and those closed in this meeting
// (they are discussed at item 2) with their history. Then every row those rows refer to, followed to
// the end (an open action's item from an earlier meeting, a person, a municipality), so the package
// always satisfies the receiving database's foreign keys. Soft-deleted rows travel too: their
// deleted_at is a field like any other.
import type { Db } from '../../../db/repos/reads';
import { meetingPackageSeed, rowsWithIds } from '../../../db/repos/sync';
import { ApiError } from '../../../shared/api/errors';
import { SYNC_TABLES, isSyncTable, type SyncTable, type TableShape } from './tables';
import type { SyncRow } from './row-version';

type RowSet = Map<SyncTable, Map<string, SyncRow>>;

export async function collectMeetingRows(
  db: Db,
  meetingId: string,
  shapes: Map<SyncTable, TableShape>,
): Promise<RowSet> {
  const set: RowSet = new Map(SYNC_TABLES.map((t) => [t, new Map<string, SyncRow>()]));
  const seed = await meetingPackageSeed(db, meetingId);
  if (!seed) throw new ApiError('not_found', 'Deze vergadering bestaat niet.');
  for (const [table, rows] of seed) {
    if (!isSyncTable(table)) throw new ApiError('internal', `Pakket: tabel ${table} reist niet mee.`);
    const bucket = set.get(table) as Map<string, SyncRow>;
    for (const row of rows) bucket.set(row.id, row as SyncRow);
  }
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
      const rows = (await rowsWithIds(db, table, [...ids])) as SyncRow[];
      const bucket = set.get(table) as Map<string, SyncRow>;
      for (const row of rows) {
        bucket.set(row.id, row);
        pending.push([table, row]);
      }
    }
  }
}
