// regie restore BACKUP: puts a backup (a backup folder, a backup .zip, or a database file) back, after
// keeping the current state as a backup of its own. Runs before the data is opened, because restoring
// is what one does when the data no longer opens. Close the desktop app first.
import { resolve, join } from 'node:path';
import { homedir } from 'node:os';
import { DB_FILE, restoreBackup } from '../../services/index';
import { chooseDataLocation } from '../../services/data-location';
import { localUser } from '../../services/data-lock';
import { ApiError } from '../../../shared/api/errors';
import type { CliIO, FolderCommand, ParsedArgs } from '../types';

export const restoreCommand: FolderCommand = {
  name: 'restore',
  help: [
    [
      'restore BACK-UP',
      'een back-up terugzetten (map, .zip of .sqlite); de huidige',
      'gegevens worden eerst zelf bewaard. Sluit eerst de app.',
    ],
  ],
  flags: [],
  opens: 'nothing',
  run: ({ args, io, env }) => restore(args, io, env),
};

async function restore(args: ParsedArgs, io: CliIO, env: NodeJS.ProcessEnv): Promise<number> {
  const source = args.positional[1];
  if (!source)
    throw new ApiError(
      'invalid',
      'Gebruik: regie restore BACK-UP (een back-upmap, een back-up-.zip of een .sqlite-bestand)',
    );
  const given = args.db ?? env.REGIE_DB ?? null;
  let dbPath: string;
  if (given) dbPath = resolve(given);
  else {
    const location = chooseDataLocation({
      platform: process.platform,
      env,
      homedir: homedir(),
      cwd: process.cwd(),
    });
    dbPath = location.dbFile ?? join(location.dir, DB_FILE);
  }
  const dataDir = resolve(dbPath, '..');
  const fixed = env.REGIE_NOW ? new Date(env.REGIE_NOW) : null;
  const now = () => fixed ?? new Date();
  // Refused while the app (or any other writer) has this data folder open: its writes would go on into the
  // database the restore replaces. The lock names who has it open.
  const result = await restoreBackup(dataDir, resolve(source), {
    dbPath,
    now,
    owner: { program: 'cli', command: 'restore', user: env.REGIE_USER ?? localUser() },
  });
  io.out(`Back-up teruggezet: ${result.restoredFrom}`);
  if (result.safetyBackup) io.out(`De gegevens van daarvoor staan in: ${result.safetyBackup}`);
  if (result.missingDocuments)
    io.out(
      `Let op: ${result.missingDocuments} document(en) uit de back-up ontbreken; "regie check" noemt ze.`,
    );
  return 0;
}
