// Bad packages and bad luck: each case gives a clear Dutch message and leaves the data (database and
// document store) exactly as it was. Hostile packages are made from a real one with fflate.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { unzipSync, zipSync, strToU8, strFromU8 } from 'fflate';
import type { TestRegie } from '../helpers/regie';
import type { ApiError } from '../../shared/api/errors';
import { exportPackage } from '../../electron/services/sync/package-export';
import { importPackage } from '../../electron/services/sync/package-import';
import { openFileSink, type OpenSink } from '../../electron/services/sync/atomic-file';
import { exchangeDir, loadPlan, openLaptop, snapshot } from '../fixtures/sync/laptops';

let a: TestRegie;
let b: TestRegie;
let dir: string;
let good: string;
let meetingId: string;

beforeAll(async () => {
  a = await openLaptop();
  b = await openLaptop();
  dir = exchangeDir();
  await loadPlan(a);
  meetingId = (await a.api['meetings.find']({ ref: '2027-04-01' })).id;
  good = join(dir, 'goed.regie');
  await a.api['package.export']({ meetingId, outPath: good });
});
afterAll(async () => {
  await a.cleanup();
  await b.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

/** Every file under a folder (relative), to prove the document store is untouched. */
function files(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name).slice(root.length))
    .sort();
}

let before: { db: string; store: string[] };
beforeEach(async () => {
  before = { db: await snapshot(b), store: files(b.context.files.root) };
});

async function expectRefused(path: string, message: RegExp | string, call: 'preview' | 'import' = 'import') {
  let body: ApiError['body'] | undefined;
  try {
    if (call === 'preview') await b.api['package.preview']({ path });
    else await b.api['package.import']({ path, resolutions: 'theirs' });
  } catch (e) {
    body = (e as ApiError).body;
  }
  expect(body, 'expected a refusal').toBeDefined();
  expect(body?.message).toMatch(message);
  expect(await snapshot(b)).toBe(before.db);
  expect(files(b.context.files.root)).toEqual(before.store);
}

/** The good package's entries, changed by `edit`, zipped again under `name`. */
function tampered(name: string, edit: (entries: Record<string, Uint8Array>) => void): string {
  const entries = unzipSync(readFileSync(good));
  edit(entries);
  const path = join(dir, name);
  writeFileSync(path, zipSync(entries));
  return path;
}

function editManifest(entries: Record<string, Uint8Array>, edit: (m: Record<string, unknown>) => void) {
  const manifest = JSON.parse(strFromU8(entries['manifest.json']!)) as Record<string, unknown>;
  edit(manifest);
  entries['manifest.json'] = strToU8(JSON.stringify(manifest));
}

describe('refused packages', () => {
  it('a file that is not a zip at all', async () => {
    const path = join(dir, 'notulen.regie');
    writeFileSync(path, 'Dit is een tekstbestand met een verkeerde naam.\n'.repeat(20));
    await expectRefused(path, 'Het pakket "notulen.regie" is geen Regie-bestand: het is geen zip-bestand.');
  });

  it('a truncated package (half of it arrived)', async () => {
    const bytes = readFileSync(good);
    const path = join(dir, 'half.regie');
    writeFileSync(path, bytes.subarray(0, Math.floor(bytes.byteLength / 2)));
    await expectRefused(path, /is onvolledig: het einde van het bestand ontbreekt/);
  });

  it('a package damaged in transit (one byte of a document changed)', async () => {
    const bytes = Buffer.from(readFileSync(good));
    const entries = unzipSync(bytes);
    const docName = Object.keys(entries).find((n) => n.startsWith('documents/'))!;
    const at = bytes.indexOf(Buffer.from(entries[docName]!.subarray(0, 64)));
    bytes[at + 10] = bytes[at + 10]! ^ 0xff;
    const path = join(dir, 'beschadigd.regie');
    writeFileSync(path, bytes);
    await expectRefused(
      path,
      /is beschadigd: onderdeel "documents\/[0-9a-f]{64}" heeft een onjuist controlegetal/,
    );
  });

  it('a document whose bytes do not match its SHA-256 (consistent zip, wrong content)', async () => {
    const path = tampered('ander-document.regie', (entries) => {
      const docName = Object.keys(entries).find((n) => n.startsWith('documents/'))!;
      entries[docName] = strToU8('%PDF-1.4 iets heel anders');
      editManifest(entries, (m) => {
        const listed = (m.entries as { path: string; size: number }[]).find((e) => e.path === docName)!;
        listed.size = entries[docName]!.byteLength;
      });
    });
    await expectRefused(
      path,
      /is beschadigd: een document klopt niet met zijn controlegetal .*er is niets gewijzigd|is beschadigd: een document klopt niet met zijn controlegetal/,
    );
  });

  it('rows that were changed after packing (their SHA-256 no longer matches the manifest)', async () => {
    const path = tampered('geknoeid.regie', (entries) => {
      const rows = JSON.parse(strFromU8(entries['rows/meetings.json']!)) as {
        row: Record<string, unknown>;
      }[];
      rows[0]!.row.location = 'Ergens anders';
      entries['rows/meetings.json'] = strToU8(JSON.stringify(rows));
      editManifest(entries, (m) => {
        (m.entries as { path: string; size: number }[]).find((e) => e.path === 'rows/meetings.json')!.size =
          entries['rows/meetings.json']!.byteLength;
      });
    });
    await expectRefused(
      path,
      'Het pakket "geknoeid.regie" is beschadigd: het controlegetal van "rows/meetings.json" klopt niet.',
    );
  });

  /** The good package with one row changed by `edit`, its checksum and size recomputed as a forger would. */
  function forged(name: string, table: string, edit: (row: Record<string, unknown>) => void): string {
    return tampered(name, (entries) => {
      const entry = `rows/${table}.json`;
      const rows = JSON.parse(strFromU8(entries[entry]!)) as { row: Record<string, unknown> }[];
      edit(rows.find((r) => table !== 'agenda_items' || r.row.fixed_role === null)!.row);
      entries[entry] = strToU8(JSON.stringify(rows));
      editManifest(entries, (m) => {
        const listed = (m.entries as { path: string; size: number; sha256: string }[]).find(
          (e) => e.path === entry,
        )!;
        listed.size = entries[entry]!.byteLength;
        listed.sha256 = createHash('sha256').update(entries[entry]!).digest('hex');
      });
    });
  }

  it.each([
    ['meetings', 'date', '2027-13-45', /meetings .*date: de datum "2027-13-45" bestaat niet/],
    ['meetings', 'start_time', '99:99', /start_time: "99:99" is geen geldige tijd/],
    ['agenda_items', 'position', 'derde', /position: "derde" is geen getal/],
    ['agenda_items', 'kind', 'informatief', /kind: "informatief" is geen soort; kies vast, informerend/],
    ['documents', 'size', -5, /size: -5 is kleiner dan 0/],
    ['people', 'email', 'geen-adres', /email: "geen-adres" is geen geldig e-mailadres/],
  ])('rows with a bad value and recomputed checksums (%s.%s = %j)', async (table, field, value, message) => {
    const path = forged(`vals-${table}-${field}.regie`, table, (row) => (row[field] = value));
    for (const call of ['preview', 'import'] as const) {
      await expectRefused(path, message, call);
      await expectRefused(
        path,
        /^Het pakket "vals-.*" bevat ongeldige gegevens — .*Er is niets geïmporteerd\.$/,
        call,
      );
    }
  });

  it('a zip without a manifest', async () => {
    const path = join(dir, 'foto-s.regie');
    writeFileSync(
      path,
      zipSync({ 'vakantie/foto1.jpg': strToU8('jpeg?'), 'lees-mij.txt': strToU8('hallo') }),
    );
    await expectRefused(
      path,
      'Het pakket "foto-s.regie" is geen Regie-pakket: er zit geen manifest.json in.',
    );
  });

  it("a zip with another program's manifest", async () => {
    const path = join(dir, 'extensie.regie');
    writeFileSync(
      path,
      zipSync({
        'manifest.json': strToU8(
          JSON.stringify({ manifest_version: 3, name: 'Een browserextensie', version: '1.0' }),
        ),
      }),
    );
    await expectRefused(
      path,
      'Het pakket "extensie.regie" is geen Regie-vergaderpakket: manifest.json hoort bij een ander programma of een ander soort bestand.',
    );
  });

  it('a package from a newer format version', async () => {
    const path = tampered('nieuw.regie', (entries) => editManifest(entries, (m) => (m.formatVersion = 2)));
    await expectRefused(
      path,
      'Het pakket "nieuw.regie" is gemaakt met een nieuwere versie van Regie (pakketformaat 2; deze versie leest formaat 1). Werk Regie bij en open het pakket opnieuw.',
      'preview',
    );
  });

  it('an entry whose path climbs out of the folder (../)', async () => {
    const path = tampered('klimmer.regie', (entries) => (entries['../../.bashrc'] = strToU8('echo gehackt')));
    await expectRefused(
      path,
      /is geweigerd: het bevat een bestandsnaam met een verwijzing naar een bovenliggende map \(".."\) \("..\/..\/.bashrc"\)/,
    );
  });

  it('an entry with an absolute path', async () => {
    const path = tampered(
      'absoluut.regie',
      (entries) => (entries['/etc/cron.d/regie'] = strToU8('* * * * * root true')),
    );
    await expectRefused(
      path,
      /is geweigerd: het bevat een bestandsnaam met een absoluut pad \("\/etc\/cron.d\/regie"\)/,
    );
  });

  it('an entry with backslashes (a Windows path in disguise)', async () => {
    const path = tampered(
      'backslash.regie',
      (entries) => (entries['documents\\..\\..\\regie.sqlite'] = strToU8('x')),
    );
    await expectRefused(path, /is geweigerd: het bevat een bestandsnaam met een backslash in de naam/);
  });

  it('a document of more than 500 MB', async () => {
    const path = tampered('groot.regie', (entries) =>
      editManifest(entries, (m) => {
        const doc = (m.entries as { path: string; size: number }[]).find((e) =>
          e.path.startsWith('documents/'),
        )!;
        doc.size = 600 * 1024 * 1024;
      }),
    );
    await expectRefused(
      path,
      'Het pakket "groot.regie" is geweigerd: het bevat een document van meer dan 500 MB (600 MB).',
    );
  });

  it('a package from a newer Regie with a column this version does not know', async () => {
    const path = tampered('kolom.regie', (entries) => {
      const rows = JSON.parse(strFromU8(entries['rows/bodies.json']!)) as { row: Record<string, unknown> }[];
      rows[0]!.row.colour = 'blauw';
      entries['rows/bodies.json'] = strToU8(JSON.stringify(rows));
      editManifest(entries, (m) => {
        const e = (m.entries as { path: string; size: number; sha256: string }[]).find(
          (x) => x.path === 'rows/bodies.json',
        )!;
        e.size = entries['rows/bodies.json']!.byteLength;
        e.sha256 = createHash('sha256').update(entries['rows/bodies.json']!).digest('hex');
      });
    });
    await expectRefused(path, /bevat gegevens die deze versie van Regie niet kent \(bodies.colour\)/);
  });

  it('a package from a laptop that was set up separately (same names, other ids)', async () => {
    const c = await openLaptop();
    try {
      await loadPlan(c); // the same plan, imported on its own: same names, different UUIDs
      const path = join(dir, 'los.regie');
      const cMeeting = (await c.api['meetings.find']({ ref: '2027-04-01' })).id;
      await c.api['package.export']({ meetingId: cMeeting, outPath: path });
      const bState = await snapshot(a);
      let body: ApiError['body'] | undefined;
      try {
        await a.api['package.import']({ path, resolutions: 'theirs' });
      } catch (e) {
        body = (e as ApiError).body;
      }
      expect(body?.message).toMatch(
        /past niet bij de gegevens op deze laptop: de gemeente "(Leudal|Nederweert|Weert)" bestaat hier al, maar als ander record/,
      );
      expect(await snapshot(a)).toBe(bState);
    } finally {
      await c.cleanup();
    }
  });
});

describe('a full disk', () => {
  /** The real file writer, failing like a full disk once `bytes` bytes have been written. */
  const fullAfter =
    (bytes: number): OpenSink =>
    async (path) => {
      const real = await openFileSink(path);
      let written = 0;
      return {
        async write(chunk) {
          if (written + chunk.byteLength > bytes)
            throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
          written += chunk.byteLength;
          await real.write(chunk);
        },
        sync: () => real.sync(),
        close: () => real.close(),
      };
    };

  it('while importing: the documents cannot be stored, nothing is imported', async () => {
    await expect(importPackage(b.context, good, 'theirs', { openSink: fullAfter(40) })).rejects.toThrow(
      'De schijf is vol: het pakket is niet geïmporteerd en er is niets gewijzigd. Maak ruimte vrij en probeer het opnieuw.',
    );
    expect(await snapshot(b)).toBe(before.db);
    expect(files(b.context.files.root)).toEqual(before.store);
  });

  /** Makes a database "full": SQLite refuses to grow it beyond a few pages more (SQLITE_FULL). */
  async function withFullDatabase(r: TestRegie, extraPages: number, run: () => Promise<void>) {
    const sqlite = r.context.store.sqlite;
    const pages = Number(sqlite.pragma('page_count', { simple: true }));
    sqlite.pragma(`max_page_count = ${pages + extraPages}`);
    try {
      await run();
    } finally {
      sqlite.pragma('max_page_count = 1073741823');
    }
  }

  it('while importing: the database cannot grow — a Dutch message, nothing imported, no orphan files', async () => {
    await withFullDatabase(b, 1, async () => {
      const error = await b.api['package.import']({ path: good, resolutions: 'theirs' }).then(
        () => null,
        (e: ApiError) => e.body,
      );
      expect(error?.message).toMatch(/^De schijf is vol/);
      expect(error?.message).not.toMatch(/rollback|transaction|SQLITE|database or disk/);
    });
    expect(await snapshot(b)).toBe(before.db);
    expect(files(b.context.files.root)).toEqual(before.store);
  });

  it('while exporting: the package is written but cannot be recorded as sent — it goes again', async () => {
    const out = join(dir, 'vol-db', 'april.regie');
    // A change since the last export, so there is something new to record.
    await a.api['meetings.update']({ id: meetingId, location: 'Raadzaal Weert' });
    const aBefore = await snapshot(a);
    // A full disk exactly when the exchanged versions are recorded, after the file was written. (Free room in
    // a table's own pages makes max_page_count unreliable for one small insert: a trigger fails it instead,
    // with SQLite's own words for a full disk.)
    const sqlite = a.context.store.sqlite;
    sqlite.exec(
      "CREATE TEMP TRIGGER vol BEFORE INSERT ON main.sync_bases BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END",
    );
    try {
      const error = await a.api['package.export']({ meetingId, outPath: out }).then(
        () => null,
        (e: ApiError) => e.body,
      );
      expect(error?.message).toBe(
        'De schijf is vol: het pakket is niet opgeslagen. Maak ruimte vrij en probeer het opnieuw.',
      );
    } finally {
      sqlite.exec('DROP TRIGGER temp.vol');
    }
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(join(dir, 'vol-db'))).toEqual([]);
    expect(await snapshot(a)).toBe(aBefore);
  });

  it('while exporting: no package appears, no half file is left, nothing counts as sent', async () => {
    const out = join(dir, 'vol', 'april.regie');
    const aBefore = await snapshot(a);
    await expect(exportPackage(a.context, meetingId, out, { openSink: fullAfter(1000) })).rejects.toThrow(
      'De schijf is vol: het pakket is niet opgeslagen. Maak ruimte vrij en probeer het opnieuw.',
    );
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(join(dir, 'vol'))).toEqual([]);
    expect(await snapshot(a)).toBe(aBefore);
    expect(statSync(good).size).toBeGreaterThan(0);
  });
});
