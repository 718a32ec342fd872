// The one main window: locked-down web preferences, remembered bounds, shown when ready.
import nodePath from 'node:path';
import { BrowserWindow, screen } from 'electron';
import { APP_ENTRY_URL } from './url-policy';
import {
  chooseInitialBounds,
  MIN_HEIGHT,
  MIN_WIDTH,
  readWindowState,
  WINDOW_STATE_FILE,
  writeWindowState,
} from './window-state';

interface MainWindowOptions {
  dataDir: string;
  /** Absolute path of dist/preload/preload.cjs. */
  preloadPath: string;
  /** Developer tools: only in a development build (see run.ts). */
  devTools: boolean;
  /**
   * Chromium's spell checker. macOS uses the system's; on Windows and Linux Electron downloads Hunspell
   * dictionaries from Google's CDN, so it stays off there (no network).
   */
  spellcheck: boolean;
  url?: string;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const stateFile = nodePath.join(options.dataDir, WINDOW_STATE_FILE);
  const initial = chooseInitialBounds(
    readWindowState(stateFile),
    screen.getAllDisplays().map((display) => display.workArea),
    screen.getPrimaryDisplay().workArea,
  );

  const window = new BrowserWindow({
    ...initial.bounds,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    show: false,
    title: 'Regie',
    backgroundColor: '#ffffff',
    webPreferences: {
      // Our own bundled preload: it exposes the typed API, shell and event functions, never ipcRenderer.
      preload: options.preloadPath, // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Middle-click on a link would try to open a window (denied anyway by setWindowOpenHandler).
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      spellcheck: options.spellcheck,
      devTools: options.devTools,
    },
  });

  window.once('ready-to-show', () => {
    if (initial.maximized) window.maximize();
    window.show();
  });

  window.on('close', () => {
    writeWindowState(stateFile, { ...window.getNormalBounds(), maximized: window.isMaximized() });
  });

  window
    .loadURL(options.url ?? APP_ENTRY_URL)
    .catch((error: unknown) => console.error('Regie: laden mislukt', error));
  return window;
}
