// The `regie` command line over the same handlers as the app.
//   regie [--db PATH] COMMAND …     (--db may also stand after the command; REGIE_DB may give it instead)
// Without --db it uses the database of the desktop app. Errors go to stderr in plain words, exit code 1
// for a problem found (check) or a refused request, 2 for wrong usage.
import { dirname, resolve } from 'node:path';
import { homedir, userInfo } from 'node:os';
import { openRegie, type Regie } from '../services/index';
import { chooseDataLocation } from '../services/data-location';
import { ApiError, isApiErrorBody } from '../../shared/api/errors';
import type { Api } from '../../shared/api/contract';
import { formatDutchDate } from '../../shared/rules/calendar';
import { meetingShowJson } from './views';
import { readPlanFile } from '../services/plan-file';
import { cliCommands, type CliCommand } from './commands';

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

const defaultIO: CliIO = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

export const USAGE = `Gebruik: regie [--db PAD] OPDRACHT …

Opdrachten:
  import PLAN.json                      een plan (overleg, mensen, vergaderingen) importeren
  meeting list [--json] [--body NAAM]   de vergaderingen
  meeting show REF --json [--body NAAM] één vergadering (REF: id of datum JJJJ-MM-DD)
  backup --out BESTAND.zip              back-up van database en documenten (ook terwijl de app draait;
                                        BESTAND.sqlite: alleen de database)
  restore BACK-UP                       een back-up terugzetten (map, .zip of .sqlite); de huidige
                                        gegevens worden eerst zelf bewaard. Sluit eerst de app.
  check [--repair]                      database en documenten controleren (exit 1 bij een probleem);
                                        --repair ruimt losse bestanden in de documentopslag op
${cliCommands.map((c) => `  ${c.usage.padEnd(38)}${c.summary}`).join('\n')}

--db PAD mag ook na de opdracht staan; REGIE_DB mag het ook geven.
Zonder --db gebruikt regie de database van de desktop-app.`;

export class UsageError extends Error {}

export interface ParsedArgs {
  db: string | null;
  positional: string[];
  flags: Map<string, string | true>;
}

const VALUE_FLAGS = new Set(['--db', '--out', '--body', '--group-by', '--municipality']);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      if (eq > 0) {
        flags.set(arg.slice(0, eq), arg.slice(eq + 1));
        continue;
      }
      if (VALUE_FLAGS.has(arg)) {
        const value = argv[i + 1];
        if (value === undefined || value.startsWith('--')) throw new UsageError(`${arg} vraagt een waarde.`);
        flags.set(arg, value);
        i++;
      } else flags.set(arg, true);
    } else positional.push(arg);
  }
  const db = flags.get('--db');
  flags.delete('--db');
  return { db: typeof db === 'string' ? db : null, positional, flags };
}

function apiOf(regie: Regie): Api {
  return new Proxy({} as Api, { get: (_t, name: string) => (req: unknown) => regie.dispatch(name, req) });
}

/**
 * Opens the data for one command. Commands that only read (`meeting list/show`, `export`, `backup`, `check`) keep working
 * while the app has the data folder open (read-only beside it); a command that writes is refused then, with a
 * message naming who has it open (electron/services/data-lock.ts).
 */
export async function openForCli(
  db: string | null,
  env: NodeJS.ProcessEnv = process.env,
  use: { command: string; access: 'read' | 'write' } = { command: 'import', access: 'write' },
): Promise<Regie> {
  const dbPath = db ?? env.REGIE_DB ?? null;
  const user = env.REGIE_USER ?? safeUser();
  // REGIE_NOW fixes "today" (for tests and demonstrations); otherwise the real clock.
  const fixed = env.REGIE_NOW ? new Date(env.REGIE_NOW) : null;
  if (fixed && Number.isNaN(fixed.getTime()))
    throw new UsageError(`REGIE_NOW is geen geldig tijdstip: ${env.REGIE_NOW}`);
  const clock = fixed ? { now: () => fixed } : {};
  const access = { access: use.access, owner: { program: 'cli' as const, command: use.command } };
  if (dbPath) return openRegie({ dbPath: resolve(dbPath), user, ...clock, ...access });
  const location = chooseDataLocation({
    platform: process.platform,
    env,
    homedir: homedir(),
    cwd: process.cwd(),
  });
  return openRegie({
    ...(location.dbFile ? { dbPath: location.dbFile } : { dataDir: location.dir }),
    user,
    ...clock,
    ...access,
  });
}

/** Whether a command only reads the data (so it may run beside the app). */
function readsOnly(args: ParsedArgs): boolean {
  const [command] = args.positional;
  // A backup only reads the data (SQLite's online backup), so it works while the app runs, as documented.
  if (command === 'meeting' || command === 'export' || command === 'backup' || command === 'followup')
    return true;
  if (command === 'check') return !args.flags.has('--repair');
  return false;
}

/** 'package import', 'meeting list', 'import': how the lock's owner names this command. */
function commandName(args: ParsedArgs): string {
  const [command, sub] = args.positional;
  return ['meeting', 'export', 'package'].includes(command ?? '') && sub
    ? `${command} ${sub}`
    : (command ?? '');
}

function safeUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'onbekend';
  }
}

function flag(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags.get(name);
  return typeof v === 'string' ? v : undefined;
}

/** The options each built-in command knows (--db and --help go with every command). */
const BUILT_IN_FLAGS: Record<string, readonly string[]> = {
  import: [],
  meeting: ['--json', '--body'],
  backup: ['--out'],
  check: ['--repair'],
  restore: [],
};

/** An option a command does not know is an error, not ignored: a typo must never change what a command does. */
function checkFlags(args: ParsedArgs, known: readonly string[]): void {
  const command = args.positional.slice(0, 2).join(' ');
  for (const flag of args.flags.keys()) {
    if (flag === '--help' || known.includes(flag)) continue;
    throw new UsageError(
      `Onbekende optie ${flag} bij regie ${command}${known.length ? ` (wel: ${known.join(', ')})` : ''}.`,
    );
  }
}

async function run(args: ParsedArgs, io: CliIO): Promise<number> {
  const [command, sub, ...rest] = args.positional;
  if (!command || args.flags.has('--help')) {
    io.out(USAGE);
    return command ? 0 : 2;
  }
  const extra = cliCommands.find((c: CliCommand) => c.matches(args.positional));
  const known = extra || command in BUILT_IN_FLAGS;
  if (!known) throw new UsageError(`Onbekende opdracht: ${command}`);
  checkFlags(args, extra ? extra.flags : (BUILT_IN_FLAGS[command] ?? []));
  // Restoring works on closed data: it is what one does when the data no longer opens.
  if (command === 'restore') return (await import('./commands/restore')).runRestore(args, io);

  const regie = await openForCli(args.db, process.env, {
    command: commandName(args),
    access: readsOnly(args) ? 'read' : 'write',
  });
  const api = apiOf(regie);
  try {
    if (extra) return await extra.run({ regie, api, args, io });
    switch (command) {
      case 'import': {
        if (!sub) throw new UsageError('Gebruik: regie import PLAN.json');
        const path = resolve(sub);
        // UTF-8 only (a BOM is fine), and Dutch words for a missing file, a folder or broken JSON.
        const plan = await readPlanFile(path, sub);
        const summary = await api['plan.import']({ plan, baseDir: dirname(path) });
        if (summary.unchanged) io.out('Niets gewijzigd: het plan was al geïmporteerd.');
        else {
          const list = (c: Record<string, number>) =>
            Object.entries(c)
              .map(([k, n]) => `${k} ${n}`)
              .join(', ') || 'geen';
          io.out(`Plan geïmporteerd. Nieuw: ${list(summary.created)}. Gewijzigd: ${list(summary.updated)}.`);
        }
        return 0;
      }
      case 'meeting': {
        if (sub === 'list') {
          const bodies = await api['bodies.list']({});
          const bodyName = flag(args, '--body');
          const chosen = bodyName
            ? bodies.filter((b) => b.name.toLowerCase() === bodyName.toLowerCase())
            : bodies;
          if (bodyName && chosen.length === 0)
            throw new ApiError('not_found', `Geen overleg met de naam "${bodyName}".`);
          const meetings = (
            await Promise.all(chosen.map((b) => api['meetings.list']({ bodyId: b.id })))
          ).flat();
          if (args.flags.has('--json')) {
            io.out(
              JSON.stringify(
                meetings.map((m) => ({
                  id: m.id,
                  body: m.bodyName,
                  date: m.date,
                  start: m.start,
                  status: m.status,
                  host: m.host?.name ?? null,
                  location: m.location,
                  chair: { name: m.chair.name, overridden: m.chair.overridden },
                  notulist: { name: m.notulist.name, overridden: m.notulist.overridden },
                  deadlines: m.deadlines,
                })),
                null,
                2,
              ),
            );
          } else {
            if (meetings.length === 0) io.out('Geen vergaderingen.');
            for (const m of meetings)
              io.out(
                `${m.date}  ${m.start}  ${(m.host?.name ?? '-').padEnd(12)} voorzitter ${m.chair.name ?? '?'}${m.chair.overridden ? ' (vervanging)' : ''}, notulist ${m.notulist.name ?? '?'}  inbrengen ${formatDutchDate(m.deadlines.submission)}  [${m.status}]  ${m.bodyName}`,
              );
          }
          return 0;
        }
        if (sub === 'show') {
          const ref = rest[0];
          if (!ref) throw new UsageError('Gebruik: regie meeting show REF --json');
          const body = flag(args, '--body');
          const detail = await api['meetings.find']({ ref, ...(body ? { body } : {}) });
          io.out(JSON.stringify(meetingShowJson(detail), null, 2));
          return 0;
        }
        throw new UsageError('Gebruik: regie meeting list|show …');
      }
      case 'backup': {
        const out = flag(args, '--out');
        if (!out) throw new UsageError('Gebruik: regie backup --out BESTAND.zip');
        const { backupDatabase } = await import('../services/backup');
        if (out.toLowerCase().endsWith('.sqlite')) {
          const { assertOutsideData } = await import('../services/output-path');
          const path = assertOutsideData(out, { dataDir: regie.dataDir, dbPath: regie.dbPath }, 'De back-up');
          await backupDatabase(regie.context.store.sqlite, path);
          io.out(`Back-up van de database gemaakt (zonder documenten): ${resolve(out)}`);
          return 0;
        }
        const made = await api['backup.create']({ outPath: resolve(out) });
        io.out(`Back-up van database en documenten gemaakt: ${made.path}`);
        return 0;
      }
      case 'check': {
        const { checkStore } = await import('../services/check');
        const report = await checkStore(regie.context, { repair: args.flags.has('--repair') });
        for (const line of report.lines) io.out(line);
        if (report.problems.length) {
          for (const p of report.problems) io.err(`PROBLEEM: ${p}`);
          return 1;
        }
        io.out('Alles in orde.');
        return 0;
      }
    }
    return 2;
  } finally {
    // The text of documents a command brought in is read before the command ends (search finds it at once).
    await regie.context.texts.idle();
    await regie.close();
  }
}

export async function runCli(argv: readonly string[], io: CliIO = defaultIO): Promise<number> {
  try {
    return await run(parseArgs(argv), io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`regie: ${error.message}`);
      io.err('Zie `regie --help`.');
      return 2;
    }
    const body =
      error instanceof ApiError
        ? error.body
        : isApiErrorBody((error as { body?: unknown }).body)
          ? (error as { body: ApiError['body'] }).body
          : null;
    if (body) {
      io.err(`regie: ${body.message}`);
      for (const issue of body.issues?.slice(1) ?? []) io.err(`  ${issue.path}: ${issue.message}`);
      return 1;
    }
    io.err(`regie: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
