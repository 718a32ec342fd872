// CLI hygiene (issue 12): an unknown option is an error (a typo never changes what a command does), and
// `regie meeting list | head` ends quietly when the reader stops early — no EPIPE trace. The latter runs the
// built bin (bin/regie.mjs over dist/cli/regie.cjs, made by `npm run build`).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cli } from '../helpers/cli';

const BIN = resolve(__dirname, '../../bin/regie.mjs');
const PLAN = resolve(__dirname, '../fixtures/plan/plan.json');
let dir: string;
let db: string;
let importErr: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'regie-hygiene-'));
  db = join(dir, 'regie.sqlite');
  const imported = spawnSync(process.execPath, [BIN, 'import', PLAN, '--db', db], {
    env: { ...process.env, REGIE_NOW: '2027-03-15T09:00:00Z' },
    encoding: 'utf8',
  });
  expect(imported.status).toBe(0);
  importErr = imported.stderr;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the command line', () => {
  it('imports a plan with PDFs without a word on stderr (pdf.js reads their text quietly)', () => {
    expect(importErr).toBe('');
  });

  it.each([
    [
      ['meeting', 'list', '--jsno'],
      'regie: Onbekende optie --jsno bij regie meeting list (wel: --json, --body).',
    ],
    [['import', PLAN, '--force'], 'regie: Onbekende optie --force bij regie import'],
    [['check', '--repiar'], 'regie: Onbekende optie --repiar bij regie check (wel: --repair).'],
    [
      ['export', 'agenda', '2027-04-01', '--uit', 'a.docx'],
      'regie: Onbekende optie --uit bij regie export agenda',
    ],
    [['package', 'import', 'x.regie', '--mine'], 'regie: Onbekende optie --mine bij regie package import'],
    [['restore', 'x.zip', '--yes'], 'regie: Onbekende optie --yes bij regie restore'],
  ])('refuses an unknown option: %j', async (args, message) => {
    const before = await cli('meeting', 'list', '--json', '--db', db);
    const r = await cli(...args, '--db', db);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.out).toBe('');
    expect((await cli('meeting', 'list', '--json', '--db', db)).out).toBe(before.out);
  });

  it('refuses a value an option does not know', async () => {
    process.env.REGIE_NOW = '2027-03-15T09:00:00Z';
    const r = await cli('export', 'actions', '--group-by', 'week', '--out', join(dir, 'a.docx'), '--db', db);
    delete process.env.REGIE_NOW;
    expect(r.code).toBe(1);
    expect(r.err).toBe('regie: --group-by kent due of person, niet "week".');
  });

  it('ends quietly when its reader stops early (regie meeting list | head)', async () => {
    const child = spawn(process.execPath, [BIN, 'meeting', 'list', '--json', '--db', db], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // The reader is gone before the first line is written, as `head` is after its lines.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((done) => child.on('exit', (c) => done(c)));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
