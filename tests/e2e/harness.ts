// End-to-end harness: starts Regie with a fresh data folder and a fixed clock, and hands the test a Page.
// A scenario is written once and runs against either target, chosen by REGIE_E2E_TARGET (see the README):
//   browser   (default) the real services and the built renderer on the loopback bridge, in Debian's
//             Chromium through playwright-core;
//   electron  the real desktop app through Playwright's Electron support: the packaged app's executable
//             (REGIE_ELECTRON_EXE) or node_modules' Electron with dist/main/main.cjs.
// What differs between the two stays in here: calling the API (in-process vs the preload's window.regie),
// choosing files (a file input vs the native open dialog, stubbed at dialog.showOpenDialog in main) and
// saving files (a download vs the native save dialog, stubbed at dialog.showSaveDialog).
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { expect, inject } from 'vitest';
import {
  _electron,
  chromium,
  type Browser,
  type CDPSession,
  type ElectronApplication,
  type Page,
} from 'playwright-core';
import { openRegie, type Regie } from '../../electron/services/index';
import { startBridge, type Bridge } from '../../electron/bridge/server';
import { MOVE_FIXED_CLOCK } from '../../electron/services/fixed-clock';
import type { ElectronAppLaunch } from '../../scripts/electron-binary.mjs';
import type { E2ETarget } from './global-setup';

export type { E2ETarget };
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const RENDERER_DIR = resolve(__dirname, '../../dist/renderer');
/** The start-up limit of the issue: the app must show its first screen within this time. */
export const FIRST_SCREEN_MS = 20_000;

const setup = inject('regieE2E');
/** The target of this run (REGIE_E2E_TARGET), decided once in global-setup.ts. */
export const E2E_TARGET: E2ETarget = setup.target;
/** How to start the desktop app, or null when Electron is not available here (see `electronMissing`). */
export const ELECTRON: ElectronAppLaunch | null = setup.electron;
/** Why the Electron scenarios are skipped (printed once by global-setup.ts), or null when they run. */
export const ELECTRON_MISSING: string | null = setup.electronMissing;

export interface FileToChoose {
  name: string;
  buffer: Buffer;
}

export interface SavedFile {
  /** Where the file now is (the download saved, or the path the stubbed save dialog answered). */
  path: string;
  /** The name the app proposed (the download's name, or the save dialog's defaultPath). */
  suggestedName: string;
}

export interface StartOptions {
  now?: string;
  width?: number;
  height?: number;
  /** Overrides REGIE_E2E_TARGET (the desktop-only scenarios always ask for 'electron'). */
  target?: E2ETarget;
  /** An existing data folder to start on; kept after close (the caller owns it). */
  dataDir?: string;
  /** Electron only: command-line arguments after the app (a `.regie` file to open). */
  args?: string[];
  /** Electron only: keep the window as the app sized it (the remembered-bounds scenario). */
  keepWindowSize?: boolean;
  /**
   * Who works with this installation. By default 'e2e' without a role (so changes are signed 'e2e', as the
   * account would); null leaves it unset, so the app asks on first start.
   */
  profile?: { name: string; role: string } | null;
}

export interface WindowSize {
  width: number;
  height: number;
  scale: number;
}

export const SIZES: { name: string; size: WindowSize }[] = [
  { name: '1366x768', size: { width: 1366, height: 768, scale: 1 } },
  { name: '150pct', size: { width: 1280, height: 720, scale: 1.5 } },
];

/** Who works with Regie in a test unless it says otherwise (see StartOptions.profile). */
const DEFAULT_PROFILE = { name: 'e2e', role: 'anders' };

export interface E2E {
  target: E2ETarget;
  page: Page;
  dataDir: string;
  /** A scratch folder of this test run for files to choose and files saved. */
  workDir: string;
  /** One API call, through the same door the renderer uses in this target. */
  dispatch(name: string, payload: unknown): Promise<unknown>;
  /** Runs `trigger` (which opens the app's file picker) and answers the picker with these files. */
  chooseFiles(trigger: () => Promise<unknown>, files: FileToChoose[]): Promise<void>;
  /** Runs `trigger` (which makes the app save or download a file) and returns where the file is. */
  saveFile(trigger: () => Promise<unknown>): Promise<SavedFile>;
  /**
   * Runs `trigger` (which hands a file the app wrote to the system to open: a download in browser mode,
   * shell.openPath on the desktop, stubbed in main) and returns where that file is.
   */
  openFile(trigger: () => Promise<unknown>): Promise<SavedFile>;
  /** Browser mode only: the in-process services (throws in Electron mode). */
  regie: Regie;
  /** Browser mode only: the loopback bridge (throws in Electron mode). */
  bridge: Bridge;
  /** Browser mode only: the Chromium instance (throws in Electron mode). */
  browser: Browser;
  /** Electron only: the app, for evaluating in its main process (throws in browser mode). */
  electron: ElectronApplication;
  screenshot(name: string): Promise<string>;
  /** A screenshot once the toasts (which fade after a few seconds) are gone and colour transitions ended. */
  quietScreenshot(name: string): Promise<string>;
  /**
   * The window's size in CSS pixels and its scale (1.5 = Windows at 150 %): 1366×768 at 1 and 1280×720 at 1.5
   * are the two the desk is checked at.
   */
  resize(size: WindowSize): Promise<void>;
  /**
   * Moves the services' clock (e.g. to record something that happened later than the test's start); in the
   * desktop app, the fixed clock REGIE_NOW set, through main (MOVE_FIXED_CLOCK).
   */
  setNow(iso: string): Promise<void>;
  close(): Promise<void>;
}

interface Started {
  page: Page;
  dispatch: E2E['dispatch'];
  chooseFiles: E2E['chooseFiles'];
  saveFile: E2E['saveFile'];
  openFile: E2E['openFile'];
  regie?: Regie;
  bridge?: Bridge;
  browser?: Browser;
  electron?: ElectronApplication;
  setNow: E2E['setNow'];
  close(): Promise<void>;
}

export async function startE2E(options: StartOptions = {}): Promise<E2E> {
  const target = options.target ?? E2E_TARGET;
  if (!existsSync(join(RENDERER_DIR, 'index.html')))
    throw new Error('dist/renderer ontbreekt: voer eerst `npm run build` uit.');
  const ownsDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'regie-e2e-'));
  const workDir = mkdtempSync(join(tmpdir(), 'regie-e2e-work-'));
  const now = options.now ?? '2026-11-23T08:00:00Z';
  const profile = options.profile === undefined ? DEFAULT_PROFILE : options.profile;
  if (profile && target === 'electron') {
    // Saved in the data folder before the desktop app opens it (browser mode does so in startBrowser).
    const regie = await openRegie({ dataDir, user: 'e2e', now: () => new Date(now) });
    await regie.dispatch('profile.save', profile);
    await regie.close();
  }
  const started =
    target === 'electron'
      ? await startElectron(options, dataDir, workDir, now)
      : await startBrowser(options, dataDir, workDir, now);
  const { page } = started;

  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  const shots = process.env.REGIE_SCREENSHOTS ?? join(tmpdir(), 'regie-screens');
  // Kept open: Chromium drops a session's emulation when the session ends.
  let cdp: CDPSession | undefined;
  const screenshot = async (name: string) => {
    mkdirSync(shots, { recursive: true });
    const path = join(shots, `${name}.png`);
    if (cdp) {
      // After resize(): Playwright would cut the picture to the viewport it set itself; Chromium takes it whole.
      const { data } = await cdp.send('Page.captureScreenshot', { format: 'png' });
      writeFileSync(path, Buffer.from(data, 'base64'));
    } else await page.screenshot({ path });
    return path;
  };
  const only = <T>(value: T | undefined, what: string, where: E2ETarget): T => {
    if (value === undefined) throw new Error(`e2e.${what} bestaat alleen bij REGIE_E2E_TARGET=${where}.`);
    return value;
  };
  return {
    target,
    page,
    dataDir,
    workDir,
    dispatch: started.dispatch,
    chooseFiles: started.chooseFiles,
    saveFile: started.saveFile,
    openFile: started.openFile,
    setNow: started.setNow,
    get regie() {
      return only(started.regie, 'regie', 'browser');
    },
    get bridge() {
      return only(started.bridge, 'bridge', 'browser');
    },
    get browser() {
      return only(started.browser, 'browser', 'browser');
    },
    get electron() {
      return only(started.electron, 'electron', 'electron');
    },
    screenshot,
    async quietScreenshot(name: string) {
      await expect
        .poll(() => page.locator('.fui-Toast').count(), { timeout: 10_000 })
        .toBe(0)
        .catch(() => undefined);
      await page.waitForTimeout(250);
      return screenshot(name);
    },
    async resize({ width, height, scale }: WindowSize) {
      // Chromium's device metrics: the same page at another size and scale, without reloading it.
      cdp ??= await page.context().newCDPSession(page);
      await cdp.send('Emulation.setDeviceMetricsOverride', {
        width,
        height,
        deviceScaleFactor: scale,
        mobile: false,
      });
    },
    async close() {
      await started.close();
      if (ownsDataDir) rmSync(dataDir, { recursive: true, force: true });
      rmSync(workDir, { recursive: true, force: true });
      if (errors.length) console.warn('Fouten in de pagina:\n' + errors.join('\n'));
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Browser mode

async function startBrowser(
  options: StartOptions,
  dataDir: string,
  workDir: string,
  nowIso: string,
): Promise<Started> {
  let now = new Date(nowIso);
  const regie = await openRegie({ dataDir, user: 'e2e', now: () => now });
  const profile = options.profile === undefined ? DEFAULT_PROFILE : options.profile;
  if (profile) await regie.dispatch('profile.save', profile);
  const bridge = await startBridge({
    dispatch: regie.dispatch,
    rendererDir: RENDERER_DIR,
    downloadsDir: join(dataDir, 'exports'),
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = await browser.newPage({
    viewport: { width: options.width ?? 1366, height: options.height ?? 768 },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  });
  await page.goto(bridge.openUrl);
  const download: Started['saveFile'] = async (trigger) => {
    const [file] = await Promise.all([page.waitForEvent('download'), trigger()]);
    const suggestedName = file.suggestedFilename();
    const path = join(workDir, suggestedName);
    await file.saveAs(path);
    return { path, suggestedName };
  };
  return {
    page,
    regie,
    bridge,
    browser,
    dispatch: (name, payload) => regie.dispatch(name, payload),
    async setNow(iso: string) {
      now = new Date(iso);
    },
    async chooseFiles(trigger, files) {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), trigger()]);
      await chooser.setFiles(
        files.map((f) => ({ name: f.name, mimeType: mimeOf(f.name), buffer: f.buffer })),
      );
    },
    saveFile: download,
    // Browser mode has no system to hand a file to: it downloads it, as a save does.
    openFile: download,
    async close() {
      await browser.close();
      await bridge.close();
      await regie.close();
    },
  };
}

function mimeOf(name: string): string {
  const ext = name.toLowerCase().split('.').pop() ?? '';
  const types: Record<string, string> = {
    pdf: 'application/pdf',
    docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    txt: 'text/plain',
    png: 'image/png',
    regie: 'application/x-regie',
  };
  return types[ext] ?? 'application/octet-stream';
}

// ---------------------------------------------------------------------------------------------------------
// Electron

/**
 * Starts the desktop app through Playwright's Electron support. That needs the Node inspector of the main
 * process: playwright-core's Electron.launch (lib/coreBundle.js) passes `--inspect=0 --remote-debugging-port=0`
 * and waits for "Debugger listening on ws://…" BEFORE it looks for Chromium's "DevTools listening", so a
 * build whose `enableNodeCliInspectArguments` fuse is off (ours, see electron-builder.yml) never finishes
 * launching. The shipped build keeps that fuse off; the workflow tests a copy of the packaged app with that
 * one fuse turned back on (scripts/e2e-electron-copy.mjs): the same executable, app.asar and integrity hash,
 * the other fuses as shipped. The untouched shipped executable is started too, by the start-up benchmark,
 * which drives its renderer over `--remote-debugging-port` (a Chromium switch that no fuse governs): enough
 * for "first screen within 20 s", a screenshot and the start-up time, not for stubbing dialogs in main.
 */
export async function launchElectron(
  launch: ElectronAppLaunch,
  options: {
    dataDir: string;
    now?: string;
    /** Arguments after the app (a `.regie` file). */
    args?: string[];
    /**
     * A module main loads before the app (Electron's `-r`): only node_modules' Electron understands it (its
     * default app reads the switch); a packaged app starts its own code at once.
     */
    preload?: string;
    env?: Record<string, string>;
  },
): Promise<ElectronApplication> {
  if (options.preload && launch.packaged)
    throw new Error('-r werkt alleen met het Electron uit node_modules.');
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  delete env.REGIE_DB;
  Object.assign(env, {
    REGIE_DATA_DIR: options.dataDir,
    REGIE_USER: 'e2e',
    // Dates are shown in Dutch time whatever the runner's zone (Linux and macOS honour TZ).
    TZ: 'Europe/Amsterdam',
    ...(options.now ? { REGIE_NOW: options.now } : {}),
    ...options.env,
  });
  return _electron.launch({
    executablePath: launch.executablePath,
    args: [...(options.preload ? ['-r', options.preload] : []), ...launch.args, ...(options.args ?? [])],
    env,
    locale: 'nl-NL',
    timeout: FIRST_SCREEN_MS,
  });
}

/** Waits for the app's first screen: any screen's heading (welcome, first-start question, Aandacht, …). */
export async function waitForFirstScreen(page: Page, timeout = FIRST_SCREEN_MS): Promise<void> {
  await page.locator('h1').first().waitFor({ state: 'visible', timeout });
}

async function startElectron(
  options: StartOptions,
  dataDir: string,
  workDir: string,
  now: string,
): Promise<Started> {
  if (ELECTRON === null) throw new Error(`Electron is hier niet beschikbaar: ${ELECTRON_MISSING ?? ''}`);
  const started = Date.now();
  const app = await launchElectron(ELECTRON, {
    dataDir,
    now,
    ...(options.args ? { args: options.args } : {}),
  });
  try {
    await installMainStubs(app);
    const page = await app.firstWindow({ timeout: FIRST_SCREEN_MS });
    if (!options.keepWindowSize) {
      // Screenshots at the size the browser-mode scenarios use (the window's content area).
      await app.evaluate(
        ({ BrowserWindow }, size) =>
          BrowserWindow.getAllWindows()[0]?.setContentSize(size.width, size.height),
        { width: options.width ?? 1366, height: options.height ?? 768 },
      );
    }
    const left = Math.max(1_000, FIRST_SCREEN_MS - (Date.now() - started));
    await waitForFirstScreen(page, left).catch((error: unknown) => {
      throw new Error(`Regie toonde binnen ${FIRST_SCREEN_MS / 1000} s geen eerste scherm: ${String(error)}`);
    });
    return electronSession(app, page, workDir);
  } catch (error) {
    await app.close().catch(() => undefined);
    throw error;
  }
}

/** Answers for stubbed calls: a value, or one of these markers. */
export const SAVE_INTO = '__saveInto'; // save dialog: { [SAVE_INTO]: dir } → dir + the name the app proposed
export const BUTTON = '__button'; // message box: { [BUTTON]: 'Afsluiten' } → the index of that button
export type StubAnswer = unknown;

/**
 * Runs in Electron's main process (serialised by Playwright's evaluate, or written into a module that
 * Electron loads with `-r`): replaces the dialog and shell calls that would wait for a person or hand
 * something to the operating system — a real dialog on a runner waits forever, a real openExternal starts a
 * browser. Each call is recorded with its arguments and answered from a queue the test fills, else as if
 * cancelled. Everything above these calls (renderer, preload, IPC, the sender check, the shell handlers'
 * validation, the start-up sequence) runs for real. Self-contained: it may use nothing from outside.
 */
function stubMainCalls(
  electron: {
    app: { on(event: 'browser-window-created', listener: () => void): unknown };
    dialog: object;
    shell: object;
  },
  config: { saveInto: string; button: string; answers: Record<string, unknown[]>; recordFile?: string },
  /** Only in the `-r` module (Playwright's evaluate passes two arguments): to write `recordFile`. */
  fs?: { writeFileSync(path: string, data: string): void },
): void {
  type Call = { name: string; args: unknown[] };
  const g = globalThis as unknown as { __regieE2E?: { calls: Call[]; answers: Record<string, unknown[]> } };
  if (g.__regieE2E) return;
  const state = { calls: [] as Call[], answers: config.answers };
  g.__regieE2E = state;
  // Loaded with `-r` into an app that may quit on its own: the calls also go to a file, as they happen.
  const record = (call: Call) => {
    state.calls.push(call);
    if (config.recordFile && fs) fs.writeFileSync(config.recordFile, JSON.stringify(state.calls));
  };
  electron.app.on('browser-window-created', () => record({ name: 'browser-window-created', args: [] }));
  const sep = process.platform === 'win32' ? '\\' : '/';
  const stub =
    (name: string, fallback: unknown, sync = false) =>
    (...all: unknown[]): unknown => {
      // Dialog calls may pass the parent window first: keep the options, never a BrowserWindow.
      const args = all.filter((a) => typeof a !== 'object' || a === null || !('webContents' in a));
      record({ name, args });
      const options = (args[0] ?? {}) as { defaultPath?: string; buttons?: string[]; cancelId?: number };
      const queue = state.answers[name] ?? [];
      let answer = queue.length > 0 ? queue.shift() : fallback;
      if (typeof answer === 'object' && answer !== null && config.saveInto in answer) {
        const dir = String((answer as Record<string, unknown>)[config.saveInto]);
        const proposed =
          String(options.defaultPath ?? 'bestand')
            .split(/[\\/]/)
            .pop() ?? 'bestand';
        answer = { canceled: false, filePath: dir + sep + proposed };
      } else if (typeof answer === 'object' && answer !== null && config.button in answer) {
        const label = String((answer as Record<string, unknown>)[config.button]);
        const index = (options.buttons ?? []).indexOf(label);
        answer = { response: index >= 0 ? index : (options.cancelId ?? 0), checkboxChecked: false };
      }
      return sync ? answer : Promise.resolve(answer);
    };
  const dialog = electron.dialog as Record<string, unknown>;
  dialog.showSaveDialog = stub('showSaveDialog', { canceled: true });
  dialog.showOpenDialog = stub('showOpenDialog', { canceled: true, filePaths: [] });
  dialog.showMessageBox = stub('showMessageBox', { response: 0, checkboxChecked: false });
  const shell = electron.shell as Record<string, unknown>;
  shell.openPath = stub('openPath', '');
  shell.showItemInFolder = stub('showItemInFolder', undefined, true);
  shell.openExternal = stub('openExternal', undefined);
}

/** Stubs main's dialog and shell calls in a running app (see stubMainCalls). */
export async function installMainStubs(app: ElectronApplication): Promise<void> {
  await app.evaluate(stubMainCalls, { saveInto: SAVE_INTO, button: BUTTON, answers: {} });
}

/**
 * A module for launchElectron's `preload`: the same stubs, in place before main's own code runs (the
 * start-up check asks its questions before any test could reach in), with the answers queued up front.
 */
export function writeMainStubsModule(
  dir: string,
  answers: Record<string, StubAnswer[]>,
): { module: string; recordFile: string } {
  const path = join(dir, 'regie-main-stubs.cjs');
  const recordFile = join(dir, 'calls.json');
  const config = JSON.stringify({ saveInto: SAVE_INTO, button: BUTTON, answers, recordFile });
  writeFileSync(path, `(${stubMainCalls.toString()})(require('electron'), ${config}, require('node:fs'));\n`);
  return { module: path, recordFile };
}

export interface MainCall {
  name: string;
  args: unknown[];
}

/** Queues the answer main's stubbed `name` gives on its next call. */
export async function answerNext(app: ElectronApplication, name: string, answer: StubAnswer): Promise<void> {
  await app.evaluate(
    (_electron, { name, answer }) => {
      const state = (globalThis as unknown as { __regieE2E: { answers: Record<string, unknown[]> } })
        .__regieE2E;
      (state.answers[name] ??= []).push(answer);
    },
    { name, answer },
  );
}

/** The stubbed dialog and shell calls main made so far, oldest first (optionally of one name). */
export async function mainCalls(app: ElectronApplication, name?: string): Promise<MainCall[]> {
  const calls = await app.evaluate(
    () => (globalThis as unknown as { __regieE2E: { calls: MainCall[] } }).__regieE2E.calls,
  );
  return name ? calls.filter((c) => c.name === name) : calls;
}

function electronSession(app: ElectronApplication, page: Page, workDir: string): Started {
  const callCount = async (name: string) => (await mainCalls(app, name)).length;
  return {
    page,
    electron: app,
    async dispatch(name, payload) {
      // The renderer's own door: the preload's window.regie (IPC, sender check, validation in main).
      const result = await page.evaluate(
        async ({ name, payload }) => {
          const api = (window as unknown as { regie: Record<string, (req: unknown) => Promise<unknown>> })
            .regie;
          try {
            return { ok: true as const, value: await api[name]!(payload) };
          } catch (error) {
            return { ok: false as const, error: JSON.stringify(error) };
          }
        },
        { name, payload },
      );
      if (!result.ok) throw new Error(`${name} mislukt: ${result.error}`);
      return result.value;
    },
    async chooseFiles(trigger, files) {
      const paths = files.map((file) => {
        const path = join(workDir, file.name);
        writeFileSync(path, file.buffer);
        return path;
      });
      const before = await callCount('showOpenDialog');
      await answerNext(app, 'showOpenDialog', { canceled: false, filePaths: paths });
      await trigger();
      await expect.poll(() => callCount('showOpenDialog')).toBeGreaterThan(before);
    },
    async saveFile(trigger) {
      const before = await callCount('showSaveDialog');
      await answerNext(app, 'showSaveDialog', { [SAVE_INTO]: workDir });
      await trigger();
      await expect.poll(() => callCount('showSaveDialog')).toBeGreaterThan(before);
      const call = (await mainCalls(app, 'showSaveDialog'))[before];
      const proposed = String((call?.args[0] as { defaultPath?: string } | undefined)?.defaultPath);
      const suggestedName = basename(proposed);
      const path = join(workDir, suggestedName);
      // Written to a temp name and renamed: once the name exists the file is whole.
      await expect.poll(() => existsSync(path), { timeout: 15_000 }).toBe(true);
      return { path, suggestedName };
    },
    async openFile(trigger) {
      const before = await callCount('openPath');
      await trigger();
      await expect.poll(() => callCount('openPath')).toBeGreaterThan(before);
      const path = String((await mainCalls(app, 'openPath'))[before]?.args[0]);
      return { path, suggestedName: basename(path) };
    },
    async setNow(iso) {
      await app.evaluate(
        (_electron, { name, iso }) => {
          const move = (globalThis as unknown as Record<string, ((iso: string) => void) | undefined>)[name];
          if (!move) throw new Error('Regie draait zonder REGIE_NOW: er is geen vaste klok om te verzetten.');
          move(iso);
        },
        { name: MOVE_FIXED_CLOCK, iso },
      );
    },
    async close() {
      await app.close();
    },
  };
}
