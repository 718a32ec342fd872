// Further CLI commands, each a small module over the same API (exports, packages, restore …).
import type { Regie } from '../services/index';
import type { Api } from '../../shared/api/contract';
import type { CliIO, ParsedArgs } from './main';
import { exportCommand } from './commands/export';
import { packageCommand } from './commands/package';
import { followupCommand } from './commands/followup';

export interface CliCommand {
  usage: string;
  summary: string;
  /** The options it knows (besides --db and --help); any other is refused. */
  flags: readonly string[];
  matches(positional: readonly string[]): boolean;
  run(ctx: { regie: Regie; api: Api; args: ParsedArgs; io: CliIO }): Promise<number>;
}

export const cliCommands: CliCommand[] = [exportCommand, packageCommand, followupCommand];
