// `regie check` validates what is stored (issue 12, point 3): dates, times, enums and types of every row, each
// bad row named; it reports files in the document store that nothing refers to, and `--repair` removes them
// (and only them). A plan import that fails leaves no such files behind.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { cli } from '../helpers/cli';
import { openTestRegie } from '../helpers/regie';

const PLAN = resolve(__dirname, '../fixtures/plan/plan.json');

let dir: string;
let db: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'regie-check-'));
  db = join(dir, 'regie.sqlite');
  process.env.REGIE_NOW = '2027-03-15T09:00:00Z';
});
afterEach(() => {
  delete process.env.REGIE_NOW;
  rmSync(dir, { recursive: true, force: true });
});

function storeFiles(): string[] {
  const root = join(dir, 'documents');
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => d.name)
    .sort();
}

describe('regie check', () => {
  it('names every stored row with a bad value: the table, the row, the field and the value', async () => {
    expect((await cli('import', PLAN, '--db', db)).code).toBe(0);
    // As a hand-edited database or an old bug would leave them (the app itself can no longer write these).
    const sqlite = new SQLite(db);
    const april = sqlite.prepare("SELECT id FROM meetings WHERE date = '2027-04-01'").get() as { id: string };
    sqlite
      .prepare("UPDATE meetings SET date = '2027-13-45', start_time = '99:99' WHERE id = ?")
      .run(april.id);
    const item = sqlite
      .prepare("SELECT id FROM agenda_items WHERE title = 'Stavaza Beschermd wonen'")
      .get() as { id: string };
    sqlite
      .prepare("UPDATE agenda_items SET position = 'derde', submitted_at = 'gisteren' WHERE id = ?")
      .run(item.id);
    sqlite.close();

    const r = await cli('check', '--db', db);
    expect(r.code).toBe(1);
    expect(r.out).toContain('Database: problemen gevonden.');
    const lines = r.err.split('\n');
    const meeting = lines.find((l) => l.includes(april.id));
    expect(meeting).toBe(
      `PROBLEEM: database: ongeldige waarde: Vergadering "2027-13-45" (meetings ${april.id}): date: de datum "2027-13-45" bestaat niet; start_time: "99:99" is geen geldige tijd (verwacht UU:MM)`,
    );
    const agendaItem = lines.find((l) => l.includes(item.id));
    expect(agendaItem).toContain('Agendapunt "Stavaza Beschermd wonen"');
    expect(agendaItem).toContain('position: "derde" is geen getal');
    expect(agendaItem).toContain('submitted_at: "gisteren" is geen geldig tijdstip');
    expect(lines.filter((l) => l.includes('ongeldige waarde'))).toHaveLength(2);
  });

  it('reports a file in the document store that nothing refers to, and --repair removes only that', async () => {
    expect((await cli('import', PLAN, '--db', db)).code).toBe(0);
    const kept = storeFiles();
    const bytes = Buffer.from('een document dat nergens bij hoort');
    const sha = createHash('sha256').update(bytes).digest('hex');
    mkdirSync(join(dir, 'documents', sha.slice(0, 2)), { recursive: true });
    const orphan = join(dir, 'documents', sha.slice(0, 2), sha);
    writeFileSync(orphan, bytes);
    chmodSync(orphan, 0o444);

    const found = await cli('check', '--db', db);
    expect(found.code).toBe(1);
    expect(found.err).toContain(`PROBLEEM: los bestand in de documentopslag: ${sha.slice(0, 12)}…`);
    expect(found.err).toContain('regie check --repair');
    expect(existsSync(orphan)).toBe(true);

    const repaired = await cli('check', '--repair', '--db', db);
    expect(repaired.code, repaired.err).toBe(0);
    expect(repaired.out).toContain('Opgeruimd in de documentopslag: 1 los bestand waar niets naar verwees.');
    expect(existsSync(orphan)).toBe(false);
    expect(storeFiles()).toEqual(kept);
    expect((await cli('check', '--db', db)).out).toContain('Alles in orde.');
  });

  it('leaves no orphan files when a plan import fails after storing its documents (a full database)', async () => {
    const r = await openTestRegie('2027-03-15T09:00:00Z', dir);
    try {
      const sqlite = r.context.store.sqlite;
      sqlite.pragma(`max_page_count = ${Number(sqlite.pragma('page_count', { simple: true })) + 1}`);
      const { readFileSync } = await import('node:fs');
      const error = await r.api['plan.import']({
        plan: JSON.parse(readFileSync(PLAN, 'utf8')),
        baseDir: resolve(PLAN, '..'),
      }).then(
        () => null,
        (e: { body: { message: string } }) => e.body.message,
      );
      expect(error).toMatch(/^De schijf is vol: er is niets gewijzigd/);
      sqlite.pragma('max_page_count = 1073741823');
      expect(existsSync(join(dir, 'documents')) ? storeFiles() : []).toEqual([]);
      expect(await r.api['bodies.list']({})).toEqual([]);
    } finally {
      await r.cleanup();
    }
  });
});
