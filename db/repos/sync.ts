// Queries for the exchange history of meeting packages (sync_bases): which versions of a row this
// laptop has exported or imported. Imports record through the tracked helpers (see electron/services/sync);
// exports record here directly, outside any change set, because undoing some later edit must never make
// the laptop forget what it has already sent.
import { sql, type RawBuilder } from 'kysely';
import type { TrackedTable } from '../schema';
import type { Db } from './reads';

interface ExchangedVersion {
  row_id: string;
  row_hash: string;
  row_json: string;
  exchanged_at: string;
  seq: number;
}

const CHUNK = 400;

/** Every exchanged version of the given rows of one table, oldest first (seq = order of recording). */
export async function exchangedVersions(
  db: Db,
  table: string,
  rowIds: readonly string[],
): Promise<Map<string, ExchangedVersion[]>> {
  const out = new Map<string, ExchangedVersion[]>();
  for (let i = 0; i < rowIds.length; i += CHUNK) {
    const ids = rowIds.slice(i, i + CHUNK);
    const result = await sql<ExchangedVersion>`
      SELECT row_id, row_hash, row_json, exchanged_at, rowid AS seq FROM sync_bases
      WHERE table_name = ${table} AND row_id IN (${sql.join(ids)})
      ORDER BY exchanged_at, rowid`.execute(db);
    for (const row of result.rows) {
      const list = out.get(row.row_id) ?? [];
      list.push(row);
      out.set(row.row_id, list);
    }
  }
  return out;
}

export interface NewExchangedVersion {
  id: string;
  table_name: string;
  row_id: string;
  row_hash: string;
  row_json: string;
}

/** Records exported versions; versions already known are left as they are. */
export async function recordExported(
  db: Db,
  versions: readonly NewExchangedVersion[],
  at: string,
): Promise<void> {
  for (let i = 0; i < versions.length; i += CHUNK) {
    const values = versions
      .slice(i, i + CHUNK)
      .map((v) => ({ ...v, exchanged_at: at, direction: 'export' as const, created_at: at, updated_at: at }));
    if (values.length)
      await db
        .insertInto('sync_bases')
        .values(values)
        .onConflict((oc) => oc.doNothing())
        .execute();
  }
}

/**
 * Rows deleted outright here that no longer exist: rows of a rewritten rotation or closed-day list, and
 * rows whose creation was undone. Not the rows removed by undoing an *import* (recognised by the
 * exchanged versions it had recorded): undoing an import means "not this package here", and must never
 * travel back as "delete these rows" to the laptop they came from.
 */
export async function removedRows(
  db: Db,
  tables: readonly string[],
): Promise<{ table_name: string; row_id: string }[]> {
  const result = await sql<{ table_name: string; row_id: string }>`
    SELECT DISTINCT c.table_name, c.row_id FROM changes c JOIN change_sets d ON d.id = c.change_set_id
    WHERE c.after IS NULL AND c.table_name IN (${sql.join(tables)})
      AND c.id = (SELECT max(c2.id) FROM changes c2 WHERE c2.table_name = c.table_name AND c2.row_id = c.row_id)
      AND NOT (d.undo_of IS NOT NULL
               AND EXISTS (SELECT 1 FROM changes i WHERE i.change_set_id = d.undo_of AND i.table_name = 'sync_bases'))`.execute(
    db,
  );
  const gone: { table_name: string; row_id: string }[] = [];
  for (const row of result.rows) {
    const still = await sql`SELECT 1 FROM ${sql.table(row.table_name)} WHERE id = ${row.row_id}`.execute(db);
    if (still.rows.length === 0) gone.push(row);
  }
  return gone;
}

/** Whether any row of `table` refers to `id` through `column`. */
export async function hasReferencingRow(db: Db, table: string, column: string, id: string): Promise<boolean> {
  const hit = await sql`SELECT 1 FROM ${sql.table(table)} WHERE ${sql.ref(column)} = ${id} LIMIT 1`.execute(
    db,
  );
  return hit.rows.length > 0;
}

/** Foreign keys checked at commit, for a transaction that writes parents and children in one go. */
export async function deferForeignKeys(db: Db): Promise<void> {
  await sql`PRAGMA defer_foreign_keys = ON`.execute(db);
}

/** Live actions of a body whose number another live action of that body also has, by number, oldest first. */
export function actionsSharingANumber(db: Db, bodyId: string) {
  return db
    .selectFrom('actions')
    .select(['id', 'nr', 'what', 'created_at'])
    .where('body_id', '=', bodyId)
    .where('deleted_at', 'is', null)
    .where('nr', 'in', (eb) =>
      eb
        .selectFrom('actions')
        .select('nr')
        .where('body_id', '=', bodyId)
        .where('deleted_at', 'is', null)
        .where('nr', 'is not', null)
        .groupBy('nr')
        .having((h) => h.fn.countAll(), '>', 1),
    )
    .orderBy('nr')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** The highest action number a body ever used (removed actions included: a number is never given twice). */
export async function highestActionNumber(db: Db, bodyId: string): Promise<number> {
  const row = await db
    .selectFrom('actions')
    .select((eb) => eb.fn.max('nr').as('nr'))
    .where('body_id', '=', bodyId)
    .executeTakeFirst();
  return Number(row?.nr ?? 0);
}

/** Live attendance rows of a meeting, newest recording first within each person. */
export function liveAttendanceOf(db: Db, meetingId: string) {
  return db
    .selectFrom('attendance')
    .select(['id', 'person_id', 'name', 'status', 'updated_at'])
    .where('meeting_id', '=', meetingId)
    .where('deleted_at', 'is', null)
    .orderBy('updated_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** A row as SQLite gives it, for tables handled generically (the meeting package). */
type PlainRow = { id: string } & Record<string, unknown>;

/** Every row of a table, as SQLite gives it (for `regie check`). */
export async function allRows(db: Db, table: TrackedTable): Promise<PlainRow[]> {
  return (await sql<PlainRow>`SELECT * FROM ${sql.table(table)}`.execute(db)).rows;
}

/** Rows of `table` with the given ids (any number of ids). */
export async function rowsWithIds(db: Db, table: TrackedTable, ids: readonly string[]): Promise<PlainRow[]> {
  const out: PlainRow[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    if (chunk.length === 0) continue;
    const result =
      await sql<PlainRow>`SELECT * FROM ${sql.table(table)} WHERE id IN (${sql.join(chunk)})`.execute(db);
    out.push(...result.rows);
  }
  return out;
}

/** Columns (in order) and foreign keys (column → parent table) of a table, from SQLite's own catalogue. */
export async function tableShape(
  db: Db,
  table: TrackedTable,
): Promise<{ columns: string[]; references: Map<string, string> }> {
  const columns = await sql<{
    name: string;
  }>`SELECT name FROM pragma_table_info(${table}) ORDER BY cid`.execute(db);
  const keys = await sql<{
    table: string;
    from: string;
  }>`SELECT "table", "from" FROM pragma_foreign_key_list(${table})`.execute(db);
  return {
    columns: columns.rows.map((c) => c.name),
    references: new Map(keys.rows.map((k) => [k.from, k.table])),
  };
}

/**
 * The rows a meeting's package starts from, per table (electron/services/sync/package-contents.ts says why these
 * and follows their references); undefined when the meeting does not exist.
 */
export async function meetingPackageSeed(
  db: Db,
  meetingId: string,
): Promise<[TrackedTable, PlainRow[]][] | undefined> {
  const select = async (table: TrackedTable, where: RawBuilder<unknown>) =>
    (await sql<PlainRow>`SELECT * FROM ${sql.table(table)} WHERE ${where}`.execute(db)).rows;
  const [meeting] = await select('meetings', sql`id = ${meetingId}`);
  if (!meeting) return undefined;
  const bodyId = meeting.body_id as string;
  const actionsWhere = sql`body_id = ${bodyId} AND (meeting_id = ${meetingId} OR closed_in_meeting_id = ${meetingId} OR status = 'open')`;
  return [
    ['bodies', await select('bodies', sql`id = ${bodyId}`)],
    ['body_municipalities', await select('body_municipalities', sql`body_id = ${bodyId}`)],
    ['closed_days', await select('closed_days', sql`body_id = ${bodyId}`)],
    ['memberships', await select('memberships', sql`body_id = ${bodyId}`)],
    ['meetings', await select('meetings', sql`body_id = ${bodyId}`)],
    ['agenda_items', await select('agenda_items', sql`meeting_id = ${meetingId}`)],
    [
      'documents',
      await select(
        'documents',
        sql`item_id IN (SELECT id FROM agenda_items WHERE meeting_id = ${meetingId})`,
      ),
    ],
    ['attendance', await select('attendance', sql`meeting_id = ${meetingId}`)],
    [
      'decisions',
      await select(
        'decisions',
        sql`meeting_id = ${meetingId} OR follow_up_reported_in_meeting_id = ${meetingId}`,
      ),
    ],
    // The follow-ups of this meeting's advice, of advice forwarded to its items (the stuurgroep's decision
    // closes them), and of outcomes reported back on its agenda.
    [
      'follow_ups',
      await select(
        'follow_ups',
        sql`decision_id IN (SELECT id FROM decisions WHERE meeting_id = ${meetingId})
          OR linked_item_id IN (SELECT id FROM agenda_items WHERE meeting_id = ${meetingId})
          OR reported_in_meeting_id = ${meetingId}`,
      ),
    ],
    ['actions', await select('actions', actionsWhere)],
    [
      'action_events',
      await select('action_events', sql`action_id IN (SELECT id FROM actions WHERE ${actionsWhere})`),
    ],
    ['sent_versions', await select('sent_versions', sql`meeting_id = ${meetingId}`)],
  ];
}

/** Another municipality with this name (any case), or undefined. */
export async function otherMunicipalityNamed(db: Db, name: string, id: string) {
  return db
    .selectFrom('municipalities')
    .select('id')
    .where(sql<boolean>`name = ${name} COLLATE NOCASE`)
    .where('id', '<>', id)
    .executeTakeFirst();
}

/** Another live body with this name (any case), or undefined. */
export async function otherLiveBodyNamed(db: Db, name: string, id: string) {
  return db
    .selectFrom('bodies')
    .select('id')
    .where(sql<boolean>`name = ${name} COLLATE NOCASE`)
    .where('id', '<>', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

/** Whether any row points at a row that does not exist (foreign keys checked now, not at commit). */
export async function hasForeignKeyViolations(db: Db): Promise<boolean> {
  const result = await sql<{ table: string }>`SELECT "table" FROM pragma_foreign_key_check LIMIT 1`.execute(
    db,
  );
  return result.rows.length > 0;
}
