// Importing a meeting package: preview (what it would create, change and remove, and the conflicts) and
// import (one transaction, one change set, so "Ongedaan maken" undoes the whole import). Rows are
// matched by their UUIDs only. Each row is merged three-way against the newest version both laptops
// have exchanged (see merge.ts); the package's version is then recorded as exchanged. Documents are
// verified and copied into the store before any row is written.
import {
  deleteRow,
  insertRow,
  insertUncheckedRow,
  updateUncheckedRow,
  type ChangeContext,
} from '../../../db/tracked';
import {
  deferForeignKeys,
  exchangedVersions,
  hasForeignKeyViolations,
  hasReferencingRow,
  otherLiveBodyNamed,
  otherMunicipalityNamed,
  rowsWithIds,
} from '../../../db/repos/sync';
import type { Db } from '../../../db/repos/reads';
import { ApiError } from '../../../shared/api/errors';
import { formatDutchDate } from '../../../shared/rules/calendar';
import type {
  ConflictChoice,
  PackageCounts,
  PackageImportResult,
  PackagePreview,
  SyncConflictView,
} from '../../../shared/api/calls/sync';
import { act, type AppContext } from '../context';
import { mergeRemoval, mergeRow, type BaseVersion, type FieldConflict, type Row } from './merge';
import { baseId, rowHash, type SyncRow } from './row-version';
import { fieldLabel, readShapes, rowLabel, SYNC_TABLES, type SyncTable, type TableShape } from './tables';
import { copyDocumentsIntoStore, withPackage, type CopyOptions, type OpenedPackage } from './package-read';
import { settleDuplicates } from './settle-duplicates';
import { removeUnreferenced } from '../check';

type Choice = ConflictChoice;
export type Resolutions = Choice | { table: string; id: string; field: string; choice: Choice }[];

interface PlannedUpdate {
  table: SyncTable;
  id: string;
  take: Row;
  conflicts: FieldConflict[];
}

interface Plan {
  inserts: { table: SyncTable; row: SyncRow }[];
  updates: PlannedUpdate[];
  removals: { table: SyncTable; id: string }[];
  /** Removed here, changed there ('theirs' puts it back) or changed here, removed there ('theirs' removes). */
  rowConflicts: { table: SyncTable; id: string; removedHere: boolean; row: SyncRow }[];
  /** Package row versions not yet known here: recorded as exchanged by the import. */
  learned: { table: SyncTable; row: SyncRow; hash: string }[];
  conflicts: SyncConflictView[];
  documentsNew: number;
}

const key = (table: string, id: string, field: string) => `${table}\u0000${id}\u0000${field}`;

function toHistory(
  versions: { row_hash: string; row_json: string; seq: number }[] | undefined,
): BaseVersion[] {
  return (versions ?? []).map((v) => ({
    hash: v.row_hash,
    row: JSON.parse(v.row_json) as Row,
    seq: Number(v.seq),
  }));
}

async function currentRows(db: Db, table: SyncTable, ids: string[]): Promise<Map<string, SyncRow>> {
  const rows = (await rowsWithIds(db, table, ids)) as SyncRow[];
  return new Map(rows.map((row) => [row.id, row]));
}

/** A column this laptop does not know means the package comes from a newer Regie: refuse, don't drop data. */
function checkColumns(pkg: OpenedPackage, shapes: Map<SyncTable, TableShape>) {
  for (const [table, entries] of pkg.rows) {
    const known = new Set(shapes.get(table)?.columns ?? []);
    for (const { row } of entries) {
      const unknown = Object.keys(row).find((c) => !known.has(c));
      if (unknown)
        throw new ApiError(
          'invalid',
          `${pkg.label} bevat gegevens die deze versie van Regie niet kent (${table}.${unknown}). Werk Regie bij en importeer het opnieuw.`,
        );
    }
  }
}

/**
 * The same people, bodies and municipalities set up separately on two laptops have different ids:
 * matching them by name would merge strangers, so the import is refused with an explanation.
 */
async function checkIdentityClashes(db: Db, pkg: OpenedPackage) {
  const clash = (what: string) =>
    new ApiError(
      'conflict',
      `${pkg.label} past niet bij de gegevens op deze laptop: ${what} bestaat hier al, maar als ander record (de laptops zijn los van elkaar ingericht). Regie koppelt alleen op vaste sleutels, niet op namen. Er is niets geïmporteerd. Richt deze laptop in met een pakket van de ondersteuner, of begin met een lege gegevensmap.`,
    );
  for (const { row } of pkg.rows.get('municipalities') ?? []) {
    if (await otherMunicipalityNamed(db, String(row.name), String(row.id)))
      throw clash(`de gemeente "${String(row.name)}"`);
  }
  for (const { row } of pkg.rows.get('bodies') ?? []) {
    if (row.deleted_at !== null && row.deleted_at !== undefined) continue;
    if (await otherLiveBodyNamed(db, String(row.name), String(row.id)))
      throw clash(`het overleg "${String(row.name)}"`);
  }
}

async function plan(db: Db, pkg: OpenedPackage, ctx: AppContext): Promise<Plan> {
  const shapes = await readShapes(db);
  checkColumns(pkg, shapes);
  await checkIdentityClashes(db, pkg);
  const out: Plan = {
    inserts: [],
    updates: [],
    removals: [],
    rowConflicts: [],
    learned: [],
    conflicts: [],
    documentsNew: 0,
  };
  const inPackage = new Set<string>();
  for (const table of SYNC_TABLES) {
    const entries = pkg.rows.get(table) ?? [];
    if (entries.length === 0) continue;
    const ids = entries.map((e) => String(e.row.id));
    const ours = await currentRows(db, table, ids);
    const histories = await exchangedVersions(db, table, ids);
    for (const { row, bases } of entries) {
      const theirs = row as SyncRow;
      inPackage.add(`${table}:${theirs.id}`);
      const theirsHash = rowHash(theirs);
      const history = toHistory(histories.get(theirs.id));
      if (!history.some((v) => v.hash === theirsHash))
        out.learned.push({ table, row: theirs, hash: theirsHash });
      const mine = ours.get(theirs.id);
      const merged = mergeRow({
        ours: mine,
        theirs,
        theirsHash,
        known: new Set([theirsHash, ...bases]),
        history,
      });
      if (merged.kind === 'insert') out.inserts.push({ table, row: theirs });
      else if (merged.kind === 'removed-here-changed-there') {
        out.rowConflicts.push({ table, id: theirs.id, removedHere: true, row: theirs });
        out.conflicts.push({
          table,
          id: theirs.id,
          field: '*',
          what: `${rowLabel(table, theirs)} — ${fieldLabel('*')}`,
          base: null,
          ours: null,
          theirs,
        });
      } else if (
        merged.kind === 'merge' &&
        (Object.keys(merged.take).length > 0 || merged.conflicts.length > 0)
      ) {
        out.updates.push({ table, id: theirs.id, take: merged.take, conflicts: merged.conflicts });
        for (const c of merged.conflicts)
          out.conflicts.push({
            table,
            id: theirs.id,
            field: c.field,
            what: `${rowLabel(table, mine)} — ${fieldLabel(c.field)}`,
            base: c.base ?? null,
            ours: c.ours,
            theirs: c.theirs,
          });
      }
    }
  }
  // Rows removed outright on the other laptop.
  const removedByTable = new Map<SyncTable, string[]>();
  for (const r of pkg.manifest.removed)
    if (!inPackage.has(`${r.table}:${r.id}`))
      removedByTable.set(r.table, [...(removedByTable.get(r.table) ?? []), r.id]);
  for (const [table, ids] of removedByTable) {
    const ours = await currentRows(db, table, ids);
    const histories = await exchangedVersions(db, table, [...ours.keys()]);
    for (const [id, mine] of ours) {
      const history = toHistory(histories.get(id));
      if (history.length === 0) continue; // never exchanged: not the row they removed
      if (await isReferenced(db, table, id, shapes)) continue; // something here still points at it: keep it
      if (mergeRemoval(rowHash(mine), history) === 'remove') out.removals.push({ table, id });
      else {
        out.rowConflicts.push({ table, id, removedHere: false, row: mine });
        out.conflicts.push({
          table,
          id,
          field: '*',
          what: `${rowLabel(table, mine)} — ${fieldLabel('*')}`,
          base: null,
          ours: mine,
          theirs: null,
        });
      }
    }
  }
  // Every document row needs its file: in the package or already here.
  for (const { row } of pkg.rows.get('documents') ?? []) {
    const sha = String(row.sha256);
    if (!pkg.documents.has(sha) && !(await ctx.files.has(sha)))
      throw new ApiError(
        'invalid',
        `${pkg.label} is onvolledig: het bestand van document "${String(row.title)}" ontbreekt.`,
      );
  }
  for (const sha of pkg.documents.keys()) if (!(await ctx.files.has(sha))) out.documentsNew++;
  return out;
}

async function isReferenced(
  db: Db,
  table: SyncTable,
  id: string,
  shapes: Map<SyncTable, TableShape>,
): Promise<boolean> {
  for (const [child, shape] of shapes) {
    for (const [column, parent] of shape.references) {
      if (parent !== table) continue;
      if (await hasReferencingRow(db, child, column, id)) return true;
    }
  }
  return false;
}

function counts(
  p: Plan,
  choose: (table: string, id: string, field: string) => Choice | undefined,
): PackageCounts {
  const created: Record<string, number> = {};
  const updated: Record<string, number> = {};
  const removed: Record<string, number> = {};
  const bump = (m: Record<string, number>, t: string) => (m[t] = (m[t] ?? 0) + 1);
  for (const i of p.inserts) bump(created, i.table);
  for (const u of p.updates)
    if (Object.keys(u.take).length || u.conflicts.some((c) => choose(u.table, u.id, c.field) === 'theirs'))
      bump(updated, u.table);
  for (const r of p.removals) bump(removed, r.table);
  for (const c of p.rowConflicts)
    if (choose(c.table, c.id, '*') === 'theirs') bump(c.removedHere ? created : removed, c.table);
  return { created, updated, removed };
}

function chooser(resolutions: Resolutions | undefined) {
  if (resolutions === 'ours' || resolutions === 'theirs') return () => resolutions;
  const map = new Map((resolutions ?? []).map((r) => [key(r.table, r.id, r.field), r.choice]));
  return (table: string, id: string, field: string) => map.get(key(table, id, field));
}

const meetingInfo = (pkg: OpenedPackage) => ({ ...pkg.manifest.meeting });

const DRY_RUN = Symbol('proefimport');

/**
 * Tries the import in a transaction that is always rolled back: finds what the plan cannot see (a unique rule
 * such as one live meeting per body and date, a row pointing at a missing one) and what the import would
 * settle by itself. Conflicts count as 'ours' here; the real import checks again with the user's choices.
 */
async function dryRun(
  ctx: AppContext,
  pkg: OpenedPackage,
): Promise<{ problem: string | null; notes: string[] }> {
  let notes: string[] = [];
  try {
    await act(ctx, 'Proefimport', async (cx) => {
      await apply(cx, await plan(cx.trx, pkg, ctx), () => 'ours');
      const m = pkg.manifest.meeting;
      notes = await settleDuplicates(cx, { bodyId: m.bodyId, meetingId: m.id });
      if (await hasForeignKeyViolations(cx.trx)) throw new Error('FOREIGN KEY constraint failed');
      throw DRY_RUN;
    });
  } catch (error) {
    if (error !== DRY_RUN) {
      // The dialog already names the package, and nothing was imported yet.
      const translated = translateConstraint(error, 'Dit pakket', '.');
      if (translated instanceof ApiError) return { problem: translated.message, notes: [] };
      throw error;
    }
  }
  return { problem: null, notes };
}

export async function previewPackage(ctx: AppContext, path: string): Promise<PackagePreview> {
  return withPackage(path, async (pkg) => {
    const p = await ctx.store.db.transaction().execute((trx) => plan(trx, pkg, ctx));
    const c = counts(p, () => undefined);
    const tried = await dryRun(ctx, pkg);
    return {
      meeting: meetingInfo(pkg),
      exportedBy: pkg.manifest.exporter.user,
      exportedAt: pkg.manifest.createdAt,
      appVersion: pkg.manifest.appVersion,
      formatVersion: pkg.manifest.formatVersion,
      ...c,
      documents: { total: pkg.documents.size, new: p.documentsNew },
      conflicts: p.conflicts,
      problem: tried.problem,
      notes: tried.notes,
      unchanged:
        p.inserts.length === 0 &&
        p.updates.length === 0 &&
        p.removals.length === 0 &&
        p.rowConflicts.length === 0,
    };
  });
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return '(leeg)';
  if (typeof value === 'object') return '(de hele regel)';
  const text = String(value);
  return text.length > 80 ? `"${text.slice(0, 77)}…"` : `"${text}"`;
}

function unresolvedError(conflicts: SyncConflictView[]): ApiError {
  return new ApiError(
    'conflict',
    `Het pakket botst op ${conflicts.length === 1 ? 'één punt' : `${conflicts.length} punten`} met wat hier is gewijzigd. Kies per punt welke waarde blijft (hier of uit het pakket); er is niets geïmporteerd.`,
    conflicts.map((c) => ({
      path: `${c.table}/${c.id}/${c.field}`,
      message: `${c.what}: hier ${describe(c.ours)}, in het pakket ${describe(c.theirs)}`,
    })),
  );
}

type ImportOptions = CopyOptions;

export async function importPackage(
  ctx: AppContext,
  path: string,
  resolutions: Resolutions,
  options: ImportOptions = {},
): Promise<PackageImportResult> {
  return withPackage(path, async (pkg, zip) => {
    const choose = chooser(resolutions);
    // Cheap refusal first (conflicts, clashes), before copying possibly large documents.
    const first = await ctx.store.db.transaction().execute((trx) => plan(trx, pkg, ctx));
    const open = first.conflicts.filter((c) => !choose(c.table, c.id, c.field));
    if (open.length) throw unresolvedError(open);

    const added = await copyDocumentsIntoStore(pkg, zip, ctx.files, options);

    const m = pkg.manifest.meeting;
    const label = `Pakket ingelezen: vergadering van ${formatDutchDate(m.date)} (${m.bodyName}), van ${pkg.manifest.exporter.user}`;
    let result: PackageCounts & { resolved: number; touched: boolean; notes: string[] };
    try {
      result = await act(ctx, label, async (cx) => {
        // Planned again inside the transaction: the data may have changed since the first look.
        const p = await plan(cx.trx, pkg, ctx);
        const unresolved = p.conflicts.filter((c) => !choose(c.table, c.id, c.field));
        if (unresolved.length) throw unresolvedError(unresolved);
        await apply(cx, p, choose);
        const notes = await settleDuplicates(cx, { bodyId: m.bodyId, meetingId: m.id });
        return {
          ...counts(p, choose),
          notes,
          resolved: p.conflicts.length,
          touched:
            p.inserts.length + p.updates.length + p.removals.length + p.rowConflicts.length + notes.length >
            0,
        };
      });
    } catch (error) {
      // Nothing was imported: the documents this import put in the store go again (no orphans).
      await removeUnreferenced(ctx, added).catch(() => undefined);
      throw translateConstraint(error, pkg.label);
    }
    if (added.length) ctx.texts.schedule(); // the new documents' text, for search, in the background
    return {
      meeting: meetingInfo(pkg),
      created: result.created,
      updated: result.updated,
      removed: result.removed,
      documentsAdded: added.length,
      conflictsResolved: result.resolved,
      unchanged: !result.touched,
      notes: result.notes,
    };
  });
}

async function apply(
  cx: ChangeContext,
  p: Plan,
  choose: (table: string, id: string, field: string) => Choice | undefined,
): Promise<void> {
  // Parents and children arrive in one go: foreign keys are checked at commit.
  await deferForeignKeys(cx.trx);
  const order = (t: SyncTable) => SYNC_TABLES.indexOf(t);
  const removals = [
    ...p.removals,
    ...p.rowConflicts
      .filter((c) => !c.removedHere && choose(c.table, c.id, '*') === 'theirs')
      .map((c) => ({ table: c.table, id: c.id })),
  ].sort((a, b) => order(b.table) - order(a.table));
  for (const r of removals) await deleteRow(cx, r.table, r.id);
  for (const u of p.updates) {
    const patch: Row = { ...u.take };
    for (const c of u.conflicts) if (choose(u.table, u.id, c.field) === 'theirs') patch[c.field] = c.theirs;
    if (Object.keys(patch).length) await updateUncheckedRow(cx, u.table, u.id, patch);
  }
  const inserts = [
    ...p.inserts,
    ...p.rowConflicts
      .filter((c) => c.removedHere && choose(c.table, c.id, '*') === 'theirs')
      .map((c) => ({ table: c.table, row: c.row })),
  ].sort((a, b) => order(a.table) - order(b.table));
  for (const i of inserts) await insertUncheckedRow(cx, i.table, i.row);
  for (const l of p.learned)
    await insertRow(cx, 'sync_bases', {
      id: baseId(l.table, l.row.id, l.hash),
      table_name: l.table,
      row_id: l.row.id,
      row_hash: l.hash,
      row_json: JSON.stringify(l.row),
      exchanged_at: cx.now,
      direction: 'import',
    });
}

/**
 * A database refusal (a unique rule, a missing parent) as the user's Dutch message. `label` names the package;
 * `outcome` ends the sentence: what happened to the import.
 */
function translateConstraint(
  error: unknown,
  label: string,
  outcome = '; er is niets geïmporteerd.',
): unknown {
  const message = error instanceof Error ? error.message : String(error);
  if (/UNIQUE constraint failed: meetings/.test(message))
    return new ApiError(
      'conflict',
      `${label} botst met een andere vergadering hier op dezelfde datum. Verplaats of verwijder die eerst${outcome}`,
    );
  if (/UNIQUE constraint failed: sent_versions/.test(message))
    return new ApiError(
      'conflict',
      `${label} bevat een verzonden versie met hetzelfde nummer als een versie die hier is verzonden${outcome}`,
    );
  if (/UNIQUE constraint failed/.test(message))
    return new ApiError(
      'conflict',
      `${label} botst met gegevens op deze laptop (${message.replace(/^.*UNIQUE constraint failed: /, '')})${outcome}`,
    );
  if (/FOREIGN KEY constraint failed/.test(message))
    return new ApiError('invalid', `${label} verwijst naar gegevens die hier ontbreken${outcome}`);
  return error;
}
