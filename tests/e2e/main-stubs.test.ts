// The stubs the Electron scenarios put in place of main's dialogs and shell calls (harness.ts), checked here
// against a fake 'electron' because Electron itself cannot run on the development machines: the module that
// Electron loads with `-r` is valid on its own, answers from its queue (a button by its label, a save
// dialog with the app's proposed name), falls back to "cancelled", and records every call as it happens.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { BUTTON, SAVE_INTO, writeMainStubsModule } from './harness';

const dir = mkdtempSync(join(tmpdir(), 'regie-stubs-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  delete (globalThis as { __regieE2E?: unknown }).__regieE2E;
});

type Fn = (...args: unknown[]) => unknown;

it('the -r module replaces dialog and shell calls, answers from its queue and records each call', async () => {
  const fakeDir = join(dir, 'node_modules', 'electron');
  mkdirSync(fakeDir, { recursive: true });
  writeFileSync(
    join(fakeDir, 'index.js'),
    `const listeners = {};
     module.exports = {
       app: { on: (event, listener) => { listeners[event] = listener; }, emit: (event) => listeners[event]() },
       dialog: { showMessageBox: () => { throw new Error('real dialog'); } },
       shell: { openExternal: () => { throw new Error('real browser'); } },
     };`,
  );
  const stubs = writeMainStubsModule(dir, {
    showMessageBox: [{ [BUTTON]: 'Afsluiten' }, { [BUTTON]: 'Bestaat niet' }],
    showSaveDialog: [{ [SAVE_INTO]: '/tmp/opslag' }],
  });
  const load = createRequire(join(dir, 'x.cjs'));
  load(stubs.module);
  const electron = load('electron') as {
    app: { emit(event: string): void };
    dialog: Record<string, Fn>;
    shell: Record<string, Fn>;
  };
  const window = { webContents: {} };
  const buttons = ['Back-up terugzetten', 'Opnieuw proberen', 'Afsluiten'];

  expect(await electron.dialog.showMessageBox!(window, { buttons, cancelId: 2 })).toEqual({
    response: 2,
    checkboxChecked: false,
  });
  // An unknown label answers with the cancel button rather than a random one.
  expect(await electron.dialog.showMessageBox!({ buttons, cancelId: 1 })).toMatchObject({ response: 1 });
  // The queue is empty: "the first button", as Playwright's own example stubs do.
  expect(await electron.dialog.showMessageBox!({ buttons })).toMatchObject({ response: 0 });
  expect(
    await electron.dialog.showSaveDialog!(window, { defaultPath: 'Agenda regiegroep 2026-11-24.docx' }),
  ).toEqual({
    canceled: false,
    filePath: `/tmp/opslag${process.platform === 'win32' ? '\\' : '/'}Agenda regiegroep 2026-11-24.docx`,
  });
  expect(await electron.dialog.showSaveDialog!({ defaultPath: 'x.docx' })).toEqual({ canceled: true });
  expect(await electron.dialog.showOpenDialog!({})).toEqual({ canceled: true, filePaths: [] });
  expect(electron.shell.showItemInFolder!('/tmp/a.docx')).toBeUndefined();
  expect(await electron.shell.openExternal!('https://example.org/')).toBeUndefined();
  electron.app.emit('browser-window-created');

  const recorded = JSON.parse(readFileSync(stubs.recordFile, 'utf8')) as { name: string; args: unknown[] }[];
  expect(recorded.map((c) => c.name)).toEqual([
    'showMessageBox',
    'showMessageBox',
    'showMessageBox',
    'showSaveDialog',
    'showSaveDialog',
    'showOpenDialog',
    'showItemInFolder',
    'openExternal',
    'browser-window-created',
  ]);
  // The parent window is left out of what is recorded; the options are kept.
  expect(recorded[0]?.args).toEqual([{ buttons, cancelId: 2 }]);
  expect(recorded[7]?.args).toEqual(['https://example.org/']);
});
