// Bad plans through `regie import` (issue 12: points 4 and 6, and the plan validation gaps). Each is refused
// with a Dutch message that names the field path and the bad value, with no zod English, and changes nothing:
// not the database, not the document store. Documents must be regular files inside the plan's folder; plans
// must be UTF-8 (a BOM is fine).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cli } from '../helpers/cli';

const FIXTURE = resolve(__dirname, '../fixtures/plan');

type Plan = {
  body: { rotation: string[] };
  people: { name: string; email?: string }[];
  meetings: {
    date: string;
    start: string;
    end?: string;
    items: Record<string, unknown>[];
    minutes?: { present: string[]; absent: string[] };
  }[];
};

let work: string;
let planDir: string;
let db: string;

const basePlan = (): Plan => JSON.parse(readFileSync(join(FIXTURE, 'plan.json'), 'utf8')) as Plan;

/** What must not change: the data as the CLI shows it and the files in the document store. */
async function state() {
  const list = await cli('meeting', 'list', '--json', '--db', db);
  const april = await cli('meeting', 'show', '2027-04-01', '--json', '--db', db);
  const store = readdirSync(join(work, 'gegevens', 'documents'), { recursive: true })
    .map(String)
    .sort();
  return { list: list.out, april: april.out, store };
}

beforeAll(async () => {
  process.env.REGIE_NOW = '2027-03-15T09:00:00Z';
  work = mkdtempSync(join(tmpdir(), 'regie-badplan-'));
  planDir = join(work, 'plan');
  cpSync(FIXTURE, planDir, { recursive: true });
  db = join(work, 'gegevens', 'regie.sqlite');
  // A smaller plan is in the data first, so "changes nothing" has something to keep.
  const first = basePlan();
  first.meetings = first.meetings.slice(0, 3);
  writeFileSync(join(planDir, 'eerst.json'), JSON.stringify(first));
  const imported = await cli('import', join(planDir, 'eerst.json'), '--db', db);
  expect(imported.code, imported.err).toBe(0);
  // Outside the plan's folder, and a link to it from inside.
  writeFileSync(join(work, 'geheim.txt'), 'wachtwoorden');
  symlinkSync(join(work, 'geheim.txt'), join(planDir, 'stukken', 'link.pdf'));
  execFileSync('mkfifo', [join(planDir, 'stukken', 'pijp.pdf')]);
});
afterAll(() => {
  delete process.env.REGIE_NOW;
  rmSync(work, { recursive: true, force: true });
});

const withDocument = (file: string) => (p: Plan) => {
  (p.meetings[2]!.items[0]!.documents as { file: string }[])[0]!.file = file;
};

const CASES: [string, (p: Plan) => void, string][] = [
  [
    'an item of an unknown kind',
    (p) => (p.meetings[2]!.items[0]!.kind = 'informatief'),
    'meetings[2].items[0].kind: "informatief" is geen soort; kies informerend, besluitvormend of voorbereidend',
  ],
  [
    'an unknown field (a typo)',
    (p) => (p.meetings[2]!.items[0]!.titel = 'Stavaza'),
    'meetings[2].items[0]: onbekend veld "titel" (een tikfout?)',
  ],
  [
    'a number given as text',
    (p) => (p.meetings[2]!.items[0]!.durationMinutes = '15'),
    'meetings[2].items[0].durationMinutes: "15" is geen getal',
  ],
  [
    'a date that does not exist',
    (p) => (p.meetings[4]!.date = '2027-13-45'),
    'meetings[4].date: de datum "2027-13-45" bestaat niet',
  ],
  [
    'a time that does not exist',
    (p) => (p.meetings[4]!.start = '25:00'),
    'meetings[4].start: "25:00" is geen geldige tijd (verwacht UU:MM)',
  ],
  [
    'an e-mail address that is none',
    (p) => (p.people[0]!.email = 'a.hendriks-at-leudal'),
    'people[0].email: "a.hendriks-at-leudal" is geen geldig e-mailadres',
  ],
  [
    'a municipality twice in the rotation',
    (p) => p.body.rotation.push('weert'),
    'body.rotation[3]: "weert" staat al in de rotatie (body.rotation[2]); elke gemeente komt er één keer in',
  ],
  [
    'two people with the same name',
    (p) => p.people.push({ name: 'M. Janssen' }),
    'people[5].name: "M. Janssen" staat twee keer in het plan (people[1].name)',
  ],
  [
    'two items with the same title on one agenda',
    (p) => p.meetings[2]!.items.push({ kind: 'informerend', title: 'Stavaza Beschermd wonen' }),
    'meetings[2].items[3].title: "Stavaza Beschermd wonen" staat al op deze agenda (meetings[2].items[0].title)',
  ],
  [
    'a meeting that ends before it starts',
    (p) => (p.meetings[2]!.end = '12:00'),
    'meetings[2].end: de eindtijd "12:00" ligt niet na de begintijd "13:30"',
  ],
  [
    'a NUL character in a title',
    (p) => (p.meetings[2]!.items[1]!.title = 'Aanschaf\u0000informatieplatform'),
    'meetings[2].items[1].title: "Aanschaf\\u0000informatieplatform" bevat een onzichtbaar stuurteken (U+0000, teken 9); haal het weg',
  ],
  [
    'a bell character in a proposal',
    (p) => (p.meetings[2]!.items[1]!.proposal = 'Instemmen\u0007'),
    'meetings[2].items[1].proposal: "Instemmen\\u0007" bevat een onzichtbaar stuurteken (U+0007, teken 10)',
  ],
  [
    'someone both present and absent',
    (p) => p.meetings[0]!.minutes!.absent.push('m. janssen'),
    'meetings[0].minutes.absent[1]: "m. janssen" staat ook bij de aanwezigen (meetings[0].minutes.present[1]); iemand is aanwezig of afwezig',
  ],
  [
    'a document elsewhere on the laptop (absolute path)',
    withDocument('/etc/passwd'),
    'meetings[2].items[0].documents[0].file: "/etc/passwd" ligt buiten de map van het plan',
  ],
  [
    'a document reached by climbing out of the folder',
    withDocument('../../../../../../etc/passwd'),
    'meetings[2].items[0].documents[0].file: "../../../../../../etc/passwd" ligt buiten de map van het plan',
  ],
  [
    "a process's environment",
    withDocument('/proc/self/environ'),
    'meetings[2].items[0].documents[0].file: "/proc/self/environ" ligt buiten de map van het plan',
  ],
  [
    'a symbolic link in the folder that points out of it',
    withDocument('stukken/link.pdf'),
    'meetings[2].items[0].documents[0].file: "stukken/link.pdf" verwijst naar een bestand buiten de map van het plan',
  ],
  [
    'a named pipe in the folder',
    withDocument('stukken/pijp.pdf'),
    'meetings[2].items[0].documents[0].file: "stukken/pijp.pdf" is geen gewoon bestand',
  ],
  [
    'a folder as a document',
    withDocument('stukken'),
    'meetings[2].items[0].documents[0].file: "stukken" is een map, geen bestand',
  ],
];

describe('a bad plan', () => {
  it.each(CASES)('%s: refused with its path and value, nothing changed', async (_what, edit, message) => {
    const before = await state();
    const plan = basePlan();
    edit(plan);
    const file = join(planDir, 'fout.json');
    writeFileSync(file, JSON.stringify(plan));
    const r = await cli('import', file, '--db', db);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`Ongeldig plan — ${message}`);
    expect(r.err).not.toMatch(/Unrecognized|Invalid|expected|received|constraint|Error/);
    expect(await state()).toEqual(before);
  });

  it('in Windows-1252 instead of UTF-8: refused, saying so', async () => {
    const before = await state();
    const plan = JSON.stringify(basePlan()).replace('Stadhuis Weert', 'Café Weert');
    const file = join(planDir, 'ansi.json');
    writeFileSync(file, Buffer.from(plan, 'latin1'));
    const r = await cli('import', file, '--db', db);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /^regie: .*ansi\.json is geen UTF-8: regel 1, kolom \d+ bevat een teken in een andere codering/,
    );
    expect(r.err).toContain('Sla het plan op als UTF-8');
    expect(await state()).toEqual(before);
  });

  it('in UTF-8 with a BOM: imported, "Café" intact', async () => {
    const plan = JSON.stringify(basePlan()).replace('Stadhuis Weert', 'Café Weert');
    const file = join(planDir, 'bom.json');
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(plan, 'utf8')]));
    const r = await cli('import', file, '--db', db);
    expect(r.code, r.err).toBe(0);
    const april = JSON.parse((await cli('meeting', 'show', '2027-04-01', '--json', '--db', db)).out);
    expect(april.location).toBe('Café Weert');
  });

  it('broken JSON: named by line and column, in Dutch', async () => {
    const file = join(planDir, 'kapot.json');
    writeFileSync(file, '{\n  "body": {\n    "name": "Regiegroep",\n  }\n}');
    const r = await cli('import', file, '--db', db);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`regie: ${file} is geen geldige JSON (regel 4, kolom 3).`);
  });
});
