// The crash test (scripts/crash-test.mjs, and a short run in tests/services/sync-crash.test.ts). Two laptops
// share a meeting: the ondersteuner's (A) and the chair's (B). A worker process records, exports and
// imports on both in a loop; the parent kills it with SIGKILL at a random moment, then checks:
//   - both databases open (quick check) and `regie check` passes (integrity, foreign keys, documents);
//   - every change the worker logged (it logs only after the call returned, and fsyncs the log) is
//     still there: inserted rows exist, the last value written to a field is still there (or a newer
//     one), rows of an imported package exist, an exported package is a sound package.
// Each laptop owns some fields (A the item titles and the documents, B the notes and the minutes), and
// conflicts are resolved by that ownership, as people would; so any older value coming back is a loss.
// This file is bundled with esbuild (see crash-test.mjs): `node bundle.cjs work DIR SEED` is the worker.
import { spawn } from 'node:child_process';
import { existsSync, fsyncSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { randomBytes, randomUUID } from 'node:crypto';
import { dirname, join } from 'node:path';
import { sql } from 'kysely';
import { openRegie, type Regie } from '../electron/services/index';
import { act } from '../electron/services/context';
import { insertRow, updateRow } from '../db/tracked';
import { checkStore } from '../electron/services/check';
import { exportPackage } from '../electron/services/sync/package-export';
import { importPackage, previewPackage, type Resolutions } from '../electron/services/sync/package-import';
import { withPackage } from '../electron/services/sync/package-read';

type Laptop = 'A' | 'B';

interface State {
  meetingId: string;
  bodyId: string;
  itemIds: string[];
}

type LogEntry =
  | { op: 'insert'; laptop: Laptop; table: string; id: string }
  | { op: 'set'; laptop: Laptop; table: string; id: string; field: string; value: number }
  | { op: 'export'; laptop: Laptop; path: string }
  | { op: 'import'; laptop: Laptop; rows: string[] }
  /** Written (not synced) when an operation starts, so the parent can tell what a kill interrupted. */
  | { op: 'begin'; what: string };

const dataDir = (work: string, laptop: Laptop) => join(work, laptop === 'A' ? 'ondersteuner' : 'voorzitter');
const exchange = (work: string, laptop: Laptop) => join(work, 'uitwisseling', `van-${laptop}.regie`);

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

/** The starting point: A has the plan, B has received the meeting of 1 April 2027. */
export async function prepareLaptops(work: string, planPath: string): Promise<State> {
  mkdirSync(join(work, 'uitwisseling'), { recursive: true });
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
    };
    writeFileSync(join(work, 'state.json'), JSON.stringify(state));
    writeFileSync(join(work, 'log.jsonl'), '');
    return state;
  } finally {
    await a.close();
    await b.close();
  }
}

/** The worker: records, exports and imports until it is killed. */
export async function workerMain(work: string, seed: number): Promise<never> {
  const state = JSON.parse(readFileSync(join(work, 'state.json'), 'utf8')) as State;
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const log = openSync(join(work, 'log.jsonl'), 'a');
  const write = (entry: LogEntry) => {
    writeSync(log, `${JSON.stringify(entry)}\n`);
    fsyncSync(log);
  };
  const laptops: Record<Laptop, Regie> = { A: await open(work, 'A'), B: await open(work, 'B') };
  let seq = 0;
  const token = () => Date.now() * 1000 + (seq++ % 1000);
  process.stdout.write('ready\n');

  const record = async (laptop: Laptop) => {
    const ctx = laptops[laptop].context;
    const item = pick(state.itemIds);
    const choice = next();
    if (laptop === 'A') {
      if (choice < 0.25) {
        const stored = await ctx.files.putBytes(randomBytes(500 + Math.floor(next() * 20_000)));
        const id = randomUUID();
        await act(ctx, 'Document toegevoegd', (cx) =>
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
        write({ op: 'insert', laptop, table: 'documents', id });
      } else {
        const value = token();
        await act(ctx, 'Titel gewijzigd', (cx) =>
          updateRow(cx, 'agenda_items', item, { title: `A:${value}` }),
        );
        write({ op: 'set', laptop, table: 'agenda_items', id: item, field: 'title', value });
      }
      return;
    }
    if (choice < 0.4) {
      const value = token();
      await act(ctx, 'Verslag bij punt', (cx) =>
        updateRow(cx, 'agenda_items', item, { notes: `B:${value}` }),
      );
      write({ op: 'set', laptop, table: 'agenda_items', id: item, field: 'notes', value });
    } else if (choice < 0.6) {
      const id = randomUUID();
      await act(ctx, 'Aanwezigheid', (cx) =>
        insertRow(cx, 'attendance', {
          id,
          meeting_id: state.meetingId,
          person_id: null,
          name: `Gast ${seq}`,
          status: 'present',
        }),
      );
      write({ op: 'insert', laptop, table: 'attendance', id });
    } else if (choice < 0.8) {
      const id = randomUUID();
      await act(ctx, 'Besluit', (cx) =>
        insertRow(cx, 'decisions', {
          id,
          meeting_id: state.meetingId,
          item_id: item,
          text: `Besluit ${token()}`,
        }),
      );
      write({ op: 'insert', laptop, table: 'decisions', id });
    } else {
      const id = randomUUID();
      const eventId = randomUUID();
      await act(ctx, 'Actie', async (cx) => {
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
      write({ op: 'insert', laptop, table: 'actions', id });
      write({ op: 'insert', laptop, table: 'action_events', id: eventId });
    }
  };

  const exportFrom = async (laptop: Laptop) => {
    await exportPackage(laptops[laptop].context, state.meetingId, exchange(work, laptop));
    write({ op: 'export', laptop, path: exchange(work, laptop) });
  };

  const importInto = async (laptop: Laptop) => {
    const path = exchange(work, laptop === 'A' ? 'B' : 'A');
    if (!existsSync(path)) return;
    const ctx = laptops[laptop].context;
    const rows = await withPackage(path, async (pkg) =>
      [...pkg.rows].flatMap(([table, entries]) => entries.map((e) => `${table}:${String(e.row.id)}`)),
    );
    const preview = await previewPackage(ctx, path);
    const resolutions: Resolutions = preview.conflicts.map((c) => ({
      table: c.table,
      id: c.id,
      field: c.field,
      choice:
        c.field === '*' || owns(laptop, c.table, c.field) || (laptop === 'A' && !owns('B', c.table, c.field))
          ? 'ours'
          : 'theirs',
    }));
    await importPackage(ctx, path, resolutions);
    write({ op: 'import', laptop, rows });
  };

  const operations: [number, string, () => Promise<void>][] = [
    [5, 'vastleggen', () => record('B')],
    [3, 'vastleggen', () => record('A')],
    [2, 'exporteren', () => exportFrom('B')],
    [2, 'importeren', () => importInto('A')],
    [2, 'exporteren', () => exportFrom('A')],
    [2, 'importeren', () => importInto('B')],
  ];
  const total = operations.reduce((sum, [weight]) => sum + weight, 0);
  for (;;) {
    let roll = next() * total;
    for (const [weight, what, run] of operations) {
      roll -= weight;
      if (roll < 0) {
        writeSync(log, `${JSON.stringify({ op: 'begin', what })}\n`);
        await run();
        break;
      }
    }
  }
}

export interface VerifyCounts {
  inserts: number;
  fields: number;
  imports: number;
  exports: number;
}

/** After a kill: both laptops open, pass the check, and hold everything the worker logged. */
export async function verifyLaptops(work: string): Promise<{ problems: string[]; counts: VerifyCounts }> {
  const problems: string[] = [];
  const counts: VerifyCounts = { inserts: 0, fields: 0, imports: 0, exports: 0 };
  const lines = readFileSync(join(work, 'log.jsonl'), 'utf8').split('\n');
  const entries: LogEntry[] = [];
  for (const [i, line] of lines.entries()) {
    if (!line) continue;
    try {
      entries.push(JSON.parse(line) as LogEntry);
    } catch {
      if (i < lines.length - 1) problems.push(`logregel ${i + 1} is onleesbaar`);
    }
  }
  const laptops: Partial<Record<Laptop, Regie>> = {};
  try {
    for (const laptop of ['A', 'B'] as const) {
      try {
        laptops[laptop] = await open(work, laptop);
      } catch (error) {
        problems.push(
          `laptop ${laptop} opent niet: ${error instanceof Error ? error.message : String(error)}`,
        );
        return { problems, counts };
      }
      const report = await checkStore((laptops[laptop] as Regie).context);
      for (const p of report.problems) problems.push(`laptop ${laptop}: ${p}`);
    }
    const exists = new Map<string, Set<string>>();
    const wanted = (laptop: Laptop, table: string, id: string) => {
      const key = `${laptop}:${table}`;
      exists.set(key, (exists.get(key) ?? new Set()).add(id));
    };
    const latest = new Map<string, { entry: Extract<LogEntry, { op: 'set' }> }>();
    const exported = new Map<string, Laptop>();
    for (const e of entries) {
      if (e.op === 'insert') {
        wanted(e.laptop, e.table, e.id);
        counts.inserts++;
      } else if (e.op === 'set') {
        latest.set(`${e.laptop}:${e.table}:${e.id}:${e.field}`, { entry: e });
        counts.fields++;
      } else if (e.op === 'begin') {
        continue;
      } else if (e.op === 'import') {
        for (const row of e.rows) {
          const cut = row.indexOf(':');
          wanted(e.laptop, row.slice(0, cut), row.slice(cut + 1));
        }
        counts.imports++;
      } else {
        exported.set(e.path, e.laptop);
        counts.exports++;
      }
    }
    for (const [key, ids] of exists) {
      const [laptop, table] = key.split(':') as [Laptop, string];
      const db = (laptops[laptop] as Regie).context.store.db;
      const found = new Set<string>();
      const list = [...ids];
      for (let i = 0; i < list.length; i += 500) {
        const rows = await sql<{
          id: string;
        }>`SELECT id FROM ${sql.table(table)} WHERE id IN (${sql.join(list.slice(i, i + 500))})`.execute(db);
        for (const r of rows.rows) found.add(r.id);
      }
      const missing = list.filter((id) => !found.has(id));
      if (missing.length)
        problems.push(
          `laptop ${laptop}: ${missing.length} rij(en) in ${table} verdwenen (${missing.slice(0, 3).join(', ')})`,
        );
    }
    for (const { entry } of latest.values()) {
      const db = (laptops[entry.laptop] as Regie).context.store.db;
      const row = await sql<
        Record<string, unknown>
      >`SELECT ${sql.ref(entry.field)} AS v FROM ${sql.table(entry.table)} WHERE id = ${entry.id}`.execute(
        db,
      );
      const current = String(row.rows[0]?.v ?? '');
      const value = Number(current.slice(2));
      if (!current.startsWith(`${entry.laptop}:`) || !(value >= entry.value))
        problems.push(
          `laptop ${entry.laptop}: ${entry.table}.${entry.field} van ${entry.id} is "${current}", verwacht ${entry.laptop}:${entry.value} of nieuwer`,
        );
    }
    for (const path of exported.keys()) {
      try {
        await withPackage(path, async () => undefined);
      } catch (error) {
        problems.push(
          `pakket ${path} is niet in orde: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
  } finally {
    for (const r of Object.values(laptops)) await r?.close();
  }
  return { problems, counts };
}

export interface CrashTestOptions {
  /** The bundled form of this file (`node bundle work DIR SEED` runs the worker). */
  bundle: string;
  work: string;
  planPath: string;
  kills: number;
  seed?: number;
  /** Longest pause after the worker is ready before the kill. */
  maxDelayMs?: number;
  onKill?: (n: number, counts: VerifyCounts) => void;
}

export interface CrashTestResult {
  kills: number;
  killedBeforeReady: number;
  /** What the worker was doing when it was killed: 'vastleggen', 'exporteren', 'importeren', 'opstarten', 'tussendoor'. */
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

/** Runs the worker `kills` times, killing it at a random moment, and verifies after every kill. */
export async function runCrashTest(options: CrashTestOptions): Promise<CrashTestResult> {
  const started = Date.now();
  const next = random(options.seed ?? 1);
  await prepareLaptops(options.work, options.planPath);
  const result: CrashTestResult = {
    kills: 0,
    killedBeforeReady: 0,
    interrupted: {},
    checksPassed: 0,
    counts: { inserts: 0, fields: 0, imports: 0, exports: 0 },
    problems: [],
    ms: 0,
  };
  for (let n = 0; n < options.kills; n++) {
    const child = spawn(
      process.execPath,
      [options.bundle, 'work', options.work, String(Math.floor(next() * 2 ** 31))],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal })),
    );
    // One kill in ten lands during start-up (opening, the daily backup); the rest while it works.
    const early = next() < 0.1;
    const ready = new Promise<boolean>((resolve) => {
      child.stdout.on('data', (d: Buffer) => d.toString().includes('ready') && resolve(true));
      void exited.then(() => resolve(false));
    });
    if (early) await new Promise((resolve) => setTimeout(resolve, Math.floor(next() * 250)));
    else if (!(await ready)) {
      result.problems.push(`de worker stopte vanzelf: ${stderr.trim().slice(0, 2000)}`);
      break;
    } else
      await new Promise((resolve) => setTimeout(resolve, Math.floor(next() * (options.maxDelayMs ?? 400))));
    const stillRunning = child.exitCode === null && child.signalCode === null;
    if (early && !stillRunning) {
      result.problems.push(`de worker stopte vanzelf: ${stderr.trim().slice(0, 2000)}`);
      break;
    }
    child.kill('SIGKILL');
    const exit = await exited;
    if (exit.signal !== 'SIGKILL') {
      result.problems.push(`de worker stopte vanzelf (code ${exit.code}): ${stderr.trim().slice(0, 2000)}`);
      break;
    }
    result.kills++;
    if (early) result.killedBeforeReady++;
    const what = early && !(await ready) ? 'opstarten' : lastBegun(options.work);
    result.interrupted[what] = (result.interrupted[what] ?? 0) + 1;
    const verified = await verifyLaptops(options.work);
    if (verified.problems.length) {
      result.problems.push(...verified.problems.map((p) => `na kill ${n + 1}: ${p}`));
      break;
    }
    result.checksPassed++;
    result.counts = verified.counts;
    options.onKill?.(n + 1, verified.counts);
  }
  result.ms = Date.now() - started;
  return result;
}

// Entry point of the bundled worker.
if (process.argv[2] === 'work') {
  const [work, seed] = [process.argv[3] as string, Number(process.argv[4] ?? 1)];
  workerMain(work, seed).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(3);
  });
}
