// Opening the data for one CLI command: --db, REGIE_DB, or the desktop app's data folder; REGIE_NOW fixes
// "today"; REGIE_USER names who acts in the audit log.
import { resolve } from 'node:path';
import { homedir, userInfo } from 'node:os';
import { openRegie, type Regie } from '../services/index';
import { chooseDataLocation } from '../services/data-location';
import { apiClient, type Api } from '../../shared/api/contract';
import { UsageError } from './types';

/** The whole API over the opened services, called directly (no transport in between). */
export function apiOf(regie: Regie): Api {
  return apiClient((method, request) => regie.dispatch(method, request));
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

function safeUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'onbekend';
  }
}
