// `regie [--db PATH] COMMAND …`: the words and flags of a command line (--db may also stand after the command).
import { UsageError, type ParsedArgs } from './types';

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
