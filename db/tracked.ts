// Every user action is one transaction and one change set: the audit log ("what, when, by whom") and the
// undo stack are the same data — the before and after image of each row the action touched.
// Writes are typed by the table they write (NewRow / RowPatch below), so a misspelt column or a wrong value
// type is a compile error in the caller; only the SQL built here is dynamic (one statement shape for every
// table, so the audit images stay the rows exactly as SQLite holds them).
import { sql, type Insertable, type Kysely, type Transaction, type Updateable } from 'kysely';
import type { Database, TrackedTable } from './schema';
import { assertValidRow } from './row-schemas';
import { concernsBody } from './repos/reads';
import { ApiError } from '../shared/api/errors';
import { formatDutchMoment } from '../shared/rules/dutchDate';

/** A row image as the audit log stores it (untyped: it is JSON from `changes.before` / `changes.after`). */
type Row = Record<string, unknown>;

/** Filled in by insertRow / updateRow from the action's moment when the caller leaves them out. */
type Stamp = 'created_at' | 'updated_at';

/** A new row of table T: its Kysely Insertable, with the timestamps optional (the action's moment). */
export type NewRow<T extends TrackedTable> = Omit<Insertable<Database[T]>, Stamp> &
  Partial<Pick<Insertable<Database[T]>, Extract<Stamp, keyof Insertable<Database[T]>>>> & { id: string };

/** Changed columns of a row of table T (never its id). */
export type RowPatch<T extends TrackedTable> = Omit<Updateable<Database[T]>, 'id'>;

/**
 * P with no column that `Shape` lacks. TypeScript checks excess properties only on object literals written in
 * place; this also catches a misspelt column in a row built beforehand (`const values = {…}; updateRow(…, values)`).
 */
export type OnlyColumnsOf<Shape, P> = P & { [K in Exclude<keyof P, keyof Shape>]: never };

export interface ChangeContext {
  trx: Transaction<Database>;
  changeSetId: number;
  /** ISO moment of the action, used for created_at / updated_at. */
  now: string;
  user: string;
}

export async function runAction<T>(
  db: Kysely<Database>,
  meta: { user: string; label: string; now: Date },
  fn: (cx: ChangeContext) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    const now = meta.now.toISOString();
    const inserted = await trx
      .insertInto('change_sets')
      .values({ at: now, user: meta.user, label: meta.label, undo_of: null, undone_by: null, body_id: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    const changeSetId = Number(inserted.id);
    const result = await fn({ trx, changeSetId, now, user: meta.user });
    // An action that changed nothing leaves no trace: importing the same plan twice changes nothing.
    const touched = await trx
      .selectFrom('changes')
      .select('id')
      .where('change_set_id', '=', changeSetId)
      .limit(1)
      .executeTakeFirst();
    if (!touched) await trx.deleteFrom('change_sets').where('id', '=', changeSetId).execute();
    else {
      await assignBody(trx, changeSetId);
      await recordBodies(trx, changeSetId);
    }
    return result;
  });
}

/** The body of the row of change `c`: a body itself, a row with a body_id, or its meeting's, item's or action's. */
const rowBody = sql`CASE WHEN c.table_name = 'bodies' THEN c.row_id ELSE coalesce(
  json_extract(coalesce(c.after, c.before), '$.body_id'),
  (SELECT m.body_id FROM meetings m
    WHERE m.id = json_extract(coalesce(c.after, c.before), '$.meeting_id')),
  (SELECT m.body_id FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id
    WHERE i.id = json_extract(coalesce(c.after, c.before), '$.item_id')),
  (SELECT a.body_id FROM actions a
    WHERE a.id = json_extract(coalesce(c.after, c.before), '$.action_id')),
  (SELECT m.body_id FROM decisions d JOIN meetings m ON m.id = d.meeting_id
    WHERE d.id = json_extract(coalesce(c.after, c.before), '$.decision_id'))
) END`;

/**
 * Records which body a change set concerned, from its rows' images: a body itself, a row with a body_id, or
 * one that belongs to a meeting, an agenda item, an action or a decision (a follow-up). Exactly one body → that body; none (people,
 * municipalities) or several (an import) → NULL, which every body's log and undo include.
 * Migration 0004 filled in older change sets by the same rule.
 */
async function assignBody(trx: Transaction<Database>, changeSetId: number): Promise<void> {
  await sql`UPDATE change_sets SET body_id = (
    SELECT CASE WHEN count(DISTINCT b) = 1 THEN max(b) END FROM (
      SELECT ${rowBody} AS b
      FROM changes c WHERE c.change_set_id = ${changeSetId}
    )
  ) WHERE id = ${changeSetId}`.execute(trx);
}

/**
 * Records every body the change set concerned (change_set_bodies): a row's own body, or its meeting's, item's,
 * action's or decision's (a follow-up); a person's bodies (their live memberships); a municipality's (the
 * rotations holding it). Undo in a body's screens takes back only change sets of that body (or of none).
 * Migration 0010 filled in older ones.
 */
async function recordBodies(trx: Transaction<Database>, changeSetId: number): Promise<void> {
  await sql`INSERT OR IGNORE INTO change_set_bodies (change_set_id, body_id)
    SELECT ${changeSetId}, b FROM (
      SELECT ${rowBody} AS b FROM changes c WHERE c.change_set_id = ${changeSetId}
      UNION ALL
      SELECT ms.body_id FROM changes c
        JOIN memberships ms ON ms.person_id = c.row_id AND ms.deleted_at IS NULL
        WHERE c.change_set_id = ${changeSetId} AND c.table_name = 'people'
      UNION ALL
      SELECT bm.body_id FROM changes c
        JOIN body_municipalities bm ON bm.municipality_id = c.row_id
        WHERE c.change_set_id = ${changeSetId} AND c.table_name = 'municipalities'
    ) WHERE b IS NOT NULL`.execute(trx);
}

async function fetchRow(
  trx: Transaction<Database>,
  table: TrackedTable,
  id: string,
): Promise<Row | undefined> {
  const result = await sql<Row>`SELECT * FROM ${sql.table(table)} WHERE id = ${id}`.execute(trx);
  return result.rows[0];
}

async function record(
  cx: ChangeContext,
  table: string,
  id: string,
  before: Row | undefined,
  after: Row | undefined,
) {
  await cx.trx
    .insertInto('changes')
    .values({
      change_set_id: cx.changeSetId,
      table_name: table,
      row_id: id,
      before: before ? JSON.stringify(before) : null,
      after: after ? JSON.stringify(after) : null,
    })
    .execute();
}

function columnsAndValues(row: Row) {
  const keys = Object.keys(row);
  return {
    columns: sql.join(keys.map((k) => sql.ref(k))),
    values: sql.join(keys.map((k) => sql`${row[k] as string | number | null}`)),
    assignments: sql.join(
      keys.filter((k) => k !== 'id').map((k) => sql`${sql.ref(k)} = ${row[k] as string | number | null}`),
    ),
  };
}

/** Inserts one row of `table`, typed by that table, and records it in the action's change set. */
export async function insertRow<T extends TrackedTable, R extends NewRow<T>>(
  cx: ChangeContext,
  table: T,
  row: OnlyColumnsOf<NewRow<T>, R>,
): Promise<void> {
  await insertUncheckedRow(cx, table, row);
}

/**
 * insertRow for a row whose shape is known only at run time: the rows of a meeting package, checked column by
 * column against the table's shape before they get here (sync/package-import). Everything else uses insertRow.
 */
export async function insertUncheckedRow(
  cx: ChangeContext,
  table: TrackedTable,
  row: Row & { id: string },
): Promise<void> {
  const hasTimestamps =
    table !== 'body_municipalities' && table !== 'closed_days' && table !== 'sent_versions';
  const full: Row =
    hasTimestamps && table !== 'action_events' ? { created_at: cx.now, updated_at: cx.now, ...row } : row;
  if (table === 'action_events' && full.created_at === undefined) full.created_at = cx.now;
  const { columns, values } = columnsAndValues(full);
  await sql`INSERT INTO ${sql.table(table)} (${columns}) VALUES (${values})`.execute(cx.trx);
  const after = (await fetchRow(cx.trx, table, row.id)) as Row;
  // Every row that enters the database passes its table's schema, whatever door it came through.
  assertValidRow(table, after);
  await record(cx, table, row.id, undefined, after);
}

/** Updates the given columns; records nothing when nothing actually changed. Returns whether it changed. */
export async function updateRow<T extends TrackedTable, P extends RowPatch<T>>(
  cx: ChangeContext,
  table: T,
  id: string,
  patch: OnlyColumnsOf<RowPatch<T>, P>,
): Promise<boolean> {
  return updateUncheckedRow(cx, table, id, patch);
}

/** updateRow for a patch whose columns are known only at run time (see insertUncheckedRow). */
export async function updateUncheckedRow(
  cx: ChangeContext,
  table: TrackedTable,
  id: string,
  patch: Row,
): Promise<boolean> {
  const before = await fetchRow(cx.trx, table, id);
  if (!before) throw new Error(`${table} ${id} bestaat niet`);
  const changed = Object.keys(patch).filter((k) => before[k] !== patch[k]);
  if (changed.length === 0) return false;
  const values: Row = {};
  for (const k of changed) values[k] = patch[k];
  if ('updated_at' in before) values.updated_at = cx.now;
  const { assignments } = columnsAndValues({ id, ...values });
  await sql`UPDATE ${sql.table(table)} SET ${assignments} WHERE id = ${id}`.execute(cx.trx);
  const after = (await fetchRow(cx.trx, table, id)) as Row;
  assertValidRow(table, after, Object.keys(values));
  await record(cx, table, id, before, after);
  return true;
}

/** The tracked tables whose rows go to the recycle bin (a `deleted_at` column) rather than away. */
type SoftDeletableTable = {
  [T in TrackedTable]: 'deleted_at' extends keyof Database[T] ? T : never;
}[TrackedTable];

export async function softDelete(cx: ChangeContext, table: SoftDeletableTable, id: string): Promise<void> {
  await updateUncheckedRow(cx, table, id, { deleted_at: cx.now });
}

export async function restoreDeleted(
  cx: ChangeContext,
  table: SoftDeletableTable,
  id: string,
): Promise<void> {
  await updateUncheckedRow(cx, table, id, { deleted_at: null });
}

/** Hard delete, for rows that carry no history of their own (e.g. a rotation entry being rewritten). */
export async function deleteRow(cx: ChangeContext, table: TrackedTable, id: string): Promise<void> {
  const before = await fetchRow(cx.trx, table, id);
  if (!before) return;
  await sql`DELETE FROM ${sql.table(table)} WHERE id = ${id}`.execute(cx.trx);
  await record(cx, table, id, before, undefined);
}

interface UndoResult {
  undoneLabel: string;
  changeSetId: number;
  /** Later change sets undone first (with `includeLater`), newest first. */
  alsoUndone: string[];
}

type ChangeSetRow = { id: number; label: string; at: string; user: string; body_id: string | null };

/** Later change sets, neither undone nor undos, that changed a row `changeSetId` changed: they stand in the way. */
async function laterOnSameRows(trx: Transaction<Database>, changeSetId: number) {
  const result = await sql<ChangeSetRow & { table_name: string; row_id: string }>`
    SELECT cs.id, cs.label, cs.at, cs.user, cs.body_id, c.table_name, c.row_id
    FROM changes c JOIN change_sets cs ON cs.id = c.change_set_id
    WHERE cs.id > ${changeSetId} AND cs.undo_of IS NULL AND cs.undone_by IS NULL
      AND EXISTS (SELECT 1 FROM changes mine WHERE mine.change_set_id = ${changeSetId}
                  AND mine.table_name = c.table_name AND mine.row_id = c.row_id)
    ORDER BY cs.id DESC, c.id`.execute(trx);
  return result.rows;
}

/** Writes back the before images of one change set, as a change set of its own (an undo is audited too). */
async function undoOne(
  trx: Transaction<Database>,
  set: ChangeSetRow,
  meta: { user: string; now: Date },
): Promise<number> {
  const now = meta.now.toISOString();
  const undo = await trx
    .insertInto('change_sets')
    .values({
      at: now,
      user: meta.user,
      label: `Ongedaan gemaakt: ${set.label}`,
      undo_of: set.id,
      undone_by: null,
      body_id: set.body_id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const undoId = Number(undo.id);
  await sql`INSERT INTO change_set_bodies (change_set_id, body_id)
    SELECT ${undoId}, body_id FROM change_set_bodies WHERE change_set_id = ${set.id}`.execute(trx);
  const cx: ChangeContext = { trx, changeSetId: undoId, now, user: meta.user };
  const changes = await trx
    .selectFrom('changes')
    .selectAll()
    .where('change_set_id', '=', set.id)
    .orderBy('id', 'desc')
    .execute();
  for (const change of changes) {
    const table = change.table_name as TrackedTable;
    const before = change.before ? (JSON.parse(change.before) as Row) : undefined;
    const current = await fetchRow(trx, table, change.row_id);
    if (!before) {
      if (current) await deleteRow(cx, table, change.row_id);
    } else if (!current) {
      const { columns, values } = columnsAndValues(before);
      await sql`INSERT INTO ${sql.table(table)} (${columns}) VALUES (${values})`.execute(trx);
      await record(cx, table, change.row_id, undefined, before);
    } else {
      const { assignments } = columnsAndValues(before);
      await sql`UPDATE ${sql.table(table)} SET ${assignments} WHERE id = ${change.row_id}`.execute(trx);
      await record(cx, table, change.row_id, current, before);
    }
  }
  await trx.updateTable('change_sets').set({ undone_by: undoId }).where('id', '=', set.id).execute();
  return undoId;
}

/** How a row is named in the refusal: its title, name, text or date, else its table. */
function rowName(table: string, row: Row | undefined): string {
  const name = row?.title ?? row?.name ?? row?.what ?? row?.text ?? row?.date;
  return typeof name === 'string' ? `"${name.length > 60 ? `${name.slice(0, 57)}…` : name}"` : `(${table})`;
}

/**
 * Undoes the latest action not undone yet — with `bodyId`, the latest one that concerned that body or no body
 * at all (change_set_bodies), so undo in one body's screens never reaches into another body.
 *
 * An undo writes back before images, so it must never overwrite a later change: when a later action (not undone)
 * changed one of the same rows, the undo is refused with a Dutch explanation naming that action — or, with
 * `includeLater` (the user's consent), those later actions are undone first, newest first, each as an audited
 * undo of its own, all in one transaction.
 */
export async function undoLast(
  db: Kysely<Database>,
  meta: { user: string; now: Date; bodyId?: string | undefined; includeLater?: boolean },
): Promise<UndoResult | null> {
  return db.transaction().execute(async (trx) => {
    let latest = trx
      .selectFrom('change_sets')
      .select(['id', 'label', 'at', 'user', 'body_id'])
      .where('undo_of', 'is', null)
      .where('undone_by', 'is', null);
    const bodyId = meta.bodyId;
    if (bodyId) latest = latest.where(concernsBody('change_sets.id', bodyId));
    const last = await latest
      .where((eb) =>
        eb.exists(
          eb.selectFrom('changes').select('id').whereRef('changes.change_set_id', '=', 'change_sets.id'),
        ),
      )
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (!last || last.id === undefined) return null;
    const target: ChangeSetRow = { ...last, id: Number(last.id) };

    // Everything that stands in the way, and what stands in the way of that, newest first.
    const inTheWay = new Map<number, ChangeSetRow & { table_name: string; row_id: string }>();
    const queue = [target.id];
    while (queue.length) {
      for (const later of await laterOnSameRows(trx, queue.shift() as number))
        if (!inTheWay.has(later.id)) {
          inTheWay.set(later.id, later);
          queue.push(later.id);
        }
    }
    if (inTheWay.size > 0 && !meta.includeLater) {
      const first = [...inTheWay.values()].sort((a, b) => a.id - b.id)[0] as ChangeSetRow & {
        table_name: string;
        row_id: string;
      };
      const row = await fetchRow(trx, first.table_name as TrackedTable, first.row_id);
      const more = inTheWay.size - 1;
      throw new ApiError(
        'conflict',
        `"${target.label}" kan niet ongedaan worden gemaakt: daarna is ${rowName(first.table_name, row)} opnieuw gewijzigd door "${first.label}" (${first.user}, ${formatDutchMoment(first.at)})${more ? ` en door ${more} latere wijziging(en)` : ''}. Ongedaan maken zou die wijziging overschrijven. Maak die eerst ongedaan, of kies ervoor ze samen ongedaan te maken.`,
        [...inTheWay.values()].map((c) => ({ path: `${c.table_name}/${c.row_id}`, message: c.label })),
      );
    }
    const alsoUndone: string[] = [];
    for (const later of [...inTheWay.values()].sort((a, b) => b.id - a.id)) {
      await undoOne(trx, later, meta);
      alsoUndone.push(later.label);
    }
    const undoId = await undoOne(trx, target, meta);
    return { undoneLabel: target.label, changeSetId: undoId, alsoUndone };
  });
}
