// An output path onto the data destroys it (issue 12, point 2): `regie export … --out`, `regie package export`
// and `regie backup` pointing at the database, its -wal/-shm, the document store or anything else inside the
// data folder are refused before anything is written. Only the data folder's exports/ may be written to.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cli } from '../helpers/cli';

const PLAN = resolve(__dirname, '../fixtures/plan/plan.json');

let dir: string;
let db: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'regie-out-'));
  db = join(dir, 'regie.sqlite');
  process.env.REGIE_NOW = '2027-03-15T09:00:00Z';
});
afterEach(() => {
  delete process.env.REGIE_NOW;
  rmSync(dir, { recursive: true, force: true });
});

const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/**
 * What must not change: the document store's files (by hash), the names of the files in the data folder, and
 * the data as `meeting show` gives it. (The database file itself changes when SQLite checkpoints its WAL on
 * close, and the lock files with every open.)
 */
async function snapshot() {
  const files: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'backups') walk(path);
      } else if (/regie\.(sqlite|lock)/.test(entry.name)) files[path] = '';
      else if (entry.isFile()) files[path] = hash(path);
    }
  };
  walk(dir);
  const shown = await cli('meeting', 'show', '2027-04-01', '--json', '--db', db);
  return { files, shown: shown.out };
}

describe('an output path onto the data', () => {
  it('is refused for every export, the meeting package and the backup, and nothing is written', async () => {
    expect((await cli('import', PLAN, '--db', db)).code).toBe(0);
    const documents = join(dir, 'documents');
    const stored = readdirSync(documents).find((n) => /^[0-9a-f]{2}$/.test(n)) as string;
    const storedFile = join(documents, stored, readdirSync(join(documents, stored))[0] as string);
    mkdirSync(join(dir, 'exports'), { recursive: true });
    symlinkSync(dir, join(dir, 'exports', 'terug'));
    const before = await snapshot();

    const cases: [string[], RegExp][] = [
      [
        ['export', 'agenda', '2027-04-01', '--out', db],
        /De agenda kan niet naar ".*": dat is de database van Regie zelf/,
      ],
      [['export', 'minutes', '2027-03-04', '--out', `${db}-wal`], /dat is de database van Regie zelf/],
      [['export', 'actions', '--out', `${db}-shm`], /dat is de database van Regie zelf/],
      [['export', 'agenda', '2027-04-01', '--out', storedFile], /dat is de documentopslag van Regie/],
      [['export', 'package', '2027-04-01', '--out', documents], /Het verzendpakket .*documentopslag/],
      [
        ['export', 'agenda', '2027-04-01', '--out', join(dir, 'agenda.docx')],
        /ligt in de gegevensmap van Regie/,
      ],
      [
        ['export', 'agenda', '2027-04-01', '--out', join(dir, 'exports', '..', 'regie.sqlite')],
        /database van Regie zelf/,
      ],
      [
        ['export', 'agenda', '2027-04-01', '--out', join(dir, 'exports', 'terug', 'regie.sqlite')],
        /database van Regie zelf/,
      ],
      [['package', 'export', '2027-04-01', '--out', db], /Het vergaderpakket .*database van Regie zelf/],
      [['backup', '--out', db], /De back-up .*database van Regie zelf/],
      [['backup', '--out', join(dir, 'kopie.zip')], /ligt in de gegevensmap/],
      [['backup', '--out', join(documents, 'kopie.sqlite')], /documentopslag/],
    ];
    for (const [args, message] of cases) {
      const r = await cli(...args, '--db', db);
      expect(r.code, `${args.join(' ')}: ${r.out}`).toBe(1);
      expect(r.err, args.join(' ')).toMatch(message);
      expect(r.err).toContain('er is niets geschreven');
      expect(await snapshot(), args.join(' ')).toEqual(before);
    }
    expect(existsSync(join(dir, 'agenda.docx'))).toBe(false);
    const check = await cli('check', '--db', db);
    expect(check.code, check.err).toBe(0);

    // The exports folder itself is where browser mode writes: allowed.
    const allowed = await cli(
      'export',
      'agenda',
      '2027-04-01',
      '--out',
      join(dir, 'exports', 'a.docx'),
      '--db',
      db,
    );
    expect(allowed.code, allowed.err).toBe(0);
  });
});
