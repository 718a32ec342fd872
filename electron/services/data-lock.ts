// One owner per data folder. A process that opens a data folder for writing (the desktop app, the browser-mode
// server, a CLI command that writes, a restore) holds the lock until it closes it; a second writer is refused
// with a Dutch message naming the owner and since when.
//
// The lock itself is an operating-system file lock, held through SQLite on a tiny database `regie.lock`
// (locking_mode=EXCLUSIVE after a write keeps the exclusive lock until the connection closes). The system
// releases such a lock the moment its process ends, however it ends (SIGKILL, a power cut, Task Manager), so
// a lock left by a dead process is taken over safely by the next opener, with no guessing from process ids
// and no race between two processes that both find a lock stale. SQLite does this the same way on Windows
// (LockFileEx) and on Linux and macOS (fcntl), which a hand-written pid file could not promise.
// Who holds it (program, user, computer, process, since when) is written beside it in `regie.lock.json`,
// for the message: the holder itself can never read its own lock file with plain fs calls, because on POSIX
// closing any descriptor of a file drops the process's fcntl locks on it.
import SQLite from 'better-sqlite3';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, userInfo } from 'node:os';
import { join } from 'node:path';
import { formatDutchMoment } from '../../shared/rules/dutchDate';
import { StartupError } from './startup-error';

const LOCK_FILE = 'regie.lock';
export const OWNER_FILE = 'regie.lock.json';

/** Which kind of program holds a data folder. */
export type LockProgram = 'app' | 'browser' | 'cli';

export interface LockRequest {
  program: LockProgram;
  /** For the command line: the command, e.g. 'import' or 'restore'. */
  command?: string;
  user: string;
}

export interface LockOwner extends LockRequest {
  pid: number;
  host: string;
  /** ISO moment the lock was taken. */
  since: string;
}

/** The refusal: another process owns the data folder. Its message names the owner and since when. */
export class DataFolderInUse extends StartupError {
  constructor(
    readonly owner: LockOwner | null,
    detail: string,
  ) {
    super('locked', lockedMessage(owner), detail);
  }
}

export interface DataLock {
  owner: LockOwner;
  /** The owner recorded by a process that ended without releasing (its lock is now ours), or null. */
  tookOverFrom: LockOwner | null;
  release(): void;
}

function readOwner(dataDir: string): LockOwner | null {
  try {
    const value = JSON.parse(readFileSync(join(dataDir, OWNER_FILE), 'utf8')) as Partial<LockOwner>;
    if (typeof value.pid !== 'number' || typeof value.since !== 'string' || typeof value.program !== 'string')
      return null;
    return value as LockOwner;
  } catch {
    return null;
  }
}

const PROGRAM: Record<LockProgram, string> = {
  app: 'de desktop-app',
  browser: 'Regie in browsermodus',
  cli: 'de opdrachtregel',
};

/** 'de opdrachtregel (regie import) van jan (proces 4242)' */
function describeOwner(owner: LockOwner): string {
  const program =
    owner.program === 'cli' && owner.command
      ? `${PROGRAM.cli} (regie ${owner.command})`
      : PROGRAM[owner.program];
  const where = owner.host && owner.host !== hostname() ? ` op computer ${owner.host}` : '';
  return `${program ?? 'een ander programma'} van ${owner.user || 'onbekend'} (proces ${owner.pid}${where})`;
}

/** The Dutch refusal for a second writer. */
function lockedMessage(owner: LockOwner | null): string {
  if (!owner)
    return 'Regie is geopend door een ander programma op deze gegevens; sluit dat eerst of voer dit uit in de app.';
  return `Regie is geopend door ${describeOwner(owner)} sinds ${formatDutchMoment(owner.since)}; sluit die eerst of voer dit uit in de app.`;
}

function writeOwner(dataDir: string, owner: LockOwner): void {
  const path = join(dataDir, OWNER_FILE);
  const tmp = `${path}.${process.pid}.part`;
  writeFileSync(tmp, JSON.stringify(owner, null, 2));
  renameSync(tmp, path);
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
}

/**
 * Takes the data folder's lock, or throws DataFolderInUse (a StartupError of kind 'locked') naming the owner.
 * Within one process a second lock on the same folder is refused too (SQLite keeps the locks per connection).
 */
export function lockDataFolder(dataDir: string, request: LockRequest, now: Date): DataLock {
  mkdirSync(dataDir, { recursive: true });
  let db: SQLite.Database;
  try {
    db = new SQLite(join(dataDir, LOCK_FILE), { timeout: 0 });
  } catch (error) {
    throw new StartupError(
      'locked',
      `Het slotbestand ${LOCK_FILE} in de gegevensmap kan niet worden geopend.`,
      String(error),
    );
  }
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    // A write takes the exclusive lock; in EXCLUSIVE locking mode it is kept until the connection closes.
    db.exec('CREATE TABLE IF NOT EXISTS holder (pid INTEGER NOT NULL)');
    db.transaction(() => {
      db.prepare('DELETE FROM holder').run();
      db.prepare('INSERT INTO holder (pid) VALUES (?)').run(process.pid);
    }).immediate();
  } catch (error) {
    db.close();
    if (isBusy(error)) {
      const owner = readOwner(dataDir);
      throw new DataFolderInUse(owner, owner ? JSON.stringify(owner) : String(error));
    }
    throw new StartupError(
      'locked',
      `Het slotbestand ${LOCK_FILE} in de gegevensmap is onbruikbaar. Draait Regie nergens op deze gegevens, verwijder het dan.`,
      String(error),
    );
  }
  // We hold the lock: whatever the owner file says is left by a process that has ended.
  const previous = readOwner(dataDir);
  const owner: LockOwner = {
    ...request,
    pid: process.pid,
    host: hostname(),
    since: now.toISOString(),
  };
  try {
    writeOwner(dataDir, owner);
  } catch {
    // Only informative (the lock itself is held): on Windows a reader may have the file open this very moment.
  }
  let released = false;
  return {
    owner,
    tookOverFrom: previous,
    release() {
      if (released) return;
      released = true;
      try {
        const current = readOwner(dataDir);
        if (current && current.pid === owner.pid && current.since === owner.since)
          rmSync(join(dataDir, OWNER_FILE), { force: true });
      } finally {
        db.close();
      }
    },
  };
}

/** The name of the user running this process ('onbekend' where the system cannot say). */
export function localUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'onbekend';
  }
}
