// The Electron main process, assembled from the small modules next to this file. The application
// services come in as a parameter (see index.ts), so this file knows Electron and nothing of the data.
import nodeFs from 'node:fs';
import { stat } from 'node:fs/promises';
import os from 'node:os';
import nodePath from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { ApiError } from '../../shared/api/errors';
import { aboutBox } from './about';
import { installAppProtocol, registerAppScheme } from './app-protocol';
import { EVENT_COMMAND, EVENT_OPEN_FILE, type MenuCommand } from './channels';
import { chooseDataLocation } from '../services/data-location';
import { MOVE_FIXED_CLOCK, movableClockFromEnv } from '../services/fixed-clock';
import { registerApiHandlers, registerShellHandlers } from './ipc';
import { buildMenuTemplate } from './menu';
import { createOpenFileRouter, findPackageArg, PACKAGE_EXTENSION } from './open-files';
import { hardenSession, hardenWebContents } from './security';
import { checkRendererPaths, PathGrants } from './path-grants';
import { createShellHandlers, type PathKind } from './shell-handlers';
import {
  restoreWhileRunning,
  startApp,
  type BackupInfo,
  type OpenOptions,
  type RecoveryDeps,
  type RegieLike,
  type ShowMessageBox,
} from './startup';
import { createMainWindow } from './window';

/** What the shell needs from electron/services. */
interface RegieServices {
  openRegie(options: OpenOptions): Promise<RegieLike>;
  listBackups(dataDir: string): Promise<BackupInfo[]>;
  restoreBackup(dataDir: string, backupPath: string): Promise<void>;
  /** Every API call name (shared/api/contract.ts API_METHODS). */
  apiMethods: readonly string[];
}

function log(message: string, error?: unknown): void {
  if (error === undefined) console.error(message);
  else console.error(message, error);
}

function currentUser(): string {
  // REGIE_USER names the user in the change log as in browser mode and the command line (tests, demos).
  if (process.env.REGIE_USER?.trim()) return process.env.REGIE_USER.trim();
  try {
    return os.userInfo().username;
  } catch {
    return process.env.USERNAME ?? process.env.USER ?? 'onbekend';
  }
}

async function pathKind(path: string): Promise<PathKind | null> {
  try {
    const info = await stat(path);
    return info.isFile() ? 'file' : info.isDirectory() ? 'directory' : 'other';
  } catch {
    return null;
  }
}

export function runDesktop(services: RegieServices): void {
  const location = chooseDataLocation({
    platform: process.platform,
    env: process.env,
    homedir: os.homedir(),
    cwd: process.cwd(),
  });
  const dataDir = location.dir;
  // Developer tools only in a development build: never in a packaged app, whatever REGIE_DEVTOOLS says.
  // (REGIE_DEVTOOLS no longer opens them in a packaged app: anyone could set it to inspect and drive the page.)
  const devTools = !app.isPackaged;
  // Paths the user chose in main's own dialogs; calls from the page that take a path accept only those.
  const grants = new PathGrants();
  let now: (() => Date) | undefined;
  try {
    // REGIE_NOW fixes "today" (demonstrations, the end-to-end tests), as in browser mode and the CLI.
    const fixed = movableClockFromEnv(process.env.REGIE_NOW);
    if (fixed) {
      now = fixed.now;
      (globalThis as Record<string, unknown>)[MOVE_FIXED_CLOCK] = fixed.move;
    }
  } catch (error) {
    dialog.showErrorBox('Regie kan niet starten', error instanceof Error ? error.message : String(error));
    app.exit(1);
    return;
  }

  try {
    // Chromium's own profile (cache, local storage) lives with the data in the LOCAL folder, not in the
    // roaming profile. The single-instance lock is keyed on this folder: one Regie per data folder.
    const profileDir = nodePath.join(dataDir, 'chromium');
    nodeFs.mkdirSync(profileDir, { recursive: true });
    app.setPath('userData', profileDir);
  } catch (error) {
    dialog.showErrorBox(
      'Regie kan niet starten',
      `De map voor de gegevens kan niet worden aangemaakt:\n${dataDir}\n\n${String(error)}`,
    );
    app.exit(1);
    return;
  }

  app.enableSandbox();
  // Dutch users, Dutch forms: native date and time fields show dd-mm-jjjj whatever the system language is.
  app.commandLine.appendSwitch('lang', 'nl-NL');
  registerAppScheme(protocol);
  if (process.platform === 'win32') app.setAppUserModelId('nl.regie.app');

  if (!app.requestSingleInstanceLock()) {
    // The first Regie gets our argv through 'second-instance' and opens the package there.
    app.quit();
    return;
  }

  // The one place main hands a URL to the system. Its two callers pass only what externalUrl() accepted
  // (https: with a host, or mailto:, parsed with new URL): hardenWebContents for links, and the shell
  // handler regieShell.openExternal. Electronegativity cannot see that, hence the annotation.
  const openExternal = (url: string): Promise<void> => shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK

  let mainWindow: BrowserWindow | null = null;
  let regie: RegieLike | null = null;
  let restoring = false;
  let closed = false;

  const send = (channel: string, value: string): void => {
    if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(channel, value);
  };
  const sendCommand = (command: MenuCommand): void => send(EVENT_COMMAND, command);
  const openFiles = createOpenFileRouter((path) => send(EVENT_OPEN_FILE, path));

  // A .regie file the system asks Regie to open is the user's choice too.
  const openPackageFile = (path: string): void => {
    grants.grantFile(path);
    openFiles.open(path);
  };
  const firstPackage = findPackageArg(process.argv.slice(1), process.cwd());
  if (firstPackage) openPackageFile(firstPackage);

  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.show();
      mainWindow.focus();
    }
    const path = findPackageArg(argv, workingDirectory);
    if (path) openPackageFile(path);
  });

  // macOS: Finder hands files over with this event, possibly before 'ready'.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openPackageFile(path);
  });

  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, openExternal, log);
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('will-quit', (event) => {
    if (closed || regie === null) return;
    event.preventDefault();
    const current = regie;
    regie = null;
    current
      .close()
      .catch((error: unknown) => log('Regie: afsluiten van de gegevens mislukt', error))
      .finally(() => {
        closed = true;
        app.quit();
      });
  });

  const showMessageBox: ShowMessageBox = (request) =>
    mainWindow ? dialog.showMessageBox(mainWindow, request) : dialog.showMessageBox(request);

  const recovery: RecoveryDeps = {
    dataDir,
    ...(location.dbFile ? { dbPath: location.dbFile } : {}),
    ...(now ? { now } : {}),
    user: currentUser(),
    openRegie: (options) => services.openRegie(options),
    listBackups: (dir) => services.listBackups(dir),
    restoreBackup: (dir, backupPath) => services.restoreBackup(dir, backupPath),
    showMessageBox,
    openFolder: (path) => shell.openPath(path),
    log,
  };

  const openWindow = (): void => {
    const window = createMainWindow({
      dataDir,
      preloadPath: nodePath.join(app.getAppPath(), 'dist', 'preload', 'preload.cjs'),
      devTools,
      spellcheck: process.platform === 'darwin',
    });
    mainWindow = window;
    window.webContents.on('did-start-loading', () => openFiles.rendererGone());
    window.webContents.on('did-finish-load', () => openFiles.rendererReady());
    window.on('closed', () => {
      mainWindow = null;
      openFiles.rendererGone();
    });
  };

  const openPackage = async (): Promise<void> => {
    const options = {
      title: 'Vergaderpakket openen',
      filters: [{ name: 'Regie-vergaderpakket', extensions: [PACKAGE_EXTENSION.slice(1)] }],
      properties: ['openFile' as const],
    };
    const result = mainWindow
      ? await dialog.showOpenDialog(mainWindow, options)
      : await dialog.showOpenDialog(options);
    const path = result.filePaths[0];
    if (!result.canceled && path) openPackageFile(path);
  };

  const restoreBackup = async (): Promise<void> => {
    if (regie === null || restoring) return;
    restoring = true;
    const current = regie;
    try {
      const next = await restoreWhileRunning({
        ...recovery,
        current: {
          dataDir: current.dataDir,
          dbPath: current.dbPath,
          dispatch: (name, payload) => current.dispatch(name, payload),
          close: async () => {
            regie = null; // calls arriving meanwhile get a clear 'conflict' instead of a closed database
            await current.close();
          },
        },
      });
      if (next === null) {
        closed = true;
        app.quit();
        return;
      }
      regie = next;
      if (next !== current) mainWindow?.webContents.reload();
    } finally {
      restoring = false;
    }
  };

  const showAbout = async (): Promise<void> => {
    const { response } = await showMessageBox(
      aboutBox({ version: app.getVersion(), location, versions: process.versions }),
    );
    if (response === 1) await shell.openPath(dataDir);
  };

  const report = (what: string) => (error: unknown) => log(`Regie: ${what} mislukt`, error);

  app
    .whenReady()
    .then(async () => {
      hardenSession(session.defaultSession);
      installAppProtocol(protocol, nodePath.join(app.getAppPath(), 'dist', 'renderer'));

      Menu.setApplicationMenu(
        Menu.buildFromTemplate(
          buildMenuTemplate({
            platform: process.platform,
            devTools,
            actions: {
              send: sendCommand,
              openPackage: () => void openPackage().catch(report('pakket openen')),
              restoreBackup: () => void restoreBackup().catch(report('back-up terugzetten')),
              openDataFolder: () => void shell.openPath(dataDir).catch(report('map openen')),
              showAbout: () => void showAbout().catch(report('Over Regie')),
            },
          }),
        ),
      );

      registerApiHandlers({
        ipcMain,
        methods: services.apiMethods,
        dispatch: async (name, payload) => {
          if (regie === null) {
            throw new ApiError(
              'conflict',
              'Regie zet een back-up terug of sluit af. Probeer het zo opnieuw.',
            );
          }
          checkRendererPaths(grants, dataDir, name, payload);
          return regie.dispatch(name, payload);
        },
        log,
      });

      registerShellHandlers({
        ipcMain,
        log,
        handlers: createShellHandlers({
          showSaveDialog: (options) =>
            mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options),
          showOpenDialog: (options) =>
            mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options),
          openPath: (path) => shell.openPath(path),
          showItemInFolder: (path) => shell.showItemInFolder(path),
          openExternal,
          stat: pathKind,
          grants,
          exportsDir: nodePath.join(dataDir, 'exports'),
          backupsDir: nodePath.join(dataDir, 'backups'),
        }),
      });

      await startApp({
        ...recovery,
        quit: () => {
          closed = true;
          app.quit();
        },
        createWindow: (opened) => {
          regie = opened;
          openWindow();
          app.on('activate', () => {
            // macOS: clicking the dock icon with no window open.
            if (mainWindow === null && regie !== null) openWindow();
          });
        },
      });
    })
    .catch((error: unknown) => {
      log('Regie: starten mislukt', error);
      dialog.showErrorBox('Regie kan niet starten', error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}
