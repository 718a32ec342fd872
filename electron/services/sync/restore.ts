// "Back-up terugzetten". Order matters, so nothing can be lost:
//   1. the backup is checked completely (a Regie backup, a sound database, not from a newer Regie) and
//      its database copied to a temporary file beside the live one; its documents go into the store
//      (verified; the store only ever grows, so this is harmless if the restore stops later);
//   2. a backup of the current state is made ('voor-terugzetten'), so restoring is never a one-way door;
//   3. the live database is closed, its WAL files are moved into that safety backup, and the checked
//      copy is renamed over it (atomic);
//   4. the restored database is opened (and migrated when it is older) and the services switch to it.
// While the app runs (backup.restore) the services reopen in place; the command line and the desktop
// shell's start-up recovery restore with the data closed and open it afterwards.
import { randomUUID } from 'node:crypto';
import { copyFile, mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { createReadStream, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import SQLite from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import type { BackupView, RestoreResult } from '../../../shared/api/calls/sync';
import { openStore, quickCheck, type Store } from '../../../db/open';
import { migrate, pendingMigrations } from '../../../db/migrate';
import { MIGRATIONS } from '../../../db/migrations/index';
import { DocumentStore } from '../document-store';
import {
  BACKUP_DATABASE,
  BACKUP_FORMAT_VERSION,
  BACKUP_MANIFEST,
  backupsDir,
  createBackupFolder,
  documentHashesOf,
  stamp,
  type BackupManifest,
} from '../backup';
import type { AppContext } from '../context';
import { ZipReader } from './zip-reader';
import { stageDocuments, type IncomingDocument } from './document-staging';
import { syncFolder, writeAtomically } from './atomic-file';
import { storeReplaced } from './reopen';
import { MANIFEST_NAME } from './package-format';

interface RestoreTarget {
  dataDir: string;
  dbPath: string;
  files: DocumentStore;
  version: string;
  now: () => Date;
}

interface PreparedRestore {
  candidate: string;
  missingDocuments: number;
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

function refuse(message: string): ApiError {
  return new ApiError('invalid', message);
}

async function head(path: string, bytes: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function checkManifest(json: unknown, label: string): BackupManifest {
  const m = json as Partial<BackupManifest> | null;
  if (!m || m.app !== 'regie' || m.kind !== 'back-up') throw refuse(`${label} is geen Regie-back-up.`);
  if (typeof m.formatVersion !== 'number' || m.formatVersion > BACKUP_FORMAT_VERSION)
    throw refuse(
      `${label} is gemaakt met een nieuwere versie van Regie. Werk Regie bij en probeer het opnieuw.`,
    );
  return m as BackupManifest;
}

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) hash.update(chunk);
  return hash.digest('hex');
}

/** A sound Regie database that this version can open (and migrate when it is older). */
function checkDatabase(path: string, label: string): void {
  let db: SQLite.Database;
  try {
    db = new SQLite(path, { fileMustExist: true });
  } catch {
    throw refuse(`${label} bevat geen leesbare database.`);
  }
  try {
    const problems = (db.pragma('integrity_check') as { integrity_check: string }[])
      .map((r) => r.integrity_check)
      .filter((r) => r !== 'ok');
    if (problems.length) throw refuse(`${label} is beschadigd: ${problems[0]}`);
    const tables = new Set(
      (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
        (r) => r.name,
      ),
    );
    if (!tables.has('schema_migrations') || !tables.has('meetings') || !tables.has('documents'))
      throw refuse(`${label} is geen Regie-database.`);
    const known = new Set(MIGRATIONS.map(([name]) => name));
    const applied = (db.prepare('SELECT name FROM schema_migrations').all() as { name: string }[]).map(
      (r) => r.name,
    );
    if (applied.some((name) => !known.has(name)))
      throw refuse(
        `${label} is gemaakt met een nieuwere versie van Regie. Werk Regie bij en probeer het opnieuw.`,
      );
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw refuse(`${label} is beschadigd (${error instanceof Error ? error.message : String(error)}).`);
  } finally {
    db.close();
  }
}

/** Step 1: check the backup, copy its database beside the live one, put its documents in the store. */
async function prepareRestore(target: RestoreTarget, backupPath: string): Promise<PreparedRestore> {
  const label = `De back-up "${basename(backupPath)}"`;
  const info = await stat(backupPath).catch(() => null);
  if (!info) throw new ApiError('not_found', `${label} is niet gevonden.`);
  const candidate = join(dirname(target.dbPath), `.terugzetten-${randomUUID().slice(0, 8)}.sqlite`);
  let zip: ZipReader | null = null;
  try {
    const documents = new Map<string, IncomingDocument>();
    if (info.isDirectory()) {
      const manifestPath = join(backupPath, BACKUP_MANIFEST);
      if (!existsSync(manifestPath))
        throw refuse(`${label} is geen Regie-back-up (er staat geen ${BACKUP_MANIFEST} in).`);
      let json: unknown;
      try {
        json = JSON.parse(await readFile(manifestPath, 'utf8'));
      } catch {
        throw refuse(`${label} is beschadigd: ${BACKUP_MANIFEST} is niet leesbaar.`);
      }
      const manifest = checkManifest(json, label);
      const source = join(backupPath, BACKUP_DATABASE);
      if (!existsSync(source)) throw refuse(`${label} is onvolledig: de database ontbreekt.`);
      await copyFile(source, candidate);
      if (manifest.database?.sha256 && (await sha256Of(candidate)) !== manifest.database.sha256)
        throw refuse(`${label} is beschadigd: de database klopt niet met haar controlegetal.`);
      checkDatabase(candidate, label);
      for (const sha of documentHashesOf(candidate)) {
        const file = join(backupPath, 'documents', sha.slice(0, 2), sha);
        if (existsSync(file))
          documents.set(sha, { sha256: sha, open: () => createReadStream(file) as AsyncIterable<Buffer> });
      }
    } else {
      const start = await head(backupPath, 16);
      if (start.equals(SQLITE_HEADER)) {
        await copyFile(backupPath, candidate);
        checkDatabase(candidate, label);
      } else if (start.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
        zip = await ZipReader.open(backupPath, label);
        const manifestEntry = zip.find(BACKUP_MANIFEST);
        if (!manifestEntry) {
          if (zip.find(MANIFEST_NAME))
            throw refuse(
              `${label} is een vergaderpakket, geen back-up: lees het in met "Pakket importeren".`,
            );
          throw refuse(`${label} is geen Regie-back-up.`);
        }
        let json: unknown;
        try {
          json = JSON.parse((await zip.read(manifestEntry, 1024 * 1024)).toString('utf8'));
        } catch (error) {
          if (error instanceof ApiError) throw error;
          throw refuse(`${label} is beschadigd: ${BACKUP_MANIFEST} is niet leesbaar.`);
        }
        const manifest = checkManifest(json, label);
        const dbEntry = zip.find(BACKUP_DATABASE);
        if (!dbEntry) throw refuse(`${label} is onvolledig: de database ontbreekt.`);
        const reader = zip;
        await writeAtomically(
          candidate,
          async (sink) => {
            for await (const chunk of reader.stream(dbEntry)) await sink.write(chunk);
          },
          { what: 'de teruggezette database' },
        );
        if (manifest.database?.sha256 && (await sha256Of(candidate)) !== manifest.database.sha256)
          throw refuse(`${label} is beschadigd: de database klopt niet met haar controlegetal.`);
        checkDatabase(candidate, label);
        for (const sha of documentHashesOf(candidate)) {
          const entry = zip.find(`documents/${sha.slice(0, 2)}/${sha}`);
          if (entry) documents.set(sha, { sha256: sha, open: () => reader.stream(entry) });
        }
      } else {
        throw refuse(`${label} is geen Regie-back-up.`);
      }
    }
    let missingDocuments = 0;
    for (const sha of documentHashesOf(candidate))
      if (!documents.has(sha) && !(await target.files.has(sha))) missingDocuments++;
    await stageDocuments(target.files, documents.values(), {
      label,
      outcome: 'de back-up is niet teruggezet',
    });
    return { candidate, missingDocuments };
  } catch (error) {
    await rm(candidate, { force: true });
    await rm(`${candidate}-wal`, { force: true });
    await rm(`${candidate}-shm`, { force: true });
    throw error;
  } finally {
    await zip?.close();
  }
}

/** Step 3: the live database's WAL files go into the safety backup, then the checked copy takes its place. */
async function swapInDatabase(dbPath: string, candidate: string, asideDir: string): Promise<void> {
  for (const suffix of ['-wal', '-shm']) {
    if (!existsSync(`${dbPath}${suffix}`)) continue;
    await mkdir(asideDir, { recursive: true });
    await rename(`${dbPath}${suffix}`, join(asideDir, `${basename(dbPath)}${suffix}`));
  }
  await rename(candidate, dbPath);
  await syncFolder(dirname(dbPath));
}

async function openMigrated(dbPath: string, now: () => Date): Promise<Store> {
  const store = openStore(dbPath);
  try {
    const problems = quickCheck(store.sqlite);
    if (problems.length) throw new Error(problems.join('; '));
    if ((await pendingMigrations(store.db)).length) await migrate(store.db, now);
    return store;
  } catch (error) {
    await store.close();
    throw error;
  }
}

/** A backup of the data as it is, while it is not open (command line, start-up recovery). */
async function safetyBackupOfClosed(target: RestoreTarget): Promise<BackupView> {
  const source = { files: target.files, dataDir: target.dataDir, version: target.version, now: target.now };
  try {
    const db = new SQLite(target.dbPath, { fileMustExist: true });
    try {
      return await createBackupFolder({ ...source, sqlite: db }, 'voor-terugzetten');
    } finally {
      db.close();
    }
  } catch {
    // The current database cannot be read as a database (that may be why we restore): keep its files as they are.
    const name = `voor-terugzetten-${stamp(target.now())}-onbewerkt`;
    const dir = join(backupsDir(target.dataDir), name);
    await mkdir(dir, { recursive: true });
    await copyFile(target.dbPath, join(dir, BACKUP_DATABASE));
    for (const suffix of ['-wal', '-shm'])
      if (existsSync(`${target.dbPath}${suffix}`))
        await copyFile(`${target.dbPath}${suffix}`, join(dir, `${BACKUP_DATABASE}${suffix}`));
    const manifest: BackupManifest = {
      app: 'regie',
      kind: 'back-up',
      formatVersion: BACKUP_FORMAT_VERSION,
      appVersion: target.version,
      createdAt: target.now().toISOString(),
      reason: 'voor-terugzetten',
      database: { file: BACKUP_DATABASE, sha256: '', size: (await stat(join(dir, BACKUP_DATABASE))).size },
      documents: 0,
      problems: [
        'onbewerkte kopie: de database kon niet als database worden gelezen; de documenten staan nog in de documentopslag',
      ],
    };
    await writeAtomically(
      join(dir, BACKUP_MANIFEST),
      (sink) => sink.write(Buffer.from(JSON.stringify(manifest, null, 2))),
      { what: 'de back-up' },
    );
    return {
      path: dir,
      name,
      kind: 'voor-terugzetten',
      createdAt: manifest.createdAt,
      withDocuments: false,
      automatic: false,
    };
  }
}

/** Restores while the data is closed. The caller opens it afterwards (openRegie migrates an older one). */
export async function restoreClosed(target: RestoreTarget, backupPath: string): Promise<RestoreResult> {
  const prepared = await prepareRestore(target, backupPath);
  let safety: BackupView | null = null;
  try {
    if (existsSync(target.dbPath)) safety = await safetyBackupOfClosed(target);
    await swapInDatabase(
      target.dbPath,
      prepared.candidate,
      safety?.path ?? join(backupsDir(target.dataDir), `voor-terugzetten-${stamp(target.now())}`),
    );
  } catch (error) {
    await rm(prepared.candidate, { force: true });
    throw error;
  }
  return {
    restoredFrom: backupPath,
    safetyBackup: safety?.path ?? '',
    reopened: false,
    missingDocuments: prepared.missingDocuments,
  };
}

/** Restores while Regie runs: the services switch to the restored database without a restart. */
export async function restoreInPlace(ctx: AppContext, backupPath: string): Promise<RestoreResult> {
  const dbPath = ctx.store.path;
  const target: RestoreTarget = {
    dataDir: ctx.dataDir,
    dbPath,
    files: ctx.files,
    version: ctx.version,
    now: ctx.now,
  };
  const prepared = await prepareRestore(target, backupPath);
  let safety: BackupView;
  try {
    safety = await createBackupFolder(
      {
        sqlite: ctx.store.sqlite,
        files: ctx.files,
        dataDir: ctx.dataDir,
        version: ctx.version,
        now: ctx.now,
      },
      'voor-terugzetten',
    );
  } catch (error) {
    await rm(prepared.candidate, { force: true });
    throw error;
  }
  await ctx.store.close();
  let swapped = false;
  try {
    await swapInDatabase(dbPath, prepared.candidate, safety.path);
    swapped = true;
    ctx.store = await openMigrated(dbPath, ctx.now);
  } catch (error) {
    // Back to where we were: the safety backup holds exactly the state before the restore.
    if (swapped) {
      await rm(`${dbPath}-wal`, { force: true });
      await rm(`${dbPath}-shm`, { force: true });
      await copyFile(join(safety.path, BACKUP_DATABASE), dbPath);
    } else await rm(prepared.candidate, { force: true });
    ctx.store = openStore(dbPath);
    await storeReplaced(ctx);
    throw new ApiError(
      'internal',
      `Terugzetten is mislukt; Regie werkt weer met de gegevens van vóór het terugzetten. (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  await storeReplaced(ctx);
  return {
    restoredFrom: backupPath,
    safetyBackup: safety.path,
    reopened: true,
    missingDocuments: prepared.missingDocuments,
  };
}
