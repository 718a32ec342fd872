// Bad plans through `regie import` (issue 12: points 4 and 6, and the plan validation gaps). Each is refused
// with a Dutch message that names the field path and the bad value, with no zod English, and changes nothing:
// not the database, not the document store. Documents must be regular files inside the plan's folder; plans
// must be UTF-8 (a BOM is fine).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cli } from '../helpers/cli';
import { BAD_PLANS, makeHostileDocuments, type Plan } from '../fixtures/bad-plans';

const FIXTURE = resolve(__dirname, '../fixtures/plan');

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
  makeHostileDocuments(planDir);
});
afterAll(() => {
  delete process.env.REGIE_NOW;
  rmSync(work, { recursive: true, force: true });
});

describe('a bad plan', () => {
  it.each(BAD_PLANS)('%s: refused with its path and value, nothing changed', async (_what, edit, message) => {
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
