import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import nodePath from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  chooseInitialBounds,
  isVisibleOnSomeDisplay,
  MIN_HEIGHT,
  MIN_WIDTH,
  readWindowState,
  WINDOW_STATE_FILE,
  writeWindowState,
  type Rect,
} from '../../electron/main/window-state';

// ---- a fake 'electron' for window.ts -------------------------------------------------------------------
const electron = vi.hoisted(() => {
  type Listener = () => void;
  class FakeBrowserWindow {
    static created: FakeBrowserWindow[] = [];
    readonly listeners = new Map<string, Listener[]>();
    readonly loaded: string[] = [];
    normalBounds = { x: 0, y: 0, width: 0, height: 0 };
    maximized = false;
    shown = false;
    constructor(readonly options: Record<string, unknown>) {
      FakeBrowserWindow.created.push(this);
      const { x, y, width, height } = options as { x: number; y: number; width: number; height: number };
      this.normalBounds = { x, y, width, height };
    }
    on(event: string, listener: Listener) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
      return this;
    }
    once(event: string, listener: Listener) {
      return this.on(event, listener);
    }
    emit(event: string) {
      for (const listener of this.listeners.get(event) ?? []) listener();
    }
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
    maximize() {
      this.maximized = true;
    }
    show() {
      this.shown = true;
    }
    isMaximized() {
      return this.maximized;
    }
    getNormalBounds() {
      return this.normalBounds;
    }
  }
  const displays = {
    all: [] as { workArea: Rect }[],
    primary: { workArea: { x: 0, y: 0, width: 1920, height: 1040 } },
  };
  return {
    FakeBrowserWindow,
    displays,
    screen: {
      getAllDisplays: () => displays.all,
      getPrimaryDisplay: () => displays.primary,
    },
  };
});

vi.mock('electron', () => ({ BrowserWindow: electron.FakeBrowserWindow, screen: electron.screen }));

const { createMainWindow } = await import('../../electron/main/window');

const fullHd: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
const rightScreen: Rect = { x: 1920, y: 0, width: 2560, height: 1400 };

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(nodePath.join(os.tmpdir(), 'regie-window-'));
  electron.FakeBrowserWindow.created = [];
  electron.displays.all = [{ workArea: fullHd }];
  electron.displays.primary = { workArea: fullHd };
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

const create = () =>
  createMainWindow({
    dataDir,
    preloadPath: '/app/dist/preload/preload.cjs',
    devTools: false,
    spellcheck: false,
  });
const optionsOf = (window: unknown) => (window as { options: BrowserWindowConstructorOptions }).options;

describe('main window', () => {
  it('is locked down: isolation, sandbox, no Node, web security, our preload', () => {
    const options = optionsOf(create());
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      devTools: false,
      preload: '/app/dist/preload/preload.cjs',
    });
    expect(options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
    expect(options.minWidth).toBe(1024);
    expect(options.minHeight).toBe(700);
    expect(options.show).toBe(false);
  });

  it('loads the app from app://regie/ and shows itself when ready', () => {
    const window = create() as unknown as InstanceType<typeof electron.FakeBrowserWindow>;
    expect(window.loaded).toEqual(['app://regie/index.html']);
    expect(window.shown).toBe(false);
    window.emit('ready-to-show');
    expect(window.shown).toBe(true);
  });

  it('first start: default size, centred on the primary display', () => {
    const options = optionsOf(create());
    expect(options).toMatchObject({ width: 1280, height: 820, x: 320, y: 110 });
  });

  it('remembers its bounds in the data folder and restores them', () => {
    const first = create() as unknown as InstanceType<typeof electron.FakeBrowserWindow>;
    first.normalBounds = { x: 100, y: 50, width: 1400, height: 900 };
    first.emit('close');
    const saved = JSON.parse(readFileSync(nodePath.join(dataDir, WINDOW_STATE_FILE), 'utf8'));
    expect(saved).toEqual({ x: 100, y: 50, width: 1400, height: 900, maximized: false });
    expect(optionsOf(create())).toMatchObject({ x: 100, y: 50, width: 1400, height: 900 });
  });

  it('ignores remembered bounds on a display that is gone', () => {
    writeFileSync(
      nodePath.join(dataDir, WINDOW_STATE_FILE),
      JSON.stringify({ x: 2200, y: 100, width: 1600, height: 1000, maximized: false }),
    );
    // the second screen is still there: restored
    electron.displays.all = [{ workArea: fullHd }, { workArea: rightScreen }];
    expect(optionsOf(create())).toMatchObject({ x: 2200, y: 100 });
    // undocked: back on the primary display
    electron.displays.all = [{ workArea: fullHd }];
    expect(optionsOf(create())).toMatchObject({ x: 320, y: 110, width: 1280, height: 820 });
  });

  it('re-maximises when it was maximised', () => {
    writeFileSync(
      nodePath.join(dataDir, WINDOW_STATE_FILE),
      JSON.stringify({ x: 10, y: 10, width: 1200, height: 800, maximized: true }),
    );
    const window = create() as unknown as InstanceType<typeof electron.FakeBrowserWindow>;
    window.emit('ready-to-show');
    expect(window.maximized).toBe(true);
  });
});

describe('window state', () => {
  it('off-screen bounds are not visible', () => {
    expect(isVisibleOnSomeDisplay({ x: 100, y: 100, width: 1200, height: 800 }, [fullHd])).toBe(true);
    expect(isVisibleOnSomeDisplay({ x: 3000, y: 100, width: 1200, height: 800 }, [fullHd])).toBe(false);
    expect(isVisibleOnSomeDisplay({ x: -1150, y: 100, width: 1200, height: 800 }, [fullHd])).toBe(false);
    expect(isVisibleOnSomeDisplay({ x: 100, y: -500, width: 1200, height: 800 }, [fullHd])).toBe(false); // title bar above the screen
    expect(isVisibleOnSomeDisplay({ x: 100, y: 1020, width: 1200, height: 800 }, [fullHd])).toBe(false);
    expect(isVisibleOnSomeDisplay({ x: 1850, y: 100, width: 1200, height: 800 }, [fullHd, rightScreen])).toBe(
      true,
    );
  });

  it('never opens below the minimum size', () => {
    const { bounds } = chooseInitialBounds(
      { x: 10, y: 10, width: 600, height: 400, maximized: false },
      [fullHd],
      fullHd,
    );
    expect(bounds.width).toBe(MIN_WIDTH);
    expect(bounds.height).toBe(MIN_HEIGHT);
  });

  it('maximises on a display smaller than the minimum (1366×768 at 125%)', () => {
    const small = { x: 0, y: 0, width: 1093, height: 574 };
    expect(chooseInitialBounds(null, [small], small).maximized).toBe(true);
  });

  it('reads nothing from a damaged or strange file', () => {
    const file = nodePath.join(dataDir, WINDOW_STATE_FILE);
    expect(readWindowState(file)).toBeNull();
    writeFileSync(file, '{"x": 1, "y": ');
    expect(readWindowState(file)).toBeNull();
    writeFileSync(file, JSON.stringify({ x: 'a', y: 0, width: 1, height: 1 }));
    expect(readWindowState(file)).toBeNull();
  });

  it('writes atomically: no temporary file is left behind', () => {
    const file = nodePath.join(dataDir, 'sub', WINDOW_STATE_FILE);
    expect(writeWindowState(file, { x: 1, y: 2, width: 1100, height: 750, maximized: true })).toBe(true);
    expect(readWindowState(file)).toEqual({ x: 1, y: 2, width: 1100, height: 750, maximized: true });
    expect(readdirSync(nodePath.dirname(file))).toEqual([WINDOW_STATE_FILE]);
  });

  it('a failed write leaves the old file and no temporary file', () => {
    const file = nodePath.join(dataDir, WINDOW_STATE_FILE);
    writeWindowState(file, { x: 1, y: 2, width: 1100, height: 750, maximized: false });
    const failingRename = {
      readFileSync,
      writeFileSync,
      mkdirSync: () => undefined,
      rmSync,
      renameSync: () => {
        throw new Error('EPERM');
      },
    } as unknown as Parameters<typeof writeWindowState>[2];
    expect(
      writeWindowState(file, { x: 9, y: 9, width: 1100, height: 750, maximized: false }, failingRename),
    ).toBe(false);
    expect(readWindowState(file)?.x).toBe(1);
    expect(readdirSync(dataDir)).toEqual([WINDOW_STATE_FILE]);
  });
});
