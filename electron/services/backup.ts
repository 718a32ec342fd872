// Backups of the database and the document store. A backup is a folder in <data>/backups:
//   backup.json     what it is (app, reason, moment, version, the database's SHA-256)
//   regie.sqlite    SQLite's online backup: one consistent moment, also while the app writes
//   documents/      every document the database refers to, in the store's own layout (ab/<sha256>)
// The folder is built under a temporary name and renamed when complete, so a half backup never looks
// like a backup. Documents never change (they are named by their hash), so a document already in the
// previous backup is hard-linked from there and only new ones are copied (verified) from the store:
// a daily backup costs little, and a damaged store file never spreads into the backups.
// For a copy to take elsewhere the same content goes into one zip file (`regie backup --out X.zip`).
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { link, mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import SQLite from 'better-sqlite3';
import { ApiError } from '../../shared/api/errors';
import type { BackupKind, BackupView } from '../../shared/api/calls/sync';
import type { DocumentStore } from './document-store';
import {
  openFileSink,
  syncFolder,
  writeAtomically,
  tempNameFor,
  isDiskFull,
  type OpenSink,
} from './sync/atomic-file';
import { ZipWriter } from './sync/zip-writer';
import { dailyBackupsToKeep } from './sync/backup-retention';

export const BACKUP_MANIFEST = 'backup.json';
export const BACKUP_DATABASE = 'regie.sqlite';
export const BACKUP_FORMAT_VERSION = 1;
const DAILY_PREFIX = 'dagelijks-';
const STALE_PART_MS = 60 * 60 * 1000;

export interface BackupManifest {
  app: 'regie';
  kind: 'back-up';
  formatVersion: number;
  appVersion: string;
  createdAt: string;
  reason: BackupKind;
  database: { file: string; sha256: string; size: number };
  documents: number;
  /** Documents that could not be included (missing or damaged in the store). */
  problems: string[];
}

/** What a backup is made from: the open database and the document store. */
export interface BackupSource {
  sqlite: SQLite.Database;
  files: DocumentStore;
  dataDir: string;
  version: string;
  now: () => Date;
}

export async function backupDatabase(sqlite: SQLite.Database, outPath: string): Promise<void> {
  await mkdir(dirname(outPath), { recursive: true });
  const tmp = `${outPath}.part`;
  await rm(tmp, { force: true });
  try {
    await sqlite.backup(tmp);
    await rename(tmp, outPath);
  } catch (error) {
    await rm(tmp, { force: true });
    if (isDiskFull(error))
      throw new ApiError(
        'internal',
        'De schijf is vol: de back-up is niet gemaakt. Maak ruimte vrij en probeer het opnieuw.',
      );
    throw error;
  }
}

export function backupsDir(dataDir: string): string {
  return join(dataDir, 'backups');
}

export function stamp(now: Date): string {
  return now
    .toISOString()
    .replace(/[:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) hash.update(chunk);
  return hash.digest('hex');
}

/** The hashes of every document row (live or in the trash) of a database file. */
export function documentHashesOf(dbFile: string): string[] {
  const db = new SQLite(dbFile, { fileMustExist: true });
  try {
    return (db.prepare('SELECT DISTINCT sha256 FROM documents').all() as { sha256: string }[])
      .map((r) => r.sha256)
      .filter((s) => /^[0-9a-f]{64}$/.test(s));
  } finally {
    db.close();
  }
}

/** Copies a store file, verifying its hash on the way; fsyncs the copy. */
async function copyVerified(
  source: string,
  target: string,
  sha256: string,
  openSink: OpenSink = openFileSink,
): Promise<'ok' | 'missing' | 'damaged'> {
  if (!existsSync(source)) return 'missing';
  await mkdir(dirname(target), { recursive: true });
  const sink = await openSink(target);
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(source) as AsyncIterable<Buffer>) {
      hash.update(chunk);
      await sink.write(chunk);
    }
    await sink.sync();
  } finally {
    await sink.close();
  }
  if (hash.digest('hex') !== sha256) {
    await rm(target, { force: true });
    return 'damaged';
  }
  return 'ok';
}

async function newestBackupFolder(dataDir: string): Promise<string | null> {
  const all = (await listBackups(dataDir)).filter((b) => b.withDocuments);
  return all[0]?.path ?? null;
}

function uniqueName(dir: string, name: string): string {
  let candidate = name;
  for (let i = 2; existsSync(join(dir, candidate)); i++) candidate = `${name}-${i}`;
  return candidate;
}

/** Makes a backup folder in <data>/backups. */
export async function createBackupFolder(
  src: BackupSource,
  reason: BackupKind,
  name?: string,
): Promise<BackupView> {
  const dir = backupsDir(src.dataDir);
  await mkdir(dir, { recursive: true });
  const finalName = uniqueName(dir, name ?? `${reason}-${stamp(src.now())}`);
  const target = join(dir, finalName);
  const part = tempNameFor(target);
  const createdAt = src.now().toISOString();
  try {
    await mkdir(part);
    const dbFile = join(part, BACKUP_DATABASE);
    await src.sqlite.backup(dbFile);
    const previous = await newestBackupFolder(src.dataDir);
    const problems: string[] = [];
    let documents = 0;
    for (const sha of documentHashesOf(dbFile)) {
      const relative = join('documents', sha.slice(0, 2), sha);
      const copy = join(part, relative);
      const earlier = previous ? join(previous, relative) : null;
      let linked = false;
      if (earlier && existsSync(earlier)) {
        await mkdir(dirname(copy), { recursive: true });
        linked = await link(earlier, copy).then(
          () => true,
          () => false,
        );
      }
      const state = linked ? 'ok' : await copyVerified(src.files.pathOf(sha), copy, sha);
      if (state === 'ok') documents++;
      else
        problems.push(
          `document ${sha.slice(0, 12)}… is ${state === 'missing' ? 'niet gevonden' : 'beschadigd'} in de documentopslag`,
        );
    }
    const manifest: BackupManifest = {
      app: 'regie',
      kind: 'back-up',
      formatVersion: BACKUP_FORMAT_VERSION,
      appVersion: src.version,
      createdAt,
      reason,
      database: {
        file: BACKUP_DATABASE,
        sha256: await sha256OfFile(dbFile),
        size: (await stat(dbFile)).size,
      },
      documents,
      problems,
    };
    await writeAtomically(
      join(part, BACKUP_MANIFEST),
      (sink) => sink.write(Buffer.from(JSON.stringify(manifest, null, 2))),
      { what: 'de back-up' },
    );
    await syncFolder(part);
    await rename(part, target);
    await syncFolder(dir);
  } catch (error) {
    await rm(part, { recursive: true, force: true }).catch(() => undefined);
    if (error instanceof ApiError) throw error;
    if (isDiskFull(error))
      throw new ApiError(
        'internal',
        'De schijf is vol: de back-up is niet gemaakt. Maak ruimte vrij en probeer het opnieuw.',
      );
    throw error;
  }
  return {
    path: target,
    name: finalName,
    kind: reason,
    createdAt,
    withDocuments: true,
    automatic: reason === 'dagelijks',
  };
}

/** The same content as a backup folder, in one zip file (to take elsewhere). */
export async function createBackupZip(
  src: BackupSource,
  outPath: string,
  options: { openSink?: OpenSink } = {},
): Promise<BackupView> {
  const tmpDb = `${tempNameFor(outPath)}.sqlite`;
  const createdAt = src.now();
  await mkdir(dirname(outPath), { recursive: true });
  try {
    await src.sqlite.backup(tmpDb);
    const problems: string[] = [];
    const hashes: string[] = [];
    for (const sha of documentHashesOf(tmpDb)) {
      const state = await src.files.verify(sha);
      if (state === 'ok') hashes.push(sha);
      else
        problems.push(
          `document ${sha.slice(0, 12)}… is ${state === 'missing' ? 'niet gevonden' : 'beschadigd'} in de documentopslag`,
        );
    }
    const manifest: BackupManifest = {
      app: 'regie',
      kind: 'back-up',
      formatVersion: BACKUP_FORMAT_VERSION,
      appVersion: src.version,
      createdAt: createdAt.toISOString(),
      reason: 'handmatig',
      database: { file: BACKUP_DATABASE, sha256: await sha256OfFile(tmpDb), size: (await stat(tmpDb)).size },
      documents: hashes.length,
      problems,
    };
    await writeAtomically(
      outPath,
      async (sink) => {
        const zip = new ZipWriter(sink, createdAt);
        await zip.addBytes(BACKUP_MANIFEST, Buffer.from(JSON.stringify(manifest, null, 2)));
        await zip.addStream(BACKUP_DATABASE, createReadStream(tmpDb) as AsyncIterable<Buffer>);
        for (const sha of hashes)
          await zip.addStream(
            `documents/${sha.slice(0, 2)}/${sha}`,
            createReadStream(src.files.pathOf(sha)) as AsyncIterable<Buffer>,
          );
        await zip.finish();
      },
      { openSink: options.openSink, what: 'de back-up' },
    );
  } catch (error) {
    if (isDiskFull(error))
      throw new ApiError(
        'internal',
        'De schijf is vol: de back-up is niet gemaakt. Maak ruimte vrij en probeer het opnieuw.',
      );
    throw error;
  } finally {
    await rm(tmpDb, { force: true });
  }
  return {
    path: outPath,
    name: basename(outPath),
    kind: 'handmatig',
    createdAt: createdAt.toISOString(),
    withDocuments: true,
    automatic: false,
  };
}

function kindFromName(name: string): BackupKind {
  for (const kind of ['dagelijks', 'handmatig', 'voor-terugzetten', 'voor-migratie'] as const)
    if (name.startsWith(kind)) return kind;
  return 'onbekend';
}

/** Every backup in <data>/backups, newest first: backup folders and the older database-only copies. */
export async function listBackups(dataDir: string): Promise<BackupView[]> {
  const dir = backupsDir(dataDir);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const out: BackupView[] = [];
  for (const name of names) {
    if (name.startsWith('.')) continue; // a backup being made, or one that was interrupted
    const path = join(dir, name);
    try {
      const info = await stat(path);
      if (info.isDirectory()) {
        const manifest = JSON.parse(
          await readFile(join(path, BACKUP_MANIFEST), 'utf8'),
        ) as Partial<BackupManifest>;
        if (manifest.app !== 'regie' || manifest.kind !== 'back-up') continue;
        const kind = manifest.reason ?? kindFromName(name);
        out.push({
          path,
          name,
          kind,
          createdAt: manifest.createdAt ?? info.mtime.toISOString(),
          withDocuments: true,
          automatic: kind === 'dagelijks',
        });
      } else if (name.endsWith('.sqlite')) {
        out.push({
          path,
          name,
          kind: kindFromName(name),
          createdAt: info.mtime.toISOString(),
          withDocuments: false,
          automatic: false,
        });
      }
    } catch {
      // not a backup (or unreadable): not listed
    }
  }
  return out.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}

const automaticErrors = new Map<string, string>();

export function lastAutomaticBackupError(dataDir: string): string | null {
  return automaticErrors.get(dataDir) ?? null;
}

/**
 * The backup of the day, made when Regie opens the data for the first time that day; then the older
 * daily backups beyond the retention are removed. Never stops Regie from starting: a failure is kept
 * for backup.list to show.
 */
export async function runDailyBackup(src: BackupSource, day: string): Promise<BackupView | null> {
  try {
    const dir = backupsDir(src.dataDir);
    const name = `${DAILY_PREFIX}${day}`;
    if (existsSync(join(dir, name))) return null;
    const made = await createBackupFolder(src, 'dagelijks', name);
    await pruneDailyBackups(src.dataDir);
    automaticErrors.delete(src.dataDir);
    return made;
  } catch (error) {
    automaticErrors.set(
      src.dataDir,
      `De automatische back-up van ${day} is mislukt: ${error instanceof Error ? error.message : String(error)}`,
    );
    return null;
  }
}

export async function pruneDailyBackups(dataDir: string, now = Date.now()): Promise<string[]> {
  const dir = backupsDir(dataDir);
  const names = await readdir(dir).catch(() => [] as string[]);
  const daily = names.filter(
    (n) => n.startsWith(DAILY_PREFIX) && /^\d{4}-\d{2}-\d{2}$/.test(n.slice(DAILY_PREFIX.length)),
  );
  const keep = dailyBackupsToKeep(daily.map((n) => n.slice(DAILY_PREFIX.length)));
  const removed: string[] = [];
  for (const name of daily) {
    if (keep.has(name.slice(DAILY_PREFIX.length))) continue;
    await rm(join(dir, name), { recursive: true, force: true });
    removed.push(name);
  }
  // Leftovers of interrupted backups (temporary names); recent ones may belong to a backup in progress.
  for (const name of names.filter((n) => n.startsWith('.') && n.endsWith('.part'))) {
    const info = await stat(join(dir, name)).catch(() => null);
    if (info && now - info.mtimeMs > STALE_PART_MS)
      await rm(join(dir, name), { recursive: true, force: true });
  }
  return removed;
}
