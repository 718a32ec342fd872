// Migrations: frozen, registered statically, each in a transaction with its bookkeeping row; a backup
// before migrating an existing database; a database from a newer version is refused.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { openStore } from '../../db/open';
import { migrate, pendingMigrations } from '../../db/migrate';
import { MIGRATIONS } from '../../db/migrations/index';
import { openRegie, StartupError } from '../../electron/services/index';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'regie-db-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const now = () => new Date('2027-01-01T00:00:00Z');

describe('migrations', () => {
  it('creates the schema once, with WAL and foreign keys on', async () => {
    const store = openStore(join(dir, 'a.sqlite'));
    expect(await pendingMigrations(store.db)).toEqual(MIGRATIONS.map(([n]) => n));
    expect((await migrate(store.db, now)).applied).toHaveLength(MIGRATIONS.length);
    expect((await migrate(store.db, now)).applied).toEqual([]);
    expect(store.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.sqlite.pragma('synchronous', { simple: true })).toBe(2); // FULL
    const tables = store.sqlite.prepare("SELECT name FROM sqlite_master WHERE type='table'").all() as {
      name: string;
    }[];
    for (const t of [
      'bodies',
      'municipalities',
      'people',
      'memberships',
      'meetings',
      'agenda_items',
      'documents',
      'attendance',
      'decisions',
      'actions',
      'change_sets',
      'changes',
    ])
      expect(tables.map((x) => x.name)).toContain(t);
    await store.close();
  });

  it('rolls a failing migration back whole, bookkeeping included', async () => {
    const store = openStore(join(dir, 'b.sqlite'));
    await migrate(store.db, now);
    const broken = [
      ...MIGRATIONS,
      [
        '2099_01_01_0001_broken',
        {
          async up(db: Kysely<unknown>) {
            await sql`CREATE TABLE half_done (id TEXT)`.execute(db);
            await sql`THIS IS NOT SQL`.execute(db);
          },
        },
      ] as const,
    ];
    await expect(migrate(store.db, now, broken)).rejects.toThrow();
    const half = store.sqlite.prepare("SELECT name FROM sqlite_master WHERE name='half_done'").get();
    expect(half).toBeUndefined();
    expect(await pendingMigrations(store.db, broken)).toEqual(['2099_01_01_0001_broken']);
    await store.close();
  });

  it('backs up an existing database before migrating it', async () => {
    const path = join(dir, 'regie.sqlite');
    const store = openStore(path);
    await migrate(store.db, now, MIGRATIONS.slice(0, 0));
    store.sqlite.exec("CREATE TABLE IF NOT EXISTS marker (x TEXT); INSERT INTO marker VALUES ('voor')");
    await store.close();
    const regie = await openRegie({ dataDir: dir, user: 't', now });
    await regie.close();
    const backups = readdirSync(join(dir, 'backups'));
    expect(backups.some((b) => b.startsWith('voor-migratie-'))).toBe(true);
    const copy = openStore(join(dir, 'backups', backups[0] as string), { readonly: true });
    expect(copy.sqlite.prepare('SELECT x FROM marker').get()).toEqual({ x: 'voor' });
    await copy.close();
  });

  it('refuses a database made by a newer version, and a damaged file', async () => {
    const path = join(dir, 'regie.sqlite');
    const store = openStore(path);
    await migrate(store.db, now);
    store.sqlite.exec("INSERT INTO schema_migrations VALUES ('2999_01_01_0001_future', 'x')");
    await store.close();
    const error = await openRegie({ dataDir: dir, user: 't' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StartupError);
    expect((error as StartupError).kind).toBe('migration');
    expect((error as Error).message).toContain('nieuwere versie van Regie');

    const { writeFileSync } = await import('node:fs');
    const junk = join(dir, 'junk');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(junk);
    writeFileSync(
      join(junk, 'regie.sqlite'),
      'dit is geen database, maar wel een bestand met tekst erin'.repeat(100),
    );
    const damaged = await openRegie({ dataDir: junk, user: 't' }).catch((e: unknown) => e);
    expect(damaged).toBeInstanceOf(StartupError);
    expect((damaged as StartupError).kind).toBe('integrity');
    expect(existsSync(join(junk, 'regie.sqlite'))).toBe(true);
  });
});

describe('migration 0004: the body of each change set', () => {
  it('fills in existing change sets exactly as new ones are recorded', async () => {
    const { openTestRegie } = await import('../helpers/regie');
    const { createRegiegroep, CALENDAR_5_DAYS } = await import('../helpers/fixtures');
    const r = await openTestRegie('2027-01-10T09:00:00Z', dir);
    const { body } = await createRegiegroep(r.api);
    const other = await r.api['bodies.save']({
      name: 'Stuurgroep',
      rotation: ['Leudal', 'Weert'],
      deadlines: CALENDAR_5_DAYS,
      closedDays: [],
    });
    const meeting = (await r.api['meetings.create']({ bodyId: body.id, date: '2027-02-02', start: '09:30' }))
      .meeting;
    const item = await r.api['items.add']({ meetingId: meeting.id, kind: 'informerend', title: 'Punt' });
    await r.api['items.update']({ id: item.id, title: 'Punt, gewijzigd' });
    await r.api['meetings.create']({ bodyId: other.id, date: '2027-02-03', start: '13:00' });
    await r.api['undo.last']({});
    const { sqlite } = r.context.store;
    const recorded = sqlite.prepare('SELECT id, label, body_id FROM change_sets ORDER BY id').all() as {
      id: number;
      label: string;
      body_id: string | null;
    }[];
    // Sanity: the actions concerned one body or the other (people are saved with a membership in one body).
    expect(new Set(recorded.map((c) => c.body_id))).toEqual(new Set([body.id, other.id]));
    expect(recorded.find((c) => c.label === 'Agendapunt "Punt, gewijzigd" gewijzigd')?.body_id).toBe(body.id);

    // Back to a database from before 0004, then migrate again.
    sqlite.exec(`DROP INDEX change_sets_body;
      ALTER TABLE change_sets DROP COLUMN body_id;
      DELETE FROM schema_migrations WHERE name = '2026_11_23_0004_change_set_body';`);
    expect((await migrate(r.context.store.db, now)).applied).toEqual(['2026_11_23_0004_change_set_body']);
    expect(sqlite.prepare('SELECT id, label, body_id FROM change_sets ORDER BY id').all()).toEqual(recorded);
    await r.cleanup();
  });
});
