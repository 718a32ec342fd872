// `regie package export|import`, `regie backup` (with documents) and `regie restore`, in process against
// real temporary databases. Edits "on the other laptop" go through the services directly.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { runCli } from '../../electron/cli/main';
import { openTestRegie } from '../helpers/regie';

const PLAN = resolve(__dirname, '../fixtures/plan/plan.json');

let dir: string;
let dbA: string;
let dbB: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'regie-cli-pakket-'));
  dbA = join(dir, 'ondersteuner', 'regie.sqlite');
  dbB = join(dir, 'voorzitter', 'regie.sqlite');
  process.env.REGIE_NOW = '2027-03-15T09:00:00Z';
});
afterEach(() => {
  delete process.env.REGIE_NOW;
  rmSync(dir, { recursive: true, force: true });
});

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Edits a laptop's data through the services (there is no CLI command for item edits). */
async function onLaptop(
  db: string,
  edit: (r: Awaited<ReturnType<typeof openTestRegie>>, meetingId: string) => Promise<void>,
) {
  const r = await openTestRegie('2027-03-15T10:00:00Z', join(db, '..'));
  try {
    await edit(r, (await r.api['meetings.find']({ ref: '2027-04-01' })).id);
  } finally {
    await r.close();
  }
}

async function show(db: string) {
  const r = await cli('meeting', 'show', '2027-04-01', '--json', '--db', db);
  expect(r.code, r.err).toBe(0);
  return JSON.parse(r.out);
}

describe('regie package', () => {
  it('exports a meeting, imports it on another laptop, and refuses to guess on a conflict', async () => {
    expect((await cli('--db', dbA, 'import', PLAN)).code).toBe(0);
    const pkg = join(dir, 'april.regie');
    const exported = await cli('package', 'export', '2027-04-01', '--out', pkg, '--db', dbA);
    expect(exported.code, exported.err).toBe(0);
    expect(exported.out).toMatch(
      /^Pakket gemaakt: .*april\.regie \(vergadering 2027-04-01, 3 document\(en\)/,
    );

    const imported = await cli('package', 'import', pkg, '--db', dbB);
    expect(imported.code, imported.err).toBe(0);
    expect(imported.out).toMatch(/Pakket ingelezen \(vergadering 2027-04-01\)\. Nieuw: .*meetings 5/);
    expect(await show(dbB)).toEqual(await show(dbA));
    expect((await cli('package', 'import', pkg, '--db', dbB)).out).toBe(
      'Niets gewijzigd: dit pakket was al ingelezen.',
    );
    expect((await cli('check', '--db', dbB)).out).toContain('Documenten: 3 van 3 in orde.');

    // Both laptops retitle item 3; B sends its package back.
    let itemId = '';
    await onLaptop(dbA, async (r, m) => {
      const item = (await r.api['meetings.get']({ id: m })).items[2]!;
      itemId = item.id;
      await r.api['items.update']({ id: item.id, title: 'Titel van de ondersteuner' });
    });
    await onLaptop(dbB, async (r, m) => {
      await r.api['items.update']({
        id: (await r.api['meetings.get']({ id: m })).items[2]!.id,
        title: 'Titel van de voorzitter',
      });
      await r.api['meetings.update']({ id: m, location: 'Kantine' });
    });
    await onLaptop(dbA, async (r, m) => {
      await r.api['meetings.update']({ id: m, location: 'Raadzaal' });
    });
    const back = join(dir, 'terug.regie');
    expect((await cli('package', 'export', '2027-04-01', '--out', back, '--db', dbB)).code).toBe(0);

    const refused = await cli('package', 'import', back, '--db', dbA);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(
      'het pakket botst op 2 punt(en) met wat hier is gewijzigd; er is niets geïmporteerd',
    );
    const lines = refused.err.split('\n');
    expect(lines).toContain('tabel\trij\tveld\thier\tpakket');
    expect(lines).toContain(
      `agenda_items\t${itemId}\ttitle\t"Titel van de ondersteuner"\t"Titel van de voorzitter"`,
    );
    expect(lines.some((l) => /^meetings\t[0-9a-f-]{36}\tlocation\t"Raadzaal"\t"Kantine"$/.test(l))).toBe(
      true,
    );
    expect((await show(dbA)).items[2].title).toBe('Titel van de ondersteuner');

    const ours = await cli('package', 'import', back, '--ours', '--db', dbA);
    expect(ours.code, ours.err).toBe(0);
    expect(ours.out).toContain('2 conflict(en) beslist met --ours.');
    expect((await show(dbA)).items[2].title).toBe('Titel van de ondersteuner');
    expect((await show(dbA)).location).toBe('Raadzaal');

    // Once more with --theirs: B changes the title again, A too.
    await onLaptop(dbB, async (r, m) => {
      await r.api['items.update']({
        id: (await r.api['meetings.get']({ id: m })).items[2]!.id,
        title: 'Tweede titel van de voorzitter',
      });
    });
    await onLaptop(dbA, async (r, m) => {
      await r.api['items.update']({
        id: (await r.api['meetings.get']({ id: m })).items[2]!.id,
        title: 'Tweede titel van de ondersteuner',
      });
    });
    const again = join(dir, 'nogmaals.regie');
    expect((await cli('package', 'export', '2027-04-01', '--out', again, '--db', dbB)).code).toBe(0);
    const theirs = await cli('package', 'import', again, '--theirs', '--db', dbA);
    expect(theirs.code, theirs.err).toBe(0);
    expect((await show(dbA)).items[2].title).toBe('Tweede titel van de voorzitter');
  });

  it('says so in Dutch when the file is not a package', async () => {
    expect((await cli('--db', dbA, 'import', PLAN)).code).toBe(0);
    const bogus = join(dir, 'brief.regie');
    writeFileSync(bogus, 'Beste leden van de regiegroep,');
    const r = await cli('package', 'import', bogus, '--theirs', '--db', dbA);
    expect(r.code).toBe(1);
    expect(r.err).toBe('regie: Het pakket "brief.regie" is geen Regie-bestand: het is geen zip-bestand.');
  });
});

describe('regie backup and restore', () => {
  it('backs up database and documents in one zip, and restores it elsewhere', async () => {
    expect((await cli('--db', dbA, 'import', PLAN)).code).toBe(0);
    const zip = join(dir, 'reserve.zip');
    const made = await cli('backup', '--out', zip, '--db', dbA);
    expect(made.code, made.err).toBe(0);
    expect(made.out).toBe(`Back-up van database en documenten gemaakt: ${zip}`);
    const names = Object.keys(unzipSync(readFileSync(zip)));
    expect(names.filter((n) => n.startsWith('documents/'))).toHaveLength(3);
    expect(names).toContain('regie.sqlite');
    expect(names).toContain('backup.json');

    // On a laptop with other data: the current state is kept first, then the backup takes its place.
    const other = join(dir, 'andere', 'regie.sqlite');
    expect((await cli('--db', other, 'import', PLAN)).code).toBe(0);
    const restored = await cli('restore', zip, '--db', other);
    expect(restored.code, restored.err).toBe(0);
    expect(restored.out).toContain(`Back-up teruggezet: ${zip}`);
    expect(restored.out).toMatch(/De gegevens van daarvoor staan in: .*backups\/voor-terugzetten-/);
    expect(await show(other)).toEqual(await show(dbA));
    const check = await cli('check', '--db', other);
    expect(check.code, check.err).toBe(0);
    expect(readdirSync(join(dir, 'andere', 'backups')).some((n) => n.startsWith('voor-terugzetten-'))).toBe(
      true,
    );

    // The database-only copy still works as before.
    const sqliteCopy = join(dir, 'kopie.sqlite');
    expect((await cli('backup', '--out', sqliteCopy, '--db', dbA)).out).toContain('zonder documenten');
  });

  it('refuses to restore something that is not a backup, and changes nothing', async () => {
    expect((await cli('--db', dbA, 'import', PLAN)).code).toBe(0);
    const before = await show(dbA);
    const bogus = join(dir, 'geen-backup.zip');
    writeFileSync(bogus, 'dit is geen zip');
    const r = await cli('restore', bogus, '--db', dbA);
    expect(r.code).toBe(1);
    expect(r.err).toBe('regie: De back-up "geen-backup.zip" is geen Regie-back-up.');
    const pkg = join(dir, 'april.regie');
    await cli('package', 'export', '2027-04-01', '--out', pkg, '--db', dbA);
    expect((await cli('restore', pkg, '--db', dbA)).err).toBe(
      'regie: De back-up "april.regie" is een vergaderpakket, geen back-up: lees het in met "Pakket importeren".',
    );
    expect(await show(dbA)).toEqual(before);
  });
});
