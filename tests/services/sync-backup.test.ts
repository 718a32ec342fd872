// Backups: the daily one at start-up (7 daily + 4 weekly kept), "Back-up maken", "Back-up terugzetten"
// while Regie runs (the services switch to the restored data), and a backup taken while writes go on
// that restores to a consistent state.
import { afterEach, describe, expect, it } from 'vitest';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
  readFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import SQLite from 'better-sqlite3';
import { openTestRegie, type TestRegie } from '../helpers/regie';
import type { ApiError } from '../../shared/api/errors';
import { dailyBackupsToKeep, isoWeek } from '../../electron/services/sync/backup-retention';
import { pruneDailyBackups } from '../../electron/services/backup';
import { act } from '../../electron/services/context';
import { insertRow } from '../../db/tracked';
import { restoreClosed } from '../../electron/services/sync/restore';
import { DocumentStore } from '../../electron/services/document-store';
import { fullCheck } from '../../db/open';
import { openRegie, restoreBackup, StartupError } from '../../electron/services/index';
import { loadPlan, snapshot } from '../fixtures/sync/laptops';

const open: TestRegie[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const r of open.splice(0)) await r.close().catch(() => undefined);
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'regie-backup-'));
  dirs.push(d);
  return d;
}

async function laptop(nowIso: string, dir: string): Promise<TestRegie> {
  const r = await openTestRegie(nowIso, dir);
  open.push(r);
  return r;
}

async function closeAll() {
  for (const r of open.splice(0)) await r.close();
}

async function errorOf(p: Promise<unknown>): Promise<ApiError['body']> {
  try {
    await p;
  } catch (e) {
    return (e as ApiError).body;
  }
  throw new Error('expected an error');
}

describe('which daily backups are kept', () => {
  it('knows ISO weeks across the turn of the year', () => {
    expect(isoWeek('2027-01-01')).toBe('2026-W53');
    expect(isoWeek('2027-01-04')).toBe('2027-W01');
    expect(isoWeek('2024-12-30')).toBe('2025-W01');
    expect(isoWeek('2027-03-15')).toBe('2027-W11');
  });

  it('keeps the 7 newest days and the newest of each of the 4 weeks before the ones those cover', () => {
    const days = Array.from({ length: 60 }, (_, i) =>
      new Date(Date.UTC(2027, 0, 1 + i)).toISOString().slice(0, 10),
    ); // 1 Jan – 1 Mar 2027
    const keep = [...dailyBackupsToKeep(days)].sort();
    expect(keep).toEqual([
      '2027-01-31', // Sun, W04
      '2027-02-07', // W05
      '2027-02-14', // W06
      '2027-02-21', // Sun, W07 (W08 has its daily backups already)
      '2027-02-23',
      '2027-02-24',
      '2027-02-25',
      '2027-02-26',
      '2027-02-27',
      '2027-02-28',
      '2027-03-01',
    ]);
    expect(dailyBackupsToKeep(['2027-03-01', '2027-03-02'])).toEqual(new Set(['2027-03-01', '2027-03-02']));
  });

  it('removes the others from disk, and leaves manual backups and recent half-made ones alone', async () => {
    const dir = tempDir();
    const backups = join(dir, 'backups');
    for (let i = 0; i < 20; i++)
      mkdirSync(join(backups, `dagelijks-2027-02-${String(i + 1).padStart(2, '0')}`), { recursive: true });
    mkdirSync(join(backups, 'handmatig-20270101T090000Z'));
    mkdirSync(join(backups, '.dagelijks-2027-02-21.abcd1234.part'));
    const removed = await pruneDailyBackups(dir);
    expect(removed).toHaveLength(20 - 7 - 1); // 7 days (Feb 14–20, weeks 6 and 7) + the newest of week 5 (7 Feb)
    expect(readdirSync(backups)).toContain('handmatig-20270101T090000Z');
    expect(readdirSync(backups)).toContain('.dagelijks-2027-02-21.abcd1234.part');
  });
});

describe('the daily backup', () => {
  it('is made when the data is opened on a new day: database and documents, documents linked, not copied again', async () => {
    const dir = tempDir();
    const first = await laptop('2027-03-15T07:00:00Z', dir);
    await loadPlan(first);
    expect(existsSync(join(dir, 'backups'))).toBe(false); // a brand-new database needs no backup
    await closeAll();

    await laptop('2027-03-15T08:00:00Z', dir);
    await closeAll();
    await laptop('2027-03-15T16:00:00Z', dir); // same day: no second one
    await closeAll();
    const r = await laptop('2027-03-16T08:00:00Z', dir);
    const list = await r.api['backup.list']({});
    expect(list.lastAutomaticError).toBeNull();
    expect(list.backups.map((b) => [b.name, b.kind, b.automatic, b.withDocuments])).toEqual([
      ['dagelijks-2027-03-16', 'dagelijks', true, true],
      ['dagelijks-2027-03-15', 'dagelijks', true, true],
    ]);
    const monday = join(dir, 'backups', 'dagelijks-2027-03-15');
    const tuesday = join(dir, 'backups', 'dagelijks-2027-03-16');
    const docs = (root: string) =>
      readdirSync(join(root, 'documents'), { recursive: true })
        .filter((n) => /[0-9a-f]{64}$/.test(String(n)))
        .map(String)
        .sort();
    expect(docs(monday)).toHaveLength(3);
    expect(docs(tuesday)).toEqual(docs(monday));
    const name = docs(monday)[0]!;
    // Linked to the previous backup's copy (same file), but a copy apart from the store.
    expect(statSync(join(tuesday, 'documents', name)).ino).toBe(
      statSync(join(monday, 'documents', name)).ino,
    );
    expect(statSync(join(monday, 'documents', name)).ino).not.toBe(
      statSync(join(dir, 'documents', name)).ino,
    );
    const manifest = JSON.parse(readFileSync(join(monday, 'backup.json'), 'utf8'));
    expect(manifest).toMatchObject({
      app: 'regie',
      kind: 'back-up',
      formatVersion: 1,
      reason: 'dagelijks',
      documents: 3,
      problems: [],
    });
  });
});

describe('making and restoring a backup while Regie runs', () => {
  it('restores in place: the services switch to the restored data, and the state before is kept', async () => {
    const dir = tempDir();
    const r = await laptop('2027-03-15T09:00:00Z', dir);
    await loadPlan(r);
    const made = await r.api['backup.create']({});
    expect(made).toMatchObject({ kind: 'handmatig', withDocuments: true, automatic: false });
    expect(made.name).toBe('handmatig-2027-03-15T090000Z');
    const meetingId = (await r.api['meetings.find']({ ref: '2027-04-01' })).id;
    const state = await snapshot(r);

    // Work done after the backup …
    await r.api['meetings.update']({ id: meetingId, location: 'Na de back-up' });
    await r.api['documents.add']({
      itemId: (await r.api['meetings.get']({ id: meetingId })).items[2]!.id,
      source: { kind: 'bytes', fileName: 'nieuw.pdf', base64: Buffer.from('%PDF nieuw').toString('base64') },
    });

    // … is gone after restoring, and the running services already use the restored database.
    const restored = await r.api['backup.restore']({ path: made.path });
    expect(restored.reopened).toBe(true);
    expect(restored.missingDocuments).toBe(0);
    expect((await r.api['meetings.get']({ id: meetingId })).location).toBe('Stadhuis Weert');
    expect(await snapshot(r)).toBe(state);
    expect((await r.api['check.run']({})).ok).toBe(true);
    await r.api['meetings.update']({ id: meetingId, location: 'Weer verder' }); // writes work
    expect((await r.api['undo.last']({}))?.label).toBeDefined();

    // The safety backup holds the work done after the first backup: restoring it brings that back.
    const safety = (await r.api['backup.list']({})).backups.find((b) => b.kind === 'voor-terugzetten')!;
    expect(safety.path).toBe(restored.safetyBackup);
    await r.api['backup.restore']({ path: safety.path });
    expect((await r.api['meetings.get']({ id: meetingId })).location).toBe('Na de back-up');
    expect(
      (await r.api['meetings.get']({ id: meetingId })).items[2]!.attachments.map((a) => a.fileName),
    ).toContain('nieuw.pdf');
  });

  it('refuses a damaged backup and one from a newer Regie, and changes nothing', async () => {
    const dir = tempDir();
    const r = await laptop('2027-03-15T09:00:00Z', dir);
    await loadPlan(r);
    const made = await r.api['backup.create']({});
    const state = await snapshot(r);

    const newer = join(tempDir(), 'nieuwer.sqlite');
    const copy = new SQLite(join(made.path, 'regie.sqlite'));
    await copy.backup(newer);
    copy.close();
    const db = new SQLite(newer);
    db.prepare(
      "INSERT INTO schema_migrations (name, applied_at) VALUES ('2099_01_01_0001_toekomst', '2099-01-01')",
    ).run();
    db.close();
    expect((await errorOf(r.api['backup.restore']({ path: newer }))).message).toBe(
      'De back-up "nieuwer.sqlite" is gemaakt met een nieuwere versie van Regie. Werk Regie bij en probeer het opnieuw.',
    );

    const damagedDir = join(tempDir(), 'kapot');
    mkdirSync(damagedDir);
    writeFileSync(join(damagedDir, 'backup.json'), readFileSync(join(made.path, 'backup.json')));
    const bytes = readFileSync(join(made.path, 'regie.sqlite'));
    bytes.fill(0x41, 4096, 12288);
    writeFileSync(join(damagedDir, 'regie.sqlite'), bytes);
    expect((await errorOf(r.api['backup.restore']({ path: damagedDir }))).message).toBe(
      'De back-up "kapot" is beschadigd: de database klopt niet met haar controlegetal.',
    );

    expect(await snapshot(r)).toBe(state);
    expect(readdirSync(dir).filter((n) => n.startsWith('.terugzetten'))).toEqual([]);
  });

  it('a backup taken while writes go on restores to a consistent state', async () => {
    const dir = tempDir();
    const r = await laptop('2027-03-15T09:00:00Z', dir);
    await loadPlan(r);
    const meetingId = (await r.api['meetings.find']({ ref: '2027-06-03' })).id;
    // Some bulk first, so SQLite's online backup needs several steps while the writer keeps going.
    await act(r.context, 'vulling', async (cx) => {
      for (let i = 0; i < 1500; i++)
        await insertRow(cx, 'agenda_items', {
          id: randomUUID(),
          meeting_id: meetingId,
          position: 1000 + i,
          kind: 'informerend',
          title: `Vulling ${i}`,
          notes: 'x'.repeat(1500),
          deleted_at: new Date(0).toISOString(),
        });
    });

    // The writer: each action adds an item and its document together (one transaction).
    let stop = false;
    let written = 0;
    const writer = (async () => {
      while (!stop) {
        const n = written;
        const stored = await r.context.files.putBytes(Buffer.from(`%PDF stuk ${n} ${randomUUID()}`));
        await act(r.context, `Punt ${n}`, async (cx) => {
          const itemId = randomUUID();
          await insertRow(cx, 'agenda_items', {
            id: itemId,
            meeting_id: meetingId,
            position: 10 + n,
            kind: 'informerend',
            title: `Paar ${n}`,
          });
          await insertRow(cx, 'documents', {
            id: randomUUID(),
            item_id: itemId,
            position: 0,
            title: `Stuk ${n}`,
            file_name: `stuk-${n}.pdf`,
            size: stored.size,
            sha256: stored.sha256,
          });
        });
        written++;
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    while (written < 5) await new Promise((resolve) => setTimeout(resolve, 5));
    const made = await r.api['backup.create']({});
    const atBackupEnd = written;
    while (written < atBackupEnd + 5) await new Promise((resolve) => setTimeout(resolve, 5));
    stop = true;
    await writer;

    // Restore into a fresh data folder and look: sound database, every pair whole, every document there.
    const elsewhere = tempDir();
    await restoreClosed(
      {
        dataDir: elsewhere,
        dbPath: join(elsewhere, 'regie.sqlite'),
        files: new DocumentStore(join(elsewhere, 'documents')),
        version: 'test',
        now: () => new Date(),
      },
      made.path,
    );
    const back = await laptop('2027-03-15T12:00:00Z', elsewhere);
    expect(fullCheck(back.context.store.sqlite)).toEqual([]);
    expect(await back.api['check.run']({})).toMatchObject({ ok: true, problems: [] });
    const pairs = await sql<{ title: string; docs: number }>`
      SELECT i.title, (SELECT count(*) FROM documents d WHERE d.item_id = i.id) AS docs
      FROM agenda_items i WHERE i.title LIKE 'Paar %'`.execute(back.context.store.db);
    expect(pairs.rows.length).toBeGreaterThan(0);
    expect(pairs.rows.length).toBeLessThan(written);
    expect(pairs.rows.every((p) => Number(p.docs) === 1)).toBe(true);
    // A prefix of the writer's work: pairs 0 … k-1, none missing in between.
    const numbers = pairs.rows.map((p) => Number(p.title.slice(5))).sort((x, y) => x - y);
    expect(numbers).toEqual(numbers.map((_, i) => i));
  });

  it("restores when the database no longer opens (the desktop shell's start-up recovery), keeping the damaged file", async () => {
    const dir = tempDir();
    const r = await laptop('2027-03-15T09:00:00Z', dir);
    await loadPlan(r);
    const made = await r.api['backup.create']({});
    await closeAll();
    const dbFile = join(dir, 'regie.sqlite');
    const bytes = readFileSync(dbFile);
    bytes.fill(0x42, 4096, bytes.byteLength);
    writeFileSync(dbFile, bytes);
    const failed = await openRegie({ dataDir: dir, user: 't' }).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(StartupError);

    await restoreBackup(dir, made.path);
    const back = await laptop('2027-03-15T12:00:00Z', dir);
    expect((await back.api['meetings.find']({ ref: '2027-04-01' })).items).toHaveLength(6);
    expect((await back.api['check.run']({})).ok).toBe(true);
    const kept = (await back.api['backup.list']({})).backups.filter((b) => b.kind === 'voor-terugzetten');
    expect(kept).toHaveLength(1);
    expect(readFileSync(join(kept[0]!.path, 'regie.sqlite')).equals(bytes)).toBe(true);
  });
});
