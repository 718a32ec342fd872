// Start-up: open the data (integrity quick check, backup, migrations — all inside openRegie) before any
// window exists. When that fails, a Dutch message box offers a way out: put back a backup, open the data
// folder, try again, or quit. Everything Electron-ish is injected, so the sequence is tested with fakes.

/** What main needs of the application services (electron/services: `Regie`). */
export interface RegieLike {
  dispatch(name: string, payload: unknown): Promise<unknown>;
  close(): Promise<void>;
  dataDir: string;
  dbPath: string;
}

export interface BackupInfo {
  path: string;
  /** ISO moment. */
  createdAt: string;
}

type StartupErrorKind = 'integrity' | 'migration' | 'locked';

/** electron/services/startup-error.ts's StartupError, recognised by shape (survives bundling and fakes). */
interface StartupFailure {
  kind: StartupErrorKind;
  detail: string;
  message: string;
}

export function isStartupError(error: unknown): error is StartupFailure {
  if (!(error instanceof Error)) return false;
  const { kind, detail } = error as Error & { kind?: unknown; detail?: unknown };
  return (kind === 'integrity' || kind === 'migration' || kind === 'locked') && typeof detail === 'string';
}

/** The subset of Electron's MessageBoxOptions this module uses. */
export interface MessageBoxRequest {
  type: 'none' | 'info' | 'error' | 'question' | 'warning';
  title: string;
  message: string;
  detail?: string;
  buttons: string[];
  defaultId: number;
  cancelId: number;
  /** false: Windows shows custom buttons as a vertical list of "command links". */
  noLink: boolean;
}

export type ShowMessageBox = (request: MessageBoxRequest) => Promise<{ response: number }>;

export interface OpenOptions {
  dataDir: string;
  /** Only when REGIE_DB names the database file; otherwise openRegie uses its default name. */
  dbPath?: string;
  user: string;
  /** Start background helpers (the package copy thread) right away. */
  warmUp: boolean;
  /** A fixed clock (REGIE_NOW); without it the services use the real one. */
  now?: () => Date;
}

export interface RecoveryDeps {
  dataDir: string;
  dbPath?: string;
  user: string;
  now?: () => Date;
  openRegie(options: OpenOptions): Promise<RegieLike>;
  listBackups(dataDir: string): Promise<BackupInfo[]>;
  restoreBackup(dataDir: string, backupPath: string): Promise<void>;
  showMessageBox: ShowMessageBox;
  /** shell.openPath on the data folder. */
  openFolder(path: string): Promise<unknown>;
  log?: (message: string, error?: unknown) => void;
}

export const BUTTON = {
  restore: 'Back-up terugzetten',
  openFolder: 'Map met gegevens openen',
  retry: 'Opnieuw proberen',
  quit: 'Afsluiten',
  cancel: 'Annuleren',
  confirmRestore: 'Terugzetten',
  ok: 'OK',
} as const;

const MAX_BACKUPS_SHOWN = 8;

export function formatBackupLabel(backup: BackupInfo): string {
  const moment = new Date(backup.createdAt);
  if (Number.isNaN(moment.getTime())) return backup.path;
  return `Back-up van ${new Intl.DateTimeFormat('nl-NL', { dateStyle: 'full', timeStyle: 'short' }).format(moment)}`;
}

function describeFailure(
  error: unknown,
  dataDir: string,
): { message: string; detail: string; kind: StartupErrorKind | 'unknown' } {
  const folder = `Gegevensmap: ${dataDir}`;
  if (isStartupError(error)) {
    const advice: Record<StartupErrorKind, string> = {
      integrity:
        'De database is beschadigd. Zet een back-up terug (Regie bewaart ze in de map backups in de gegevensmap, onder meer vóór elke update). Wat na die back-up is ingevoerd, moet opnieuw worden ingevoerd.',
      migration:
        'De database kon niet worden bijgewerkt naar deze versie van Regie. Er is niets veranderd: zet een back-up terug of neem contact op met de beheerder.',
      locked:
        'Eén programma tegelijk werkt met deze gegevens: een ander venster van Regie, Regie in browsermodus of een opdracht van de opdrachtregel heeft ze geopend. Sluit dat en kies "Opnieuw proberen".',
    };
    return {
      kind: error.kind,
      message: error.message,
      detail: `${advice[error.kind]}\n\n${error.detail}\n\n${folder}`,
    };
  }
  const text = error instanceof Error ? error.message : String(error);
  return {
    kind: 'unknown',
    message: 'Regie kon de gegevens niet openen.',
    detail: `${text}\n\nProbeer het opnieuw. Lukt het niet, zet dan een back-up terug of neem contact op met de beheerder.\n\n${folder}`,
  };
}

type Choice = 'restore' | 'openFolder' | 'retry' | 'quit';

async function askWayOut(deps: RecoveryDeps, error: unknown): Promise<Choice> {
  const failure = describeFailure(error, deps.dataDir);
  const choices: Choice[] =
    failure.kind === 'locked' ? ['retry', 'openFolder', 'quit'] : ['restore', 'openFolder', 'retry', 'quit'];
  const { response } = await deps.showMessageBox({
    type: 'error',
    title: 'Regie kan niet starten',
    message: failure.message,
    detail: failure.detail,
    buttons: choices.map((choice) => BUTTON[choice]),
    defaultId: 0,
    cancelId: choices.indexOf('quit'),
    noLink: false,
  });
  return choices[response] ?? 'quit';
}

/** Lets the user pick one of the newest backups; null when there are none or the user cancels. */
async function chooseBackup(
  deps: Pick<RecoveryDeps, 'dataDir' | 'listBackups' | 'showMessageBox'>,
): Promise<BackupInfo | null> {
  const backups = [...(await deps.listBackups(deps.dataDir))]
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .slice(0, MAX_BACKUPS_SHOWN);
  if (backups.length === 0) {
    await deps.showMessageBox({
      type: 'warning',
      title: 'Geen back-ups',
      message: 'Er zijn geen back-ups gevonden.',
      detail: `Regie zoekt back-ups in de map "backups" in ${deps.dataDir}.`,
      buttons: [BUTTON.ok],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    });
    return null;
  }
  const { response } = await deps.showMessageBox({
    type: 'question',
    title: 'Back-up terugzetten',
    message: 'Welke back-up wilt u terugzetten?',
    detail: 'De nieuwste staat bovenaan.',
    buttons: [...backups.map(formatBackupLabel), BUTTON.cancel],
    defaultId: 0,
    cancelId: backups.length,
    noLink: false,
  });
  return backups[response] ?? null;
}

async function restore(deps: RecoveryDeps, backup: BackupInfo): Promise<boolean> {
  try {
    await deps.restoreBackup(deps.dataDir, backup.path);
    return true;
  } catch (error) {
    (deps.log ?? console.error)('Regie: terugzetten mislukt', error);
    await deps.showMessageBox({
      type: 'error',
      title: 'Terugzetten mislukt',
      message: 'De back-up kon niet worden teruggezet.',
      detail: error instanceof Error ? error.message : String(error),
      buttons: [BUTTON.ok],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    });
    return false;
  }
}

/**
 * Opens the data, asking the user for a way out as long as that fails. Resolves to the open Regie, or
 * to null when the user chose to quit.
 */
async function openWithRecovery(deps: RecoveryDeps): Promise<RegieLike | null> {
  const log = deps.log ?? console.error;
  let tryOpen = true;
  let lastError: unknown = null;
  for (;;) {
    if (tryOpen) {
      try {
        const options: OpenOptions = { dataDir: deps.dataDir, user: deps.user, warmUp: true };
        if (deps.dbPath) options.dbPath = deps.dbPath;
        if (deps.now) options.now = deps.now;
        return await deps.openRegie(options);
      } catch (error) {
        log('Regie: openen van de gegevens mislukt', error);
        lastError = error;
      }
    }
    const choice = await askWayOut(deps, lastError);
    switch (choice) {
      case 'quit':
        return null;
      case 'retry':
        tryOpen = true;
        break;
      case 'openFolder':
        await deps.openFolder(deps.dataDir);
        tryOpen = false;
        break;
      case 'restore': {
        const backup = await chooseBackup(deps);
        tryOpen = backup !== null && (await restore(deps, backup));
        break;
      }
    }
  }
}

export interface StartAppDeps extends RecoveryDeps {
  /** Creates the window (and everything that needs an open Regie). Only called on success. */
  createWindow(regie: RegieLike): void;
  quit(): void;
}

/** The start-up sequence: data first, then the window; quit when the user gives up. */
export async function startApp(deps: StartAppDeps): Promise<RegieLike | null> {
  const regie = await openWithRecovery(deps);
  if (regie === null) {
    deps.quit();
    return null;
  }
  deps.createWindow(regie);
  return regie;
}

/**
 * Bestand > Back-up terugzetten while Regie runs: pick, confirm, close the data, restore, open again.
 * Resolves to the Regie to continue with (the current one when the user cancels), or null when the user
 * chose to quit after a failure.
 */
export async function restoreWhileRunning(
  deps: RecoveryDeps & { current: RegieLike },
): Promise<RegieLike | null> {
  const backup = await chooseBackup(deps);
  if (backup === null) return deps.current;
  const { response } = await deps.showMessageBox({
    type: 'warning',
    title: 'Back-up terugzetten',
    message: `${formatBackupLabel(backup)} terugzetten?`,
    detail:
      'De gegevens van nu worden vervangen door die van de back-up. Wat daarna is ingevoerd, gaat verloren.',
    buttons: [BUTTON.confirmRestore, BUTTON.cancel],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  });
  if (response !== 0) return deps.current;
  await deps.current.close();
  await restore(deps, backup);
  return openWithRecovery(deps);
}
