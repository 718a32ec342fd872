// The `regie` command line over the same handlers as the app.
//   regie [--db PATH] COMMAND …     (--db may also stand after the command; REGIE_DB may give it instead)
// Without --db it uses the database of the desktop app. Errors go to stderr in plain words, exit code 1
// for a problem found (check) or a refused request, 2 for wrong usage.
// Every command is a registered CliCommand (./commands); this module parses, opens the data the command
// asks for, runs it and turns what went wrong into the exit code.
import { ApiError, isApiErrorBody } from '../../shared/api/errors';
import { parseArgs } from './args';
import { CLI_COMMANDS } from './commands/index';
import { apiOf, openForCli } from './open';
import { UsageError, type CliIO, type HelpLine, type ParsedArgs } from './types';

const defaultIO: CliIO = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

const DESCRIPTION_COLUMN = 40;
const indent = ' '.repeat(DESCRIPTION_COLUMN);

/** A usage too long for its column puts its description on the next line, never glued to it. */
const helpLine = ([usage, summary, ...more]: HelpLine) =>
  [
    ...(usage.length < DESCRIPTION_COLUMN - 2
      ? [`  ${usage.padEnd(DESCRIPTION_COLUMN - 2)}${summary}`]
      : [`  ${usage}`, `${indent}${summary}`]),
    ...more.map((line) => `${indent}${line}`),
  ].join('\n');

const USAGE = `Gebruik: regie [--db PAD] OPDRACHT …

Opdrachten:
${CLI_COMMANDS.flatMap((c) => c.help.map(helpLine)).join('\n')}

--db PAD mag ook na de opdracht staan; REGIE_DB mag het ook geven.
Zonder --db gebruikt regie de database van de desktop-app.`;

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
  const [name] = args.positional;
  if (!name || args.flags.has('--help')) {
    io.out(USAGE);
    // Asked for (--help) is a success; `regie` alone is a usage error.
    return args.flags.has('--help') ? 0 : 2;
  }
  const command = CLI_COMMANDS.find((c) => c.name === name);
  if (!command) throw new UsageError(`Onbekende opdracht: ${name}`);
  checkFlags(args, command.flags);
  if (command.opens === 'nothing') return command.run({ args, io, env: process.env });

  const regie = await openForCli(args.db, process.env, {
    command: command.lockName?.(args) ?? command.name,
    access: command.access(args),
  });
  try {
    return await command.run({ regie, api: apiOf(regie), args, io });
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
