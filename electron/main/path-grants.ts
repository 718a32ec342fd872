// Paths from the renderer are not trusted: a bug or an injected script in the page must not be able to make
// Regie restore a backup from, import a package from, or write a backup, package or export to, a place the
// user never chose — nor open an arbitrary file or a UNC path (\\server\share, which makes Windows log on to
// that server). Main remembers every place its own dialogs handed out (and the files the system asked Regie
// to open), and the calls that take a path accept only those, or the app's own folders for them.
import nodePath from 'node:path';
import { ApiError } from '../../shared/api/errors';

type PathModule = Pick<typeof nodePath, 'normalize' | 'relative' | 'isAbsolute' | 'join' | 'sep'>;

export class PathGrants {
  private readonly files = new Set<string>();
  private readonly folders = new Set<string>();

  constructor(
    private readonly path: PathModule = nodePath,
    private readonly caseless = process.platform === 'win32' || process.platform === 'darwin',
  ) {}

  private key(value: string): string {
    const normal = this.path.normalize(value);
    return this.caseless ? normal.toLowerCase() : normal;
  }

  /** A file main's own dialog (or the system) handed out. */
  grantFile(path: string): void {
    this.files.add(this.key(path));
  }

  /** A folder main's own dialog handed out: what Regie writes inside it may be used too. */
  grantFolder(path: string): void {
    this.folders.add(this.key(path));
  }

  /** Whether `path` is inside `folder` (or is it). */
  isInside(path: string, folder: string): boolean {
    const rel = this.path.relative(this.key(folder), this.key(path));
    return rel === '' || (!rel.startsWith('..') && !this.path.isAbsolute(rel));
  }

  /** A granted file, or anything in a granted folder. */
  allows(path: string): boolean {
    if (this.files.has(this.key(path))) return true;
    for (const folder of this.folders) if (this.isInside(path, folder)) return true;
    return false;
  }
}

/** \\server\share\… or //server/share/…: a network path (Windows would log on to that server to open it). */
export function isUncPath(path: string): boolean {
  return /^[\\/]{2}[^\\/]/.test(path);
}

/** Which field of which call carries a path, and which of the app's own folders it may also point into. */
const PATH_FIELDS: Record<string, { field: string; ownFolders: readonly string[] }> = {
  'backup.create': { field: 'outPath', ownFolders: [] },
  'backup.restore': { field: 'path', ownFolders: ['backups'] },
  'package.export': { field: 'outPath', ownFolders: [] },
  'package.preview': { field: 'path', ownFolders: ['imports'] },
  'package.import': { field: 'path', ownFolders: ['imports'] },
  'export.agenda': { field: 'outPath', ownFolders: ['exports'] },
  'export.minutes': { field: 'outPath', ownFolders: ['exports'] },
  'export.actions': { field: 'outPath', ownFolders: ['exports'] },
  'export.sentVersion': { field: 'outPath', ownFolders: ['exports'] },
  'export.package': { field: 'outDir', ownFolders: ['exports'] },
};

const NOT_CHOSEN_HERE =
  'Regie gebruikt voor back-ups, pakketten en exports alleen een plek die u zelf in een venster van Regie hebt gekozen. Kies de plek opnieuw.';

/**
 * Refuses an API call whose path the user did not choose in one of main's dialogs (nor lies in the app's own
 * folder for it, e.g. the listed backups or the uploaded packages). Calls without a path pass unchanged; a
 * path that is not text is left to the call's own validation.
 */
export function checkRendererPaths(
  grants: PathGrants,
  dataDir: string,
  name: string,
  payload: unknown,
): void {
  const rule = PATH_FIELDS[name];
  if (!rule || typeof payload !== 'object' || payload === null) return;
  const value = (payload as Record<string, unknown>)[rule.field];
  if (typeof value !== 'string') return;
  // Granted: also a network place, when the user picked it in the dialog.
  if (grants.allows(value)) return;
  if (!isUncPath(value) && rule.ownFolders.some((f) => grants.isInside(value, nodePath.join(dataDir, f))))
    return;
  throw new ApiError('forbidden', NOT_CHOSEN_HERE, [{ path: rule.field, message: NOT_CHOSEN_HERE }]);
}
