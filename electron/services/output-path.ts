// Where Regie may write a file the user asked for (an export, a meeting package, a backup): anywhere but the
// data folder, whose database, WAL files and document store an export would destroy. Only the data folder's
// own exports/ (where browser mode puts what it offers for download) is allowed inside it. Checked before
// anything is written; symbolic links are resolved, so a link in exports/ that points back into the data
// folder does not get through, and on Windows and macOS names are compared without regard to case.
import { realpathSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, isAbsolute, sep } from 'node:path';
import { ApiError } from '../../shared/api/errors';
import type { AppContext } from './context';

const EXPORTS_FOLDER = 'exports';

/** The path with every existing part resolved (symlinks followed); the parts that do not exist yet appended. */
export function realPathOf(path: string): string {
  const absolute = resolve(path);
  const missing: string[] = [];
  let current = absolute;
  for (;;) {
    try {
      return join(realpathSync.native(current), ...missing.reverse());
    } catch {
      const parent = dirname(current);
      if (parent === current) return absolute;
      missing.push(basename(current));
      current = parent;
    }
  }
}

const caseless = process.platform === 'win32' || process.platform === 'darwin';

/** Whether `path` is `folder` itself or lies inside it (both already resolved). */
export function isInside(path: string, folder: string): boolean {
  const rel = relative(caseless ? folder.toLowerCase() : folder, caseless ? path.toLowerCase() : path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * Refuses an output path on or in the data folder (outside its exports/), naming what it would overwrite.
 * `dbPath` is the database file (with REGIE_DB it need not be in the data folder's default place).
 */
export function assertOutsideData(
  path: string,
  where: { dataDir: string; dbPath: string },
  what: string,
): string {
  const target = realPathOf(path);
  const dataDir = realPathOf(where.dataDir);
  const db = realPathOf(where.dbPath);
  const refuse = (reason: string) =>
    new ApiError(
      'invalid',
      `${what} kan niet naar "${path}": ${reason}. Kies een andere map; er is niets geschreven.`,
      [{ path: 'outPath', message: reason }],
    );
  for (const suffix of ['', '-wal', '-shm', '-journal'])
    if (isInside(target, `${db}${suffix}`)) throw refuse('dat is de database van Regie zelf');
  if (isInside(target, join(dataDir, 'documents'))) throw refuse('dat is de documentopslag van Regie');
  if (isInside(target, dataDir) && !isInside(target, join(dataDir, EXPORTS_FOLDER)))
    throw refuse(`dat ligt in de gegevensmap van Regie (${where.dataDir})`);
  return resolve(path);
}

/** Where a running Regie's data lives (the database may have been swapped by a restore: read it now). */
export function dataPlaces(ctx: Pick<AppContext, 'dataDir' | 'store'>): { dataDir: string; dbPath: string } {
  return { dataDir: ctx.dataDir, dbPath: ctx.store.path };
}
