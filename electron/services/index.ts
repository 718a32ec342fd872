// Opening Regie's services: integrity quick check, a backup when migrations are pending, the migrations,
// then the handlers. Electron-free: the desktop shell, the browser bridge, the CLI and tests all use this.
import { existsSync, statSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { openStore, quickCheck, type Store } from '../../db/open';
import { migrate, pendingMigrations } from '../../db/migrate';
import type { Handlers } from '../../shared/api/contract';
import { authorOf, loadProfile, storeProfile } from './profile';
import { DocumentStore } from './document-store';
import { TextIndexer } from './document-text';
import { createHandlers } from './handlers/index';
import { dispatch } from './dispatch';
import { StartupError } from './startup-error';
import { backupDatabase, backupsDir, listBackups as listBackupFiles, runDailyBackup, stamp } from './backup';
import { today, type AppContext } from './context';
import { onStoreReplaced } from './sync/reopen';
import { restoreClosed } from './sync/restore';
import { JobRegistry } from './exports/jobs';
import { warmUpCopyWorker } from '../documents/copy-worker';
import { pruneOpenedCopies } from './exports/open-document';
import {
  DataFolderInUse,
  localUser,
  lockDataFolder,
  type DataLock,
  type LockProgram,
  type LockRequest,
} from './data-lock';
import type { RestoreResult } from '../../shared/api/calls/sync';

export { StartupError } from './startup-error';
export { ApiError } from '../../shared/api/errors';

const APP_VERSION = '0.1.0';
export const DB_FILE = 'regie.sqlite';

interface OpenOptions {
  dataDir?: string;
  /** A database file; its folder is then the data folder (documents live beside it). */
  dbPath?: string;
  user: string;
  now?: () => Date;
  /**
   * The app's background chores at start: the distribution package's copy threads (so the first export does
   * not wait ~40 ms for them) and clearing old copies of opened attachments. For the app (desktop and browser
   * mode); the CLI and tests leave it off.
   */
  warmUp?: boolean;
  /**
   * Who opens the data, for the data folder's lock (see data-lock.ts): the desktop app by default.
   * `command` names a CLI command in the message another writer gets.
   */
  owner?: { program: LockProgram; command?: string };
  /**
   * 'write' (the default) takes the data folder's lock and is refused while another process owns it. 'read'
   * also takes it when it is free, but while another process owns the folder it opens the database read-only
   * (SQLite's WAL lets it read next to the writer): for `meeting list/show`, `export` and `check`.
   */
  access?: 'write' | 'read';
}

export interface Regie {
  dispatch(name: string, payload: unknown): Promise<unknown>;
  handlers: Handlers;
  context: AppContext;
  close(): Promise<void>;
  dataDir: string;
  dbPath: string;
  /** The data folder's lock while this Regie holds it; null when opened read-only beside another owner. */
  lock: DataLock | null;
}

function resolvePaths(opts: { dataDir?: string; dbPath?: string }): {
  dataDir: string;
  dbPath: string;
} {
  if (opts.dbPath) return { dataDir: dirname(opts.dbPath), dbPath: opts.dbPath };
  if (!opts.dataDir) throw new Error('dataDir or dbPath is required');
  return { dataDir: opts.dataDir, dbPath: join(opts.dataDir, DB_FILE) };
}

export async function openRegie(opts: OpenOptions): Promise<Regie> {
  const { dataDir, dbPath } = resolvePaths(opts);
  const now = opts.now ?? (() => new Date());
  mkdirSync(dataDir, { recursive: true });
  let lock: DataLock | null = null;
  try {
    lock = lockDataFolder(dataDir, { ...(opts.owner ?? { program: 'app' }), user: opts.user }, now());
  } catch (error) {
    if (!(error instanceof DataFolderInUse) || opts.access !== 'read') throw error;
  }
  try {
    return await openLocked(opts, { dataDir, dbPath, now, lock });
  } catch (error) {
    lock?.release();
    throw error;
  }
}

async function openLocked(
  opts: OpenOptions,
  { dataDir, dbPath, now, lock }: { dataDir: string; dbPath: string; now: () => Date; lock: DataLock | null },
): Promise<Regie> {
  // Without the lock (another process owns the folder): read-only, no migrations, no backups, no chores.
  const readOnly = lock === null;
  if (opts.warmUp && !readOnly) warmUpCopyWorker();
  const existed = existsSync(dbPath) && statSync(dbPath).size > 0;
  let store: Store;
  let migrated = false;
  try {
    store = openStore(dbPath, { readonly: readOnly });
  } catch (error) {
    throw new StartupError('integrity', 'Het gegevensbestand kan niet worden geopend.', String(error));
  }
  try {
    if (readOnly) {
      if ((await pendingMigrations(store.db)).length > 0)
        throw new StartupError(
          'migration',
          'Deze gegevens zijn geopend door een andere versie van Regie; sluit die eerst.',
          'read-only open with pending migrations',
        );
    } else if (existed) {
      let problems: string[];
      try {
        problems = quickCheck(store.sqlite);
      } catch (error) {
        problems = [String(error)];
      }
      if (problems.length > 0)
        throw new StartupError(
          'integrity',
          'Het gegevensbestand is beschadigd. Zet een back-up terug.',
          problems.join('\n'),
        );
    }
    if (!readOnly) {
      let pending: string[];
      try {
        pending = await pendingMigrations(store.db);
      } catch (error) {
        throw new StartupError(
          'migration',
          error instanceof Error ? error.message : String(error),
          String(error),
        );
      }
      if (pending.length > 0) {
        if (existed)
          await backupDatabase(
            store.sqlite,
            join(backupsDir(dataDir), `voor-migratie-${stamp(now())}.sqlite`),
          );
        migrated = existed;
        try {
          await migrate(store.db, now);
        } catch (error) {
          throw new StartupError(
            'migration',
            'Het bijwerken van het gegevensbestand is mislukt; er is niets gewijzigd. Zet zo nodig een back-up terug.',
            String(error),
          );
        }
      }
    }
  } catch (error) {
    await store.close();
    throw error;
  }
  const files = new DocumentStore(join(dataDir, 'documents'));
  const context: AppContext = {
    store,
    files,
    dataDir,
    account: opts.user,
    profile: await loadProfile(store.db),
    get user() {
      return authorOf(this.profile, this.account);
    },
    version: APP_VERSION,
    now,
    jobs: new JobRegistry(),
    texts: new TextIndexer({
      get store() {
        return context.store;
      },
      files,
      now,
    }),
  };
  // The day's backup of database and documents, the first time the data is opened that day (never fatal).
  // Right after a migration the pre-migration copy is today's backup; the daily one follows next start.
  if (existed && !migrated && !readOnly)
    await runDailyBackup(
      { sqlite: store.sqlite, files: context.files, dataDir, version: APP_VERSION, now },
      today(context),
    );
  // The app clears copies of opened attachments older than two weeks (never fatal, in the background), and
  // reads the text of documents not read yet (those from before an upgrade; in the background).
  if (opts.warmUp && !readOnly) {
    void pruneOpenedCopies(context, now()).catch(() => undefined);
    context.texts.schedule();
  }
  let handlers = createHandlers(context);
  // backup.restore swaps context.store while Regie runs; the handlers are then made anew for it.
  onStoreReplaced(context, async () => {
    handlers = createHandlers(context);
    // The person at this laptop stays who they are when an older backup comes back.
    if (context.profile) await storeProfile(context.store.db, context.profile);
    if (!readOnly) context.texts.schedule();
  });
  return {
    dispatch: (name, payload) => dispatch(handlers, name, payload),
    get handlers() {
      return handlers;
    },
    context,
    async close() {
      try {
        await context.texts.close();
        await context.store.close();
      } finally {
        lock?.release();
      }
    },
    dataDir,
    dbPath,
    lock,
  };
}

export async function listBackups(dataDir: string) {
  return listBackupFiles(dataDir);
}

/**
 * Restores a backup (folder, zip or database file) while the data is closed; keeps the current state first.
 * Holds the data folder's lock meanwhile, so a restore never happens under a running Regie (whose writes
 * would go on into the database it replaced).
 */
export async function restoreBackup(
  dataDir: string,
  backupPath: string,
  options: { dbPath?: string; owner?: LockRequest; now?: () => Date } = {},
): Promise<RestoreResult> {
  const now = options.now ?? (() => new Date());
  const lock = lockDataFolder(dataDir, options.owner ?? { program: 'app', user: localUser() }, now());
  try {
    return await restoreClosed(
      {
        dataDir,
        dbPath: options.dbPath ?? join(dataDir, DB_FILE),
        files: new DocumentStore(join(dataDir, 'documents')),
        version: APP_VERSION,
        now,
      },
      backupPath,
    );
  } finally {
    lock.release();
  }
}
