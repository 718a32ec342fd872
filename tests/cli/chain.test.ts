// The decision chain on the command line: decisions in a plan as text or as an object with a destination and
// outcomes, `regie meeting show REF --json` giving each item its decisions with followUps (for `colleges` one
// per municipality in rotation order, for `beide` the stuurgroep first), and `regie followup list`.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../electron/cli/main';
import { docxText } from '../documents/helpers';

let dir: string;
let db: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'regie-cli-chain-'));
  db = join(dir, 'regie.sqlite');
  process.env.REGIE_NOW = '2027-06-30T09:00:00Z';
});
afterEach(() => {
  delete process.env.REGIE_NOW;
  rmSync(dir, { recursive: true, force: true });
});

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli([...args, '--db', db], {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

type Decisions = unknown[];

function plan(decisions: { item: number; decisions: Decisions }[]) {
  return {
    body: { name: 'Regiegroep', rotation: ['Weert', 'Leudal', 'Nederweert'] },
    municipalities: ['Leudal', 'Nederweert', 'Weert'],
    people: [{ name: 'P. Smeets', municipality: 'Weert', roles: ['opdrachtgever'] }],
    meetings: [
      {
        date: '2027-04-20',
        start: '09:30',
        status: 'held',
        items: [
          { kind: 'besluitvormend', title: 'Aanschaf informatieplatform' },
          { kind: 'voorbereidend', target: 'beide', title: 'Regionale visie jeugdhulp' },
          { kind: 'voorbereidend', target: 'stuurgroep', title: 'Jaarplan 2028' },
        ],
        minutes: { items: decisions.map((d) => ({ ...d, actions: [] })) },
      },
    ],
  };
}

function writePlan(content: unknown, name = 'plan.json'): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(content));
  return path;
}

const GOOD = [
  { item: 3, decisions: ['De regiegroep stemt in met de aanschaf.'] },
  {
    item: 4,
    decisions: [
      {
        text: 'Positief advies aan stuurgroep en colleges.',
        outcomes: [
          { by: 'stuurgroep', on: '2027-05-06', result: 'akkoord' },
          { by: 'Leudal', on: '2027-05-12', result: 'akkoord met aanpassing', note: 'Met evaluatie.' },
          { by: 'weert', on: '2027-05-20', result: 'niet akkoord', caseNumber: '1405517' },
          { by: 'Nederweert', on: '2027-07-07' },
        ],
      },
      { text: 'Alleen de colleges nog eens informeren.', destination: 'colleges' },
    ],
  },
  { item: 5, decisions: [{ text: 'Jaarplan naar de stuurgroep.' }] },
];

describe('the plan format and meeting show', () => {
  it('imports decisions as text or with destination and outcomes, and shows each item its decisions', async () => {
    const path = writePlan(plan(GOOD));
    const first = await cli('import', path);
    expect(first.code, first.err).toBe(0);
    expect((await cli('import', path)).out).toBe('Niets gewijzigd: het plan was al geïmporteerd.');

    const shown = await cli('meeting', 'show', '2027-04-20', '--json');
    expect(shown.code, shown.err).toBe(0);
    const items = JSON.parse(shown.out).items as { title: string; decisions: unknown[] }[];
    expect(items.map((i) => [i.title, i.decisions])).toEqual([
      ['Opening, mededelingen en vaststelling agenda', []],
      ['Vaststelling verslag en afsprakenlijst vorige bijeenkomst', []],
      [
        'Aanschaf informatieplatform',
        [{ text: 'De regiegroep stemt in met de aanschaf.', destination: null, followUps: [] }],
      ],
      [
        'Regionale visie jeugdhulp',
        [
          {
            text: 'Positief advies aan stuurgroep en colleges.',
            destination: 'beide',
            followUps: [
              { by: 'stuurgroep', status: 'besloten', on: '2027-05-06', result: 'akkoord' },
              { by: 'Weert', status: 'besloten', on: '2027-05-20', result: 'niet akkoord' },
              { by: 'Leudal', status: 'besloten', on: '2027-05-12', result: 'akkoord met aanpassing' },
              { by: 'Nederweert', status: 'geagendeerd', on: '2027-07-07', result: null },
            ],
          },
          {
            text: 'Alleen de colleges nog eens informeren.',
            destination: 'colleges',
            followUps: ['Weert', 'Leudal', 'Nederweert'].map((by) => ({
              by,
              status: 'open',
              on: null,
              result: null,
            })),
          },
        ],
      ],
      [
        'Jaarplan 2028',
        [
          {
            text: 'Jaarplan naar de stuurgroep.',
            destination: 'stuurgroep',
            followUps: [{ by: 'stuurgroep', status: 'open', on: null, result: null }],
          },
        ],
      ],
      ['Rondvraag, sluiting en volgend overleg', []],
    ]);

    // A changed outcome in the plan updates that follow-up only.
    const changed = structuredClone(GOOD);
    (changed[1]!.decisions[0] as { outcomes: { by: string; result?: string; on?: string }[] }).outcomes[3] = {
      by: 'Nederweert',
      on: '2027-07-07',
      result: 'aangehouden',
    };
    const second = await cli('import', writePlan(plan(changed), 'plan2.json'));
    expect(second.out).toBe('Plan geïmporteerd. Nieuw: geen. Gewijzigd: follow_ups 1.');
    const again = JSON.parse((await cli('meeting', 'show', '2027-04-20', '--json')).out);
    expect(again.items[3].decisions[0].followUps[3]).toEqual({
      by: 'Nederweert',
      status: 'aangehouden',
      on: '2027-07-07',
      result: 'aangehouden',
    });
  });

  it('refuses a destination on another item, an outcome from elsewhere, and "anders" without a note', async () => {
    const cases: [Decisions, number, string][] = [
      [
        [{ text: 'Akkoord.', destination: 'colleges' }],
        3,
        'meetings[0].minutes.items[0].decisions[0].destination: alleen een besluit bij een voorbereidend punt heeft een bestemming',
      ],
      [
        [{ text: 'Advies.', outcomes: [{ by: 'Roermond', result: 'akkoord' }] }],
        4,
        'meetings[0].minutes.items[0].decisions[0].outcomes[0].by: "Roermond" is geen bestemming van dit advies (stuurgroep, Weert, Leudal, Nederweert)',
      ],
      [
        [{ text: 'Advies.', outcomes: [{ by: 'Leudal', result: 'akkoord' }] }],
        5,
        'meetings[0].minutes.items[0].decisions[0].outcomes[0].by: "Leudal" is geen bestemming van dit advies (stuurgroep)',
      ],
      [
        [{ text: 'Advies.', outcomes: [{ by: 'Leudal', on: '2027-05-01', result: 'anders' }] }],
        4,
        'meetings[0].minutes.items[0].decisions[0].outcomes[0].note: beschrijf bij "anders" wat er besloten is',
      ],
      [
        [{ text: 'Advies.', destination: 'overal' }],
        4,
        'meetings[0].minutes.items[0].decisions[0].destination: "overal" is geen doel; kies stuurgroep, colleges of beide',
      ],
    ];
    for (const [decisions, item, message] of cases) {
      const r = await cli('import', writePlan(plan([{ item, decisions }])));
      expect(r.code).toBe(1);
      expect(r.err).toContain(message);
      expect((await cli('meeting', 'list', '--json')).out).toBe('[]');
    }
  });
});

describe('regie followup list', () => {
  it('lists the follow-ups, only the open ones with --open, of one body with --body', async () => {
    await cli('import', writePlan(plan(GOOD)));
    const all = await cli('followup', 'list', '--json');
    expect(all.code, all.err).toBe(0);
    const entries = JSON.parse(all.out) as { item: string; by: string; status: string; caseNumber: string }[];
    expect(entries.map((e) => `${e.item} → ${e.by}: ${e.status}`)).toEqual([
      'Regionale visie jeugdhulp → stuurgroep: besloten',
      'Regionale visie jeugdhulp → Weert: besloten',
      'Regionale visie jeugdhulp → Leudal: besloten',
      'Regionale visie jeugdhulp → Nederweert: geagendeerd',
      'Regionale visie jeugdhulp → Weert: open',
      'Regionale visie jeugdhulp → Leudal: open',
      'Regionale visie jeugdhulp → Nederweert: open',
      'Jaarplan 2028 → stuurgroep: open',
    ]);
    expect(entries[1]).toMatchObject({ caseNumber: '1405517', body: 'Regiegroep', meeting: '2027-04-20' });

    const open = await cli('followup', 'list', '--open', '--body', 'regiegroep');
    expect(open.code, open.err).toBe(0);
    expect(open.out.split('\n')).toEqual([
      '2027-04-20  Regionale visie jeugdhulp  →  Nederweert: geagendeerd 7 juli 2027  Regiegroep',
      // 30 June is more than 8 weeks after 20 April; the one planned for 7 July is on its way.
      '2027-04-20  Regionale visie jeugdhulp  →  Weert: open  [te lang open]  Regiegroep',
      '2027-04-20  Regionale visie jeugdhulp  →  Leudal: open  [te lang open]  Regiegroep',
      '2027-04-20  Regionale visie jeugdhulp  →  Nederweert: open  [te lang open]  Regiegroep',
      '2027-04-20  Jaarplan 2028  →  Stuurgroep: open  [te lang open]  Regiegroep',
    ]);
    const unknown = await cli('followup', 'list', '--body', 'Onbekend');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toBe('regie: Geen overleg met de naam "Onbekend".');
  });
});

describe('regie export voorstel', () => {
  it('writes the draft B&W-voorstel of an item for one municipality, and says what is wrong otherwise', async () => {
    await cli('import', writePlan(plan(GOOD)));
    const exports = mkdtempSync(join(tmpdir(), 'regie-cli-voorstel-'));
    const out = join(exports, 'voorstel leudal.docx');
    const ok = await cli('export', 'voorstel', '2027-04-20', '4', '--municipality', 'leudal', '--out', out);
    expect(ok.code, ok.err).toBe(0);
    expect(ok.out).toBe(`Concept B&W-voorstel opgeslagen: ${out}`);
    const text = await docxText(readFileSync(out));
    expect(text).toContain('Concept voor het college van burgemeester en wethouders van Leudal');
    expect(text).toContain('Regionale visie jeugdhulp');
    expect(text).toContain(
      'heeft op 20 april 2027 over dit voorstel geadviseerd: Positief advies aan stuurgroep en colleges.',
    );

    const wrong: [string[], string][] = [
      [
        ['3', '--municipality', 'Leudal'],
        'is besluitvormend: een B&W-voorstel hoort bij een voorbereidend punt',
      ],
      [['5', '--municipality', 'Leudal'], 'gaat alleen naar de stuurgroep'],
      [
        ['4', '--municipality', 'Roermond'],
        '"Roermond" is geen gemeente van dit overleg (Weert, Leudal, Nederweert).',
      ],
      [['9', '--municipality', 'Leudal'], 'De vergadering van 2027-04-20 heeft geen punt 9 (1–6).'],
      [['4'], 'Gebruik: regie export voorstel REF PUNT --municipality GEMEENTE --out BESTAND.docx'],
    ];
    for (const [args, message] of wrong) {
      const r = await cli('export', 'voorstel', '2027-04-20', ...args, '--out', join(exports, 'fout.docx'));
      expect(r.code).toBe(1);
      expect(r.err).toContain(message);
    }
    rmSync(exports, { recursive: true, force: true });
  });
});
