// Consistent copies of the database: SQLite's online backup (safe while the app writes), files written
// under a temporary name and renamed. Used before migrations, by `regie backup`, and at start-up.
import { mkdir, readdir, rename, rm, stat, copyFile } from 'node:fs/promises';
import { join, dirname, basename } from 'node:path';
import type SQLite from 'better-sqlite3';

export async function backupDatabase(sqlite: SQLite.Database, outPath: string): Promise<void> {
  await mkdir(dirname(outPath), { recursive: true });
  const tmp = `${outPath}.part`;
  await rm(tmp, { force: true });
  await sqlite.backup(tmp);
  await rename(tmp, outPath);
}

export function backupsDir(dataDir: string): string {
  return join(dataDir, 'backups');
}

export function stamp(now: Date): string {
  return now.toISOString().replace(/[:]/g, '').replace(/\.\d+Z$/, 'Z');
}

export async function listBackups(dataDir: string): Promise<{ path: string; createdAt: string }[]> {
  const dir = backupsDir(dataDir);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const out = [];
  for (const name of names.filter((n) => n.endsWith('.sqlite'))) {
    const info = await stat(join(dir, name));
    out.push({ path: join(dir, name), createdAt: info.mtime.toISOString() });
  }
  return out.sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
}

/** Replaces the database file with a backup, after keeping a copy of the current one. */
export async function restoreDatabaseFile(dbPath: string, backupPath: string, now: Date): Promise<string> {
  const keep = join(backupsDir(dirname(dbPath)), `voor-terugzetten-${stamp(now)}-${basename(dbPath)}`);
  await mkdir(dirname(keep), { recursive: true });
  try {
    await copyFile(dbPath, keep);
  } catch {
    // no current database: nothing to keep
  }
  const tmp = `${dbPath}.restore-part`;
  await copyFile(backupPath, tmp);
  await rm(`${dbPath}-wal`, { force: true });
  await rm(`${dbPath}-shm`, { force: true });
  await rename(tmp, dbPath);
  return keep;
}
