// One owner per data folder (issue 12, point 1). A writer refuses while another process has the folder open,
// naming the owner and since when; read-only commands keep working beside it; a lock left by a process that
// was killed is taken over; `regie restore` under a running browser-mode server is refused and changes nothing.
// The cross-process cases run the built browser mode (dist/bridge/browser-mode.cjs, made by `npm run build`).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openRegie, StartupError } from '../../electron/services/index';
import { OWNER_FILE } from '../../electron/services/data-lock';
import { cli } from '../helpers/cli';
import { openTestRegie, type TestRegie } from '../helpers/regie';
import { CALENDAR_5_DAYS, createRegiegroep } from '../helpers/fixtures';

const PLAN = resolve(__dirname, '../fixtures/plan/plan.json');
const BROWSER_MODE = resolve(__dirname, '../../dist/bridge/browser-mode.cjs');
const OWNER_MESSAGE =
  /^Regie is geopend door (de desktop-app|Regie in browsermodus|de opdrachtregel \(regie [a-z ]+\)) van \S+ \(proces \d+\) sinds [a-z]+dag \d{1,2} [a-z]+ \d{4} om \d\d:\d\d; sluit die eerst of voer dit uit in de app\.$/;

let dir: string;
/** Outside the data folder: where backups go (never into the data folder, see output-paths.test.ts). */
let elsewhere: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'regie-lock-'));
  elsewhere = mkdtempSync(join(tmpdir(), 'regie-lock-kopie-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(elsewhere, { recursive: true, force: true });
});

async function refusal(p: Promise<unknown>): Promise<Error> {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof Error)) throw new Error('expected a refusal');
  return error;
}

/** Starts the built browser mode on `dataDir`; resolves once it serves. */
function startServer(dataDir: string): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, [BROWSER_MODE], {
    env: {
      ...process.env,
      REGIE_DATA_DIR: dataDir,
      REGIE_USER: 'ondersteuner',
      REGIE_NOW: '2027-03-15T09:00:00Z',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((ready, fail) => {
    const onData = (d: Buffer) => {
      output += d.toString();
      if (output.includes('Regie draait in browsermodus')) ready({ child, output: () => output });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => fail(new Error(`browser mode stopped (${code}): ${output}`)));
  });
}

function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    child.once('exit', () => done());
    child.kill(signal);
  });
}

describe('one owner per data folder', () => {
  let app: TestRegie;
  beforeEach(async () => {
    app = await openTestRegie('2027-03-15T09:00:00Z', dir);
    await createRegiegroep(app.api);
  });
  afterEach(() => app.cleanup());

  it('refuses a second writer with the owner and since when, and opens read-only beside it', async () => {
    const second = await refusal(openRegie({ dataDir: dir, user: 'tweede' }));
    expect(second).toBeInstanceOf(StartupError);
    expect((second as StartupError).kind).toBe('locked');
    expect(second.message).toMatch(OWNER_MESSAGE);
    expect(second.message).toContain('de desktop-app van test');
    expect(second.message).toContain('sinds maandag 15 maart 2027 om 10:00');

    // Reading goes on beside the owner: the same data, no lock of its own, and writing is refused in Dutch.
    const reader = await openRegie({ dataDir: dir, user: 'lezer', access: 'read' });
    try {
      expect(reader.lock).toBeNull();
      expect((await reader.handlers['bodies.list']({})).map((b) => b.name)).toEqual(['Regiegroep']);
      const write = await refusal(
        reader.dispatch('bodies.save', {
          name: 'Stuurgroep',
          rotation: ['Weert'],
          deadlines: CALENDAR_5_DAYS,
        }),
      );
      expect(write.message).toMatch(/alleen (te )?lezen/);
      expect(write.message).not.toMatch(/readonly|attempt to write/);
    } finally {
      await reader.close();
    }
    expect((await app.api['bodies.list']({})).map((b) => b.name)).toEqual(['Regiegroep']);
  });

  it('lets the CLI read while the app runs, and refuses its writes naming the app', async () => {
    const db = join(dir, 'regie.sqlite');
    const list = await cli('meeting', 'list', '--db', db);
    expect(list.code, list.err).toBe(0);
    const check = await cli('check', '--db', db);
    expect(check.code, check.err).toBe(0);
    expect(check.out).toContain('Alles in orde.');
    const backup = await cli('backup', '--out', join(elsewhere, 'kopie.zip'), '--db', db);
    expect(backup.code, backup.err).toBe(0);

    const imported = await cli('import', PLAN, '--db', db);
    expect(imported.code).toBe(1);
    expect(imported.err.replace(/^regie: /, '')).toMatch(OWNER_MESSAGE);
    expect((await app.api['bodies.list']({})).map((b) => b.name)).toEqual(['Regiegroep']);
  });

  it('hands the folder to the next owner once the first has closed, and leaves no owner file behind', async () => {
    expect(JSON.parse(readFileSync(join(dir, OWNER_FILE), 'utf8'))).toMatchObject({
      program: 'app',
      user: 'test',
      pid: process.pid,
    });
    await app.close();
    expect(existsSync(join(dir, OWNER_FILE))).toBe(false);
    const next = await openRegie({
      dataDir: dir,
      user: 'volgende',
      owner: { program: 'cli', command: 'import' },
    });
    expect(next.lock?.tookOverFrom).toBeNull();
    await next.close();
  });
});

describe('across processes (browser mode)', () => {
  it('refuses `regie restore` while a browser-mode server has the folder open, and changes nothing', async () => {
    const db = join(dir, 'regie.sqlite');
    expect((await cli('import', PLAN, '--db', db)).code).toBe(0);
    const backup = join(elsewhere, 'reserve.zip');
    expect((await cli('backup', '--out', backup, '--db', db)).code).toBe(0);
    const before = (await cli('meeting', 'show', '2027-04-01', '--json', '--db', db)).out;

    const server = await startServer(dir);
    try {
      const size = statSync(db).size;
      const restored = await cli('restore', backup, '--db', db);
      expect(restored.code).toBe(1);
      expect(restored.err.replace(/^regie: /, '')).toMatch(OWNER_MESSAGE);
      expect(restored.err).toContain('Regie in browsermodus van ondersteuner');
      // Nothing happened: no safety copy was made, the database is the one the server has open.
      expect(readdirSync(join(dir, 'backups')).some((n) => n.startsWith('voor-terugzetten'))).toBe(false);
      expect(statSync(db).size).toBe(size);
      // A second server on the same folder is refused too, and reading goes on.
      const second = await refusal(startServer(dir));
      expect(second.message).toContain('Regie kon niet starten: Regie is geopend door Regie in browsermodus');
      const shown = await cli('meeting', 'show', '2027-04-01', '--json', '--db', db);
      expect(shown.code, shown.err).toBe(0);
      expect(shown.out).toBe(before);
    } finally {
      await stop(server.child, 'SIGTERM');
    }
    // Closed properly: the folder is free again and the restore goes through.
    expect(existsSync(join(dir, OWNER_FILE))).toBe(false);
    const restored = await cli('restore', backup, '--db', db);
    expect(restored.code, restored.err).toBe(0);
  });

  it('takes over the lock of a server that was killed', async () => {
    const server = await startServer(dir);
    const pid = server.child.pid;
    await stop(server.child, 'SIGKILL');
    // The dead server's owner file is still there; the lock itself went with the process.
    expect(JSON.parse(readFileSync(join(dir, OWNER_FILE), 'utf8'))).toMatchObject({
      program: 'browser',
      pid,
    });
    const next = await openRegie({ dataDir: dir, user: 'volgende' });
    try {
      expect(next.lock?.tookOverFrom).toMatchObject({ program: 'browser', pid });
      expect(JSON.parse(readFileSync(join(dir, OWNER_FILE), 'utf8'))).toMatchObject({ pid: process.pid });
    } finally {
      await next.close();
    }
  });
});
