// Where Regie keeps its data when nobody says otherwise: the user's LOCAL (not roaming) application
// data folder, so a roaming profile never syncs a live SQLite file. Overrides for portable use:
// REGIE_DB (a database file; its folder holds the documents) or REGIE_DATA_DIR.
import { join } from 'node:path';

export interface DataLocationInput {
  platform: string;
  env: Record<string, string | undefined>;
  homedir: string;
  /** Folder of a portable executable (electron-builder sets PORTABLE_EXECUTABLE_DIR). */
  portableDir?: string | null;
}

export interface DataLocation {
  dataDir: string;
  dbPath: string | null;
  source: 'REGIE_DB' | 'REGIE_DATA_DIR' | 'portable' | 'default';
}

export function chooseDataLocation(input: DataLocationInput): DataLocation {
  const { env, platform, homedir } = input;
  if (env.REGIE_DB) {
    const dbPath = env.REGIE_DB;
    const cut = Math.max(dbPath.lastIndexOf('/'), dbPath.lastIndexOf('\\'));
    return { dataDir: cut > 0 ? dbPath.slice(0, cut) : '.', dbPath, source: 'REGIE_DB' };
  }
  if (env.REGIE_DATA_DIR) return { dataDir: env.REGIE_DATA_DIR, dbPath: null, source: 'REGIE_DATA_DIR' };
  const portable = input.portableDir ?? env.PORTABLE_EXECUTABLE_DIR;
  if (portable) return { dataDir: join(portable, 'regie-data'), dbPath: null, source: 'portable' };
  let dataDir: string;
  if (platform === 'win32') dataDir = join(env.LOCALAPPDATA ?? join(homedir, 'AppData', 'Local'), 'Regie');
  else if (platform === 'darwin') dataDir = join(homedir, 'Library', 'Application Support', 'Regie');
  else dataDir = join(env.XDG_DATA_HOME ?? join(homedir, '.local', 'share'), 'regie');
  return { dataDir, dbPath: null, source: 'default' };
}
