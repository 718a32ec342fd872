// The shapes every CLI command shares. Its own module, imported by main.ts and by each command, so the
// commands and the command line that runs them do not import each other.
import type { Regie } from '../services/index';
import type { Api } from '../../shared/api/contract';

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

export interface ParsedArgs {
  db: string | null;
  positional: string[];
  flags: Map<string, string | true>;
}

/** Wrong use of the command line: exit code 2 and a pointer to `regie --help`. */
export class UsageError extends Error {}

/** One line of `regie --help`: the usage, what it does, and any further lines of that explanation. */
export type HelpLine = readonly [usage: string, summary: string, ...more: string[]];

interface CommandBase {
  /** The first word on the command line: `regie NAME …`. */
  name: string;
  help: readonly HelpLine[];
  /** The options it knows (besides --db and --help); any other is refused (main.ts). */
  flags: readonly string[];
}

/** A command over the opened data, through the same API as the app. */
export interface DataCommand extends CommandBase {
  opens: 'data';
  /**
   * 'read' runs beside a running app (read-only next to the owner of the data folder); 'write' takes the data
   * folder's lock and is refused, naming the owner, while the app has it open (electron/services/data-lock.ts).
   */
  access(args: ParsedArgs): 'read' | 'write';
  /** How the data folder's lock names this use ('meeting list', 'import'); by default the command's name. */
  lockName?(args: ParsedArgs): string;
  run(ctx: { regie: Regie; api: Api; args: ParsedArgs; io: CliIO }): Promise<number>;
}

/** A command on the data folder itself, without opening it (restore: what one does when it no longer opens). */
export interface FolderCommand extends CommandBase {
  opens: 'nothing';
  run(ctx: { args: ParsedArgs; io: CliIO; env: NodeJS.ProcessEnv }): Promise<number>;
}

export type CliCommand = DataCommand | FolderCommand;

/** A flag's value when it was given one (`--out x`, `--out=x`). */
export function flag(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags.get(name);
  return typeof v === 'string' ? v : undefined;
}

/** 'meeting list', 'package import': a command with its sub-command, as the data folder's lock names it. */
export function withSubcommand(args: ParsedArgs): string {
  const [command, sub] = args.positional;
  return sub ? `${command ?? ''} ${sub}` : (command ?? '');
}
