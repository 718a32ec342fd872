// The `regie` command line, in process (runCli) against real temporary databases, and once through the
// built bin. Expected values are worked out by hand from the plan (tests/fixtures/plan/plan.json):
//   rotation Leudal → Nederweert → Weert; 2027-05-06 is cancelled and does not count.
//   2027-04-01 (Thu): −5 = Sat 27 March → earlier to Fri 26 March; +5 = Tue 6 April.
//   2027-06-03 (Thu): −5 = Sat 29 May → Fri 28 May; +5 = Tue 8 June.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { runCli } from '../../electron/cli/main';

const PLAN = resolve(__dirname, '../fixtures/plan/plan.json');

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

let dir: string;
let db: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'regie-cli-'));
  // The database in a folder of its own: the exports below go beside it, never into the data folder.
  db = join(dir, 'gegevens', 'regie.sqlite');
  process.env.REGIE_NOW = '2027-03-15T09:00:00Z';
});
afterEach(() => {
  delete process.env.REGIE_NOW;
  rmSync(dir, { recursive: true, force: true });
});

async function cli(...args: string[]) {
  const c = capture();
  const code = await runCli(args, c.io);
  return { code, out: c.out.join('\n'), err: c.err.join('\n') };
}

async function show(ref: string) {
  const r = await cli('meeting', 'show', ref, '--json', '--db', db);
  expect(r.code, r.err).toBe(0);
  return JSON.parse(r.out);
}

describe('regie import and meeting show', () => {
  it('imports the plan and shows deadlines, host, chair, notulist, numbering, letters and late flags', async () => {
    const imported = await cli('--db', db, 'import', PLAN);
    expect(imported.code, imported.err).toBe(0);
    expect(imported.out).toMatch(/Plan geïmporteerd/);

    const april = await show('2027-04-01');
    expect(april.host).toBe('Weert');
    expect(april.location).toBe('Stadhuis Weert');
    expect(april.chair).toEqual({ name: 'P. Smeets', overridden: false });
    expect(april.notulist).toEqual({ name: 'M. Janssen', overridden: false });
    expect(april.deadlines).toEqual({
      submission: '2027-03-26',
      distribution: '2027-03-26',
      minutes: '2027-04-06',
    });
    expect(
      april.items.map((i: { number: number; kind: string; title: string }) => [i.number, i.kind, i.title]),
    ).toEqual([
      [1, 'vast', 'Opening, mededelingen en vaststelling agenda'],
      [2, 'vast', 'Vaststelling verslag en afsprakenlijst vorige bijeenkomst'],
      [3, 'informerend', 'Stavaza Beschermd wonen'],
      [4, 'besluitvormend', 'Aanschaf informatieplatform'],
      [5, 'voorbereidend', 'Regionale visie jeugdhulp'],
      [6, 'vast', 'Rondvraag, sluiting en volgend overleg'],
    ]);
    const labels = april.items.map((i: { attachments: { label: string }[] }) =>
      i.attachments.map((a) => a.label).join(','),
    );
    // Item 2 carries the minutes of 4 March (held, minutes sent) as A.
    expect(labels).toEqual(['', 'A', 'B', 'C1,C2', '', '']);
    expect(april.items[2].attachments[0]).toEqual({
      label: 'B',
      title: 'Stavaza BW',
      fileName: 'stavaza-bw.pdf',
    });
    // 23:59 on the deadline day is in time; the next morning is late.
    expect(april.items.map((i: { late: boolean }) => i.late)).toEqual([
      false,
      false,
      false,
      false,
      true,
      false,
    ]);
    expect(april.items[4].lateDecision).toBe('pending');
    // The action of February is still open (and overdue on 15 March 2027): it shows at this meeting.
    expect(april.actions).toEqual([
      {
        nr: 1,
        what: 'Cijfers Q4 aanvullen',
        who: 'R. Verheijen',
        due: '2027-03-01',
        status: 'open',
        overdue: true,
      },
    ]);

    const feb = await show('2027-02-04');
    expect(feb.host).toBe('Leudal');
    expect(feb.chair.name).toBe('A. Hendriks');
    // The first meeting has no previous chair: the opdrachtgever of the municipality before Leudal (Weert).
    expect(feb.notulist.name).toBe('P. Smeets');
    expect(feb.deadlines).toEqual({
      submission: '2027-01-29',
      distribution: '2027-01-29',
      minutes: '2027-02-09',
    });
    expect(feb.items[1].attachments).toEqual([]);

    const march = await show('2027-03-04');
    expect([march.host, march.chair.name, march.notulist.name]).toEqual([
      'Nederweert',
      'M. Janssen',
      'A. Hendriks',
    ]);

    // The cancelled May meeting does not count: June follows Weert → Leudal; its notulist is the April chair,
    // overridden by the plan.
    const june = await show('2027-06-03');
    expect(june.host).toBe('Leudal');
    expect(june.chair).toEqual({ name: 'A. Hendriks', overridden: false });
    expect(june.notulist).toMatchObject({ name: 'L. Peeters', overridden: true });
    expect(june.deadlines).toEqual({
      submission: '2027-05-28',
      distribution: '2027-05-28',
      minutes: '2027-06-08',
    });

    const list = await cli('meeting', 'list', '--json', '--db', db);
    const meetings = JSON.parse(list.out);
    expect(meetings.map((m: { date: string; status: string }) => `${m.date} ${m.status}`)).toEqual([
      '2027-02-04 held',
      '2027-03-04 held',
      '2027-04-01 planned',
      '2027-05-06 cancelled',
      '2027-06-03 planned',
    ]);
  });

  it('changes nothing when the same plan is imported twice', async () => {
    expect((await cli('import', PLAN, '--db', db)).code).toBe(0);
    const before = readFileSync(db).length;
    const second = await cli('import', PLAN, '--db', db);
    expect(second.code).toBe(0);
    expect(second.out).toBe('Niets gewijzigd: het plan was al geïmporteerd.');
    const log = await cli('meeting', 'list', '--json', '--db', db);
    expect(JSON.parse(log.out)).toHaveLength(5);
    expect(readFileSync(db).length).toBe(before);
  });

  it('names the bad field by its path and changes nothing', async () => {
    expect((await cli('import', PLAN, '--db', db)).code).toBe(0);
    const snapshot = await cli('meeting', 'show', '2027-04-01', '--json', '--db', db);
    const plan = JSON.parse(readFileSync(PLAN, 'utf8'));
    plan.meetings[2].items[0].kind = 'besluit';
    plan.meetings[2].items.push({ kind: 'informerend', title: 'Nieuw punt' });
    const bad = join(dir, 'bad.json');
    cpSync(resolve(__dirname, '../fixtures/plan/stukken'), join(dir, 'stukken'), { recursive: true });
    writeFileSync(bad, JSON.stringify(plan));
    const result = await cli('import', bad, '--db', db);
    expect(result.code).toBe(1);
    expect(result.err).toContain('meetings[2].items[0].kind');
    expect(result.err).toContain('informerend, besluitvormend of voorbereidend');
    expect((await cli('meeting', 'show', '2027-04-01', '--json', '--db', db)).out).toBe(snapshot.out);

    plan.meetings[2].items[0].kind = 'informerend';
    plan.meetings[2].items[1].submittedBy = 'Onbekende Persoon';
    writeFileSync(bad, JSON.stringify(plan));
    const unknown = await cli('import', bad, '--db', db);
    expect(unknown.err).toContain('meetings[2].items[1].submittedBy: onbekende persoon "Onbekende Persoon"');
    plan.meetings[2].items[1].submittedBy = 'R. Verheijen';
    plan.meetings[2].items[1].documents[0].file = 'stukken/bestaat-niet.pdf';
    writeFileSync(bad, JSON.stringify(plan));
    const missing = await cli('import', bad, '--db', db);
    expect(missing.err).toContain(
      'meetings[2].items[1].documents[0].file: bestand "stukken/bestaat-niet.pdf" niet gevonden',
    );
    expect((await cli('meeting', 'show', '2027-04-01', '--json', '--db', db)).out).toBe(snapshot.out);

    // A folder or a file that is no JSON: said plainly, nothing changed.
    const folder = await cli('import', join(dir, 'stukken'), '--db', db);
    expect(folder.code).toBe(1);
    expect(folder.err).toContain('is een map; geef het planbestand (.json) zelf op.');
    writeFileSync(bad, '{ "bodies": [');
    expect((await cli('import', bad, '--db', db)).err).toContain('bad.json is geen geldige JSON');
    expect((await cli('meeting', 'show', '2027-04-01', '--json', '--db', db)).out).toBe(snapshot.out);
  });

  it('takes the database from REGIE_DB, refuses wrong usage, and backs up and checks', async () => {
    process.env.REGIE_DB = db;
    try {
      expect((await cli('import', PLAN)).code).toBe(0);
      expect(existsSync(db)).toBe(true);
    } finally {
      delete process.env.REGIE_DB;
    }
    const usage = await cli('frobnicate', '--db', db);
    expect(usage.code).toBe(2);
    expect(usage.err).toContain('Onbekende opdracht: frobnicate');
    const notFound = await cli('meeting', 'show', '2031-01-01', '--json', '--db', db);
    expect(notFound.code).toBe(1);
    expect(notFound.err).toContain('Geen vergadering gevonden voor "2031-01-01"');

    const out = join(dir, 'kopie.sqlite');
    expect((await cli('backup', '--out', out, '--db', db)).code).toBe(0);
    const copy = await cli('meeting', 'list', '--json', '--db', out);
    expect(JSON.parse(copy.out)).toHaveLength(5);
    const check = await cli('check', '--db', db);
    expect(check.code, check.err).toBe(0);
    expect(check.out).toContain('Documenten: 3 van 3 in orde.');

    // A damaged document is found and named.
    const store = join(dir, 'gegevens', 'documents');
    const { readdirSync } = await import('node:fs');
    const sub = readdirSync(store).find((n) => n.length === 2) as string;
    const file = readdirSync(join(store, sub))[0] as string;
    writeFileSync(join(store, sub, file), 'kapot');
    const damaged = await cli('check', '--db', db);
    expect(damaged.code).toBe(1);
    expect(damaged.err).toMatch(/PROBLEEM: document ".+" is beschadigd/);
  });
});

describe('the built bin', () => {
  it('runs `regie meeting list` through bin/regie.mjs', () => {
    const bin = resolve(__dirname, '../../bin/regie.mjs');
    if (!existsSync(resolve(__dirname, '../../dist/cli/regie.cjs')))
      throw new Error('dist/cli ontbreekt: npm run build');
    execFileSync(process.execPath, [bin, 'import', PLAN, '--db', db]);
    const out = execFileSync(process.execPath, [bin, 'meeting', 'list', '--db', db], { encoding: 'utf8' });
    expect(out).toContain('2027-04-01  13:30  Weert');
    expect(out).toContain('voorzitter P. Smeets, notulist M. Janssen');
  });

  it('ends after `regie export package` with the package complete (the copy thread holds it only while copying)', () => {
    const bin = resolve(__dirname, '../../bin/regie.mjs');
    execFileSync(process.execPath, [bin, 'import', PLAN, '--db', db]);
    const out = join(dir, 'bin-pakket');
    const printed = execFileSync(
      process.execPath,
      [bin, 'export', 'package', '2027-04-01', '--out', out, '--db', db],
      { encoding: 'utf8', timeout: 30_000 },
    );
    expect(printed).toContain('B - Stavaza BW.pdf');
    const folder = readdirSync(out).find((n) => !n.endsWith('.zip')) as string;
    const zip = readFileSync(join(out, `${folder}.zip`));
    const pdf = readFileSync(join(out, folder, 'B - Stavaza BW.pdf'));
    expect(pdf.length).toBeGreaterThan(0);
    expect(zip.includes(pdf)).toBe(true);
  });
});

describe('regie export', () => {
  it('exports the agenda, the minutes, the action list and the package', async () => {
    expect((await cli('import', PLAN, '--db', db)).code).toBe(0);
    const agenda = await cli('export', 'agenda', '2027-04-01', '--out', join(dir, 'agenda.docx'), '--db', db);
    expect(agenda.code, agenda.err).toBe(0);
    expect(agenda.out).toContain(`Agenda opgeslagen: ${join(dir, 'agenda.docx')}`);
    expect(existsSync(join(dir, 'agenda.docx'))).toBe(true);
    expect(
      (await cli('export', 'minutes', '2027-02-04', '--out', join(dir, 'verslag.docx'), '--db', db)).code,
    ).toBe(0);
    const actions = await cli(
      'export',
      'actions',
      '--body',
      'Ambtelijke regiegroep Sociaal Domein Midden-Limburg West',
      '--out',
      join(dir, 'acties.docx'),
      '--db',
      db,
    );
    expect(actions.code, actions.err).toBe(0);
    const pkg = await cli('export', 'package', '2027-04-01', '--out', join(dir, 'pakket'), '--db', db);
    expect(pkg.code, pkg.err).toBe(0);
    expect(pkg.out).toContain('B - Stavaza BW.pdf');
    const missing = await cli('export', 'agenda', '2027-04-01', '--db', db);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('Gebruik: regie export agenda REF --out BESTAND.docx');
  });
});

describe('regie --help', () => {
  it('keeps every description in its column: a long usage puts it on the next line, never glued on', async () => {
    const c = capture();
    expect(await runCli(['--help'], c.io)).toBe(0);
    const lines = c.out.join('').split('\n');
    const start = lines.indexOf('Opdrachten:') + 1;
    const commands = lines.slice(start, lines.indexOf('', start));
    expect(commands.length).toBeGreaterThan(8);
    for (const [index, line] of commands.entries()) {
      const isCommand = line.startsWith('  ') && line[2] !== ' ';
      if (!isCommand) expect(line.slice(0, 40).trim(), line).toBe('');
      // A command's description starts at column 40 after a space; a usage too long for that stands alone and
      // its description follows on the next line (the old help glued it on: "[--json]het vervolg").
      else if (line.length > 40 && line[39] !== ' ')
        expect(commands[index + 1]?.startsWith(' '.repeat(40)), line).toBe(true);
    }
    expect(commands).toContain('  followup list [--body NAAM] [--open] [--json]');
    expect(commands).toContain(`${' '.repeat(40)}het vervolg van adviezen (stuurgroep, colleges)`);
  });
});
