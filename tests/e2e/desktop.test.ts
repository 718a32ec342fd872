// What only the real desktop app does, tested in Electron itself (skipped, with the one line from
// global-setup.ts, where Electron is missing): the remembered window bounds, a second start handing its
// `.regie` file to the first, the native save and open dialogs (stubbed at dialog.show*Dialog in main, so
// preload, IPC and the shell handlers run for real), Openen / Toon in map (stubbed at shell.*), the menu's
// accelerators, the start-up check's way out of a damaged database, and the renderer's lock-down (CSP,
// navigation, new windows, remote requests). Also a screenshot of each main screen for the workflow's
// artifacts. Clock: Monday 23 November 2026, 09:00 in the Netherlands.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { ElectronApplication, Page } from 'playwright-core';
import { openRegie } from '../../electron/services/index';
import { CONTENT_SECURITY_POLICY } from '../../shared/content-security-policy';
import {
  BUTTON,
  ELECTRON,
  answerNext,
  launchElectron,
  mainCalls,
  startE2E,
  waitForFirstScreen,
  writeMainStubsModule,
  type E2E,
} from './harness';

const NOW = '2026-11-23T08:00:00Z';
const NEXT_MEETING = '2026-11-24';

const scratch = mkdtempSync(join(tmpdir(), 'regie-desktop-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A data folder with the demo (prepared by the services in this process, before the app starts). */
async function demoFolder(options: { backup?: boolean; packageOf?: string } = {}) {
  const dataDir = mkdtempSync(join(scratch, 'data-'));
  const now = new Date(NOW);
  const regie = await openRegie({ dataDir, user: 'e2e', now: () => now });
  let packagePath: string | null = null;
  try {
    await regie.dispatch('demo.load', {});
    if (options.backup) await regie.dispatch('backup.create', {});
    if (options.packageOf) {
      const meeting = (await regie.dispatch('meetings.find', { ref: options.packageOf })) as { id: string };
      packagePath = join(scratch, `vergadering-${options.packageOf}.regie`);
      await regie.dispatch('package.export', { meetingId: meeting.id, outPath: packagePath });
    }
  } finally {
    await regie.close();
  }
  return { dataDir, packagePath };
}

async function openAgenda(page: Page, date: string) {
  await page
    .getByRole('navigation')
    .getByRole('button', { name: /^Vergaderingen/ })
    .first()
    .click();
  await page.locator(`tr[data-meeting="${date}"] td`).first().click();
  await page.getByTestId('documents-menu').waitFor();
}

/**
 * Presses a menu accelerator. On Windows and Linux a key the page leaves unhandled goes back to the window,
 * whose menu acts on it — the path a real key press takes, so the key is sent to the page. On macOS the menu
 * only sees key events that come from the system (Playwright's come through the DevTools protocol, without
 * one), so there the menu item that carries the accelerator is clicked instead.
 */
async function pressAccelerator(app: ElectronApplication, page: Page, accelerator: string): Promise<void> {
  if (process.platform !== 'darwin') {
    await page.keyboard.press(accelerator.replace('CmdOrCtrl', 'Control'));
    return;
  }
  const clicked = await app.evaluate(({ Menu, BrowserWindow }, wanted) => {
    const find = (items: Electron.MenuItem[]): Electron.MenuItem | undefined => {
      for (const item of items) {
        if (item.accelerator === wanted) return item;
        const inner = item.submenu ? find(item.submenu.items) : undefined;
        if (inner) return inner;
      }
      return undefined;
    };
    const item = find(Menu.getApplicationMenu()?.items ?? []);
    item?.click(undefined, BrowserWindow.getAllWindows()[0]);
    return item !== undefined;
  }, accelerator);
  expect(clicked, `een menu-item met ${accelerator}`).toBe(true);
}

const windowBounds = (app: ElectronApplication) =>
  app.evaluate(({ BrowserWindow }) => {
    const window = BrowserWindow.getAllWindows()[0];
    return window ? { ...window.getNormalBounds(), maximized: window.isMaximized() } : null;
  });

describe.skipIf(ELECTRON === null)('the desktop app in Electron', () => {
  let e2e: E2E | null = null;
  afterEach(async () => {
    await e2e?.close();
    e2e = null;
  });

  it('opens the window where it was when Regie closed (window-state.json in the data folder)', async () => {
    const { dataDir } = await demoFolder();
    e2e = await startE2E({ target: 'electron', dataDir, now: NOW, keepWindowSize: true });
    const app = e2e.electron;
    const area = await app.evaluate(({ screen }) => screen.getPrimaryDisplay().workArea);
    // Inside the work area, off its centre (where a first start opens), at least the minimum 1024 × 700.
    const width = Math.max(1024, Math.min(area.width, 1100));
    const height = Math.max(700, Math.min(area.height, 720));
    const wanted = {
      x: area.x + Math.max(0, Math.floor((area.width - width) / 4)),
      y: area.y + Math.max(0, Math.floor((area.height - height) / 4)),
      width,
      height,
    };
    await app.evaluate(
      ({ BrowserWindow }, bounds) => BrowserWindow.getAllWindows()[0]?.setBounds(bounds),
      wanted,
    );
    await expect.poll(async () => (await windowBounds(app))?.width).toBe(width);
    const before = await windowBounds(app);
    await e2e.close(); // quits: the window's 'close' writes its state
    e2e = null;

    const saved = JSON.parse(readFileSync(join(dataDir, 'window-state.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(saved).toEqual(before);

    e2e = await startE2E({ target: 'electron', dataDir, now: NOW, keepWindowSize: true });
    expect(await windowBounds(e2e.electron)).toEqual(before);
    await e2e.page.getByRole('heading', { name: 'Aandacht', level: 1 }).waitFor();
  });

  it('a second start with a .regie file hands it to the running Regie, which offers to open it', async () => {
    const { dataDir, packagePath } = await demoFolder({ packageOf: NEXT_MEETING });
    e2e = await startE2E({ target: 'electron', dataDir, now: NOW });
    const { page } = e2e;
    await page.getByRole('heading', { name: 'Aandacht', level: 1 }).waitFor();

    // As Explorer or a file manager starts it on a double-click: the program with the file's path.
    const launch = ELECTRON!;
    const second = spawn(
      launch.executablePath,
      [...(process.platform === 'linux' ? ['--no-sandbox'] : []), ...launch.args, packagePath!],
      { env: { ...process.env, REGIE_DATA_DIR: dataDir, REGIE_NOW: NOW }, stdio: 'ignore' },
    );
    const exitCode = await new Promise<number | null>((resolve) => second.on('exit', resolve));
    expect(exitCode).toBe(0); // it found the first Regie running, handed over and quit

    const dialog = page.getByRole('dialog', { name: 'Vergaderpakket openen' });
    await dialog.waitFor();
    await e2e.screenshot('electron-pakket-via-tweede-start');
    expect(await page.getByRole('heading', { name: 'Gegevens', level: 1 }).count()).toBe(1);
    // One window still: the second start never opened its own.
    expect(e2e.electron.windows()).toHaveLength(1);
  });

  it('Agenda opslaan: the save dialog gets the proposal, the Word file lands where it answered; Openen and Toon in map hand that file to the system', async () => {
    const { dataDir } = await demoFolder();
    e2e = await startE2E({ target: 'electron', dataDir, now: NOW });
    const { page } = e2e;
    const app = e2e.electron;
    await openAgenda(page, NEXT_MEETING);

    // Cancelled first: nothing is written, no result is shown.
    await page.getByTestId('documents-menu').click();
    await page.getByTestId('export-agenda').click();
    await expect.poll(async () => (await mainCalls(app, 'showSaveDialog')).length).toBe(1);
    expect(await page.getByTestId('export-result').count()).toBe(0);

    await page.getByTestId('documents-menu').click();
    const saved = await e2e.saveFile(() => page.getByTestId('export-agenda').click());
    const [, call] = await mainCalls(app, 'showSaveDialog');
    expect(call?.args[0]).toMatchObject({
      title: 'Agenda opslaan',
      filters: [{ extensions: ['docx'] }],
      properties: expect.arrayContaining(['showOverwriteConfirmation']),
    });
    expect(saved.suggestedName).toMatch(/^Agenda .*2026-11-24\.docx$/);
    const text = (await mammoth.extractRawText({ path: saved.path })).value;
    expect(text).toContain('Stavaza Beschermd wonen');

    const result = page.getByTestId('export-result');
    await result.waitFor();
    await e2e.screenshot('electron-agenda-opgeslagen');
    await result.getByRole('button', { name: 'Openen' }).click();
    await expect
      .poll(async () => (await mainCalls(app, 'openPath')).map((c) => c.args[0]))
      .toEqual([saved.path]);
    await result.getByRole('button', { name: 'Toon in map' }).click();
    await expect
      .poll(async () => (await mainCalls(app, 'showItemInFolder')).map((c) => c.args[0]))
      .toEqual([saved.path]);
  });

  it('the menu: Dutch menus, and their accelerators reach the app (Ctrl+N plans a meeting, F1 the manual, Ctrl+O asks for a package)', async () => {
    const { dataDir, packagePath } = await demoFolder({ packageOf: NEXT_MEETING });
    e2e = await startE2E({ target: 'electron', dataDir, now: NOW });
    const { page } = e2e;
    const app = e2e.electron;
    await page.getByRole('heading', { name: 'Aandacht', level: 1 }).waitFor();

    const menus = await app.evaluate(({ Menu }) =>
      (Menu.getApplicationMenu()?.items ?? []).map((item) => ({
        label: item.label,
        items: (item.submenu?.items ?? []).map((sub) => ({ label: sub.label, accelerator: sub.accelerator })),
      })),
    );
    const top = menus.map((m) => m.label);
    expect(top).toEqual(
      process.platform === 'darwin'
        ? ['Regie', 'Bestand', 'Bewerken', 'Beeld', 'Venster', 'Help']
        : ['Bestand', 'Bewerken', 'Beeld', 'Help'],
    );
    expect(menus.find((m) => m.label === 'Bestand')?.items).toEqual(
      expect.arrayContaining([
        { label: 'Nieuwe vergadering', accelerator: 'CmdOrCtrl+N' },
        { label: 'Vergaderpakket openen…', accelerator: 'CmdOrCtrl+O' },
      ]),
    );

    // The renderer has no Ctrl+N or F1 of its own on the desktop: only the menu's accelerator reacts.
    await pressAccelerator(app, page, 'CmdOrCtrl+N');
    await page.getByRole('dialog', { name: 'Vergadering plannen' }).waitFor();
    await e2e.screenshot('electron-menu-nieuwe-vergadering');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Vergadering plannen' }).waitFor({ state: 'detached' });

    await pressAccelerator(app, page, 'F1');
    await page.getByRole('heading', { name: 'Handleiding', level: 1 }).waitFor();

    await answerNext(app, 'showOpenDialog', { canceled: false, filePaths: [packagePath] });
    await pressAccelerator(app, page, 'CmdOrCtrl+O');
    await page.getByRole('dialog', { name: 'Vergaderpakket openen' }).waitFor();
    const [open] = await mainCalls(app, 'showOpenDialog');
    expect(open?.args[0]).toMatchObject({ filters: [{ extensions: ['regie'] }], properties: ['openFile'] });
  });

  it('the renderer is locked down: window.open, navigation and a remote fetch are refused; app:// sends the CSP', async () => {
    e2e = await startE2E({ target: 'electron', now: NOW });
    const { page } = e2e;
    const app = e2e.electron;
    await page.getByRole('heading', { name: 'Welkom bij Regie' }).waitFor();
    const home = page.url();
    expect(home).toMatch(/^app:\/\/regie\//);

    // The CSP arrives as a header with the app's own files (and the page holds to it, see the fetch below).
    const csp = await page.evaluate(async () =>
      (await fetch('/index.html')).headers.get('content-security-policy'),
    );
    expect(csp).toBe(CONTENT_SECURITY_POLICY);

    const violations: string[] = [];
    await page.exposeFunction('__regieViolation', (uri: string) => violations.push(uri));
    await page.evaluate(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { __regieViolation(u: string): void }).__regieViolation(e.blockedURI),
      ),
    );
    const fetched = await page.evaluate(async () => {
      try {
        await fetch('https://example.org/regie-e2e');
        return 'loaded';
      } catch (error) {
        return `refused: ${String(error)}`;
      }
    });
    expect(fetched).toMatch(/^refused/);
    await expect.poll(() => violations).toContain('https://example.org/regie-e2e');

    // No new window, whatever the URL; an https link goes to the system browser (stubbed) instead.
    const opened = await page.evaluate(() => [
      window.open('https://example.org/link') === null,
      window.open('file:///etc/passwd') === null,
      window.open('app://regie/index.html') === null,
    ]);
    expect(opened).toEqual([true, true, true]);
    await page.waitForTimeout(300);
    expect(app.windows()).toHaveLength(1);
    expect((await mainCalls(app, 'openExternal')).map((c) => c.args[0])).toEqual([
      'https://example.org/link',
    ]);

    // Navigating away is blocked: the page stays on app://regie/ and keeps its state.
    await page.evaluate(() => {
      window.location.href = 'http://example.org/elders';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe(home);
    await page.getByRole('heading', { name: 'Welkom bij Regie' }).waitFor();
    expect((await mainCalls(app, 'openExternal')).map((c) => c.args[0])).toEqual([
      'https://example.org/link',
    ]);
  });

  it('takes a screenshot of each main screen', async () => {
    const { dataDir } = await demoFolder();
    e2e = await startE2E({ target: 'electron', dataDir, now: NOW });
    const { page } = e2e;
    await page.getByRole('heading', { name: 'Aandacht', level: 1 }).waitFor();
    const nav = page.getByRole('navigation').getByRole('button');
    const count = await nav.count();
    expect(count).toBeGreaterThan(3);
    for (let i = 0; i < count; i += 1) {
      const button = nav.nth(i);
      const label = (
        (await button.getAttribute('aria-label')) ??
        (await button.textContent()) ??
        `${i}`
      ).trim();
      if (!(await button.isEnabled())) continue;
      await button.click();
      await waitForFirstScreen(page);
      await page.waitForTimeout(300);
      const slug = label
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
      await e2e.screenshot(`electron-scherm-${String(i + 1).padStart(2, '0')}-${slug}`);
    }
    await openAgenda(page, NEXT_MEETING);
    await e2e.screenshot('electron-scherm-agenda');
    await pressAccelerator(e2e.electron, page, 'F1');
    await page.getByRole('heading', { name: 'Handleiding', level: 1 }).waitFor();
    await e2e.screenshot('electron-scherm-handleiding');
  });
});

// The start-up check runs before any window and before a test could reach into a running main process,
// so its questions are answered by stubs that Electron loads ahead of main (`-r`): something only
// node_modules' Electron does (its default app reads the switch; a packaged app starts its own code at once).
// The workflow runs this file once more against node_modules' Electron for that reason.
describe.skipIf(ELECTRON === null || ELECTRON.packaged)('a damaged database at start-up (Electron)', () => {
  let app: ElectronApplication | null = null;
  afterEach(async () => {
    await app?.close().catch(() => undefined);
    app = null;
  });

  /** The demo with a backup, then the database file damaged as a disk fault would: garbage over its pages. */
  async function damagedFolder() {
    const { dataDir } = await demoFolder({ backup: true });
    const dbFile = join(dataDir, 'regie.sqlite');
    const bytes = readFileSync(dbFile);
    for (let i = 4096; i < bytes.length; i += 1) bytes[i] = (i * 7919) & 0xff;
    writeFileSync(dbFile, bytes);
    for (const side of ['-wal', '-shm']) rmSync(dbFile + side, { force: true });
    // The services themselves refuse it (so what follows is the way out, not some other failure).
    await expect(openRegie({ dataDir, user: 'e2e' })).rejects.toMatchObject({ kind: 'integrity' });
    return dataDir;
  }

  it('asks for a way out before any window; putting back the backup opens Regie with its data', async () => {
    const dataDir = await damagedFolder();
    const stubs = writeMainStubsModule(mkdtempSync(join(scratch, 'stubs-')), {
      showMessageBox: [{ [BUTTON]: 'Back-up terugzetten' }, { response: 0 }],
    });
    app = await launchElectron(ELECTRON!, { dataDir, now: NOW, preload: stubs.module });
    const page = await app.firstWindow();
    await page.getByRole('heading', { name: 'Aandacht', level: 1 }).waitFor();
    const calls = await mainCalls(app);
    // Both questions came before the window.
    expect(calls.map((c) => c.name)).toEqual(['showMessageBox', 'showMessageBox', 'browser-window-created']);
    const [wayOut, which] = calls.map(
      (c) => c.args[0] as { title: string; message: string; buttons: string[] },
    );
    expect(wayOut).toMatchObject({
      title: 'Regie kan niet starten',
      buttons: ['Back-up terugzetten', 'Map met gegevens openen', 'Opnieuw proberen', 'Afsluiten'],
    });
    expect(which?.message).toBe('Welke back-up wilt u terugzetten?');
    await page.screenshot({ path: join(scratch, 'na-terugzetten.png') });
  });

  it('"Afsluiten" quits without ever opening a window', async () => {
    const dataDir = await damagedFolder();
    const stubs = writeMainStubsModule(mkdtempSync(join(scratch, 'stubs-')), {
      showMessageBox: [{ [BUTTON]: 'Afsluiten' }],
    });
    // Started as a plain process: it quits on its own, too soon for Playwright to attach.
    const launch = ELECTRON!;
    const child = spawn(
      launch.executablePath,
      [...(process.platform === 'linux' ? ['--no-sandbox'] : []), '-r', stubs.module, ...launch.args],
      { env: { ...process.env, REGIE_DATA_DIR: dataDir, REGIE_NOW: NOW }, stdio: 'ignore' },
    );
    const exitCode = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(exitCode).toBe(0);
    const calls = JSON.parse(readFileSync(stubs.recordFile, 'utf8')) as { name: string; args: unknown[] }[];
    expect(calls.map((c) => c.name)).toEqual(['showMessageBox']);
    expect(calls[0]?.args[0]).toMatchObject({ title: 'Regie kan niet starten', cancelId: 3 });
  });
});
