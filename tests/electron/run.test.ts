// The wiring of the main process (run.ts) against a fake 'electron': order of the start-up steps, the
// security hooks, IPC registration, and no window when the data cannot be opened.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import nodePath from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RegieLike } from '../../electron/main/startup';
import { MOVE_FIXED_CLOCK } from '../../electron/services/fixed-clock';

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const calls: string[] = [];
  const state = {
    calls,
    appListeners: new Map<string, Listener[]>(),
    ipcHandlers: new Map<string, Listener>(),
    windows: [] as {
      options: Record<string, unknown>;
      loaded: string[];
      listeners: Map<string, Listener[]>;
      contentsListeners: Map<string, Listener[]>;
      webContents: { send: ReturnType<typeof vi.fn> };
      focus: ReturnType<typeof vi.fn>;
      restore: ReturnType<typeof vi.fn>;
    }[],
    messageBoxAnswers: [] as string[],
    messageBoxes: [] as { message: string; buttons: string[] }[],
    gotLock: true,
    resolveReady: () => {},
    ready: Promise.resolve(),
  };
  const on = (map: Map<string, Listener[]>) => (event: string, listener: Listener) => {
    map.set(event, [...(map.get(event) ?? []), listener]);
  };
  class BrowserWindow {
    readonly loaded: string[] = [];
    readonly listeners = new Map<string, Listener[]>();
    readonly contentsListeners = new Map<string, Listener[]>();
    readonly webContents = { on: on(this.contentsListeners), send: vi.fn(), reload: vi.fn() };
    readonly focus = vi.fn();
    readonly show = vi.fn();
    readonly restore = vi.fn();
    isMinimized() {
      return true;
    }
    constructor(readonly options: Record<string, unknown>) {
      calls.push('new BrowserWindow');
      state.windows.push(this);
    }
    on(event: string, listener: Listener) {
      on(this.listeners)(event, listener);
      return this;
    }
    once(event: string, listener: Listener) {
      return this.on(event, listener);
    }
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
    isDestroyed() {
      return false;
    }
  }
  const electron = {
    app: {
      isPackaged: true,
      on: (event: string, listener: Listener) => {
        on(state.appListeners)(event, listener);
      },
      setPath: vi.fn((name: string) => calls.push(`setPath ${name}`)),
      enableSandbox: vi.fn(() => calls.push('enableSandbox')),
      commandLine: {
        appendSwitch: vi.fn((name: string, value: string) => calls.push(`switch ${name}=${value}`)),
      },
      setAppUserModelId: vi.fn(),
      requestSingleInstanceLock: vi.fn(() => {
        calls.push('requestSingleInstanceLock');
        return state.gotLock;
      }),
      whenReady: () => state.ready,
      quit: vi.fn(() => calls.push('quit')),
      exit: vi.fn(),
      getAppPath: () => '/opt/regie/resources/app.asar',
      getVersion: () => '0.1.0',
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => calls.push('registerSchemesAsPrivileged')),
      handle: vi.fn((scheme: string) => calls.push(`protocol.handle ${scheme}`)),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(() => calls.push('setPermissionRequestHandler')),
        setPermissionCheckHandler: vi.fn(() => calls.push('setPermissionCheckHandler')),
        setDevicePermissionHandler: vi.fn(),
        webRequest: { onBeforeRequest: vi.fn() },
      },
    },
    ipcMain: {
      handle: (channel: string, listener: Listener) => state.ipcHandlers.set(channel, listener),
      removeHandler: (channel: string) => state.ipcHandlers.delete(channel),
    },
    dialog: {
      showMessageBox: vi.fn(async (...args: unknown[]) => {
        const options = args[args.length - 1] as { message: string; buttons: string[] };
        state.messageBoxes.push(options);
        const answer = state.messageBoxAnswers.shift();
        return {
          response: answer === undefined ? options.buttons.length - 1 : options.buttons.indexOf(answer),
        };
      }),
      showErrorBox: vi.fn(),
      showOpenDialog: vi.fn(),
      showSaveDialog: vi.fn(),
    },
    shell: { openPath: vi.fn(async () => ''), openExternal: vi.fn(), showItemInFolder: vi.fn() },
    Menu: {
      buildFromTemplate: vi.fn((template: unknown) => template),
      setApplicationMenu: vi.fn(() => calls.push('setApplicationMenu')),
    },
    BrowserWindow,
    screen: {
      getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
      getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
    },
  };
  return { state, electron };
});

vi.mock('electron', () => fake.electron);

const { runDesktop } = await import('../../electron/main/run');

const regie: RegieLike = {
  dispatch: vi.fn(async (name: string) => ({ called: name })),
  close: vi.fn(async () => undefined),
  dataDir: '/data',
  dbPath: '/data/regie.db',
};

let dataDir: string;
const savedEnv = { ...process.env };

beforeEach(() => {
  dataDir = mkdtempSync(nodePath.join(os.tmpdir(), 'regie-run-'));
  process.env.REGIE_DATA_DIR = dataDir;
  delete process.env.REGIE_NOW;
  delete process.env.REGIE_USER;
  const s = fake.state;
  s.calls.length = 0;
  s.appListeners.clear();
  s.ipcHandlers.clear();
  s.windows.length = 0;
  s.messageBoxAnswers.length = 0;
  s.messageBoxes.length = 0;
  s.gotLock = true;
  s.ready = new Promise<void>((resolve) => {
    s.resolveReady = resolve;
  });
  vi.clearAllMocks();
});

afterEach(() => {
  vi.restoreAllMocks();
  process.env = { ...savedEnv };
  rmSync(dataDir, { recursive: true, force: true });
});

function services(openRegie = vi.fn(async () => regie)) {
  return {
    openRegie,
    listBackups: vi.fn(async () => [{ path: `${dataDir}/backups/a.db`, createdAt: '2026-11-22T08:00:00Z' }]),
    restoreBackup: vi.fn(async () => undefined),
    apiMethods: ['app.info', 'meetings.list'],
  };
}

const invoke = (channel: string, url: string, payload?: unknown) =>
  fake.state.ipcHandlers.get(channel)?.({ senderFrame: { url } }, payload);

describe('runDesktop', () => {
  it('before ready: profile in the local data folder, sandbox, app:// scheme, single-instance lock', () => {
    runDesktop(services());
    const { calls } = fake.state;
    expect(calls.slice(0, 5)).toEqual([
      'setPath userData',
      'enableSandbox',
      'switch lang=nl-NL',
      'registerSchemesAsPrivileged',
      'requestSingleInstanceLock',
    ]);
    expect(fake.electron.app.setPath).toHaveBeenCalledWith('userData', nodePath.join(dataDir, 'chromium'));
    expect(calls).not.toContain('new BrowserWindow');
  });

  it('REGIE_NOW fixes the clock and REGIE_USER names the user, as in browser mode (the e2e tests need both)', async () => {
    process.env.REGIE_NOW = '2026-11-23T08:00:00Z';
    process.env.REGIE_USER = 'e2e';
    const s = services();
    runDesktop(s);
    fake.state.resolveReady();
    await vi.waitFor(() => expect(s.openRegie).toHaveBeenCalled());
    const options = (s.openRegie.mock.calls as unknown as [{ now?: () => Date; user: string }][])[0]?.[0];
    expect(options?.user).toBe('e2e');
    expect(options?.now?.().toISOString()).toBe('2026-11-23T08:00:00.000Z');
    // The end-to-end tests' e2e.setNow moves that clock through main (an item that came in later).
    const move = (globalThis as unknown as Record<string, (iso: string) => void>)[MOVE_FIXED_CLOCK];
    move?.('2026-12-18T10:30:00Z');
    expect(options?.now?.().toISOString()).toBe('2026-12-18T10:30:00.000Z');
    delete (globalThis as Record<string, unknown>)[MOVE_FIXED_CLOCK];
  });

  it('an invalid REGIE_NOW stops the start with a message naming it, before anything opens', () => {
    process.env.REGIE_NOW = 'morgen';
    const s = services();
    runDesktop(s);
    expect(fake.electron.dialog.showErrorBox).toHaveBeenCalledWith(
      'Regie kan niet starten',
      'REGIE_NOW is geen geldig tijdstip: morgen',
    );
    expect(fake.electron.app.exit).toHaveBeenCalledWith(1);
    expect(fake.state.calls).not.toContain('requestSingleInstanceLock');
  });

  it('a second instance quits at once', async () => {
    fake.state.gotLock = false;
    const s = services();
    runDesktop(s);
    fake.state.resolveReady();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(fake.electron.app.quit).toHaveBeenCalled();
    expect(s.openRegie).not.toHaveBeenCalled();
    expect(fake.state.windows).toHaveLength(0);
  });

  it('after ready: hardened session, app:// handler, menu, IPC, data, then the window', async () => {
    const s = services();
    runDesktop(s);
    fake.state.resolveReady();
    await vi.waitFor(() => expect(fake.state.windows).toHaveLength(1));
    const { calls } = fake.state;
    const order = [
      'setPermissionRequestHandler',
      'protocol.handle app',
      'setApplicationMenu',
      'new BrowserWindow',
    ];
    expect(order.map((step) => calls.indexOf(step))).toEqual(
      [...order.map((step) => calls.indexOf(step))].sort((a, b) => a - b),
    );
    expect(s.openRegie).toHaveBeenCalledWith({ dataDir, user: expect.any(String), warmUp: true });

    const window = fake.state.windows[0]!;
    expect(window.loaded).toEqual(['app://regie/index.html']);
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      devTools: false,
      preload: nodePath.join('/opt/regie/resources/app.asar', 'dist', 'preload', 'preload.cjs'),
    });

    expect([...fake.state.ipcHandlers.keys()]).toEqual(
      expect.arrayContaining([
        'regie:app.info',
        'regie:meetings.list',
        'regie-shell:openPath',
        'regie-shell:openExternal',
      ]),
    );
    expect(await invoke('regie:meetings.list', 'app://regie/index.html', {})).toEqual({
      ok: true,
      value: { called: 'meetings.list' },
    });
    expect(await invoke('regie:meetings.list', 'https://evil.example/?next=app://regie', {})).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(fake.state.appListeners.has('web-contents-created')).toBe(true);
  });

  it('a packaged app never has developer tools, not even with REGIE_DEVTOOLS=1', async () => {
    process.env.REGIE_DEVTOOLS = '1';
    runDesktop(services());
    fake.state.resolveReady();
    await vi.waitFor(() => expect(fake.state.windows).toHaveLength(1));
    expect(fake.state.windows[0]!.options.webPreferences).toMatchObject({ devTools: false });
    const menu = JSON.stringify(fake.electron.Menu.buildFromTemplate.mock.calls[0]?.[0]);
    expect(menu).not.toContain('toggleDevTools');
  });

  it('takes backup, restore and package paths from the page only where the dialogs of main put them', async () => {
    const s = services();
    s.apiMethods = ['backup.restore', 'backup.create', 'package.import', 'package.export', 'export.agenda'];
    runDesktop(s);
    fake.state.resolveReady();
    await vi.waitFor(() => expect(fake.state.windows).toHaveLength(1));
    const page = 'app://regie/index.html';
    const refused = async (channel: string, payload: unknown) => {
      const result = (await invoke(channel, page, payload)) as { ok: boolean; error?: { code: string } };
      expect(result, `${channel} ${JSON.stringify(payload)}`).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    };
    await refused('regie:backup.restore', { path: '/home/jan/Downloads/gemaakt.zip' });
    await refused('regie:backup.restore', { path: `${dataDir}/backups/../../elders.zip` });
    await refused('regie:backup.create', { outPath: '/home/jan/kopie.zip' });
    await refused('regie:package.import', { path: '\\\\server\\share\\x.regie', resolutions: 'ours' });
    await refused('regie:package.export', { meetingId: 'm', outPath: '/tmp/x.regie' });
    await refused('regie:export.agenda', { meetingId: 'm', outPath: '/etc/cron.d/regie' });
    expect(regie.dispatch).not.toHaveBeenCalled();

    // What the app keeps itself: its backups, its uploaded packages, its exports.
    expect(
      await invoke('regie:backup.restore', page, { path: `${dataDir}/backups/dagelijks-2026-11-22` }),
    ).toMatchObject({
      ok: true,
    });
    expect(
      await invoke('regie:export.agenda', page, { meetingId: 'm', outPath: `${dataDir}/exports/a.docx` }),
    ).toMatchObject({ ok: true });
    expect(await invoke('regie:backup.create', page, {})).toMatchObject({ ok: true });
    // And what the user picked in main's dialogs.
    fake.electron.dialog.showSaveDialog.mockResolvedValueOnce({
      canceled: false,
      filePath: '/home/jan/kopie.zip',
    });
    const chosen = await invoke('regie-shell:chooseSavePath', page, {
      title: 'Back-up opslaan',
      defaultName: 'kopie.zip',
      filters: [],
    });
    expect(chosen).toEqual({ ok: true, value: '/home/jan/kopie.zip' });
    expect(await invoke('regie:backup.create', page, { outPath: '/home/jan/kopie.zip' })).toMatchObject({
      ok: true,
    });
    fake.electron.dialog.showOpenDialog.mockResolvedValueOnce({
      canceled: false,
      filePaths: ['/home/jan/b.regie'],
    });
    await invoke('regie-shell:chooseFiles', page, 'Pakket openen');
    expect(
      await invoke('regie:package.import', page, { path: '/home/jan/b.regie', resolutions: 'ours' }),
    ).toMatchObject({
      ok: true,
    });
    // A package the system asked Regie to open (double-click in Explorer).
    const emit = fake.state.appListeners.get('open-file') ?? [];
    for (const listener of emit) listener({ preventDefault: () => undefined }, '/Users/jan/c.regie');
    expect(
      await invoke('regie:package.import', page, { path: '/Users/jan/c.regie', resolutions: 'ours' }),
    ).toMatchObject({
      ok: true,
    });
    expect(regie.dispatch).toHaveBeenCalledTimes(6);
  });

  it('data that cannot be opened: a Dutch dialog, and on "Afsluiten" no window at all', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failing = vi.fn(async () => {
      throw Object.assign(new Error('De database is beschadigd.'), {
        kind: 'integrity',
        detail: 'quick_check failed',
      });
    });
    runDesktop(services(failing));
    fake.state.messageBoxAnswers.push('Afsluiten');
    fake.state.resolveReady();
    await vi.waitFor(() => expect(fake.electron.app.quit).toHaveBeenCalled());
    expect(fake.state.messageBoxes[0]?.message).toBe('De database is beschadigd.');
    expect(fake.state.windows).toHaveLength(0);
  });

  it('closes the data before quitting', async () => {
    runDesktop(services());
    fake.state.resolveReady();
    await vi.waitFor(() => expect(fake.state.windows).toHaveLength(1));
    const preventDefault = vi.fn();
    for (const listener of fake.state.appListeners.get('will-quit') ?? []) listener({ preventDefault });
    expect(preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(fake.electron.app.quit).toHaveBeenCalled());
    expect(regie.close).toHaveBeenCalledTimes(1);
  });

  it('a .regie file from a second start is focused and passed on once the page has loaded', async () => {
    runDesktop(services());
    fake.state.resolveReady();
    await vi.waitFor(() => expect(fake.state.windows).toHaveLength(1));
    const window = fake.state.windows[0]!;
    const emit = (map: Map<string, Listener[]>, event: string, ...args: unknown[]) =>
      (map.get(event) ?? []).forEach((listener) => listener(...args));

    emit(
      fake.state.appListeners,
      'second-instance',
      {},
      ['/opt/regie/regie', '--no-sandbox', 'Downloads/vergadering.regie'],
      '/home/jan',
    );
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    expect(window.webContents.send).not.toHaveBeenCalled(); // page not loaded yet

    emit(window.contentsListeners, 'did-finish-load');
    expect(window.webContents.send).toHaveBeenCalledWith(
      'regie-event:open-file',
      '/home/jan/Downloads/vergadering.regie',
    );

    const preventDefault = vi.fn();
    emit(fake.state.appListeners, 'open-file', { preventDefault }, '/Users/jan/b.regie');
    expect(preventDefault).toHaveBeenCalled();
    expect(window.webContents.send).toHaveBeenLastCalledWith('regie-event:open-file', '/Users/jan/b.regie');
  });
});
