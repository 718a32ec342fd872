// Where Regie keeps its database and document store. Pure and free of electron: the desktop shell, the CLI
// and browser mode all choose the same folder (it imports only node:path).
//
// Order of precedence:
//   1. REGIE_DATA_DIR            an explicit folder (portable use, tests, a second data set)
//   2. REGIE_DB                  a database file; its folder becomes the data folder
//   3. the portable executable   a `regie-data` folder next to Regie.exe (PORTABLE_EXECUTABLE_DIR is set
//                                by electron-builder's portable target)
//   4. the per-user LOCAL folder Windows %LOCALAPPDATA%\Regie (not the roaming profile: a database does
//                                not belong on a roaming share), macOS ~/Library/Application Support/Regie,
//                                Linux $XDG_DATA_HOME/regie or ~/.local/share/regie
import path from 'node:path';

type DataLocationSource = 'REGIE_DATA_DIR' | 'REGIE_DB' | 'portable' | 'default';

export interface DataLocation {
  /** Absolute folder for the database, the document store, backups and the window state. */
  dir: string;
  source: DataLocationSource;
  /** With REGIE_DB: the database file itself (its name need not be the default one). */
  dbFile?: string;
}

interface DataLocationInput {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  homedir: string;
  /** Folder of the portable executable; defaults to env.PORTABLE_EXECUTABLE_DIR. */
  portableDir?: string | undefined;
  /** Resolves relative overrides; without it a relative override is only normalised. */
  cwd?: string | undefined;
}

const PORTABLE_DATA_FOLDER = 'regie-data';

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

export function chooseDataLocation(input: DataLocationInput): DataLocation {
  const p = input.platform === 'win32' ? path.win32 : path.posix;
  const absolute = (value: string): string =>
    p.isAbsolute(value) || input.cwd === undefined ? p.normalize(value) : p.resolve(input.cwd, value);
  const env = input.env;

  const dataDir = nonEmpty(env.REGIE_DATA_DIR);
  if (dataDir) return { dir: absolute(dataDir), source: 'REGIE_DATA_DIR' };

  const dbFile = nonEmpty(env.REGIE_DB);
  if (dbFile) {
    const file = absolute(dbFile);
    return { dir: p.dirname(file), source: 'REGIE_DB', dbFile: file };
  }

  const portableDir = nonEmpty(input.portableDir) ?? nonEmpty(env.PORTABLE_EXECUTABLE_DIR);
  if (portableDir) return { dir: p.join(absolute(portableDir), PORTABLE_DATA_FOLDER), source: 'portable' };

  switch (input.platform) {
    case 'win32': {
      const local = nonEmpty(env.LOCALAPPDATA);
      const base = local && p.isAbsolute(local) ? local : p.join(input.homedir, 'AppData', 'Local');
      return { dir: p.join(base, 'Regie'), source: 'default' };
    }
    case 'darwin':
      return { dir: p.join(input.homedir, 'Library', 'Application Support', 'Regie'), source: 'default' };
    default: {
      // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
      const xdg = nonEmpty(env.XDG_DATA_HOME);
      const base = xdg && p.isAbsolute(xdg) ? xdg : p.join(input.homedir, '.local', 'share');
      return { dir: p.join(base, 'regie'), source: 'default' };
    }
  }
}

/** The data folder only; see chooseDataLocation for the rules. */
export function chooseDataDir(input: DataLocationInput): string {
  return chooseDataLocation(input).dir;
}

/** A Dutch phrase for the About box: why this folder. */
export function describeDataLocation(source: DataLocationSource): string {
  switch (source) {
    case 'REGIE_DATA_DIR':
      return 'gekozen met de omgevingsvariabele REGIE_DATA_DIR';
    case 'REGIE_DB':
      return 'gekozen met de omgevingsvariabele REGIE_DB';
    case 'portable':
      return 'draagbare versie: de map regie-data naast het programma';
    case 'default':
      return 'standaardmap van deze gebruiker op deze computer';
  }
}
