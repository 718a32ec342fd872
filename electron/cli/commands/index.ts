// Every `regie` command, in the order `regie --help` lists them. Each is a CliCommand (./types): its name, its
// help lines, how it uses the data, and what it does.
import type { CliCommand } from '../types';
import { importCommand } from './import';
import { meetingCommand } from './meeting';
import { backupCommand } from './backup';
import { restoreCommand } from './restore';
import { checkCommand } from './check';
import { exportCommand } from './export';
import { packageCommand } from './package';
import { followupCommand } from './followup';

export const CLI_COMMANDS: readonly CliCommand[] = [
  importCommand,
  meetingCommand,
  backupCommand,
  restoreCommand,
  checkCommand,
  exportCommand,
  packageCommand,
  followupCommand,
];
