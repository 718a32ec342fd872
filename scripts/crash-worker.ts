// The crash test (scripts/crash-test.mjs, and a short run in tests/services/sync-crash.test.ts). Two laptops
// share a meeting: the ondersteuner's (A) and the chair's (B). For each kill the parent picks the next
// operation in turn, so the kills are spread evenly over all of them:
//   plan import (into a fresh data folder), recording (notes, decisions, actions, attendance, titles,
//   documents), package export, package import, backup, restore (in place, while the app runs), undo,
//   deletes (to the trash) and restoring from the trash.
// A worker process runs that operation over and over until the parent kills it with SIGKILL at a random
// moment (one kill in ten during start-up). After every kill the parent checks:
//   - both laptops open — and so take over the data-folder lock the killed worker held, cleanly: the lock's
//     owner file named the dead worker, the new opener took it over, and closing leaves no owner behind;
//   - `regie check` passes: integrity, foreign keys, every stored value against its table's schema, every
//     document (files an interrupted import left in the store are counted, not failures: --repair removes them);
//   - every change the worker had seen acknowledged is there (it logs only after the call returned, and
//     fsyncs the log): inserted rows exist, the last value written to a field is there (or a newer one), a
//     row deleted or restored from the trash is so, imported rows exist, an exported package is sound —
//     replaying the log with undo (the undone change's facts go) and restore (the facts go back to those of
//     the backup) taken into account;
//   - no partial import: a package import that was killed either left no change set, or a whole one (a
//     preview of the same package then finds nothing left to do); a plan import that was killed left its
//     data folder with either the whole plan or nothing;
// Each laptop owns some fields (A the item titles and the documents, B the notes and the minutes), and
// conflicts are resolved by that ownership, as people would; so any older value coming back is a loss.
// This file is bundled with esbuild (see crash-test.mjs): `node bundle.cjs work DIR SEED OPERATION` is the worker.
import { spawn } from 'node:child_process';
import {
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { randomBytes, randomUUID } from 'node:crypto';
import { dirname, join } from 'node:path';
import { sql } from 'kysely';
import SQLite from 'better-sqlite3';
import { openRegie, type Regie } from '../electron/services/index';
import { act } from '../electron/services/context';
import { insertRow, restoreDeleted, softDelete, undoLast, updateRow } from '../db/tracked';
import { checkStore } from '../electron/services/check';
import { createBackupFolder } from '../electron/services/backup';
import { backupSource } from '../electron/services/sync/handlers';
import { restoreInPlace } from '../electron/services/sync/restore';
import { exportPackage } from '../electron/services/sync/package-export';
import { importPackage, previewPackage, type Resolutions } from '../electron/services/sync/package-import';
import { withPackage } from '../electron/services/sync/package-read';
import { OWNER_FILE, type LockOwner } from '../electron/services/data-lock';

type Laptop = 'A' | 'B';

/** The operations the kills are spread over, in the order the parent takes them. */
export const OPERATIONS = [
  'plan importeren',
  'vastleggen',
  'pakket exporteren',
  'pakket importeren',
  'back-up',
  'terugzetten',
  'ongedaan maken',
  'verwijderen',
  'prullenbak',
] as const;
export type Operation = (typeof OPERATIONS)[number];

/** Operations that take long enough that a short pause before the kill would rarely see one finish. */
const SLOW: ReadonlySet<Operation> = new Set(['plan importeren', 'pakket importeren', 'terugzetten']);

interface State {
  meetingId: string;
  bodyId: string;
  itemIds: string[];
  /** The newest change set of each laptop once set up: undo never goes back beyond it (the setup itself). */
  baseline: Record<Laptop, number>;
}

/** Tables whose rows a laptop deletes and restores from the trash (the tables it owns). */
const TRASHABLE: Record<Laptop, readonly ('documents' | 'decisions' | 'actions' | 'attendance')[]> = {
  A: ['documents'],
  B: ['decisions', 'actions', 'attendance'],
};

type LogEntry =
  | { op: 'insert'; laptop: Laptop; table: string; id: string; cs: number }
  | { op: 'set'; laptop: Laptop; table: string; id: string; field: string; value: number; cs: number }
  | { op: 'deleted'; laptop: Laptop; table: string; id: string; deleted: boolean; cs: number }
  | { op: 'export'; laptop: Laptop; path: string }
  /** `rows`: the package's rows that exist after the import; `removed`: rows the import removed. */
  | { op: 'import'; laptop: Laptop; rows: string[]; removed: string[]; cs: number | null }
  | { op: 'backup'; laptop: Laptop; path: string }
  | { op: 'restore'; laptop: Laptop; path: string }
  | { op: 'undo'; laptop: Laptop; cs: number }
  | { op: 'planimport'; dir: string }
  /**
   * Written (not synced) when an operation starts, so the parent can tell what a kill interrupted — and, for an
   * operation that may or may not have gone through, what it was about to do: a package import's package and the
   * newest change set before it, the change set an undo takes back, the backup a restore puts back, the row a
   * delete flips, a plan import's folder.
   */
  | {
      op: 'begin';
      what: Operation;
      laptop?: Laptop;
      path?: string;
      cs?: number;
      dir?: string;
      /** The row a delete or a restore from the trash is about to flip. */
      key?: string;
    };

const dataDir = (work: string, laptop: Laptop) => join(work, laptop === 'A' ? 'ondersteuner' : 'voorzitter');
const exchange = (work: string, laptop: Laptop) => join(work, 'uitwisseling', `van-${laptop}.regie`);
const plansDir = (work: string) => join(work, 'plannen');

/** A small seeded generator, so a run's choice of operations can be repeated. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fields each laptop owns: in a conflict the owner keeps its value, the other takes it. */
function owns(laptop: Laptop, table: string, field: string): boolean {
  if (laptop === 'A') return (table === 'agenda_items' && field === 'title') || table === 'documents';
  return (
    (table === 'agenda_items' && field === 'notes') ||
    ['attendance', 'decisions', 'actions', 'action_events'].includes(table)
  );
}

async function open(work: string, laptop: Laptop): Promise<Regie> {
  return openRegie({ dataDir: dataDir(work, laptop), user: laptop === 'A' ? 'ondersteuner' : 'voorzitter' });
}

async function newestChangeSet(r: Regie): Promise<number> {
  const row = await sql<{ id: number | null }>`SELECT max(id) AS id FROM change_sets`.execute(
    r.context.store.db,
  );
  return Number(row.rows[0]?.id ?? 0);
}

/** The starting point: A has the plan, B has received the meeting of 1 April 2027. */
export async function prepareLaptops(work: string, planPath: string): Promise<State> {
  mkdirSync(join(work, 'uitwisseling'), { recursive: true });
  mkdirSync(plansDir(work), { recursive: true });
  const a = await open(work, 'A');
  const b = await open(work, 'B');
  try {
    await a.dispatch('plan.import', {
      plan: JSON.parse(readFileSync(planPath, 'utf8')),
      baseDir: dirname(planPath),
    });
    const meeting = (await a.dispatch('meetings.find', { ref: '2027-04-01' })) as {
      id: string;
      bodyId: string;
      items: { id: string }[];
    };
    await exportPackage(a.context, meeting.id, exchange(work, 'A'));
    await importPackage(b.context, exchange(work, 'A'), 'theirs');
    const state: State = {
      meetingId: meeting.id,
      bodyId: meeting.bodyId,
      itemIds: meeting.items.map((i) => i.id),
      baseline: { A: await newestChangeSet(a), B: await newestChangeSet(b) },
    };
    writeFileSync(join(work, 'state.json'), JSON.stringify(state));
    writeFileSync(join(work, 'plan.json'), JSON.stringify({ planPath }));
    writeFileSync(join(work, 'log.jsonl'), '');
    return state;
  } finally {
    await a.close();
    await b.close();
  }
}

function readLog(work: string): { entries: LogEntry[]; unreadable: number[] } {
  const lines = readFileSync(join(work, 'log.jsonl'), 'utf8').split('\n');
  const entries: LogEntry[] = [];
  const unreadable: number[] = [];
  for (const [i, line] of lines.entries()) {
    if (!line) continue;
    try {
      entries.push(JSON.parse(line) as LogEntry);
    } catch {
      // The last line may be half written when the kill came; any other is a problem.
      if (i < lines.length - 1) unreadable.push(i + 1);
    }
  }
  return { entries, unreadable };
}

/** The worker: runs `operation` until it is killed. */
export async function workerMain(work: string, seed: number, operation: Operation): Promise<never> {
  const state = JSON.parse(readFileSync(join(work, 'state.json'), 'utf8')) as State;
  const { planPath } = JSON.parse(readFileSync(join(work, 'plan.json'), 'utf8')) as { planPath: string };
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const log = openSync(join(work, 'log.jsonl'), 'a');
  const write = (entry: LogEntry) => {
    writeSync(log, `${JSON.stringify(entry)}\n`);
    fsyncSync(log);
  };
  const begin = (entry: Omit<Extract<LogEntry, { op: 'begin' }>, 'op'>) =>
    writeSync(log, `${JSON.stringify({ op: 'begin', ...entry })}\n`);
  // The backups each laptop has made and seen acknowledged (a restore takes the newest).
  const backups: Record<Laptop, string[]> = { A: [], B: [] };
  for (const e of readLog(work).entries) if (e.op === 'backup') backups[e.laptop].push(e.path);

  const laptops: Record<Laptop, Regie> = { A: await open(work, 'A'), B: await open(work, 'B') };
  let seq = 0;
  const token = () => Date.now() * 1000 + (seq++ % 1000);
  process.stdout.write('ready\n');

  /** One action on a laptop, as one change set; returns its id. */
  const action = async (laptop: Laptop, label: string, fn: Parameters<typeof act>[2]): Promise<number> => {
    let cs = 0;
    await act(laptops[laptop].context, label, async (cx) => {
      cs = cx.changeSetId;
      await fn(cx);
    });
    return cs;
  };

  const record = async (laptop: Laptop) => {
    const ctx = laptops[laptop].context;
    const item = pick(state.itemIds);
    const choice = next();
    if (laptop === 'A') {
      if (choice < 0.25) {
        const stored = await ctx.files.putBytes(randomBytes(500 + Math.floor(next() * 20_000)));
        const id = randomUUID();
        const cs = await action(laptop, 'Document toegevoegd', (cx) =>
          insertRow(cx, 'documents', {
            id,
            item_id: item,
            position: 50 + seq,
            title: `Stuk ${seq}`,
            file_name: `stuk-${seq}.pdf`,
            size: stored.size,
            sha256: stored.sha256,
          }),
        );
        write({ op: 'insert', laptop, table: 'documents', id, cs });
      } else {
        const value = token();
        const cs = await action(laptop, 'Titel gewijzigd', (cx) =>
          updateRow(cx, 'agenda_items', item, { title: `A:${value}` }),
        );
        write({ op: 'set', laptop, table: 'agenda_items', id: item, field: 'title', value, cs });
      }
      return;
    }
    if (choice < 0.4) {
      const value = token();
      const cs = await action(laptop, 'Verslag bij punt', (cx) =>
        updateRow(cx, 'agenda_items', item, { notes: `B:${value}` }),
      );
      write({ op: 'set', laptop, table: 'agenda_items', id: item, field: 'notes', value, cs });
    } else if (choice < 0.6) {
      const id = randomUUID();
      const cs = await action(laptop, 'Aanwezigheid', (cx) =>
        insertRow(cx, 'attendance', {
          id,
          meeting_id: state.meetingId,
          person_id: null,
          // Unique: the import keeps one of two guests with the same name (settleDuplicates).
          name: `Gast ${randomUUID().slice(0, 8)}`,
          status: 'present',
        }),
      );
      write({ op: 'insert', laptop, table: 'attendance', id, cs });
    } else if (choice < 0.8) {
      const id = randomUUID();
      const cs = await action(laptop, 'Besluit', (cx) =>
        insertRow(cx, 'decisions', {
          id,
          meeting_id: state.meetingId,
          item_id: item,
          text: `Besluit ${token()}`,
        }),
      );
      write({ op: 'insert', laptop, table: 'decisions', id, cs });
    } else {
      const id = randomUUID();
      const eventId = randomUUID();
      const cs = await action(laptop, 'Actie', async (cx) => {
        await insertRow(cx, 'actions', {
          id,
          body_id: state.bodyId,
          meeting_id: state.meetingId,
          item_id: item,
          what: `Actie ${token()}`,
          who_name: 'R. Verheijen',
          due: '2027-05-01',
          status: 'open',
        });
        await insertRow(cx, 'action_events', {
          id: eventId,
          action_id: id,
          on_date: '2027-04-01',
          status: 'open',
          meeting_id: state.meetingId,
          note: '',
        });
      });
      write({ op: 'insert', laptop, table: 'actions', id, cs });
      write({ op: 'insert', laptop, table: 'action_events', id: eventId, cs });
    }
  };

  const exportFrom = async (laptop: Laptop) => {
    await exportPackage(laptops[laptop].context, state.meetingId, exchange(work, laptop));
    write({ op: 'export', laptop, path: exchange(work, laptop) });
  };

  const importInto = async (laptop: Laptop) => {
    const path = exchange(work, laptop === 'A' ? 'B' : 'A');
    if (!existsSync(path)) return exportFrom(laptop === 'A' ? 'B' : 'A');
    const r = laptops[laptop];
    const { rows, removed } = await withPackage(path, async (pkg) => ({
      rows: [...pkg.rows].flatMap(([table, entries]) => entries.map((e) => `${table}:${String(e.row.id)}`)),
      removed: pkg.manifest.removed.map((x) => `${x.table}:${x.id}`),
    }));
    const preview = await previewPackage(r.context, path);
    const resolutions: Resolutions = preview.conflicts.map((c) => ({
      table: c.table,
      id: c.id,
      field: c.field,
      choice:
        c.field === '*' || owns(laptop, c.table, c.field) || (laptop === 'A' && !owns('B', c.table, c.field))
          ? 'ours'
          : 'theirs',
    }));
    const before = await newestChangeSet(r);
    begin({ what: 'pakket importeren', laptop, path, cs: before });
    await importPackage(r.context, path, resolutions);
    const after = await newestChangeSet(r);
    const exists = async (keys: string[]) => {
      const out: string[] = [];
      for (const key of keys) {
        const [table, id] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
        const hit = await sql`SELECT 1 FROM ${sql.table(table)} WHERE id = ${id}`.execute(r.context.store.db);
        if (hit.rows.length) out.push(key);
      }
      return out;
    };
    const present = await exists(rows);
    const gone = new Set(await exists(removed));
    write({
      op: 'import',
      laptop,
      rows: present,
      removed: removed.filter((k) => !gone.has(k)),
      cs: after > before ? after : null,
    });
  };

  const backup = async (laptop: Laptop) => {
    const made = await createBackupFolder(backupSource(laptops[laptop].context), 'handmatig');
    backups[laptop].push(made.path);
    write({ op: 'backup', laptop, path: made.path });
  };

  const restore = async (laptop: Laptop) => {
    const path = backups[laptop].at(-1);
    if (!path) return backup(laptop);
    begin({ what: 'terugzetten', laptop, path });
    await restoreInPlace(laptops[laptop].context, path);
    write({ op: 'restore', laptop, path });
  };

  const undo = async (laptop: Laptop): Promise<void> => {
    const r = laptops[laptop];
    // Only what the test did: undoing the setup (the plan, the first package) would leave nothing to work on.
    const latest = await sql<{ id: number | null }>`SELECT max(id) AS id FROM change_sets c
      WHERE undo_of IS NULL AND undone_by IS NULL
        AND EXISTS (SELECT 1 FROM changes WHERE change_set_id = c.id)`.execute(r.context.store.db);
    const target = Number(latest.rows[0]?.id ?? 0);
    if (target <= state.baseline[laptop]) return record(laptop);
    begin({ what: 'ongedaan maken', laptop, cs: target });
    const result = await undoLast(r.context.store.db, { user: r.context.user, now: new Date() });
    if (!result) return;
    const undone = await sql<{
      undo_of: number;
    }>`SELECT undo_of FROM change_sets WHERE id = ${result.changeSetId}`.execute(r.context.store.db);
    write({ op: 'undo', laptop, cs: Number(undone.rows[0]?.undo_of) });
  };

  /** Rows of the laptop's own tables with deleted_at set (or not). */
  const rowsOf = async (laptop: Laptop, deleted: boolean) => {
    const out: { table: (typeof TRASHABLE)[Laptop][number]; id: string }[] = [];
    for (const table of TRASHABLE[laptop]) {
      const rows = await sql<{ id: string }>`SELECT id FROM ${sql.table(table)}
        WHERE deleted_at IS ${deleted ? sql`NOT NULL` : sql`NULL`} LIMIT 50`.execute(
        laptops[laptop].context.store.db,
      );
      out.push(...rows.rows.map((r) => ({ table, id: r.id })));
    }
    return out;
  };

  const remove = async (laptop: Laptop) => {
    const live = await rowsOf(laptop, false);
    if (live.length === 0) return record(laptop);
    const { table, id } = pick(live);
    begin({ what: 'verwijderen', laptop, key: `${table}:${id}` });
    const cs = await action(laptop, 'Naar de prullenbak', (cx) => softDelete(cx, table, id));
    write({ op: 'deleted', laptop, table, id, deleted: true, cs });
  };

  const restoreFromTrash = async (laptop: Laptop) => {
    const trashed = await rowsOf(laptop, true);
    if (trashed.length === 0) return remove(laptop);
    const { table, id } = pick(trashed);
    begin({ what: 'prullenbak', laptop, key: `${table}:${id}` });
    const cs = await action(laptop, 'Teruggezet uit de prullenbak', (cx) => restoreDeleted(cx, table, id));
    write({ op: 'deleted', laptop, table, id, deleted: false, cs });
  };

  const importPlan = async () => {
    const dir = join(plansDir(work), `${process.pid}-${seq++}`);
    begin({ what: 'plan importeren', dir });
    const r = await openRegie({ dataDir: dir, user: 'ondersteuner' });
    try {
      await r.dispatch('plan.import', {
        plan: JSON.parse(readFileSync(planPath, 'utf8')),
        baseDir: dirname(planPath),
      });
    } finally {
      await r.close();
    }
    write({ op: 'planimport', dir });
  };

  const run: Record<Operation, (laptop: Laptop) => Promise<void>> = {
    'plan importeren': () => importPlan(),
    vastleggen: record,
    'pakket exporteren': exportFrom,
    'pakket importeren': importInto,
    'back-up': backup,
    terugzetten: restore,
    'ongedaan maken': undo,
    verwijderen: remove,
    prullenbak: restoreFromTrash,
  };
  for (;;) {
    const laptop: Laptop = next() < 0.5 ? 'A' : 'B';
    begin({ what: operation, laptop });
    await run[operation](laptop);
  }
}

export interface VerifyCounts {
  inserts: number;
  fields: number;
  deletes: number;
  imports: number;
  exports: number;
  backups: number;
  restores: number;
  undos: number;
  plans: number;
  /** Locks of the killed worker taken over on opening. */
  locksTakenOver: number;
  /**
   * Files in a document store no row refers to (an undone addition, an import interrupted after storing its
   * documents): reported by `regie check`, removed here as by --repair.
   */
  orphansRepaired: number;
}

function noCounts(): VerifyCounts {
  return {
    inserts: 0,
    fields: 0,
    deletes: 0,
    imports: 0,
    exports: 0,
    backups: 0,
    restores: 0,
    undos: 0,
    plans: 0,
    locksTakenOver: 0,
    orphansRepaired: 0,
  };
}

type Fact =
  | { kind: 'row'; key: string; cs: number | null }
  | { kind: 'field'; key: string; laptop: Laptop; value: number; cs: number }
  /**
   * `weak`: from before a restore of the laptop. A restore does not take back what the laptop had sent since
   * its backup: the other laptop still has those versions, and its next package brings them back (a three-way
   * merge rightly takes them: only they changed them). So a trash state from before a restore is not judged.
   */
  | { kind: 'deleted'; key: string; deleted: boolean; cs: number; weak?: boolean };

/** What each laptop must hold after replaying the log: facts, undone ones dropped, restores rolled back. */
function expectations(entries: LogEntry[], counts: VerifyCounts): Record<Laptop, Fact[]> {
  const facts: Record<Laptop, Fact[]> = { A: [], B: [] };
  const atBackup = new Map<string, Fact[]>();
  for (const e of entries) {
    switch (e.op) {
      case 'insert':
        facts[e.laptop].push({ kind: 'row', key: `${e.table}:${e.id}`, cs: e.cs });
        counts.inserts++;
        break;
      case 'set':
        facts[e.laptop].push({
          kind: 'field',
          key: `${e.table}:${e.id}:${e.field}`,
          laptop: e.laptop,
          value: e.value,
          cs: e.cs,
        });
        counts.fields++;
        break;
      case 'deleted':
        facts[e.laptop].push({ kind: 'deleted', key: `${e.table}:${e.id}`, deleted: e.deleted, cs: e.cs });
        counts.deletes++;
        break;
      case 'import': {
        const removed = new Set(e.removed);
        facts[e.laptop] = facts[e.laptop].filter((f) => f.kind !== 'row' || !removed.has(f.key));
        if (e.cs !== null) for (const key of e.rows) facts[e.laptop].push({ kind: 'row', key, cs: e.cs });
        counts.imports++;
        break;
      }
      case 'undo':
        facts[e.laptop] = facts[e.laptop].filter((f) => f.cs !== e.cs);
        counts.undos++;
        break;
      case 'backup':
        atBackup.set(e.path, [...facts[e.laptop]]);
        counts.backups++;
        break;
      case 'restore':
        facts[e.laptop] = (atBackup.get(e.path) ?? []).map((f) =>
          f.kind === 'deleted' ? { ...f, weak: true } : f,
        );
        counts.restores++;
        break;
      case 'export':
        counts.exports++;
        break;
      case 'planimport':
        counts.plans++;
        break;
      case 'begin':
        break;
    }
  }
  return facts;
}

/** Opens a data folder after a kill; checks the lock of the killed worker was taken over cleanly. */
async function openAfterKill(
  dir: string,
  open: () => Promise<Regie>,
  workerPid: number | null,
  problems: string[],
  counts: VerifyCounts,
): Promise<Regie | null> {
  let left: LockOwner | null;
  try {
    left = JSON.parse(readFileSync(join(dir, OWNER_FILE), 'utf8')) as LockOwner;
  } catch {
    left = null;
  }
  let r: Regie;
  try {
    r = await open();
  } catch (error) {
    problems.push(`${dir} opent niet: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
  if (left) {
    if (left.pid !== workerPid) problems.push(`${dir}: een slot van proces ${left.pid}, niet van de worker`);
    else if (r.lock?.tookOverFrom?.pid !== workerPid)
      problems.push(`${dir}: het slot van de gestopte worker is niet overgenomen`);
    else counts.locksTakenOver++;
  }
  return r;
}

async function closeCleanly(r: Regie, dir: string, problems: string[]) {
  await r.close();
  if (existsSync(join(dir, OWNER_FILE)))
    problems.push(`${dir}: na het sluiten staat er nog een eigenaar van het slot`);
}

/** `regie check`, with the files an interrupted import left behind counted and removed, not failed on. */
async function checked(r: Regie, name: string, problems: string[], counts: VerifyCounts) {
  const report = await checkStore(r.context);
  const orphans = report.problems.filter((p) => p.startsWith('los bestand in de documentopslag'));
  for (const p of report.problems) if (!orphans.includes(p)) problems.push(`${name}: ${p}`);
  if (orphans.length) {
    await checkStore(r.context, { repair: true });
    counts.orphansRepaired += orphans.length;
  }
}

/** The plan as a data folder holds it: 0 bodies, or everything the reference import gave. */
async function planCounts(r: Regie): Promise<string> {
  const n = async (table: string) =>
    Number(
      (await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(r.context.store.db))
        .rows[0]?.n,
    );
  const tables = ['bodies', 'people', 'meetings', 'agenda_items', 'documents', 'attendance', 'actions'];
  return (await Promise.all(tables.map(async (t) => `${t} ${await n(t)}`))).join(', ');
}

/** The newest change set of a database, as id and moment. */
function newestIn(db: SQLite.Database): string {
  const row = db.prepare('SELECT id, at FROM change_sets ORDER BY id DESC LIMIT 1').get() as
    { id: number; at: string } | undefined;
  return row ? `${row.id}@${row.at}` : '';
}

/**
 * What an operation killed in flight left behind, as log entries the parent appends (the worker is dead): an
 * undo whose change set is now undone and a restore whose database is now the backup's count as done; a row a
 * killed delete or trash restore was about to flip is in the state it is in, by the change set that put it
 * there; rows a killed import removed are gone for good. So later checks judge against what really happened.
 */
async function resolveInFlight(
  laptops: Record<Laptop, Regie>,
  killedIn: Extract<LogEntry, { op: 'begin' }> | undefined,
): Promise<LogEntry[]> {
  if (!killedIn?.laptop) return [];
  const laptop = killedIn.laptop;
  const live = laptops[laptop].context.store.sqlite;
  if (killedIn.what === 'ongedaan maken' && killedIn.cs !== undefined) {
    const row = live.prepare('SELECT undone_by FROM change_sets WHERE id = ?').get(killedIn.cs) as
      { undone_by: number | null } | undefined;
    return row?.undone_by ? [{ op: 'undo', laptop, cs: killedIn.cs }] : [];
  }
  if (killedIn.what === 'terugzetten' && killedIn.path) {
    const backup = new SQLite(join(killedIn.path, 'regie.sqlite'), { readonly: true, fileMustExist: true });
    try {
      return newestIn(live) === newestIn(backup) ? [{ op: 'restore', laptop, path: killedIn.path }] : [];
    } finally {
      backup.close();
    }
  }
  if ((killedIn.what === 'verwijderen' || killedIn.what === 'prullenbak') && killedIn.key) {
    const [table, id] = [
      killedIn.key.slice(0, killedIn.key.indexOf(':')),
      killedIn.key.slice(killedIn.key.indexOf(':') + 1),
    ];
    const row = live.prepare(`SELECT deleted_at FROM ${table} WHERE id = ?`).get(id) as
      { deleted_at: string | null } | undefined;
    const by = live
      .prepare(
        `SELECT max(c.change_set_id) AS cs FROM changes c JOIN change_sets s ON s.id = c.change_set_id
         WHERE c.table_name = ? AND c.row_id = ? AND s.undone_by IS NULL`,
      )
      .get(table, id) as { cs: number | null };
    return row && by.cs !== null
      ? [{ op: 'deleted', laptop, table, id, deleted: row.deleted_at !== null, cs: by.cs }]
      : [];
  }
  if (killedIn.what === 'pakket importeren' && killedIn.path && existsSync(killedIn.path)) {
    const removed = await withPackage(killedIn.path, async (pkg) => pkg.manifest.removed).catch(() => []);
    const gone = removed
      .filter((r) => !live.prepare(`SELECT 1 FROM ${r.table} WHERE id = ?`).get(r.id))
      .map((r) => `${r.table}:${r.id}`);
    return gone.length ? [{ op: 'import', laptop, rows: [], removed: gone, cs: null }] : [];
  }
  return [];
}

function appendToLog(work: string, entries: LogEntry[]): void {
  if (entries.length === 0) return;
  const path = join(work, 'log.jsonl');
  const text = readFileSync(path, 'utf8');
  const lines = entries.map((e) => JSON.stringify(e)).join('\n');
  writeFileSync(path, `${text}${text && !text.endsWith('\n') ? '\n' : ''}${lines}\n`);
}

/** After a kill: both laptops and the plan folders open, pass the check, and hold everything logged. */
export async function verifyLaptops(
  work: string,
  options: { workerPid?: number | null; checkedPlans?: Set<string>; fullPlan?: string } = {},
): Promise<{ problems: string[]; counts: VerifyCounts; fullPlan?: string }> {
  const problems: string[] = [];
  const counts = noCounts();
  const { entries, unreadable } = readLog(work);
  for (const line of unreadable) problems.push(`logregel ${line} is onleesbaar`);
  const lastBegin = [...entries].reverse().find((e) => e.op === 'begin') as
    Extract<LogEntry, { op: 'begin' }> | undefined;
  const lastIndex = lastBegin ? entries.lastIndexOf(lastBegin) : -1;
  const finished = entries.slice(lastIndex + 1).some((e) => e.op !== 'begin');
  const killedIn = lastBegin && !finished ? lastBegin : undefined;
  const workerPid = options.workerPid ?? null;
  const laptops: Partial<Record<Laptop, Regie>> = {};
  try {
    for (const laptop of ['A', 'B'] as const) {
      const r = await openAfterKill(
        dataDir(work, laptop),
        () => open(work, laptop),
        workerPid,
        problems,
        counts,
      );
      if (!r) return { problems, counts };
      laptops[laptop] = r;
      await checked(r, `laptop ${laptop}`, problems, counts);
    }
    // An operation killed in flight may or may not have gone through: both are sound; the log says which.
    const resolved = await resolveInFlight(laptops as Record<Laptop, Regie>, killedIn);
    appendToLog(work, resolved);
    const facts = expectations([...entries, ...resolved], counts);
    for (const laptop of ['A', 'B'] as const) {
      const db = (laptops[laptop] as Regie).context.store.db;
      const latest = new Map<string, Fact>();
      for (const f of facts[laptop]) if (f.kind !== 'row') latest.set(`${f.kind}:${f.key}`, f);
      const rows = new Map<string, string[]>();
      for (const f of facts[laptop])
        if (f.kind === 'row') {
          const cut = f.key.indexOf(':');
          const table = f.key.slice(0, cut);
          rows.set(table, [...(rows.get(table) ?? []), f.key.slice(cut + 1)]);
        }
      for (const [table, ids] of rows) {
        const found = new Set<string>();
        for (let i = 0; i < ids.length; i += 500) {
          const hit = await sql<{ id: string }>`SELECT id FROM ${sql.table(table)}
            WHERE id IN (${sql.join(ids.slice(i, i + 500))})`.execute(db);
          for (const r of hit.rows) found.add(r.id);
        }
        const missing = [...new Set(ids)].filter((id) => !found.has(id));
        if (missing.length)
          problems.push(
            `laptop ${laptop}: ${missing.length} rij(en) in ${table} verdwenen (${missing.slice(0, 3).join(', ')})`,
          );
      }
      for (const f of latest.values()) {
        if (f.kind === 'field') {
          const [table, id, field] = f.key.split(':') as [string, string, string];
          const row = await sql<{ v: unknown }>`SELECT ${sql.ref(field)} AS v FROM ${sql.table(table)}
            WHERE id = ${id}`.execute(db);
          const current = String(row.rows[0]?.v ?? '');
          if (!current.startsWith(`${f.laptop}:`) || !(Number(current.slice(2)) >= f.value))
            problems.push(
              `laptop ${laptop}: ${table}.${field} van ${id} is "${current}", verwacht ${f.laptop}:${f.value} of nieuwer`,
            );
        } else if (f.kind === 'deleted' && !f.weak) {
          const [table, id] = f.key.split(':') as [string, string];
          const row = await sql<{ d: string | null }>`SELECT deleted_at AS d FROM ${sql.table(table)}
            WHERE id = ${id}`.execute(db);
          const deleted = row.rows[0] ? row.rows[0].d !== null : null;
          if (deleted !== null && deleted !== f.deleted)
            problems.push(
              `laptop ${laptop}: ${table} ${id} staat ${deleted ? 'in' : 'niet in'} de prullenbak, verwacht ${f.deleted ? 'wel' : 'niet'}`,
            );
        }
      }
    }
    for (const e of entries)
      if (e.op === 'export')
        await withPackage(e.path, async () => undefined).catch((error: unknown) =>
          problems.push(
            `pakket ${e.path} is niet in orde: ${error instanceof Error ? error.message : String(error)}`,
          ),
        );
    // No partial import: a killed import either left no change set, or a whole one.
    if (killedIn?.what === 'pakket importeren' && killedIn.laptop && killedIn.path) {
      const r = laptops[killedIn.laptop] as Regie;
      if ((await newestChangeSet(r)) > (killedIn.cs ?? 0) && existsSync(killedIn.path)) {
        const again = await previewPackage(r.context, killedIn.path);
        if (!again.unchanged)
          problems.push(
            `laptop ${killedIn.laptop}: de onderbroken import is half uitgevoerd (een nieuwe voorvertoning vindt nog ${JSON.stringify(again.created)} nieuw, ${JSON.stringify(again.updated)} gewijzigd)`,
          );
      }
    }
  } finally {
    for (const [laptop, r] of Object.entries(laptops))
      if (r) await closeCleanly(r, dataDir(work, laptop as Laptop), problems);
  }

  // Plan imports: each folder holds the whole plan or nothing; one seen acknowledged holds the whole plan.
  let fullPlan = options.fullPlan;
  const acknowledged = new Set(entries.flatMap((e) => (e.op === 'planimport' ? [e.dir] : [])));
  const seen = options.checkedPlans ?? new Set<string>();
  for (const name of existsSync(plansDir(work)) ? readdirSync(plansDir(work)) : []) {
    const dir = join(plansDir(work), name);
    if (seen.has(dir) && dir !== killedIn?.dir) continue;
    const r = await openAfterKill(
      dir,
      () => openRegie({ dataDir: dir, user: 'controle' }),
      workerPid,
      problems,
      counts,
    );
    if (!r) continue;
    try {
      await checked(r, `plan ${name}`, problems, counts);
      const holds = await planCounts(r);
      const empty = holds.startsWith('bodies 0,');
      if (!empty) fullPlan ??= holds;
      if (!empty && holds !== fullPlan)
        problems.push(`plan ${name} is half geïmporteerd: ${holds} (heel: ${fullPlan})`);
      if (empty && acknowledged.has(dir)) problems.push(`plan ${name} was geïmporteerd maar is leeg`);
    } finally {
      await closeCleanly(r, dir, problems);
    }
    seen.add(dir);
  }
  return fullPlan === undefined ? { problems, counts } : { problems, counts, fullPlan };
}

export interface CrashTestOptions {
  /** The bundled form of this file (`node bundle work DIR SEED OPERATION` runs the worker). */
  bundle: string;
  work: string;
  planPath: string;
  kills: number;
  seed?: number;
  /** Longest pause after the worker is ready before the kill (twice as long for the slow operations). */
  maxDelayMs?: number;
  onKill?: (n: number, counts: VerifyCounts) => void;
}

export interface CrashTestResult {
  kills: number;
  killedBeforeReady: number;
  /** Kills per operation the worker was running (the parent's choice). */
  perOperation: Record<string, number>;
  /** What the last log line says was under way at the kill: an operation, 'opstarten' or 'tussendoor'. */
  interrupted: Record<string, number>;
  checksPassed: number;
  counts: VerifyCounts;
  problems: string[];
  ms: number;
}

/** The operation the last log line says was under way ('tussendoor' when the last one had finished). */
function lastBegun(work: string): string {
  const lines = readFileSync(join(work, 'log.jsonl'), 'utf8').trimEnd().split('\n');
  try {
    const last = JSON.parse(lines[lines.length - 1] ?? '{}') as Partial<LogEntry>;
    return last.op === 'begin' ? (last as { what: string }).what : 'tussendoor';
  } catch {
    return 'tussendoor';
  }
}

/** Runs the worker `kills` times, each time on the next operation, kills it, and verifies after every kill. */
export async function runCrashTest(options: CrashTestOptions): Promise<CrashTestResult> {
  const started = Date.now();
  const next = random(options.seed ?? 1);
  await prepareLaptops(options.work, options.planPath);
  const result: CrashTestResult = {
    kills: 0,
    killedBeforeReady: 0,
    perOperation: {},
    interrupted: {},
    checksPassed: 0,
    counts: noCounts(),
    problems: [],
    ms: 0,
  };
  const checkedPlans = new Set<string>();
  let fullPlan: string | undefined;
  let locksTakenOver = 0;
  let orphansRepaired = 0;
  for (let n = 0; n < options.kills; n++) {
    const operation = OPERATIONS[n % OPERATIONS.length] as Operation;
    const child = spawn(
      process.execPath,
      [options.bundle, 'work', options.work, String(Math.floor(next() * 2 ** 31)), operation],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal })),
    );
    // One kill in ten lands during start-up (opening, taking over the lock, the daily backup).
    const early = next() < 0.1;
    const ready = new Promise<boolean>((resolve) => {
      child.stdout.on('data', (d: Buffer) => d.toString().includes('ready') && resolve(true));
      void exited.then(() => resolve(false));
    });
    if (early) await new Promise((resolve) => setTimeout(resolve, Math.floor(next() * 250)));
    else if (!(await ready)) {
      result.problems.push(`de worker (${operation}) stopte vanzelf: ${stderr.trim().slice(0, 2000)}`);
      break;
    } else
      await new Promise((resolve) =>
        setTimeout(resolve, Math.floor(next() * (options.maxDelayMs ?? 500) * (SLOW.has(operation) ? 3 : 1))),
      );
    const stillRunning = child.exitCode === null && child.signalCode === null;
    if (early && !stillRunning) {
      result.problems.push(`de worker (${operation}) stopte vanzelf: ${stderr.trim().slice(0, 2000)}`);
      break;
    }
    child.kill('SIGKILL');
    const exit = await exited;
    if (exit.signal !== 'SIGKILL') {
      result.problems.push(
        `de worker (${operation}) stopte vanzelf (code ${exit.code}): ${stderr.trim().slice(0, 2000)}`,
      );
      break;
    }
    result.kills++;
    result.perOperation[operation] = (result.perOperation[operation] ?? 0) + 1;
    if (early) result.killedBeforeReady++;
    const what = early && !(await ready) ? 'opstarten' : lastBegun(options.work);
    result.interrupted[what] = (result.interrupted[what] ?? 0) + 1;
    const verified = await verifyLaptops(options.work, {
      workerPid: child.pid ?? null,
      checkedPlans,
      ...(fullPlan ? { fullPlan } : {}),
    });
    fullPlan ??= verified.fullPlan;
    locksTakenOver += verified.counts.locksTakenOver;
    orphansRepaired += verified.counts.orphansRepaired;
    if (verified.problems.length) {
      result.problems.push(...verified.problems.map((p) => `na kill ${n + 1} (${operation}): ${p}`));
      break;
    }
    result.checksPassed++;
    result.counts = { ...verified.counts, locksTakenOver, orphansRepaired };
    options.onKill?.(n + 1, result.counts);
  }
  result.ms = Date.now() - started;
  return result;
}

// Entry point of the bundled worker.
if (process.argv[2] === 'work') {
  const [work, seed, operation] = [
    process.argv[3] as string,
    Number(process.argv[4] ?? 1),
    (process.argv[5] ?? 'vastleggen') as Operation,
  ];
  workerMain(work, seed, operation).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(3);
  });
}
